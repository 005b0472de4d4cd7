using System.Globalization;
using System.Text;
using ClaimCompare.Claims;
using ClaimCompare.Quantities;
using ClaimCompare.Reporting;

namespace ClaimCompare.Diff;

/// <summary>Groups of figures: their sides, the bridges set against the claims they cannot agree with, and their labels.</summary>
internal sealed partial class EventDiffWorker
{
    // Bridges' scratch: bridges with the same claims against them share one disagreement.
    private readonly Dictionary<string, int> bridgeGroupOf = new(StringComparer.Ordinal);
    private readonly List<List<int>> bridgeGroups = [];
    private readonly List<List<List<int>>> bridgeAgainst = [];
    private readonly StringBuilder bridgeKey = new();

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
        static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        return interval switch
        {
            { Low: { } l, High: { } h } when l == h => N(l),
            { Low: { } l, High: null } => "at least " + N(l),
            { Low: null or 0, High: { } h } => "up to " + N(h),
            { Low: { } l, High: { } h } => N(l) + " to " + N(h),
            _ => "any number",
        };
    }

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
        if (sides.Count >= 2)
        {
            found.Add(NumberDisagreement(eventId, kind, subject, sides));
        }

        GroupBridges(bridges, sides);
        for (var b = 0; b < bridgeGroups.Count; b++)
        {
            var bridgeSides = sideLists.Rent();
            bridgeSides.Add(bridgeGroups[b]);
            bridgeSides.AddRange(bridgeAgainst[b]);
            found.Add(NumberDisagreement(eventId, kind, subject, bridgeSides));
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
    /// </remarks>
    private void GroupBridges(List<int> bridges, List<List<int>> sides)
    {
        Reset(bridgeGroupOf);
        bridgeGroups.Clear();
        bridgeAgainst.Clear();
        foreach (var bridge in bridges)
        {
            var against = sideLists.Rent();
            foreach (var side in sides)
            {
                var unfit = ints.Rent();
                foreach (var m in side)
                {
                    if (!ReferenceEquals(members[m].Claim, members[bridge].Claim) && !members[m].Interval.Overlaps(members[bridge].Interval))
                    {
                        unfit.Add(m);
                    }
                }

                if (unfit.Count > 0)
                {
                    against.Add(unfit);
                }
            }

            if (against.Count == 0)
            {
                continue;
            }

            bridgeKey.Clear().Append(members[bridge].IsPart ? string.Empty : members[bridge].Claim.Id).Append(':');
            var first = true;
            foreach (var side in against)
            {
                foreach (var m in side)
                {
                    bridgeKey.Append(first ? string.Empty : ",").Append(members[m].Claim.Id);
                    first = false;
                }
            }

            var key = bridgeKey.ToString();
            if (!bridgeGroupOf.TryGetValue(key, out var b))
            {
                b = bridgeGroups.Count;
                bridgeGroupOf.Add(key, b);
                bridgeGroups.Add(ints.Rent());
                bridgeAgainst.Add(against);
            }

            bridgeGroups[b].Add(bridge);
        }
    }

    private Disagreement NumberDisagreement(string eventId, ClaimKind kind, string subject, List<List<int>> sides)
    {
        sides = ByDocuments(sides);
        var built = new Side[sides.Count];
        for (var s = 0; s < sides.Count; s++)
        {
            built[s] = BuildSide(sides[s], NumberLabel(sides[s]));
        }

        var gap = 0.0;
        var far = (A: 0, B: 1);
        for (var i = 0; i < sides.Count; i++)
        {
            for (var j = i + 1; j < sides.Count; j++)
            {
                var g = built[i].Interval.LogGap(built[j].Interval);
                if (g > gap)
                {
                    gap = g;
                    far = (i, j);
                }
            }
        }

        var type = TypeOf(sides);
        var severity = Severity(gap, built[far.A], built[far.B], type);
        var reason = new DisagreementReason(gap, type == DisagreementType.Revision ? TimeOrder(sides) : []);
        return new Disagreement(string.Empty, type, kind, eventId, subject, built, severity, DisagreementText.Explain(type, kind, subject, built, reason)) { Reason = reason };
    }

    /// <summary>Orders sides so that the side carried by the most documents leads: a reader sees the majority figure first.</summary>
    private List<List<int>> ByDocuments(List<List<int>> sides)
    {
        sideKeys.Clear();
        for (var s = 0; s < sides.Count; s++)
        {
            Reset(strings);
            var minLow = double.PositiveInfinity;
            var minOrder = int.MaxValue;
            foreach (var m in sides[s])
            {
                strings.Add(members[m].Claim.DocumentId);
                var low = members[m].Interval.Low ?? double.NegativeInfinity;
                minLow = low < minLow || double.IsNaN(low) ? low : minLow;
                minOrder = Math.Min(minOrder, members[m].Order);
            }

            sideKeys.Add((strings.Count, minLow, minOrder, s));
        }

        sideKeys.Sort(static (x, y) =>
        {
            var c = y.DocumentCount.CompareTo(x.DocumentCount);
            c = c != 0 ? c : x.MinLow.CompareTo(y.MinLow);
            c = c != 0 ? c : x.MinOrder.CompareTo(y.MinOrder);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        });
        var sorted = sideLists.Rent();
        foreach (var key in sideKeys)
        {
            sorted.Add(sides[key.Index]);
        }

        return sorted;
    }

    /// <summary>The sides of a revision in time: earlier figures first, updates last, else in order of appearance.</summary>
    private int[] TimeOrder(List<List<int>> sides)
    {
        chainKeys.Clear();
        for (var s = 0; s < sides.Count; s++)
        {
            var rank = 1;
            var start = int.MaxValue;
            foreach (var m in sides[s])
            {
                var timing = members[m].Claim.Timing;
                rank = timing == ClaimTiming.Earlier ? 0 : timing == ClaimTiming.Updated && rank != 0 ? 2 : rank;
                start = Math.Min(start, members[m].Claim.Evidence.Start);
            }

            chainKeys.Add((rank, start, s));
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
