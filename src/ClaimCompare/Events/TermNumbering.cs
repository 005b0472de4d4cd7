using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>
/// Numbers terms in the order events first use them, in node order, and within an event in ordinal order of their
/// text: the pools' own numbers depend on which thread read which document first, these only on the events. So
/// every weight, norm and sum is the same double from run to run.
/// </summary>
/// <remarks>Mutable, used by the one thread that builds <see cref="TermVectors"/>.</remarks>
internal sealed class TermNumbering
{
    // The one pool every event's terms come from, as in a batch run, read through an array; else the terms' text.
    private readonly TermVocabulary? shared;
    private readonly int[] ofPoolId = [];
    private readonly Dictionary<string, int> ofText = new(StringComparer.Ordinal);
    private readonly List<int> unseen = [];

    public TermNumbering(IReadOnlyList<LocalEvent> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.Terms.Pool is { } pool && !ReferenceEquals(pool, shared))
            {
                if (shared is not null)
                {
                    shared = null;
                    return;
                }

                shared = pool;
            }
        }

        if (shared is not null)
        {
            ofPoolId = new int[shared.Count];
            Array.Fill(ofPoolId, -1);
        }
    }

    /// <summary>Returns an event's terms by their numbers here, numbering new ones; the count of each new number starts in <paramref name="df"/> at 0.</summary>
    public int[] Row(TermSet terms, List<int> df)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        if (shared is null)
        {
            var texts = terms.ToStrings();
            Array.Sort(texts, StringComparer.Ordinal);
            var byText = new int[texts.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ofText, texts[i], out var known);
                if (!known)
                {
                    id = df.Count;
                    df.Add(0);
                }

                byText[i] = id;
            }

            return byText;
        }

        // Most of an event's terms were met before; the new ones are numbered in the order of their text.
        unseen.Clear();
        foreach (var p in terms.Ids)
        {
            if (ofPoolId[p] < 0)
            {
                unseen.Add(p);
            }
        }

        if (unseen.Count > 0)
        {
            var texts = new string[unseen.Count];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = shared.Term(unseen[i]);
            }

            var news = unseen.ToArray();
            Array.Sort(texts, news, StringComparer.Ordinal);
            foreach (var p in news)
            {
                ofPoolId[p] = df.Count;
                df.Add(0);
            }
        }

        var row = new int[terms.Count];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = ofPoolId[terms.Ids[i]];
        }

        return row;
    }
}
