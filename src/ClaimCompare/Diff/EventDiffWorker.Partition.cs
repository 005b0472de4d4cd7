using ClaimCompare.Claims;
using ClaimCompare.Quantities;

namespace ClaimCompare.Diff;

/// <summary>Sides: members split into sets of mutually compatible members, bridges dropped until none is left.</summary>
internal sealed partial class EventDiffWorker
{
    // Partition's scratch.
    private readonly HashSet<Claim> placed = new(ReferenceEqualityComparer.Instance);
    private readonly List<Interval> commons = [];
    private readonly List<int> live = [];
    private readonly List<int> entrySide = [];
    private readonly List<int> entryCount = [];
    private int[] entryStart = [];
    private int[] entryEnd = [];
    private int[] score = [];

    /// <summary>
    /// Splits members into sides of mutually compatible members, dropping bridges (into <paramref name="dropped"/>)
    /// until none is left; one side when they all agree, or when dropping bridges left only one.
    /// </summary>
    private List<List<int>> Partition(List<int> ordered, bool distinct, bool byInterval, List<int>? dropped)
    {
        var sides = FirstFit(ordered, distinct, byInterval);
        if (sides.Count < 2)
        {
            return sides;
        }

        CountBridges(sides, byInterval);
        DropBridges(sides, byInterval, dropped);
        var remaining = sideLists.Rent();
        foreach (var s in live)
        {
            remaining.Add(sides[s]);
        }

        return remaining;
    }

    /// <summary>Puts each member, in order, on the first side it is compatible with, or on a side of its own.</summary>
    private List<List<int>> FirstFit(List<int> ordered, bool distinct, bool byInterval)
    {
        var sides = sideLists.Rent();

        // For intervals, "overlaps every member" equals "overlaps the members' common part" (pairwise
        // overlapping intervals share a point), which turns a scan of the whole side into one test;
        // thousands of equal figures in one group made the scan quadratic.
        commons.Clear();
        Reset(placed); // a scan of every side per member was quadratic
        foreach (var member in ordered)
        {
            // The same claim twice (as itself and rolled up as a part) keeps its first place.
            if (!distinct && !placed.Add(members[member].Claim))
            {
                continue;
            }

            var interval = members[member].Interval;
            var index = -1;
            for (var s = 0; s < sides.Count && index < 0; s++)
            {
                index = (byInterval ? commons[s].Overlaps(interval) : AllCompatible(sides[s], member)) ? s : -1;
            }

            if (index < 0)
            {
                var side = ints.Rent();
                side.Add(member);
                sides.Add(side);
                commons.Add(interval);
            }
            else
            {
                sides[index].Add(member);
                commons[index] = commons[index].Intersect(interval) ?? commons[index];
            }
        }

        return sides;
    }

    /// <summary>
    /// Counts, for every member, the members of each other side it is compatible with, and scores it by them.
    /// A member's counts are kept by side number, ascending, in one stretch of <see cref="entrySide"/>.
    /// </summary>
    private void CountBridges(List<List<int>> sides, bool byInterval)
    {
        if (entryStart.Length < members.Length)
        {
            entryStart = new int[members.Length];
            entryEnd = new int[members.Length];
            score = new int[members.Length];
        }

        entrySide.Clear();
        entryCount.Clear();
        live.Clear();
        for (var s = 0; s < sides.Count; s++)
        {
            live.Add(s);
            foreach (var member in sides[s])
            {
                entryStart[member] = entrySide.Count;
                score[member] = 0;
                for (var o = 0; o < sides.Count; o++)
                {
                    if (o != s)
                    {
                        var count = 0;
                        foreach (var m in sides[o])
                        {
                            count += Compatible(m, member, byInterval) ? 1 : 0;
                        }

                        if (count > 0)
                        {
                            entrySide.Add(o);
                            entryCount.Add(count);
                            score[member] += 1_000_000 + count;
                        }
                    }
                }

                entryEnd[member] = entrySide.Count;
            }
        }
    }

    /// <summary>
    /// Drops the member that bridges the most other sides (then the most claims there), one at a time, until no
    /// bridge is left.
    /// </summary>
    /// <remarks>
    /// The vaguest claims ("at least 1") agree with many sides and go first, while a total that merely agrees with
    /// those vague claims stays. Counts per side are computed once and decremented as members go, and each member's
    /// score follows its counts: recounting every round made crafted input cubic.
    /// </remarks>
    private void DropBridges(List<List<int>> sides, bool byInterval, List<int>? dropped)
    {
        while (live.Count >= 2)
        {
            var worst = -1;
            var worstSide = -1;
            var worstScore = 0;
            foreach (var s in live)
            {
                foreach (var member in sides[s])
                {
                    if (score[member] > worstScore)
                    {
                        worst = member;
                        worstSide = s;
                        worstScore = score[member];
                    }
                }
            }

            if (worst < 0)
            {
                break;
            }

            sides[worstSide].Remove(worst);
            dropped?.Add(worst);
            foreach (var s in live)
            {
                if (s == worstSide)
                {
                    continue;
                }

                foreach (var member in sides[s])
                {
                    var entry = entrySide.BinarySearch(entryStart[member], entryEnd[member] - entryStart[member], worstSide, comparer: null);
                    if (entry >= 0 && Compatible(worst, member, byInterval))
                    {
                        var count = entryCount[entry];
                        score[member] -= count > 0 ? 1_000_000 + count : 0;
                        score[member] += count - 1 > 0 ? 1_000_000 + count - 1 : 0;
                        entryCount[entry] = count - 1;
                    }
                }
            }

            if (sides[worstSide].Count == 0)
            {
                live.Remove(worstSide);
            }
        }
    }

    private bool AllCompatible(List<int> side, int member)
    {
        foreach (var m in side)
        {
            if (!Compatible(m, member, byInterval: false))
            {
                return false;
            }
        }

        return true;
    }

    private bool Compatible(int a, int b, bool byInterval) =>
        byInterval ? members[a].Interval.Overlaps(members[b].Interval) : !ResponsibilityConflict(in members[a], in members[b]);
}
