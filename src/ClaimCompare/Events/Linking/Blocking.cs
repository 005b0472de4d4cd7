namespace ClaimCompare.Events.Linking;

/// <summary>
/// Blocking: proposes the pairs of local events worth weighing, never all pairs. An event's neighbours are the events
/// that share a content term rarer than <see cref="EventClustererOptions.MaxBlockSize"/> with it (<see cref="TermVectors"/>),
/// plus, within a document, the next recalled event with the same weapon; a pair any <see cref="LinkRules"/> rule
/// refuses is never proposed, and the rest are scored (<see cref="LinkScoring"/>) and sorted into the order links are tried in.
/// </summary>
/// <remarks>Stateless; thread-safe. The result does not depend on how the work is spread over threads.</remarks>
internal static class Blocking
{
    // Events whose candidates one thread finds at a time: enough to spread unequal events evenly over cores.
    private const int CandidateBlock = 2048;

    /// <summary>Returns the candidate links, packed (<see cref="CandidateLink"/>) and sorted in the order they are tried.</summary>
    /// <param name="nodes">The local events, in canonical order.</param>
    /// <param name="keys">Their keys.</param>
    /// <param name="vectors">Their term vectors.</param>
    /// <param name="scoring">Scores each proposed pair.</param>
    /// <param name="cancellationToken">Cancels the blocking.</param>
    /// <returns>The candidates.</returns>
    public static UInt128[] Candidates(IReadOnlyList<LocalEvent> nodes, EventKeys keys, TermVectors vectors, LinkScoring scoring, CancellationToken cancellationToken)
    {
        var sameWeapon = SameWeaponChain(nodes);

        // Each event's neighbours are found on their own, so blocks of events spread over cores; the sort below fixes
        // the order. A block's working space (two arrays as long as the events) is handed on to the next block rather
        // than made anew, so a large run makes one per core.
        var blocks = new UInt128[(nodes.Count + CandidateBlock - 1) / CandidateBlock][];
        var scratches = new System.Collections.Concurrent.ConcurrentBag<CandidateScratch>();
        var linkable = (int a, int b) => LinkRules.Linkable(keys, a, b);
        Parallel.For(0, blocks.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, block =>
        {
            var scratch = scratches.TryTake(out var free) ? free : new CandidateScratch(nodes.Count);
            scratch.Scored.Clear();
            for (var a = block * CandidateBlock; a < Math.Min(nodes.Count, (block + 1) * CandidateBlock); a++)
            {
                scratch.Neighbours.Clear();
                vectors.Neighbours(a, sameWeapon[a], linkable, scratch.Neighbours, scratch.Vectors);
                scoring.AddCandidates(keys, nodes, a, scratch.Neighbours, scratch.Scored);
            }

            blocks[block] = [.. scratch.Scored];
            scratches.Add(scratch);
        });

        // Links of two events dated to the same day go first: a document's recalled event pinned to another document's
        // main event then keeps that document's own main event out of it, whatever wording they share. Main events
        // come next, so recalled events are linked knowing which reports tell the same story.
        var scored = new UInt128[blocks.Sum(b => b.Length)];
        var filled = 0;
        foreach (var block in blocks)
        {
            block.CopyTo(scored, filled);
            filled += block.Length;
        }

        Array.Sort(scored);
        return scored;
    }

    /// <summary>
    /// For each recalled event, the next recalled event of its document with the same specific weapon, or -1: events
    /// recalled with the same weapon are proposed whatever their wording, each with the next one only, a chain that
    /// joins them all without pairing every two of them.
    /// </summary>
    private static int[] SameWeaponChain(IReadOnlyList<LocalEvent> nodes)
    {
        var sameWeapon = new int[nodes.Count];
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = nodes.Count - 1; n >= 0; n--)
        {
            var family = nodes[n].Family;
            sameWeapon[n] = !nodes[n].IsMain && family is not null && !CompiledEventLexicon.IsGeneric(family) && next.TryGetValue(family, out var b) ? b : -1;
            if (nodes[n].IsMain)
            {
                next.Clear();
            }
            else if (family is not null)
            {
                next[family] = n;
            }
        }

        return sameWeapon;
    }

    /// <summary>One thread's working space for finding candidates.</summary>
    /// <remarks>Used by one thread at a time; not thread-safe.</remarks>
    private sealed class CandidateScratch(int count)
    {
        public TermVectors.NeighbourScratch Vectors { get; } = new(count);

        public List<(int Node, double Cosine)> Neighbours { get; } = [];

        public List<UInt128> Scored { get; } = [];
    }
}
