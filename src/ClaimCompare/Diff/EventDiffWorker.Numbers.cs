using ClaimCompare.Claims;
using ClaimCompare.Quantities;

namespace ClaimCompare.Diff;

/// <summary>Groups of figures: their sides, the bridges set against the claims they cannot agree with, and their labels.</summary>
internal sealed partial class EventDiffWorker
{
    /// <summary>How many claims of a side a bridge that fits part of it lists against it; a whole side is referred to.</summary>
    internal const int MaxListedPerSide = 64;

    /// <summary>
    /// How many sides one bridge is set against at most; past it the sides carried by the most documents are kept and the
    /// rest counted in <see cref="DisagreementReason.UnlistedSides"/>. A group of thousands of distinct figures (one very
    /// long document) would otherwise set every bridge against all of them, which made the report quadratic in its claims;
    /// news articles give at most a handful.
    /// </summary>
    internal const int MaxSidesAgainst = 8;

    // Bridges' scratch: bridges with the same claims against them share one disagreement.
    private readonly Dictionary<(string Bridge, int Unfit), int> bridgeGroupOf = [];
    private readonly List<List<int>> bridgeGroups = [];
    private readonly List<(List<SideRef> Sides, int Unlisted)> bridgeAgainst = [];
    private readonly ListPool<SideRef> sideRefs = new();

    // The distinct sets of classes the bridges do not fit, by hash: each set's first number with that hash, the next set
    // with the same hash, and a bridge figure that has the set, by which two sets with one hash are told apart. A key
    // naming every unfit class was as long as the group's distinct figures, and there were as many keys.
    private readonly Dictionary<int, int> unfitSetByHash = [];
    private readonly List<int> unfitSetNext = [];
    private readonly List<Interval> unfitSetFigure = [];

    // Against's scratch: one side's unfit members, and the sides a bridge does not fit with their rank.
    private readonly List<int> unfitMembers = [];
    private readonly List<(int Documents, double MinLow, int MinOrder, int Side, bool Whole)> unfitSides = [];

