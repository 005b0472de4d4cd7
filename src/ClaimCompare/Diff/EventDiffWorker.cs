using System.Collections.Concurrent;
using ClaimCompare.Claims;
using ClaimCompare.Quantities;

namespace ClaimCompare.Diff;

/// <summary>
/// The worker that diffs one event at a time: groups its claims by kind and subject, splits each group into sides and
/// builds the disagreements, as <see cref="DisagreementFinder"/> describes.
/// </summary>
/// <remarks>
/// Claims of different events never meet, so each worker of <see cref="DisagreementFinder.Find"/> owns one instance
/// and reuses its buffers from event to event and group to group: collections built per group, side and member were
/// most of the diff's garbage. Members are numbered within their event and every list holds those numbers.
/// Not thread-safe: one instance per thread. The tables it shares with other workers are only read, or are concurrent.
/// The work is cut by stage: grouping here, sides in <c>EventDiffWorker.Partition.cs</c>, numeric groups and their
/// bridges in <c>EventDiffWorker.Numbers.cs</c>, responsibility in <c>EventDiffWorker.Responsibility.cs</c>, and what
/// every disagreement needs (sides, type, severity) in <c>EventDiffWorker.Sides.cs</c>. The explanation is rendered
/// by Reporting from the structured <see cref="DisagreementReason"/>.
/// </remarks>
internal sealed partial class EventDiffWorker
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

    /// <summary>Initializes a new instance of the <see cref="EventDiffWorker"/> class.</summary>
    /// <param name="claims">Every claim of the comparison.</param>
    /// <param name="order">For each claim, the first position of its id in <paramref name="claims"/>.</param>
    /// <param name="subjects">The subject normaliser.</param>
    /// <param name="normalised">Subject keys already worked out, shared by the workers.</param>
    public EventDiffWorker(
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
        Group(claimIndices);
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
            sideRefs.ReturnAll();
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

    /// <summary>Numbers the event's claims as members and puts each in its group (kind, subject key).</summary>
    private void Group(ReadOnlySpan<int> claimIndices)
    {
        memberCount = 0;
        Reset(groupOf);
        ResetActors();
        ReadVehicles(claimIndices);
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
                    // party: two such parties can share the blame, so only named perpetrators are set against each other. A
                    // party is a common noun when no word of it is capitalised ("the Islamic State" is a name).
                    var actorKey = PartyKey(claim.Actor);
                    var group = IsCommonNounParty(claim.Actor) ? "responsibility:" + actorKey : "responsibility";
                    Add(ClaimKind.Responsibility, group, new Member(claim, claim.Interval, IsPart: false, claimOrder, StanceOf(claim), actorKey, ActorNumber(claim.Actor), StanceNumber(claim)));
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

    /// <summary>A claim in one group: itself, or a part rolled up into the whole with the interval it bounds the whole by.</summary>
    /// <param name="Claim">The claim.</param>
    /// <param name="Interval">The figure it is compared with in this group.</param>
    /// <param name="IsPart">Whether it is a part rolled up into the whole.</param>
    /// <param name="Order">The first position of its id among the comparison's claims.</param>
    /// <param name="Stance">For responsibility, how it sorts before its actor.</param>
    /// <param name="ActorKey">For responsibility, its actor's key.</param>
    /// <param name="Actor">For responsibility, its actor's number within the event (-1 for none), by which actors are compared once.</param>
    /// <param name="Profile">For responsibility, the number of its (polarity, actor, document) within the event (-1 for none): members of one profile conflict with the same members.</param>
    private readonly record struct Member(Claim Claim, Interval Interval, bool IsPart, int Order, char Stance = 'u', string ActorKey = "", int Actor = -1, int Profile = -1);

    /// <summary>Whether an actor is a common-noun party ("loco pilot", "local authorities"): no letter of it is upper case.</summary>
    private static bool IsCommonNounParty(string? actor)
    {
        if (string.IsNullOrEmpty(actor))
        {
            return false;
        }

        foreach (var c in actor)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
