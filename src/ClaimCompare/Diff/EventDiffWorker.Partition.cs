using ClaimCompare.Claims;
using ClaimCompare.Quantities;

namespace ClaimCompare.Diff;

/// <summary>Sides: members split into sets of mutually compatible members, bridges dropped until none is left.</summary>
/// <remarks>
/// The work is done per class, not per member: a class is a run of members, in the order they are placed, that are
/// compatible with exactly the same members (the same figure; for responsibility the same stance, actor and
/// document) and with each other. A class always lands on one side and, as shown at <see cref="DropBridges"/>,
/// leaves it whole, so counting and dropping cost the square of the distinct figures of a group rather than of its
/// claims: 64k claims of one event repeat a few hundred figures.
/// </remarks>
internal sealed partial class EventDiffWorker
{
    // Partition's scratch. Classes are stretches of `placedMembers`; `sideClasses` lists each side's classes in order.
    private readonly HashSet<Claim> placed = new(ReferenceEqualityComparer.Instance);
    private readonly List<Interval> commons = [];
    private readonly List<int> live = [];
    private readonly List<int> placedMembers = [];
    private readonly List<int> classStart = [];
    private readonly List<int> classSize = [];
    private readonly List<int> classSide = [];
    private readonly List<bool> classDropped = [];
    private readonly List<int> entrySide = [];
    private readonly List<int> entryCount = [];
    private readonly List<int> entryStart = [];
    private readonly List<int> entryEnd = [];
    private readonly List<long> score = [];
    private List<List<int>> sideClasses = [];

    /// <summary>
    /// Splits members into sides of mutually compatible members, dropping bridges (into <paramref name="dropped"/>)
    /// until none is left; one side when they all agree, or when dropping bridges left only one.
    /// </summary>
    /// <remarks>The classes of the sides returned stay in <see cref="sideClasses"/>, in the same order, for the bridges.</remarks>
    private List<List<int>> Partition(List<int> ordered, bool distinct, bool byInterval, List<int>? dropped)
    {
        FirstFit(ordered, distinct, byInterval);
        live.Clear();
        for (var s = 0; s < sideClasses.Count; s++)
        {
            live.Add(s);
        }

        if (sideClasses.Count >= 2)
        {
            CountBridges(byInterval);
            DropBridges(byInterval, dropped);
        }

        var remaining = sideLists.Rent();
        var remainingClasses = sideLists.Rent();
        foreach (var s in live)
        {
            var side = ints.Rent();
            foreach (var c in sideClasses[s])
            {
                for (var k = classStart[c]; k < classStart[c] + classSize[c]; k++)
                {
                    side.Add(placedMembers[k]);
                }
            }

            remaining.Add(side);
            remainingClasses.Add(sideClasses[s]);
        }

        sideClasses = remainingClasses;
        return remaining;
    }

    /// <summary>Puts each class, in order, on the first side it is compatible with, or on a side of its own.</summary>
    private void FirstFit(List<int> ordered, bool distinct, bool byInterval)
    {
        sideClasses = sideLists.Rent();
        placedMembers.Clear();
        classStart.Clear();
        classSize.Clear();
        classSide.Clear();
        classDropped.Clear();

        // For intervals, "overlaps every member" equals "overlaps the members' common part" (pairwise
        // overlapping intervals share a point), which turns a scan of the whole side into one test;
        // thousands of equal figures in one group made the scan quadratic.
        commons.Clear();
        Reset(placed); // a scan of every side per member was quadratic
        var selfCompatible = false;
        foreach (var member in ordered)
        {
            // The same claim twice (as itself and rolled up as a part) keeps its first place.
            if (!distinct && !placed.Add(members[member].Claim))
            {
                continue;
            }

            // A member like the previous one joins its class: the sides before that class's refused the first of
            // them and sides only grow, and the class's own side holds only members compatible with it.
            var interval = members[member].Interval;
            var last = classStart.Count - 1;
            if (last >= 0 && selfCompatible && SameClass(placedMembers[^1], member, byInterval))
            {
                placedMembers.Add(member);
                classSize[last]++;
                commons[classSide[last]] = commons[classSide[last]].Intersect(interval) ?? commons[classSide[last]];
                continue;
            }

            selfCompatible = Compatible(member, member, byInterval);
            var index = -1;
            for (var s = 0; s < sideClasses.Count && index < 0; s++)
            {
                index = (byInterval ? commons[s].Overlaps(interval) : AllCompatible(sideClasses[s], member)) ? s : -1;
            }

            if (index < 0)
            {
                index = sideClasses.Count;
                sideClasses.Add(ints.Rent());
                commons.Add(interval);
            }
            else
            {
                commons[index] = commons[index].Intersect(interval) ?? commons[index];
            }

            sideClasses[index].Add(classStart.Count);
            classStart.Add(placedMembers.Count);
            classSize.Add(1);
            classSide.Add(index);
            classDropped.Add(false);
            placedMembers.Add(member);
        }
    }

