using ClaimCompare.Diff;

namespace ClaimCompare.Reporting;

/// <summary>
/// Which disagreement writes each side that several disagreements share, and the bridges that the others set
/// against it there, so that the JSON lists each shared side once (GOLD-FORMAT.md, <c>bridges</c>).
/// </summary>
/// <remarks>
/// The diff shares one <see cref="Side"/> instance between a group's disagreement and the bridges set against a whole
/// side of it; sharing is found by reference, so a report built by hand is written in full, never wrongly.
/// Each shared side is held by the disagreement that holds the most shared sides (the group's own disagreement holds
/// all of them), the first in report order on a tie. A disagreement that refers to a held side sets every claim of
/// the sides it writes against that side, as a bridge in the holder; the pairs it sets against each other are
/// exactly those of its own sides. Immutable once planned; not meant to be shared between reports.
/// </remarks>
internal sealed class SharedSides
{
    private static readonly SharedSides None = new();

    private readonly Dictionary<Side, int> holders = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Side, int> writtenAt = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, BridgeList> bridges = [];

    /// <summary>Plans the shared sides of a report's disagreements.</summary>
    /// <param name="all">The disagreements, in report order.</param>
    /// <returns>The plan.</returns>
    public static SharedSides Plan(IReadOnlyList<Disagreement> all)
    {
        var uses = new Dictionary<Side, int>(ReferenceEqualityComparer.Instance);
        foreach (var d in all)
        {
            foreach (var side in d.Sides)
            {
                uses[side] = uses.GetValueOrDefault(side) + 1;
            }
        }

        var sharing = new List<(int Shared, int Index)>();
        for (var i = 0; i < all.Count; i++)
        {
            var shared = all[i].Sides.Count(s => uses[s] > 1);
            if (shared > 0)
            {
                sharing.Add((shared, i));
            }
        }

        if (sharing.Count == 0)
        {
            return None;
        }

        var plan = new SharedSides();
        sharing.Sort(static (x, y) => x.Shared != y.Shared ? y.Shared.CompareTo(x.Shared) : x.Index.CompareTo(y.Index));
        foreach (var (_, i) in sharing)
        {
            foreach (var side in all[i].Sides)
            {
                if (uses[side] > 1)
                {
                    plan.holders.TryAdd(side, i);
                }
            }
        }

        foreach (var (_, i) in sharing)
        {
            var written = 0;
            foreach (var side in all[i].Sides)
            {
                if (plan.HolderOf(side, i) == i)
                {
                    plan.writtenAt[side] = written++;
                }
            }
        }

        foreach (var (_, i) in sharing)
        {
            plan.Refer(all[i], i);
        }

        return plan;
    }

    /// <summary>The disagreement that writes <paramref name="side"/>: its holder, or <paramref name="index"/> itself when it is not shared.</summary>
    /// <param name="side">A side of the disagreement at <paramref name="index"/>.</param>
    /// <param name="index">The disagreement's position in the report.</param>
    /// <returns>The position of the disagreement that writes it.</returns>
    public int HolderOf(Side side, int index) => holders.TryGetValue(side, out var holder) ? holder : index;

    /// <summary>The position of a shared side among the sides its holder writes.</summary>
    /// <param name="side">A shared side.</param>
    /// <returns>The position.</returns>
    public int IndexIn(Side side) => writtenAt[side];

    /// <summary>The bridges the disagreement at <paramref name="index"/> writes: each claim with the positions of the written sides it is set against.</summary>
    /// <param name="index">The disagreement's position in the report.</param>
    /// <returns>The bridges, in the order they were first set.</returns>
    public IEnumerable<(string Claim, IReadOnlyList<int> Against)> BridgesOf(int index) =>
        bridges.TryGetValue(index, out var list) ? list.Entries() : [];

    private void Refer(Disagreement d, int index)
    {
        // The sides this disagreement refers to, by holder.
        var referred = new SortedDictionary<int, List<Side>>();
        foreach (var side in d.Sides)
        {
            var holder = HolderOf(side, index);
            if (holder != index)
            {
                (referred.TryGetValue(holder, out var list) ? list : referred[holder] = []).Add(side);
            }
        }

        if (referred.Count == 0)
        {
            return;
        }

        // Its own sides against every side it refers to; sides held by two holders against each other.
        var holdersInOrder = referred.Keys.ToList();
        for (var h = 0; h < holdersInOrder.Count; h++)
        {
            var holder = holdersInOrder[h];
            var against = referred[holder].Select(s => writtenAt[s]).Order().ToList();
            var list = bridges.TryGetValue(holder, out var known) ? known : bridges[holder] = new BridgeList();
            foreach (var side in d.Sides)
            {
                var from = HolderOf(side, index);
                if (from == index || (from != holder && holdersInOrder.IndexOf(from) > h))
                {
                    foreach (var claim in side.ClaimIds)
                    {
                        list.Add(claim, against);
                    }
                }
            }
        }
    }

    /// <summary>Bridges by claim, in the order first set, each with its sides in ascending order.</summary>
    private sealed class BridgeList
    {
        private readonly Dictionary<string, int> at = new(StringComparer.Ordinal);
        private readonly List<(string Claim, List<int> Against)> entries = [];

        public void Add(string claim, List<int> against)
        {
            if (!at.TryGetValue(claim, out var k))
            {
                at.Add(claim, entries.Count);
                entries.Add((claim, [.. against]));
                return;
            }

            var sides = entries[k].Against;
            foreach (var side in against)
            {
                var position = sides.BinarySearch(side);
                if (position < 0)
                {
                    sides.Insert(~position, side);
                }
            }
        }

        public IEnumerable<(string Claim, IReadOnlyList<int> Against)> Entries() =>
            entries.Select(e => (e.Claim, (IReadOnlyList<int>)e.Against));
    }
}
