using System.Globalization;
using ClaimCompare.Claims;
using ClaimCompare.Events;
using ClaimCompare.Quantities;

namespace ClaimCompare.Diff;

/// <summary>
/// Finds, within each event, claims about the same quantity that cannot all hold, splits them into
/// sides of mutually compatible claims, tells conflicts from revisions, and ranks them.
/// </summary>
/// <remarks>
/// <para><b>Groups.</b> Number claims are grouped by (event, kind, subject key); the subject key is the
/// head noun's class with the modifiers that change who is counted ("US service members"). A part
/// ("22 fighters", "a US service member") is also compared with the whole ("people") as "at least"
/// its figure, since a part can never exceed the whole; a part is never compared as equal to the
/// whole. Responsibility claims of one event form one group.</para>
/// <para><b>Sides.</b> Claims are taken in order (intervals by upper then lower bound) and each joins the
/// first side it is compatible with; a claim compatible with a claim on another side (a bridge, such as
/// "dozens" between 12 and 40) is then left out, so that every claim on one side conflicts with every
/// claim on every other side. A bridge then gets a disagreement of its own against the claims it cannot
/// agree with ("between 25 and 50" against "no fewer than 58"). Compatible claims are never set against each other.</para>
/// <para><b>Revisions.</b> When every claim comes from one voice or one document, or a claim marks itself
/// as an update or an earlier figure and the sides share a voice, the disagreement is a revision.</para>
/// <para><b>Severity.</b> The largest <see cref="Interval.LogGap"/> between two sides (1 for
/// responsibility), times <c>1 + ½·ln(a·b)</c> where a and b are the independent voices on those two
/// sides, halved for revisions. 0 or more; a factor of e between lone voices scores 1.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class DisagreementFinder : IDisagreementFinder
{
    private readonly SubjectNormalizer subjects = SubjectNormalizer.Default;

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or <paramref name="events"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Disagreement> Find(IReadOnlyList<Claim> claims, IReadOnlyList<EventCluster> events)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(events);

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            order.TryAdd(claims[i].Id, i);
        }

        var groups = new SortedDictionary<(string Event, ClaimKind Kind, string Subject), List<Member>>(GroupKeyComparer.Instance);
        var normalised = new Dictionary<(string Subject, ClaimKind Kind), (string Key, bool IsWhole)>();
        foreach (var claim in claims)
        {
            if (claim.EventId.Length == 0)
            {
                continue;
            }

            if (claim.Kind == ClaimKind.Responsibility)
            {
                if (claim.Polarity is { } p && p != Polarity.Unknown)
                {
                    Add(groups, (claim.EventId, claim.Kind, "responsibility"), new Member(claim, claim.Interval, IsPart: false));
                }

                continue;
            }

            // Subjects repeat across a corpus ("people", "civilians"): each distinct one is normalised once.
            if (!normalised.TryGetValue((claim.Subject ?? string.Empty, claim.Kind), out var subjectKey))
            {
                subjectKey = subjects.Normalize(claim.Subject, claim.Kind);
                normalised[(claim.Subject ?? string.Empty, claim.Kind)] = subjectKey;
            }

            var (key, isWhole) = subjectKey;
            Add(groups, (claim.EventId, claim.Kind, key), new Member(claim, claim.Interval, IsPart: false));
            if (!isWhole && claim.Kind != ClaimKind.Count && claim.Interval.Low is > 0)
            {
                // A part bounds the whole from below only.
                Add(groups, (claim.EventId, claim.Kind, SubjectNormalizer.Whole), new Member(claim, new Interval(claim.Interval.Low, null), IsPart: true));
            }
        }

        var found = new List<Disagreement>();
        foreach (var ((eventId, kind, subject), members) in groups)
        {
            if (members.Count < 2)
            {
                continue;
            }

            members.Sort((a, b) => order.GetValueOrDefault(a.Claim.Id).CompareTo(order.GetValueOrDefault(b.Claim.Id)));
            if (kind == ClaimKind.Responsibility)
            {
                if (Responsibility(eventId, members) is { } disagreement)
                {
                    found.Add(disagreement);
                }
            }
            else
            {
                Numbers(eventId, kind, subject, members, order, found);
            }
        }

        found.Sort((a, b) =>
        {
            var c = b.Severity.CompareTo(a.Severity);
            if (c != 0)
            {
                return c;
            }

            c = string.CompareOrdinal(a.EventId, b.EventId);
            if (c != 0)
            {
                return c;
            }

            c = a.Kind.CompareTo(b.Kind);
            c = c != 0 ? c : string.CompareOrdinal(a.Subject, b.Subject);
            return c != 0 ? c : string.CompareOrdinal(a.Sides[0].ClaimIds[0], b.Sides[0].ClaimIds[0]);
        });

        return [.. found.Select((d, i) => d with { Id = "d" + (i + 1).ToString(CultureInfo.InvariantCulture) })];
    }

    private static void Add(SortedDictionary<(string, ClaimKind, string), List<Member>> groups, (string, ClaimKind, string) key, Member member)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            list = [];
            groups[key] = list;
        }

        list.Add(member);
    }

    private static void Numbers(string eventId, ClaimKind kind, string subject, List<Member> members, Dictionary<string, int> order, List<Disagreement> found)
    {
        // A group made only of parts rolled up into the whole says nothing a part group does not.
        if (members.TrueForAll(m => m.IsPart))
        {
            return;
        }

        var ordered = members
            .OrderBy(m => m.Interval.High ?? double.PositiveInfinity)
            .ThenBy(m => m.Interval.Low ?? double.NegativeInfinity)
            .ToList();
        var bridges = new List<Member>();
        var sides = Partition(ordered, (a, b) => a.Interval.Overlaps(b.Interval), byInterval: true, bridges);
        if (sides.Count >= 2)
        {
            found.Add(Numbers(eventId, kind, subject, sides, order));
        }

        // A bridge agrees with some claims of a side but not with all sides: "between 25 and 50" fits 35 yet
        // not "no fewer than 58", and "20 civilians" fits a toll of 27 yet not one of 12. It is set against the
        // claims it cannot agree with, in a disagreement of its own, even where dropping it left one side
        // ("at least 50" fits many open-ended tolls, not a revised 39).
        // Parts that exceed the same figures ("13 US service members" against a toll of twelve) stand together as one side;
        // GroupBy keeps the order in which each group first appears.
        var unfit = bridges
            .Select(bridge => (Bridge: bridge, Against: sides
                .Select(side => side.Where(m => !ReferenceEquals(m.Claim, bridge.Claim) && !m.Interval.Overlaps(bridge.Interval)).ToList())
                .Where(side => side.Count > 0)
                .ToList()))
            .Where(x => x.Against.Count > 0);
        foreach (var group in unfit.GroupBy(x => (x.Bridge.IsPart ? string.Empty : x.Bridge.Claim.Id) + ":" + string.Join(",", x.Against.SelectMany(side => side).Select(m => m.Claim.Id)), StringComparer.Ordinal))
        {
            found.Add(Numbers(eventId, kind, subject, [[.. group.Select(x => x.Bridge)], .. group.First().Against], order));
        }
    }

    private static Disagreement Numbers(string eventId, ClaimKind kind, string subject, List<List<Member>> sides, Dictionary<string, int> order)
    {
        // The side carried by the most documents leads, so a reader sees the majority figure first.
        sides = [.. sides
            .OrderByDescending(side => side.Select(m => m.Claim.DocumentId).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(side => side.Min(m => m.Interval.Low ?? double.NegativeInfinity))
            .ThenBy(side => side.Min(m => order.GetValueOrDefault(m.Claim.Id)))];
        var built = sides.Select(side => BuildSide(side, NumberLabel(side))).ToList();
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
        var kindWord = kind.ToString().ToLowerInvariant();
        string explanation;
        if (type == DisagreementType.Revision)
        {
            var chain = RevisionChain(sides, built);
            explanation = Capitalise(VoiceList(built.SelectMany(s => s.Voices).ToList())) + " revised " + subject + " " + kindWord + ": "
                + string.Join(" → ", chain.Select(s => s.Label)) + ".";
        }
        else
        {
            var factor = Math.Exp(gap);
            explanation = Capitalise(subject) + " " + kindWord + ": " + string.Join(" vs ", built.Select(s => s.Label + " (" + VoiceList(s.Voices) + ")"))
                + ": the figures differ by a factor of about " + FormatFactor(factor) + ".";
        }

        return new Disagreement(string.Empty, type, kind, eventId, subject, built, severity, explanation);
    }

    private static Disagreement? Responsibility(string eventId, List<Member> members)
    {
        var ordered = members
            .OrderBy(m => Stance(m.Claim), StringComparer.Ordinal)
            .ToList();
        var sides = Partition(ordered, (a, b) => !ResponsibilityConflict(a.Claim, b.Claim));
        if (sides.Count < 2)
        {
            return null;
        }

        var built = sides.Select(side => BuildSide(side, StanceLabel(side[0].Claim))).ToList();
        var type = TypeOf(sides);
        var severity = Severity(1.0, built[0], built[1], type);
        var actors = sides.SelectMany(s => s).Select(m => m.Claim.Actor).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var subject = actors.Count == 1 ? actors[0] : "responsibility";
        var explanation = "Responsibility: " + string.Join(" vs ", built.Select(s => s.Label + " (" + VoiceList(s.Voices) + ")")) + ".";
        return new Disagreement(string.Empty, type, ClaimKind.Responsibility, eventId, subject, built, severity, explanation);
    }

    /// <summary>
    /// Splits claims into sides of mutually compatible claims, dropping bridges (into <paramref name="dropped"/>)
    /// until none is left; one side when they all agree, or when dropping bridges left only one.
    /// </summary>
    private static List<List<Member>> Partition(List<Member> ordered, Func<Member, Member, bool> compatible, bool byInterval = false, List<Member>? dropped = null)
    {
        var sides = new List<List<Member>>();

        // For intervals, "overlaps every member" equals "overlaps the members' common part" (pairwise
        // overlapping intervals share a point), which turns a scan of the whole side into one test;
        // thousands of equal figures in one group made the scan quadratic.
        var commons = new List<Interval>();
        var placed = new HashSet<Claim>(ReferenceEqualityComparer.Instance); // a scan of every side per member was quadratic
        foreach (var member in ordered)
        {
            // The same claim twice (as itself and rolled up as a part) keeps its first place.
            if (!placed.Add(member.Claim))
            {
                continue;
            }

            var index = byInterval
                ? commons.FindIndex(c => c.Overlaps(member.Interval))
                : sides.FindIndex(s => s.TrueForAll(m => compatible(m, member)));
            if (index < 0)
            {
                sides.Add([member]);
                commons.Add(member.Interval);
            }
            else
            {
                sides[index].Add(member);
                commons[index] = commons[index].Intersect(member.Interval) ?? commons[index];
            }
        }

        if (sides.Count < 2)
        {
            return sides;
        }

        // Drop the member that bridges the most other sides (then the most claims there), one at a time,
        // until no bridge is left: the vaguest claims ("at least 1") agree with many sides and go first,
        // while a total that merely agrees with those vague claims stays. Counts per side are computed
        // once and decremented as members go: recounting every round made crafted input cubic.
        var bridges = new Dictionary<Member, Dictionary<List<Member>, int>>(ReferenceEqualityComparer.Instance);
        foreach (var side in sides)
        {
            foreach (var member in side)
            {
                var perSide = new Dictionary<List<Member>, int>(ReferenceEqualityComparer.Instance);
                foreach (var other in sides)
                {
                    if (!ReferenceEquals(other, side))
                    {
                        var count = other.Count(m => compatible(m, member));
                        if (count > 0)
                        {
                            perSide[other] = count;
                        }
                    }
                }

                bridges[member] = perSide;
            }
        }

        static int Score(Dictionary<List<Member>, int> perSide)
        {
            var score = 0;
            foreach (var count in perSide.Values)
            {
                score += count > 0 ? 1_000_000 + count : 0;
            }

            return score;
        }

        while (sides.Count >= 2)
        {
            Member? worst = null;
            List<Member>? worstSide = null;
            var worstCount = 0;
            foreach (var side in sides)
            {
                foreach (var member in side)
                {
                    var score = Score(bridges[member]);
                    if (score > worstCount)
                    {
                        worst = member;
                        worstSide = side;
                        worstCount = score;
                    }
                }
            }

            if (worst is null)
            {
                break;
            }

            worstSide!.Remove(worst);
            dropped?.Add(worst);
            foreach (var side in sides)
            {
                if (!ReferenceEquals(side, worstSide))
                {
                    foreach (var member in side)
                    {
                        if (compatible(worst, member) && bridges[member].TryGetValue(worstSide, out var count))
                        {
                            bridges[member][worstSide] = count - 1;
                        }
                    }
                }
            }

            sides.RemoveAll(s => s.Count == 0);
        }

        return sides;
    }

    private static Side BuildSide(List<Member> side, string label)
    {
        Interval? common = side[0].Interval;
        foreach (var member in side.Skip(1))
        {
            common = common?.Intersect(member.Interval);
        }

        var voices = side
            .GroupBy(m => VoiceKey(m.Claim), StringComparer.Ordinal)
            .Select(g => new Voice(g.Key, [.. g.Select(m => m.Claim.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .OrderByDescending(v => v.Documents.Count)
            .ThenBy(v => v.Source, StringComparer.Ordinal)
            .ToList();
        return new Side([.. side.Select(m => m.Claim.Id)], common ?? side[0].Interval, label, voices);
    }

    private static string VoiceKey(Claim claim) => claim.Source.Speaker ?? claim.Outlet ?? claim.DocumentId;

    private static DisagreementType TypeOf(List<List<Member>> sides)
    {
        var all = sides.SelectMany(s => s).Select(m => m.Claim).ToList();
        // One voice, or one outlet in its own voice (with at most one named speaker), updating a figure is a
        // revision; one article quoting two different speakers is still a conflict between them.
        var oneDocument = all.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count() == 1;
        var speakers = all.Select(c => c.Source.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        if (all.Select(VoiceKey).Distinct(StringComparer.Ordinal).Count() == 1 || (oneDocument && speakers <= 1))
        {
            return DisagreementType.Revision;
        }

        if (all.Exists(c => c.Timing != ClaimTiming.Current))
        {
            // An update or an earlier figure revises its own voice's figure on another side.
            var voiceSets = sides.Select(s => s.Select(m => VoiceKey(m.Claim)).ToHashSet(StringComparer.Ordinal)).ToList();
            var shared = voiceSets.Skip(1).All(v => v.Overlaps(voiceSets[0]));
            if (shared && voiceSets.Count == 2)
            {
                return DisagreementType.Revision;
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

    private static List<Side> RevisionChain(List<List<Member>> sides, List<Side> built)
    {
        // Earlier figures first, updates last, else in order of appearance.
        static int Rank(List<Member> side) =>
            side.Exists(m => m.Claim.Timing == ClaimTiming.Earlier) ? 0 : side.Exists(m => m.Claim.Timing == ClaimTiming.Updated) ? 2 : 1;

        return [.. Enumerable.Range(0, sides.Count)
            .OrderBy(i => Rank(sides[i]))
            .ThenBy(i => sides[i].Min(m => m.Claim.Evidence.Start))
            .Select(i => built[i])];
    }

    private static string NumberLabel(List<Member> side)
    {
        // A part set against the whole says whom it counts: "13 soldiers", not "13".
        var texts = side
            .Select(m => (m.Claim.Quantity?.Text is { Length: > 0 } q ? Clean(q) : FormatInterval(m.Claim.Interval)) + (m.IsPart && m.Claim.Subject is { Length: > 0 } who ? " " + who : string.Empty))
            .GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        return texts;
    }

    private static string Clean(string text) =>
        string.Join(" ", text.Replace('“', ' ').Replace('”', ' ').Replace('"', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>Formats an interval in words: "22", "at least 22", "up to 5", "10 to 15".</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The words.</returns>
    internal static string FormatInterval(Interval interval)
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

    private static string Stance(Claim claim) => claim.Polarity switch
    {
        Polarity.Asserted or Polarity.Claimed => "a:" + ActorKey(claim.Actor),
        Polarity.Denied => "d:" + ActorKey(claim.Actor),
        Polarity.Unclaimed when claim.Actor is null => "n:",
        _ => "u:" + ActorKey(claim.Actor),
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

    private static bool ResponsibilityConflict(Claim a, Claim b)
    {
        static bool Positive(Polarity? p) => p is Polarity.Asserted or Polarity.Claimed;
        var sameActor = SameActor(a.Actor, b.Actor);
        if (Positive(a.Polarity) && b.Polarity == Polarity.Denied || Positive(b.Polarity) && a.Polarity == Polarity.Denied)
        {
            return sameActor && a.Actor is not null;
        }

        if (Positive(a.Polarity) && Positive(b.Polarity))
        {
            // Two perpetrators named, at least one of them claiming or both by outside sources.
            return a.Actor is not null && b.Actor is not null && !sameActor;
        }

        // "No group had claimed it as of 3pm" and "IS claimed it late Sunday" in one report tell a sequence, not a dispute.
        if (string.Equals(a.DocumentId, b.DocumentId, StringComparison.Ordinal))
        {
            return false;
        }

        if (a.Polarity == Polarity.Claimed && b.Polarity == Polarity.Unclaimed && b.Actor is null)
        {
            return true;
        }

        return b.Polarity == Polarity.Claimed && a.Polarity == Polarity.Unclaimed && a.Actor is null;
    }

    private static bool SameActor(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var ka = ActorKey(a);
        var kb = ActorKey(b);
        return ka.Length > 0 && kb.Length > 0
            && (string.Equals(ka, kb, StringComparison.Ordinal) || ka.Contains(kb, StringComparison.Ordinal) || kb.Contains(ka, StringComparison.Ordinal)
                || Events.CueScanner.SamePlace(a, b));
    }

    private static string ActorKey(string? actor)
    {
        if (actor is null)
        {
            return string.Empty;
        }

        var letters = actor.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray();
        var key = new string(letters);
        return key.StartsWith("the", StringComparison.Ordinal) && key.Length > 6 ? key[3..] : key;
    }

    private static string VoiceList(IReadOnlyList<Voice> voices)
    {
        var distinct = voices.GroupBy(v => v.Source, StringComparer.Ordinal)
            .Select(g => new Voice(g.Key, [.. g.SelectMany(v => v.Documents).Distinct(StringComparer.Ordinal)]))
            .ToList();
        return string.Join("; ", distinct.Select(v => v.ToString()));
    }

    private static string FormatFactor(double factor) =>
        double.IsInfinity(factor) || factor > 1e6 ? "a million or more" : factor < 10 ? factor.ToString("0.#", CultureInfo.InvariantCulture) : Math.Round(factor).ToString("0", CultureInfo.InvariantCulture);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private sealed record Member(Claim Claim, Interval Interval, bool IsPart);

    private sealed class GroupKeyComparer : IComparer<(string Event, ClaimKind Kind, string Subject)>
    {
        public static readonly GroupKeyComparer Instance = new();

        public int Compare((string Event, ClaimKind Kind, string Subject) x, (string Event, ClaimKind Kind, string Subject) y)
        {
            var c = string.CompareOrdinal(x.Event, y.Event);
            if (c != 0)
            {
                return c;
            }

            c = x.Kind.CompareTo(y.Kind);
            return c != 0 ? c : string.CompareOrdinal(x.Subject, y.Subject);
        }
    }
}