    /// <summary>
    /// Counts, for every class, the members of each other side it is compatible with, and scores it by them.
    /// A class's counts are kept by side number, ascending, in one stretch of <see cref="entrySide"/>.
    /// </summary>
    private void CountBridges(bool byInterval)
    {
        entrySide.Clear();
        entryCount.Clear();
        entryStart.Clear();
        entryEnd.Clear();
        score.Clear();
        for (var c = 0; c < classStart.Count; c++)
        {
            entryStart.Add(entrySide.Count);
            var total = 0L;
            var representative = placedMembers[classStart[c]];
            for (var o = 0; o < sideClasses.Count; o++)
            {
                if (o == classSide[c])
                {
                    continue;
                }

                var count = 0;
                foreach (var other in sideClasses[o])
                {
                    count += Compatible(placedMembers[classStart[other]], representative, byInterval) ? classSize[other] : 0;
                }

                if (count > 0)
                {
                    entrySide.Add(o);
                    entryCount.Add(count);
                    total += Weight(count);
                }
            }

            entryEnd.Add(entrySide.Count);
            score.Add(total);
        }
    }

    /// <summary>
    /// Drops the class that bridges the most other sides (then the most claims there), one at a time, until no
    /// bridge is left.
    /// </summary>
    /// <remarks>
    /// The vaguest claims ("at least 1") agree with many sides and go first, while a total that merely agrees with
    /// those vague claims stays. Counts per side are computed once and decremented as members go, and each class's
    /// score follows its counts: recounting every round made crafted input cubic.
    /// Dropping members one at a time, the first member with the highest score goes; its classmates keep that score
    /// (dropping a member changes only the counts of other sides) while every other score can only fall, so its
    /// classmates go next, one after another: the whole class goes at once, in order.
    /// </remarks>
    private void DropBridges(bool byInterval, List<int>? dropped)
    {
        while (live.Count >= 2)
        {
            var worst = -1;
            var worstScore = 0L;
            foreach (var s in live)
            {
                foreach (var c in sideClasses[s])
                {
                    if (score[c] > worstScore)
                    {
                        worst = c;
                        worstScore = score[c];
                    }
                }
            }

            if (worst < 0)
            {
                break;
            }

            var worstSide = classSide[worst];
            sideClasses[worstSide].Remove(worst);
            classDropped[worst] = true;
            for (var k = classStart[worst]; k < classStart[worst] + classSize[worst]; k++)
            {
                dropped?.Add(placedMembers[k]);
            }

            var representative = placedMembers[classStart[worst]];
            foreach (var s in live)
            {
                if (s != worstSide)
                {
                    Uncount(sideClasses[s], worstSide, representative, classSize[worst], byInterval);
                }
            }

            if (sideClasses[worstSide].Count == 0)
            {
                live.Remove(worstSide);
            }
        }
    }

    /// <summary>Takes <paramref name="size"/> members of side <paramref name="from"/>, like <paramref name="gone"/>, off the counts of <paramref name="classes"/>.</summary>
    private void Uncount(List<int> classes, int from, int gone, int size, bool byInterval)
    {
        foreach (var c in classes)
        {
            var entry = entrySide.BinarySearch(entryStart[c], entryEnd[c] - entryStart[c], from, comparer: null);
            if (entry >= 0 && Compatible(gone, placedMembers[classStart[c]], byInterval))
            {
                var count = entryCount[entry];
                score[c] += Weight(count - size) - Weight(count);
                entryCount[entry] = count - size;
            }
        }
    }

    // A side bridged at all outweighs any number of claims bridged there.
    private static long Weight(int count) => count > 0 ? 1_000_000L + count : 0;

    private bool SameClass(int a, int b, bool byInterval)
    {
        ref readonly var x = ref members[a];
        ref readonly var y = ref members[b];
        return byInterval
            ? x.Interval.Equals(y.Interval)
            : x.Claim.Polarity == y.Claim.Polarity && string.Equals(x.Claim.Actor, y.Claim.Actor, StringComparison.Ordinal)
                && string.Equals(x.Claim.DocumentId, y.Claim.DocumentId, StringComparison.Ordinal);
    }

    private bool AllCompatible(List<int> classes, int member)
    {
        foreach (var c in classes)
        {
            if (!Compatible(placedMembers[classStart[c]], member, byInterval: false))
            {
                return false;
            }
        }

        return true;
    }

    private bool Compatible(int a, int b, bool byInterval) =>
        byInterval ? members[a].Interval.Overlaps(members[b].Interval) : !Conflict(in members[a], in members[b]);
}
