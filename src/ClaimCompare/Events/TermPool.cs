using System.Collections.Concurrent;

namespace ClaimCompare.Events;

/// <summary>
/// One string per distinct content term across the documents of one clustering run. Reports of one event
/// repeat the same few hundred words, and every local event keeps its terms until linking ends, so sharing
/// them keeps a large run's memory to the vocabulary rather than the sum of all documents' terms.
/// </summary>
/// <remarks>Thread-safe: documents read in parallel share one pool. Scoped to one run, so it never outgrows the documents it serves.</remarks>
internal sealed class TermPool
{
    private readonly ConcurrentDictionary<string, string> terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public TermPool() => lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the pooled string equal to <paramref name="term"/>, adding it when new.</summary>
    public string Get(ReadOnlySpan<char> term)
    {
        if (lookup.TryGetValue(term, out var pooled))
        {
            return pooled;
        }

        var text = term.ToString();
        return terms.GetOrAdd(text, text);
    }
}
