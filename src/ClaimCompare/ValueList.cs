using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ClaimCompare;

/// <summary>
/// Wraps the lists the report's records hold so that those records compare by value: two reports computed from
/// the same documents, or one read back from its JSON, are <c>==</c> element by element, as records promise.
/// </summary>
/// <remarks>
/// The list is wrapped, not copied (a report may hold a million claims), so it is as immutable as the list given;
/// the pipeline never changes a list after building a record with it. Equal lists have equal hash codes; hashing
/// reads every element, as comparing does.
/// </remarks>
internal static class ValueList
{
    /// <summary>Returns <paramref name="items"/> as a list that compares by value; a list already wrapped is returned as is.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The list, or <see langword="null"/> (kept, as the record kept it before).</param>
    /// <returns>The wrapped list.</returns>
    [return: NotNullIfNotNull(nameof(items))]
    public static IReadOnlyList<T>? Of<T>(IReadOnlyList<T>? items) =>
        items is null or ValueList<T> ? items : new ValueList<T>(items);
}

/// <summary>A read-only list that equals another such list with equal elements in the same order.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="items">The elements, not copied.</param>
internal sealed class ValueList<T>(IReadOnlyList<T> items) : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    /// <inheritdoc/>
    public int Count => items.Count;

    /// <inheritdoc/>
    public T this[int index] => items[index];

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other) || ReferenceEquals(items, other.Items))
        {
            return true;
        }

        if (items.Count != other.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Count; i++)
        {
            if (!comparer.Equals(items[i], other[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", items) + "]";

    private IReadOnlyList<T> Items => items;
}