    // One disagreement's scratch.
    private readonly List<(int DocumentCount, double MinLow, int MinOrder, int Index)> sideKeys = [];
    private readonly List<(int Rank, int Start, int Index)> chainKeys = [];
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];

    /// <summary>Formats an interval in words: "22", "at least 22", "up to 5", "10 to 15".</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The words.</returns>
    private static string FormatInterval(Interval interval)
    {
        static string N(double v) => FigureText.Number(v);
        return interval switch
        {
            { Low: { } l, High: { } h } when l == h => N(l),
            { Low: { } l, High: null } => "at least " + N(l),
            { Low: null or 0, High: { } h } => "up to " + N(h),
            { Low: { } l, High: { } h } => N(l) + " to " + N(h),
            _ => "any number",
        };
    }

    // LogGap reads the facing bounds of two disjoint intervals; a NaN bound (which no figure read from text has)
    // makes two intervals disjoint without facing bounds, and is taken as no gap.
    private static double Gap(Interval a, Interval b) =>
        a.Overlaps(b) || (a.High is { } h && b.Low is { } l && h < l) || (b.High is not null && a.Low is not null) ? a.LogGap(b) : 0;

    // Quotes become spaces, runs of spaces one, and the words lower case; most figures are already clean and are kept.
    private static string Clean(string text)
    {
        var clean = text[0] != ' ' && text[^1] != ' ';
        for (var i = 0; i < text.Length && clean; i++)
        {
            var c = text[i];
            clean = char.IsAscii(c) && !char.IsAsciiLetterUpper(c) && c != '"' && !(c == ' ' && text[i + 1] == ' ');
        }

        return clean
            ? text
            : string.Join(" ", text.Replace('“', ' ').Replace('”', ' ').Replace('"', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }

    private void Numbers(string eventId, ClaimKind kind, string subject, List<int> group, bool distinct, List<Disagreement> found)
    {
        // A group made only of parts rolled up into the whole says nothing a part group does not.
        var whole = false;
        foreach (var m in group)
        {
            whole |= !members[m].IsPart;
        }

        if (!whole)
        {
            return;
        }

        var ordered = ints.Rent();
        ordered.AddRange(group);
        ordered.Sort(byBounds);
        var bridges = ints.Rent();
        var sides = Partition(ordered, distinct, byInterval: true, bridges);
        MainSides(sides);
        if (sides.Count >= 2)
        {
            var all = sideRefs.Rent();
            for (var s = 0; s < sides.Count; s++)
            {
                all.Add(new SideRef(sides[s], s));
            }

            found.Add(NumberDisagreement(eventId, kind, subject, all));
        }

        GroupBridges(bridges, sides);
        for (var b = 0; b < bridgeGroups.Count; b++)
        {
            var bridgeSides = sideRefs.Rent();
            bridgeSides.Add(new SideRef(bridgeGroups[b], -1));
            bridgeSides.AddRange(bridgeAgainst[b].Sides);
            found.Add(NumberDisagreement(eventId, kind, subject, bridgeSides, bridgeAgainst[b].Unlisted));
        }
    }

    /// <summary>Groups the bridges by the claims they cannot agree with, into <see cref="bridgeGroups"/> and <see cref="bridgeAgainst"/>.</summary>
    /// <remarks>
    /// A bridge agrees with some claims of a side but not with all sides: "between 25 and 50" fits 35 yet
    /// not "no fewer than 58", and "20 civilians" fits a toll of 27 yet not one of 12. It is set against the
    /// claims it cannot agree with, in a disagreement of its own, even where dropping it left one side
    /// ("at least 50" fits many open-ended tolls, not a revised 39).
    /// Parts that exceed the same figures ("13 US service members" against a toll of twelve) stand together as
    /// one side, each group of them in the order it first appears.
    /// A bridge against a whole side refers to that side (one <see cref="Side"/> shared with the group's other
    /// disagreements); against part of one it lists at most <see cref="MaxListedPerSide"/> of its claims, so that
    /// what the bridges list stays linear in the group's claims. Bridges of one class (the same figure) fit the same
    /// classes of each side, so that is worked out once per class.
    /// </remarks>
    private void GroupBridges(List<int> bridges, List<List<int>> sides)
    {
        Reset(bridgeGroupOf);
        Reset(unfitSetByHash);
        unfitSetNext.Clear();
        unfitSetFigure.Clear();
        bridgeGroups.Clear();
        bridgeAgainst.Clear();
        for (var start = 0; start < bridges.Count;)
        {
            // The bridges arrive class by class: a run of equal figures, which fit the same claims.
            var end = start + 1;
            while (end < bridges.Count && members[bridges[end]].Interval.Equals(members[bridges[start]].Interval))
            {
                end++;
            }

            var set = UnfitSet(members[bridges[start]].Interval, sides);
            if (set >= 0)
            {
                (List<SideRef>, int)? against = null;
                for (var k = start; k < end; k++)
                {
                    var bridge = bridges[k];
                    var key = (members[bridge].IsPart ? string.Empty : members[bridge].Claim.Id, set);
                    if (!bridgeGroupOf.TryGetValue(key, out var b))
                    {
                        b = bridgeGroups.Count;
                        bridgeGroupOf.Add(key, b);
                        bridgeGroups.Add(ints.Rent());
                        bridgeAgainst.Add(against ??= Against(members[bridge].Interval, sides));
                    }

                    bridgeGroups[b].Add(bridge);
                }
            }

            start = end;
        }
    }

    /// <summary>
    /// Numbers the set of classes of the sides that <paramref name="bridge"/> does not overlap, in order of first
    /// appearance within the group; -1 when it fits every claim.
    /// </summary>
    private int UnfitSet(Interval bridge, List<List<int>> sides)
    {
        var hash = default(HashCode);
        var any = false;
        for (var s = 0; s < sides.Count; s++)
        {
            foreach (var c in sideClasses[s])
            {
                if (!members[placedMembers[classStart[c]]].Interval.Overlaps(bridge))
                {
                    hash.Add(c);
                    any = true;
                }
            }
        }

        if (!any)
        {
            return -1;
        }

        var code = hash.ToHashCode();
        var first = unfitSetByHash.TryGetValue(code, out var known) ? known : -1;
        for (var set = first; set >= 0; set = unfitSetNext[set])
        {
            if (SameUnfit(unfitSetFigure[set], bridge, sides))
            {
                return set;
            }
        }

        unfitSetByHash[code] = unfitSetFigure.Count;
        unfitSetNext.Add(first);
        unfitSetFigure.Add(bridge);
        return unfitSetFigure.Count - 1;
    }

    /// <summary>Whether two figures fail to overlap exactly the same classes of the sides.</summary>
    private bool SameUnfit(Interval a, Interval b, List<List<int>> sides)
    {
        for (var s = 0; s < sides.Count; s++)
        {
            foreach (var c in sideClasses[s])
            {
                var figure = members[placedMembers[classStart[c]]].Interval;
                if (figure.Overlaps(a) != figure.Overlaps(b))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The sides a bridge is set against, a whole side by reference, part of one as a list of its claims; at most
    /// <see cref="MaxSidesAgainst"/> of them, those carried by the most documents (ranked as <see cref="ByDocuments"/>
    /// ranks them), with how many more it does not fit.
    /// </summary>
    /// <remarks>
    /// The sides are ranked first and only those kept are built: building a list for every side of a group of thousands
    /// of distinct figures, for every class of bridges, was quadratic in memory.
    /// </remarks>
    private (List<SideRef> Sides, int Unlisted) Against(Interval bridge, List<List<int>> sides)
    {
        unfitSides.Clear();
        for (var s = 0; s < sides.Count; s++)
        {
            if (UnfitMembers(bridge, s) is var whole && (whole || unfitMembers.Count > 0))
            {
                var facts = whole ? mainFacts[s] : Facts(unfitMembers);
                unfitSides.Add((facts.Documents, facts.MinLow, facts.MinOrder, s, whole));
            }
        }

        var unlisted = Math.Max(0, unfitSides.Count - MaxSidesAgainst);
        if (unlisted > 0)
        {
            unfitSides.Sort(static (x, y) =>
            {
                var c = y.Documents.CompareTo(x.Documents);
                c = c != 0 ? c : x.MinLow.CompareTo(y.MinLow);
                c = c != 0 ? c : x.MinOrder.CompareTo(y.MinOrder);
                return c != 0 ? c : x.Side.CompareTo(y.Side);
            });
            unfitSides.RemoveRange(MaxSidesAgainst, unlisted);
        }

        var against = sideRefs.Rent();
        foreach (var (_, _, _, s, whole) in unfitSides)
        {
            if (whole)
            {
                against.Add(new SideRef(sides[s], s));
            }
            else
            {
                UnfitMembers(bridge, s);
                var unfit = ints.Rent();
                unfit.AddRange(unfitMembers);
                against.Add(new SideRef(unfit, -1));
            }
        }

        return (against, unlisted);
    }

    /// <summary>
    /// Puts into <see cref="unfitMembers"/> the members of side <paramref name="s"/> the bridge does not overlap, at most
    /// <see cref="MaxListedPerSide"/>; returns whether it overlaps none of them.
    /// </summary>
    private bool UnfitMembers(Interval bridge, int s)
    {
        unfitMembers.Clear();
        var all = true;
        foreach (var c in sideClasses[s])
        {
            if (members[placedMembers[classStart[c]]].Interval.Overlaps(bridge))
            {
                all = false;
                continue;
            }

            for (var k = classStart[c]; k < classStart[c] + classSize[c] && unfitMembers.Count < MaxListedPerSide; k++)
            {
                unfitMembers.Add(placedMembers[k]);
            }
        }

        return all;
    }

    private Disagreement NumberDisagreement(string eventId, ClaimKind kind, string subject, List<SideRef> sides, int unlisted = 0)
    {
        sides = ByDocuments(sides);
        var built = new Side[sides.Count];
        for (var s = 0; s < sides.Count; s++)
        {
            built[s] = BuiltSide(sides[s]);
        }

        var gap = 0.0;
        var far = (A: 0, B: 1);
        for (var i = 0; i < sides.Count; i++)
        {
            for (var j = i + 1; j < sides.Count; j++)
            {
                var g = Gap(built[i].Interval, built[j].Interval);
                if (g > gap)
                {
                    gap = g;
                    far = (i, j);
                }
            }
        }

        var type = TypeOf(sides);
        var severity = Severity(gap, built[far.A], built[far.B], type);
        var reason = new DisagreementReason(gap, type == DisagreementType.Revision ? TimeOrder(sides) : []) { UnlistedSides = unlisted };
        return new Disagreement(string.Empty, type, kind, eventId, subject, built, severity, DisagreementText.Explain(type, kind, subject, built, reason)) { Reason = reason };
    }

    /// <summary>Orders sides so that the side carried by the most documents leads: a reader sees the majority figure first.</summary>
    private List<SideRef> ByDocuments(List<SideRef> sides)
    {
        sideKeys.Clear();
        for (var s = 0; s < sides.Count; s++)
        {
            var facts = FactsOf(sides[s]);
            sideKeys.Add((facts.Documents, facts.MinLow, facts.MinOrder, s));
        }

        sideKeys.Sort(static (x, y) =>
        {
            var c = y.DocumentCount.CompareTo(x.DocumentCount);
            c = c != 0 ? c : x.MinLow.CompareTo(y.MinLow);
            c = c != 0 ? c : x.MinOrder.CompareTo(y.MinOrder);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        });
        var sorted = sideRefs.Rent();
        foreach (var key in sideKeys)
        {
            sorted.Add(sides[key.Index]);
        }

        return sorted;
    }

    /// <summary>The sides of a revision in time: earlier figures first, updates last, else in order of appearance.</summary>
    private int[] TimeOrder(List<SideRef> sides)
    {
        chainKeys.Clear();
        for (var s = 0; s < sides.Count; s++)
        {
            var facts = FactsOf(sides[s]);
            chainKeys.Add((facts.Rank, facts.Start, s));
        }

        chainKeys.Sort(static (x, y) =>
        {
            var c = x.Rank.CompareTo(y.Rank);
            c = c != 0 ? c : x.Start.CompareTo(y.Start);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        });
        var chain = new int[chainKeys.Count];
        for (var k = 0; k < chain.Length; k++)
        {
            chain[k] = chainKeys[k].Index;
        }

        return chain;
    }

    private string NumberLabel(List<int> side)
    {
        // A part set against the whole says whom it counts: "13 soldiers", not "13". The most common wording wins.
        texts.Clear();
        foreach (var m in side)
        {
            var claim = members[m].Claim;
            var figure = claim.Quantity?.Text is { Length: > 0 } q ? Clean(q) : FormatInterval(claim.Interval);
            texts.Add(members[m].IsPart && claim.Subject is { Length: > 0 } who ? figure + " " + who : figure);
        }

        texts.Sort(static (a, b) => string.CompareOrdinal(a, b));
        var best = texts[0];
        var bestCount = 0;
        for (var start = 0; start < texts.Count;)
        {
            var end = start + 1;
            while (end < texts.Count && string.Equals(texts[end], texts[start], StringComparison.Ordinal))
            {
                end++;
            }

            if (end - start > bestCount)
            {
                best = texts[start];
                bestCount = end - start;
            }

            start = end;
        }

        return best;
    }
}
