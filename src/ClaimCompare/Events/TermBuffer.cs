using ClaimCompare.Text;
using System.Buffers;

namespace ClaimCompare.Events;

/// <summary>
/// The terms of one local event as they are gathered, as numbers of one <see cref="TermVocabulary"/>, repeats included,
/// in a rented array a document's reading reuses for each of its events; <see cref="ToSet"/> makes the set an event keeps.
/// </summary>
/// <remarks>Mutable, owned by the one thread that reads a document; dispose it when the reading ends.</remarks>
internal sealed class TermBuffer : IDisposable
{
    private readonly TermVocabulary pool;
    private int[] items;

    /// <summary>Initializes a new instance of the <see cref="TermBuffer"/> class.</summary>
    /// <param name="pool">The pool the terms are numbered by.</param>
    /// <param name="capacity">How many terms to make room for at first.</param>
    public TermBuffer(TermVocabulary pool, int capacity)
    {
        this.pool = pool;
        items = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 16));
    }

    /// <summary>Gets the number of terms gathered, repeats included.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a term.</summary>
    /// <param name="term">The term.</param>
    public void Add(ReadOnlySpan<char> term)
    {
        MakeRoom(1);
        items[Count++] = pool.Id(term);
    }

    /// <summary>Adds the terms of a set of the same pool.</summary>
    /// <param name="terms">The terms.</param>
    public void AddRange(TermSet terms)
    {
        if (terms.Count == 0)
        {
            return;
        }

        System.Diagnostics.Debug.Assert(ReferenceEquals(terms.Pool, pool), "A document's events are numbered by one pool.");
        MakeRoom(terms.Count);
        terms.Ids.CopyTo(items, Count);
        Count += terms.Count;
    }

    private void MakeRoom(int more)
    {
        if (Count + more > items.Length)
        {
            var larger = ArrayPool<int>.Shared.Rent(Math.Max(items.Length * 2, Count + more));
            items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<int>.Shared.Return(items);
            items = larger;
        }
    }

    /// <summary>Forgets the terms gathered.</summary>
    public void Clear() => Count = 0;

    /// <summary>Returns the distinct terms gathered: a set of exactly the event's terms.</summary>
    /// <returns>The set.</returns>
    public TermSet ToSet()
    {
        // Every local event of a run keeps its terms until linking weighs them, so the array is made at its size.
        var terms = items.AsSpan(0, Count);
        terms.Sort();
        var distinct = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            if (i == 0 || terms[i] != terms[i - 1])
            {
                terms[distinct++] = terms[i];
            }
        }

        return new TermSet(pool, terms[..distinct].ToArray());
    }

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose() => ArrayPool<int>.Shared.Return(items);
}
