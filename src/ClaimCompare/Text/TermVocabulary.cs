using System.Collections.Concurrent;

namespace ClaimCompare.Text;

/// <summary>
/// The run's term vocabulary: one number per distinct content term across the documents of one run. Reports of one event repeat
/// the same few hundred words, and every local event keeps its terms until linking ends, so keeping them as numbers
/// keeps a large run's memory to the vocabulary, and sorting and comparing them costs no look at their characters.
/// </summary>
/// <remarks>
/// Thread-safe: documents read in parallel share one vocabulary. Numbers are given in the order terms are first met, which
/// differs between parallel runs, so nothing may depend on their order; <c>TermVectors</c> renumbers them by
/// the terms' text. Scoped to one run, so it never outgrows the documents it serves.
/// </remarks>
internal sealed class TermVocabulary
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly Lock adding = new();
    private string[] terms = new string[256];

    /// <summary>Initializes a new instance of the <see cref="TermVocabulary"/> class.</summary>
    public TermVocabulary() => lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets how many terms the vocabulary numbers; every number is below it.</summary>
    public int Count { get; private set; }

    /// <summary>Returns the number of <paramref name="term"/>, numbering it when new.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The number.</returns>
    public int Id(ReadOnlySpan<char> term)
    {
        if (lookup.TryGetValue(term, out var id))
        {
            return id;
        }

        // New terms are rare after the first documents: a lock keeps numbers dense and each term's text at its number.
        lock (adding)
        {
            if (lookup.TryGetValue(term, out id))
            {
                return id;
            }

            if (Count == terms.Length)
            {
                Array.Resize(ref terms, terms.Length * 2);
            }

            var text = term.ToString();
            id = Count;
            terms[id] = text;
            Count++;
            ids[text] = id;
            return id;
        }
    }

    /// <summary>Returns the term a number stands for.</summary>
    /// <param name="id">A number the vocabulary gave.</param>
    /// <returns>The term.</returns>
    public string Term(int id)
    {
        lock (adding)
        {
            return terms[id];
        }
    }
}
