using ClaimCompare.Claims;
using ClaimCompare.Reporting;

namespace ClaimCompare.Diff;

/// <summary>Responsibility: stances on who did it, split into sides of stances that can all hold.</summary>
internal sealed partial class EventDiffWorker
{
    private readonly Dictionary<string, string> actorKeys = new(StringComparer.Ordinal);

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

        var subject = actor is not null && !actors ? actor : "responsibility";
        var reason = new DisagreementReason(0, []);
        found.Add(new Disagreement(string.Empty, type, ClaimKind.Responsibility, eventId, subject, built, severity, DisagreementText.Explain(type, ClaimKind.Responsibility, subject, built, reason)) { Reason = reason });
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
}
