using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ClaimCompare.Claims;
using ClaimCompare.Quantities;

namespace ClaimCompare.Diff;

/// <summary>
/// The diff of one event at a time: groups its claims by kind and subject, splits each group into sides and
/// builds the disagreements, as <see cref="DisagreementFinder"/> describes.
/// </summary>
/// <remarks>
/// Claims of different events never meet, so each worker of <see cref="DisagreementFinder.Find"/> owns one instance
/// and reuses its buffers from event to event and group to group: collections built per group, side and member were
/// most of the diff's garbage. Members are numbered within their event and every list holds those numbers.
/// Not thread-safe: one instance per thread. The tables it shares with other workers are only read, or are concurrent.
/// </remarks>
internal sealed class EventDiff
{
    private readonly IReadOnlyList<Claim> claims;
    private readonly int[] order;
    private readonly SubjectNormalizer subjects;
    private readonly ConcurrentDictionary<(string Subject, ClaimKind Kind), (string Key, bool IsWhole)> normalised;

    // One event's members and groups.
    // An array rather than a list: members are read in place, a list's indexer copies the whole struct.
    private Member[] members = new Member[16];
    private int memberCount;
    private readonly Dictionary<(ClaimKind Kind, string Subject), int> groupOf = [];
    private readonly List<(ClaimKind Kind, string Subject)> groupKeys = [];
    private readonly List<List<int>> groupMembers = [];
    private readonly List<int> groupsInOrder = [];
    private readonly Comparison<int> byGroupKey;
    private readonly Comparison<int> byOrder;
    private readonly Comparison<int> byBounds;
    private readonly Comparison<int> byStance;
    private int[] position = new int[16];

    // One group's scratch: lists handed out by the pools go back when the group is done.
    private readonly ListPool<int> ints = new();
    private readonly ListPool<List<int>> sideLists = new();
    private readonly HashSet<Claim> placed = new(ReferenceEqualityComparer.Instance);
    private readonly List<Interval> commons = [];
    private readonly List<int> live = [];
    private readonly List<int> entrySide = [];
    private readonly List<int> entryCount = [];
    private int[] entryStart = [];
    private int[] entryEnd = [];
    private int[] score = [];
    private readonly Dictionary<string, int> bridgeGroupOf = new(StringComparer.Ordinal);
    private readonly List<List<int>> bridgeGroups = [];
    private readonly List<List<List<int>>> bridgeAgainst = [];
    private readonly List<(int DocumentCount, double MinLow, int MinOrder, int Index)> sideKeys = [];
    private readonly List<(int Rank, int Start, int Index)> chainKeys = [];
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private readonly List<(string Voice, string Document)> voiceDocuments = [];
    private readonly List<Voice> voices = [];
    private readonly List<(string Source, int First, string Document)> sourceDocuments = [];
    private readonly List<(string Source, int First, int Documents)> sources = [];
    private readonly Dictionary<string, string> actorKeys = new(StringComparer.Ordinal);
    private readonly StringBuilder text = new();

    /// <summary>Initializes a new instance of the <see cref="EventDiff"/> class.</summary>
    /// <param name="claims">Every claim of the comparison.</param>
    /// <param name="order">For each claim, the first position of its id in <paramref name="claims"/>.</param>
    /// <param name="subjects">The subject normaliser.</param>
    /// <param name="normalised">Subject keys already worked out, shared by the workers.</param>
    public EventDiff(
        IReadOnlyList<Claim> claims,
        int[] order,
        SubjectNormalizer subjects,
        ConcurrentDictionary<(string Subject, ClaimKind Kind), (string Key, bool IsWhole)> normalised)
    {
        this.claims = claims;
        this.order = order;
        this.subjects = subjects;
        this.normalised = normalised;
        byGroupKey = (a, b) =>
        {
            var c = ((int)groupKeys[a].Kind).CompareTo((int)groupKeys[b].Kind);
            return c != 0 ? c : string.CompareOrdinal(groupKeys[a].Subject, groupKeys[b].Subject);
        };
        byOrder = (a, b) => members[a].Order.CompareTo(members[b].Order);
        byBounds = (a, b) =>
        {
            var c = (members[a].Interval.High ?? double.PositiveInfinity).CompareTo(members[b].Interval.High ?? double.PositiveInfinity);
            c = c != 0 ? c : (members[a].Interval.Low ?? double.NegativeInfinity).CompareTo(members[b].Interval.Low ?? double.NegativeInfinity);
            return c != 0 ? c : position[a].CompareTo(position[b]);
        };
        byStance = (a, b) =>
        {
            var c = members[a].Stance.CompareTo(members[b].Stance);
            c = c != 0 ? c : string.CompareOrdinal(members[a].ActorKey, members[b].ActorKey);
            return c != 0 ? c : position[a].CompareTo(position[b]);
        };
    }

