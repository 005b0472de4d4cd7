using System.Buffers;

namespace ClaimCompare.Events;

/// <summary>
/// The terms of one local event as they are gathered, repeats included, in a rented array a document's reading
/// reuses for each of its events; <see cref="ToSortedDistinct"/> makes the array an event keeps.
/// </summary>
/// <remarks>Mutable, owned by the one thread that reads a document; dispose it when the reading ends.</remarks>
internal sealed class TermBuffer : IDisposable
{
    private string[] items;

    /// <summary>Initializes a new instance of the <see cref="TermBuffer"/> class.</summary>
    /// <param name="capacity">How many terms to make room for at first.</param>
    public TermBuffer(int capacity) => items = ArrayPool<string>.Shared.Rent(Math.Max(capacity, 16));

    /// <summary>Gets the number of terms gathered, repeats included.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a term.</summary>
    /// <param name="term">The term.</param>
    public void Add(string term)
    {
        if (Count == items.Length)
        {
            var larger = ArrayPool<string>.Shared.Rent(items.Length * 2);
            items.AsSpan().CopyTo(larger);
            ArrayPool<string>.Shared.Return(items, clearArray: true);
            items = larger;
        }

        items[Count++] = term;
    }

    /// <summary>Adds terms.</summary>
    /// <param name="terms">The terms.</param>
    public void AddRange(IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            Add(term);
        }
    }

    /// <summary>Forgets the terms gathered.</summary>
    public void Clear() => Count = 0;

    /// <summary>Returns the distinct terms gathered, sorted ordinally: an array of exactly the event's terms.</summary>
    /// <returns>The terms.</returns>
    public string[] ToSortedDistinct()
    {
        // Every local event of a run keeps its terms until linking weighs them, so the array is made at its size.
        var terms = items.AsSpan(0, DropRepeatedReferences());
        terms.Sort(string.CompareOrdinal);
        var distinct = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            if (i == 0 || !string.Equals(terms[i], terms[i - 1], StringComparison.Ordinal))
            {
                terms[distinct++] = terms[i];
            }
        }

        return terms[..distinct].ToArray();
    }

    /// <summary>
    /// Keeps the first of each term object gathered, in order, and returns how many are kept. Pooled terms are one
    /// object per word, so this drops most repeats before the ordinal sort, for the price of a hash of an address
    /// rather than of the characters; equal terms that are different objects are left to the sort's pass.
    /// </summary>
    private int DropRepeatedReferences()
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(Count * 2, 16));
        var seen = ArrayPool<string?>.Shared.Rent(size);
        Array.Clear(seen, 0, size);
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            var term = items[i];
            var slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(term) & (size - 1);
            while (seen[slot] is { } held && !ReferenceEquals(held, term))
            {
                slot = (slot + 1) & (size - 1);
            }

            if (seen[slot] is null)
            {
                seen[slot] = term;
                items[kept++] = term;
            }
        }

        ArrayPool<string?>.Shared.Return(seen, clearArray: true);
        return kept;
    }

    /// <summary>Returns the array to the pool, cleared, so the pool holds no terms alive.</summary>
    public void Dispose() => ArrayPool<string>.Shared.Return(items, clearArray: true);
}
