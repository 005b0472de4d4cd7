namespace ClaimCompare.Events;

/// <summary>
/// The content terms of local events as unit-length TF-IDF vectors over integer term ids, with an inverted
/// index for finding every pair of events that shares a term.
/// </summary>
/// <remarks>
/// Similarities are accumulated through the postings of each event's terms, so the work is the sum over terms
/// of their posting lengths squared, not all pairs of events times their term counts. Terms in more than
/// <c>maxPostings</c> events are left out of the index (they would make every event a neighbour of every other)
/// but still count, exactly, in each similarity. Instances are immutable after construction and thread-safe;
/// <see cref="Neighbours"/> takes its scratch space from the caller, one per thread.
/// </remarks>
internal sealed class TermVectors
{
    // Weights are not stored per event and term: each is idf[t] / norms[n], recomputed exactly when read, so an event
    // costs four bytes per term (its ids) instead of twenty-four, and a run of 10⁵ articles some hundreds of megabytes less.
    private readonly int[][] ids;
    private readonly int[][] frequentIds;
    private readonly double[] idf;
    private readonly double[] norms;
    // Per term, the events that have it, ascending; their weights are recomputed as read, like every other weight.
    private readonly int[]?[] postings;

    public TermVectors(IReadOnlyList<LocalEvent> nodes, int maxPostings)
    {
        var df = new List<int>();
        ids = new int[nodes.Count][];
        var numbering = new TermNumbering(nodes);
        for (var n = 0; n < nodes.Count; n++)
        {
            var row = numbering.Row(nodes[n].Terms, df);
            foreach (var id in row)
            {
                df[id]++;
            }

            // Terms are distinct per event; sorted ids make merges linear.
            Array.Sort(row);
            ids[n] = row;
        }

        // Smoothed IDF: a term in every local event still weighs a little, a term in two weighs most.
        var count = Math.Max(nodes.Count, 1);
        idf = [.. df.ConvertAll(d => Math.Log(1.0 + (count / (double)d)))];

        norms = new double[nodes.Count];
        frequentIds = new int[nodes.Count][];

        // Each posting array is made at its final length (the term's document frequency) and filled in event order,
        // so a large run never holds growing lists and their copies at once.
        postings = new int[]?[df.Count];
        var filled = new int[df.Count];
        var frequent = new List<int>();
        for (var n = 0; n < nodes.Count; n++)
        {
            var row = ids[n];
            // Summed in order, as Enumerable.Sum did, so every norm is the same double.
            double squares = 0;
            foreach (var t in row)
            {
                squares += idf[t] * idf[t];
            }

            norms[n] = Math.Sqrt(squares);
            frequent.Clear();
            for (var i = 0; i < row.Length; i++)
            {
                var t = row[i];
                if (df[t] > maxPostings)
                {
                    frequent.Add(t);
                }
                else if (df[t] > 1)
                {
                    (postings[t] ??= new int[df[t]])[filled[t]++] = n;
                }
            }

            frequentIds[n] = [.. frequent];
        }
    }

    /// <summary>Gets the number of events.</summary>
    public int Count => ids.Length;

    /// <summary>Returns the cosine similarity of two events' term vectors.</summary>
    public double Cosine(int a, int b) => Dot(a, ids[a], b, ids[b]);

    /// <summary>Returns how many terms the event has.</summary>
    public int TermCount(int node) => ids[node].Length;

    /// <summary>Returns the event's term ids, ascending.</summary>
    public ReadOnlySpan<int> TermIds(int node) => ids[node];

    /// <summary>Returns the event's weight for a term it has: the term's IDF over the event's norm, the same double every time.</summary>
    public double Weight(int node, int term) => norms[node] > 0 ? idf[term] / norms[node] : 0;

    /// <summary>
    /// Adds to <paramref name="into"/> every later event (by index) that shares an indexed term with
    /// <paramref name="node"/>, and <paramref name="extra"/> when it is a later event, with its exact cosine
    /// similarity, where <paramref name="accept"/> takes the pair, in no particular order. Events may be visited in any
    /// order, from several threads, each with its own scratch.
    /// </summary>
    /// <remarks>Pairs are offered to <paramref name="accept"/> before their commoner terms are summed: most pairs a term proposes are refused, and those sums were most of the work.</remarks>
    public void Neighbours(int node, int extra, Func<int, int, bool> accept, List<(int Node, double Cosine)> into, NeighbourScratch scratch)
    {
        var found = scratch.Found;
        var sums = scratch.Sums;
        var touched = scratch.Touched;
        found.Clear();
        var row = ids[node];
        for (var i = 0; i < row.Length; i++)
        {
            var term = row[i];
            if (postings[term] is not { } list)
            {
                continue;
            }

            // Weight(other, term) written out: an event in a posting has the term, so its norm is not zero.
            var weight = Weight(node, term);
            var termIdf = idf[term];

            // Postings are in node order: the later events sharing the term follow this node's own entry.
            var position = Array.BinarySearch(list, node);
            for (var j = position + 1; j < list.Length; j++)
            {
                var other = list[j];
                if (!touched[other])
                {
                    touched[other] = true;
                    found.Add(other);
                }

                sums[other] += weight * (termIdf / norms[other]);
            }
        }

        if (extra > node && !touched[extra])
        {
            touched[extra] = true;
            found.Add(extra);
        }

        foreach (var other in found)
        {
            if (accept(node, other))
            {
                into.Add((other, sums[other] + Dot(node, frequentIds[node], other, frequentIds[other])));
            }

            sums[other] = 0;
            touched[other] = false;
        }
    }

    /// <summary>One thread's working space for <see cref="Neighbours"/>: a running sum and a mark per event.</summary>
    /// <remarks>Used by one thread at a time; not thread-safe.</remarks>
    internal sealed class NeighbourScratch(int count)
    {
        public double[] Sums { get; } = new double[count];

        public bool[] Touched { get; } = new bool[count];

        public List<int> Found { get; } = [];
    }

    private double Dot(int a, int[] aIds, int b, int[] bIds)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < aIds.Length && j < bIds.Length)
        {
            if (aIds[i] == bIds[j])
            {
                dot += Weight(a, aIds[i++]) * Weight(b, bIds[j++]);
            }
            else if (aIds[i] < bIds[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot;
    }
}