    /// <summary>Finds the disagreements of one event, in the order of its groups (kind, then subject).</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="claimIndices">Positions of the event's claims in the comparison, ascending.</param>
    /// <param name="found">Where the disagreements go.</param>
    public void Diff(string eventId, ReadOnlySpan<int> claimIndices, List<Disagreement> found)
    {
        memberCount = 0;
        Reset(groupOf);
        groupKeys.Clear();
        foreach (var i in claimIndices)
        {
            var claim = claims[i];
            var claimOrder = order[i];
            if (claim.Kind == ClaimKind.Responsibility)
            {
                if (claim.Polarity is { } p && p != Polarity.Unknown)
                {
                    // Blame on a common-noun party of an accident ("the loco pilot", "local authorities") is compared party by
                    // party: two such parties can share the blame, so only named perpetrators are set against each other.
                    var actorKey = ActorKey(claim.Actor);
                    var group = claim.Actor is { Length: > 0 } a && char.IsLower(a[0]) ? "responsibility:" + actorKey : "responsibility";
                    Add(ClaimKind.Responsibility, group, new Member(claim, claim.Interval, IsPart: false, claimOrder, StanceOf(claim), actorKey));
                }

                continue;
            }

            // Subjects repeat across a corpus ("people", "civilians"): each distinct one is normalised once.
            var (key, isWhole) = normalised.GetOrAdd((claim.Subject ?? string.Empty, claim.Kind), static (k, s) => s.Normalize(k.Subject, k.Kind), subjects);
            Add(claim.Kind, key, new Member(claim, claim.Interval, IsPart: false, claimOrder));
            if (!isWhole && claim.Kind != ClaimKind.Count && claim.Interval.Low is > 0)
            {
                // A part bounds the whole from below only.
                Add(claim.Kind, SubjectNormalizer.Whole, new Member(claim, new Interval(claim.Interval.Low, null), IsPart: true, claimOrder));
            }
        }

        groupsInOrder.Clear();
        for (var g = 0; g < groupKeys.Count; g++)
        {
            groupsInOrder.Add(g);
        }

        groupsInOrder.Sort(byGroupKey);
        foreach (var g in groupsInOrder)
        {
            var group = groupMembers[g];
            if (group.Count < 2)
            {
                continue;
            }

            // Members arrive in claim order; sorting by first position only matters when a claim id repeats,
            // and only then can one claim be in the group twice.
            var distinct = IsInOrder(group);
            if (!distinct)
            {
                group.Sort(byOrder);
            }

            for (var k = 0; k < group.Count; k++)
            {
                position[group[k]] = k;
            }

            var (kind, subject) = groupKeys[g];
            if (kind == ClaimKind.Responsibility)
            {
                Responsibility(eventId, group, distinct, found);
            }
            else
            {
                Numbers(eventId, kind, subject, group, distinct, found);
            }

            ints.ReturnAll();
            sideLists.ReturnAll();
        }
    }

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

    private void Add(ClaimKind kind, string subject, Member member)
    {
        if (!groupOf.TryGetValue((kind, subject), out var g))
        {
            g = groupKeys.Count;
            groupOf.Add((kind, subject), g);
            groupKeys.Add((kind, subject));
            if (groupMembers.Count == g)
            {
                groupMembers.Add([]);
            }

            groupMembers[g].Clear();
        }

        if (memberCount == members.Length)
        {
            Array.Resize(ref members, memberCount * 2);
            Array.Resize(ref position, memberCount * 2);
        }

        groupMembers[g].Add(memberCount);
        members[memberCount++] = member;
    }

