using System.Collections.Frozen;
using ClaimCompare.Claims;

namespace ClaimCompare.Diff;

/// <summary>Responsibility: stances on who did it, split into sides of stances that can all hold.</summary>
internal sealed partial class EventDiffWorker
{
    // Above this many actors in one event, pairs of actors are compared each time rather than remembered.
    private const int MaxRememberedActors = 256;

    private readonly Dictionary<string, string> actorKeys = new(StringComparer.Ordinal);

    // The event's actors by number, and whether two of them name the same actor (0 unknown, 1 yes, 2 no).
    private readonly Dictionary<string, int> actorNumbers = new(StringComparer.Ordinal);
    private sbyte[] sameActors = [];

    // The event's stances by (polarity, actor, document), and whether two of them conflict (0 unknown, 1 yes, 2 no).
    private readonly Dictionary<(Polarity?, string?, string), int> profiles = [];
    private sbyte[] conflicts = [];

    // Head nouns of a vehicle's crew and of the vehicle that stands for it (generated with the responsibility lexicon).
    private static readonly FrozenSet<string> CrewHeads = Claims.Responsibility.ResponsibilityTable.BuiltIn.CrewNouns.Select(w => w.Word).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> VehicleHeads = Claims.Responsibility.ResponsibilityTable.BuiltIn.VehicleNouns.Select(w => w.Word).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The party key all of a sole vehicle's crew and the vehicle share; empty when the event names no vehicle or several.
    private const string CrewKey = "crew";
    private bool severalVehicles;

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

    private bool ResponsibilityConflict(in Member a, in Member b)
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

    // Partitioning compares every pair of stances; the event's few actors are compared once per pair.
    private bool SameActor(in Member a, in Member b)
    {
        if (a.Claim.Actor is null || b.Claim.Actor is null)
        {
            return a.Claim.Actor is null && b.Claim.Actor is null;
        }

        var count = actorNumbers.Count;
        if (a.Actor < 0 || b.Actor < 0 || count > MaxRememberedActors)
        {
            return CompareActors(in a, in b);
        }

        if (sameActors.Length == 0)
        {
            sameActors = new sbyte[MaxRememberedActors * MaxRememberedActors];
        }

        ref var known = ref sameActors[(a.Actor * MaxRememberedActors) + b.Actor];
        if (known == 0)
        {
            known = CompareActors(in a, in b) ? (sbyte)1 : (sbyte)2;
        }

        return known == 1;
    }

    private int StanceNumber(Claim claim)
    {
        if (!profiles.TryGetValue((claim.Polarity, claim.Actor, claim.DocumentId), out var number))
        {
            number = profiles.Count;
            profiles.Add((claim.Polarity, claim.Actor, claim.DocumentId), number);
        }

        return number < MaxRememberedActors ? number : -1;
    }

    /// <summary>Whether two stances conflict, remembered by profile: the partition compares every pair of classes.</summary>
    private bool Conflict(in Member a, in Member b)
    {
        if (a.Profile < 0 || b.Profile < 0)
        {
            return ResponsibilityConflict(in a, in b);
        }

        if (conflicts.Length == 0)
        {
            conflicts = new sbyte[MaxRememberedActors * MaxRememberedActors];
        }

        ref var known = ref conflicts[(a.Profile * MaxRememberedActors) + b.Profile];
        if (known == 0)
        {
            known = ResponsibilityConflict(in a, in b) ? (sbyte)1 : (sbyte)2;
        }

        return known == 1;
    }

    private void ResetActors()
    {
        // Only the rows of the numbers handed out were written; the tables are allocated at their first use.
        Array.Clear(conflicts, 0, Math.Min(conflicts.Length, Math.Min(profiles.Count, MaxRememberedActors) * MaxRememberedActors));
        Array.Clear(sameActors, 0, Math.Min(sameActors.Length, Math.Min(actorNumbers.Count, MaxRememberedActors) * MaxRememberedActors));
        profiles.Clear();
        actorNumbers.Clear();
    }

    private int ActorNumber(string? actor)
    {
        if (actor is null)
        {
            return -1;
        }

        if (!actorNumbers.TryGetValue(actor, out var number))
        {
            number = actorNumbers.Count;
            actorNumbers.Add(actor, number);
        }

        return number < MaxRememberedActors ? number : -1;
    }

    private static bool CompareActors(in Member a, in Member b)
    {
        var (ka, kb) = (a.ActorKey, b.ActorKey);
        return ka.Length > 0 && kb.Length > 0
            && (string.Equals(ka, kb, StringComparison.Ordinal) || ka.Contains(kb, StringComparison.Ordinal) || kb.Contains(ka, StringComparison.Ordinal)
                || Events.CueScanner.SamePlace(a.Claim.Actor!, b.Claim.Actor!));
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

        MainSides(sides);
        var refs = sideRefs.Rent();
        for (var s = 0; s < sides.Count; s++)
        {
            refs.Add(new SideRef(sides[s], s));
        }

        var type = TypeOf(refs);
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

        var subject = actor is not null && !actors ? actor : "responsibility";
        var reason = new DisagreementReason(0, []);
        found.Add(new Disagreement(string.Empty, type, ClaimKind.Responsibility, eventId, subject, built, severity, DisagreementText.Explain(type, ClaimKind.Responsibility, subject, built, reason)) { Reason = reason });
    }

    /// <summary>
    /// Notes whether the event's common-noun parties name more than one vehicle ("the goods train" and "the passenger
    /// train"): a vehicle stands for its crew by metonymy ("the goods train disregarded the signal" is said of its driver),
    /// so with one vehicle its crew ("the loco pilot", "the driver") and the vehicle are one party; with several, which
    /// vehicle a crew noun means is not known and each keeps its own key.
    /// </summary>
    private void ReadVehicles(ReadOnlySpan<int> claimIndices)
    {
        severalVehicles = false;
        string? vehicle = null;
        foreach (var i in claimIndices)
        {
            if (claims[i] is { Kind: ClaimKind.Responsibility, Actor: { } actor } && IsCommonNounParty(actor) && VehicleHeads.Contains(Head(actor)))
            {
                var key = Singular(actor);
                severalVehicles |= vehicle is not null && !string.Equals(vehicle, key, StringComparison.Ordinal);
                vehicle ??= key;
            }
        }
    }

    /// <summary>The key a common-noun party is grouped and compared by: the crew key for a sole vehicle and its crew, else its actor key.</summary>
    private string PartyKey(string? actor)
    {
        if (actor is not null && !severalVehicles && IsCommonNounParty(actor))
        {
            var head = Head(actor);
            if (CrewHeads.Contains(head) || VehicleHeads.Contains(head))
            {
                return CrewKey;
            }
        }

        return ActorKey(actor);
    }

    private static string Head(string actor) => actor[(actor.LastIndexOf(' ') + 1)..];

    // Words without a plural or possessive "s", so "the goods train" and "the good trains" name one vehicle.
    private static string Singular(string actor) =>
        string.Join(' ', actor.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('s', '\'', '’')));

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
}
