using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>Adds a responsibility finding unless the sentence already holds one of the same polarity over the same words.</summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class FindingSink
{
    /// <summary>Adds the finding; returns whether it was new.</summary>
    public static bool Add(List<ClaimFinding> findings, TextSpan evidence, string? actor, Polarity polarity, int anchor, ActorReference from = ActorReference.Named)
    {
        foreach (var finding in findings)
        {
            if (finding.Kind == ClaimKind.Responsibility && finding.Polarity == polarity && finding.Evidence.Start < evidence.End && evidence.Start < finding.Evidence.End
                && (actor is null || finding.Actor is null || string.Equals(finding.Actor, actor, StringComparison.Ordinal) || finding.ActorFrom != ActorReference.Named
                    || (IsCommonNoun(actor) && !IsCommonNoun(finding.Actor))))
            {
                return false;
            }
        }

        findings.Add(new ClaimFinding(ClaimKind.Responsibility, evidence, Interval.Unbounded, null, null, actor, polarity, anchor, from));
        return true;
    }

    /// <summary>Whether an actor is a common-noun party ("loco pilot"), which <see cref="PartyNamer"/> writes in lower case; a name the resolver gave is capitalised.</summary>
    public static bool IsCommonNoun(string actor) => actor.Length > 0 && char.IsLower(actor[0]);
}