    private bool IsInOrder(List<int> group)
    {
        for (var k = 1; k < group.Count; k++)
        {
            if (members[group[k - 1]].Order >= members[group[k]].Order)
            {
                return false;
            }
        }

        return true;
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
            found.Add(Numbers(eventId, kind, subject, sides));
        }

        // A bridge agrees with some claims of a side but not with all sides: "between 25 and 50" fits 35 yet
        // not "no fewer than 58", and "20 civilians" fits a toll of 27 yet not one of 12. It is set against the
        // claims it cannot agree with, in a disagreement of its own, even where dropping it left one side
        // ("at least 50" fits many open-ended tolls, not a revised 39).
        // Parts that exceed the same figures ("13 US service members" against a toll of twelve) stand together as
        // one side, each group of them in the order it first appears.
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

            text.Clear().Append(members[bridge].IsPart ? string.Empty : members[bridge].Claim.Id).Append(':');
            var first = true;
            foreach (var side in against)
            {
                foreach (var m in side)
                {
                    text.Append(first ? string.Empty : ",").Append(members[m].Claim.Id);
                    first = false;
                }
            }

            var key = text.ToString();
            if (!bridgeGroupOf.TryGetValue(key, out var b))
            {
                b = bridgeGroups.Count;
                bridgeGroupOf.Add(key, b);
                bridgeGroups.Add(ints.Rent());
                bridgeAgainst.Add(against);
            }

            bridgeGroups[b].Add(bridge);
        }

        for (var b = 0; b < bridgeGroups.Count; b++)
        {
            var bridgeSides = sideLists.Rent();
            bridgeSides.Add(bridgeGroups[b]);
            bridgeSides.AddRange(bridgeAgainst[b]);
            found.Add(Numbers(eventId, kind, subject, bridgeSides));
        }
    }

    private Disagreement Numbers(string eventId, ClaimKind kind, string subject, List<List<int>> sides)
    {
        // The side carried by the most documents leads, so a reader sees the majority figure first.
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

        sides = sorted;
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
        text.Clear();
        if (type == DisagreementType.Revision)
        {
            AppendVoices(built, capitalise: true);
            text.Append(" revised ").Append(subject).Append(' ');
            AppendLower(kind.ToString());
            text.Append(": ");
            AppendRevisionChain(sides, built);
            text.Append('.');
        }
        else
        {
            text.Append(subject);
            Capitalise(0);
            text.Append(' ');
            AppendLower(kind.ToString());
            text.Append(": ");
            AppendSides(built);
            text.Append(": the figures differ by a factor of about ").Append(FormatFactor(Math.Exp(gap))).Append('.');
        }

        return new Disagreement(string.Empty, type, kind, eventId, subject, built, severity, text.ToString());
    }

    private void Responsibility(string eventId, List<int> group, bool distinct, List<Disagreement> found)
    {
        var ordered = ints.Rent();
        ordered.AddRange(group);
        ordered.Sort(byStance);
        var sides = Partition(ordered, distinct, byInterval: false, dropped: null);
        if (sides.Count < 2)
        {
            return;
        }

        var built = new Side[sides.Count];
        for (var s = 0; s < sides.Count; s++)
        {
            built[s] = BuildSide(sides[s], StanceLabel(members[sides[s][0]].Claim));
        }

        var type = TypeOf(sides);
        var severity = Severity(1.0, built[0], built[1], type);
        string? actor = null;
        var actors = false;
        foreach (var side in sides)
        {
            foreach (var m in side)
            {
                actors |= members[m].Claim.Actor is { } a && actor is not null && !string.Equals(a, actor, StringComparison.Ordinal);
                actor ??= members[m].Claim.Actor;
            }
        }

        text.Clear().Append("Responsibility: ");
        AppendSides(built);
        text.Append('.');
        found.Add(new Disagreement(string.Empty, type, ClaimKind.Responsibility, eventId, actor is not null && !actors ? actor : "responsibility", built, severity, text.ToString()));
    }

    /// <summary>
    /// Splits members into sides of mutually compatible members, dropping bridges (into <paramref name="dropped"/>)
    /// until none is left; one side when they all agree, or when dropping bridges left only one.
    /// </summary>
    private List<List<int>> Partition(List<int> ordered, bool distinct, bool byInterval, List<int>? dropped)
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

        if (sides.Count < 2)
        {
            return sides;
        }

        // Drop the member that bridges the most other sides (then the most claims there), one at a time,
        // until no bridge is left: the vaguest claims ("at least 1") agree with many sides and go first,
        // while a total that merely agrees with those vague claims stays. Counts per side are computed
        // once and decremented as members go, and each member's score follows its counts: recounting
        // every round made crafted input cubic. A member's counts are kept by side number, ascending.
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

        var remaining = sideLists.Rent();
        foreach (var s in live)
        {
            remaining.Add(sides[s]);
        }

        return remaining;
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

    private Side BuildSide(List<int> side, string label)
    {
        Interval? common = members[side[0]].Interval;
        var ids = new string[side.Count];
        voiceDocuments.Clear();
        for (var k = 0; k < side.Count; k++)
        {
            var claim = members[side[k]].Claim;
            ids[k] = claim.Id;
            common = k == 0 ? common : common?.Intersect(members[side[k]].Interval);
            voiceDocuments.Add((VoiceKey(claim), claim.DocumentId));
        }

        // Each voice with its documents, distinct and in order; the voices carried by the most documents first.
        voiceDocuments.Sort(static (x, y) =>
        {
            var c = string.CompareOrdinal(x.Voice, y.Voice);
            return c != 0 ? c : string.CompareOrdinal(x.Document, y.Document);
        });
        voices.Clear();
        for (var start = 0; start < voiceDocuments.Count;)
        {
            var end = start + 1;
            var distinct = 1;
            for (; end < voiceDocuments.Count && string.Equals(voiceDocuments[end].Voice, voiceDocuments[start].Voice, StringComparison.Ordinal); end++)
            {
                distinct += string.Equals(voiceDocuments[end].Document, voiceDocuments[end - 1].Document, StringComparison.Ordinal) ? 0 : 1;
            }

            var documents = new string[distinct];
            documents[0] = voiceDocuments[start].Document;
            for (int k = start + 1, d = 1; k < end; k++)
            {
                if (!string.Equals(voiceDocuments[k].Document, voiceDocuments[k - 1].Document, StringComparison.Ordinal))
                {
                    documents[d++] = voiceDocuments[k].Document;
                }
            }

            voices.Add(new Voice(voiceDocuments[start].Voice, documents));
            start = end;
        }

        voices.Sort(static (x, y) =>
        {
            var c = y.Documents.Count.CompareTo(x.Documents.Count);
            return c != 0 ? c : string.CompareOrdinal(x.Source, y.Source);
        });
        return new Side(ids, common ?? members[side[0]].Interval, label, voices.ToArray());
    }

    private static string VoiceKey(Claim claim) => claim.Source.Speaker ?? claim.Outlet ?? claim.DocumentId;

    private DisagreementType TypeOf(List<List<int>> sides)
    {
        // One voice, or one outlet in its own voice (with at most one named speaker), updating a figure is a
        // revision; one article quoting two different speakers is still a conflict between them.
        var first = members[sides[0][0]].Claim;
        var voice = VoiceKey(first);
        var oneDocument = true;
        var oneVoice = true;
        string? speaker = null;
        var speakers = false;
        var timed = false;
        foreach (var side in sides)
        {
            foreach (var m in side)
            {
                var claim = members[m].Claim;
                oneDocument &= string.Equals(claim.DocumentId, first.DocumentId, StringComparison.Ordinal);
                oneVoice &= string.Equals(VoiceKey(claim), voice, StringComparison.Ordinal);
                speakers |= claim.Source.Speaker is { } s && speaker is not null && !string.Equals(s, speaker, StringComparison.Ordinal);
                speaker ??= claim.Source.Speaker;

                timed |= claim.Timing != ClaimTiming.Current;
            }
        }

        if (oneVoice || (oneDocument && !speakers))
        {
            return DisagreementType.Revision;
        }

        // An update or an earlier figure revises its own voice's figure on the other side.
        if (timed && sides.Count == 2)
        {
            Reset(strings);
            foreach (var m in sides[0])
            {
                strings.Add(VoiceKey(members[m].Claim));
            }

            foreach (var m in sides[1])
            {
                if (strings.Contains(VoiceKey(members[m].Claim)))
                {
                    return DisagreementType.Revision;
                }
            }
        }

        return DisagreementType.Conflict;
    }

    private static double Severity(double gap, Side a, Side b, DisagreementType type)
    {
        var weight = 1 + (0.5 * Math.Log(Math.Max(1, a.Voices.Count) * (double)Math.Max(1, b.Voices.Count)));
        var severity = gap * weight;
        return type == DisagreementType.Revision ? severity / 2 : severity;
    }

    private void AppendRevisionChain(List<List<int>> sides, Side[] built)
    {
        // Earlier figures first, updates last, else in order of appearance.
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
        for (var k = 0; k < chainKeys.Count; k++)
        {
            text.Append(k == 0 ? string.Empty : " → ").Append(built[chainKeys[k].Index].Label);
        }
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

    private void AppendSides(Side[] built)
    {
        for (var s = 0; s < built.Length; s++)
        {
            text.Append(s == 0 ? string.Empty : " vs ").Append(built[s].Label).Append(" (");
            AppendVoices(built.AsSpan(s, 1), capitalise: false);
            text.Append(')');
        }
    }

    /// <summary>Appends the voices of the sides, each source once with the documents that carried it, in order of first appearance.</summary>
    private void AppendVoices(ReadOnlySpan<Side> sides, bool capitalise)
    {
        sourceDocuments.Clear();
        var n = 0;
        foreach (var side in sides)
        {
            for (var v = 0; v < side.Voices.Count; v++, n++)
            {
                var voice = side.Voices[v];
                for (var d = 0; d < voice.Documents.Count; d++)
                {
                    sourceDocuments.Add((voice.Source, n, voice.Documents[d]));
                }
            }
        }

        sourceDocuments.Sort(static (x, y) =>
        {
            var c = string.CompareOrdinal(x.Source, y.Source);
            return c != 0 ? c : string.CompareOrdinal(x.Document, y.Document);
        });
        sources.Clear();
        for (var k = 0; k < sourceDocuments.Count; k++)
        {
            var (source, first, document) = sourceDocuments[k];
            if (k == 0 || !string.Equals(source, sourceDocuments[k - 1].Source, StringComparison.Ordinal))
            {
                sources.Add((source, first, 1));
            }
            else
            {
                var last = sources[^1];
                var another = string.Equals(document, sourceDocuments[k - 1].Document, StringComparison.Ordinal) ? 0 : 1;
                sources[^1] = (source, Math.Min(last.First, first), last.Documents + another);
            }
        }

        sources.Sort(static (x, y) => x.First.CompareTo(y.First));
        var start = text.Length;
        for (var k = 0; k < sources.Count; k++)
        {
            text.Append(k == 0 ? string.Empty : "; ").Append(sources[k].Source);
            if (sources[k].Documents > 1)
            {
                text.Append(", carried by ").Append(sources[k].Documents.ToString(CultureInfo.InvariantCulture)).Append(" outlets");
            }
        }

        if (capitalise)
        {
            Capitalise(start);
        }
    }

    // Clear empties every bucket, so a set grown by one large group would make every later clear slow.
    private static void Reset<T>(HashSet<T> set)
    {
        var large = set.Count > 64;
        set.Clear();
        if (large)
        {
            set.TrimExcess();
        }
    }

    private static void Reset<TKey, TValue>(Dictionary<TKey, TValue> dictionary)
        where TKey : notnull
    {
        var large = dictionary.Count > 64;
        dictionary.Clear();
        if (large)
        {
            dictionary.TrimExcess();
        }
    }

    private void Capitalise(int at)
    {
        if (text.Length > at)
        {
            text[at] = char.ToUpperInvariant(text[at]);
        }
    }

    private void AppendLower(string word)
    {
        foreach (var c in word)
        {
            text.Append(char.ToLowerInvariant(c));
        }
    }

    private static string FormatFactor(double factor) =>
        double.IsInfinity(factor) || factor > 1e6 ? "a million or more" : factor < 10 ? factor.ToString("0.#", CultureInfo.InvariantCulture) : Math.Round(factor).ToString("0", CultureInfo.InvariantCulture);

    // Stances sort as "a:" (asserted or claimed), "d:" (denied), "n:" (nobody claimed), "u:" (anything else), then by actor.
    private static char StanceOf(Claim claim) => claim.Polarity switch
    {
        Polarity.Asserted or Polarity.Claimed => 'a',
        Polarity.Denied => 'd',
        Polarity.Unclaimed when claim.Actor is null => 'n',
        _ => 'u',
    };

    private static string StanceLabel(Claim claim) => claim.Polarity switch
    {
        Polarity.Claimed => (claim.Actor ?? "a group") + " claimed it",
        Polarity.Asserted => (claim.Actor ?? "someone") + " blamed",
        Polarity.Denied => (claim.Actor ?? "the accused") + " denied",
        Polarity.Unclaimed when claim.Actor is null => "no group claimed it",
        Polarity.Unclaimed => claim.Actor + " did not claim it",
        _ => "not known who did it",
    };

    private static bool ResponsibilityConflict(in Member a, in Member b)
    {
        static bool Positive(Polarity? p) => p is Polarity.Asserted or Polarity.Claimed;
        var (ca, cb) = (a.Claim, b.Claim);
        var sameActor = SameActor(in a, in b);
        if (Positive(ca.Polarity) && cb.Polarity == Polarity.Denied || Positive(cb.Polarity) && ca.Polarity == Polarity.Denied)
        {
            return sameActor && ca.Actor is not null;
        }

        if (Positive(ca.Polarity) && Positive(cb.Polarity))
        {
            // Two perpetrators named, at least one of them claiming or both by outside sources.
            return ca.Actor is not null && cb.Actor is not null && !sameActor;
        }

        // "No group had claimed it as of 3pm" and "IS claimed it late Sunday" in one report tell a sequence, not a dispute.
        if (string.Equals(ca.DocumentId, cb.DocumentId, StringComparison.Ordinal))
        {
            return false;
        }

        if (ca.Polarity == Polarity.Claimed && cb.Polarity == Polarity.Unclaimed && cb.Actor is null)
        {
            return true;
        }

        return cb.Polarity == Polarity.Claimed && ca.Polarity == Polarity.Unclaimed && ca.Actor is null;
    }

    private static bool SameActor(in Member a, in Member b)
    {
        if (a.Claim.Actor is null || b.Claim.Actor is null)
        {
            return a.Claim.Actor is null && b.Claim.Actor is null;
        }

        var (ka, kb) = (a.ActorKey, b.ActorKey);
        return ka.Length > 0 && kb.Length > 0
            && (string.Equals(ka, kb, StringComparison.Ordinal) || ka.Contains(kb, StringComparison.Ordinal) || kb.Contains(ka, StringComparison.Ordinal)
                || Events.CueScanner.SamePlace(a.Claim.Actor, b.Claim.Actor));
    }

    // Actors repeat across an event's claims: each distinct one is keyed once per worker.
    private string ActorKey(string? actor)
    {
        if (actor is null)
        {
            return string.Empty;
        }

        if (!actorKeys.TryGetValue(actor, out var key))
        {
            var letters = actor.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray();
            key = new string(letters);
            key = key.StartsWith("the", StringComparison.Ordinal) && key.Length > 6 ? key[3..] : key;
            actorKeys.Add(actor, key);
        }

        return key;
    }

    /// <summary>A claim in one group: itself, or a part rolled up into the whole with the interval it bounds the whole by.</summary>
    /// <param name="Claim">The claim.</param>
    /// <param name="Interval">The figure it is compared with in this group.</param>
    /// <param name="IsPart">Whether it is a part rolled up into the whole.</param>
    /// <param name="Order">The first position of its id among the comparison's claims.</param>
    /// <param name="Stance">For responsibility, how it sorts before its actor.</param>
    /// <param name="ActorKey">For responsibility, its actor's key.</param>
    private readonly record struct Member(Claim Claim, Interval Interval, bool IsPart, int Order, char Stance = 'u', string ActorKey = "");

    /// <summary>Lists lent out for one group and all taken back at once when it is done.</summary>
    private sealed class ListPool<T>
    {
        private readonly List<List<T>> lists = [];
        private int used;

        public List<T> Rent()
        {
            if (used == lists.Count)
            {
                lists.Add([]);
            }

            var list = lists[used++];
            list.Clear();
            return list;
        }

        public void ReturnAll() => used = 0;
    }
}
