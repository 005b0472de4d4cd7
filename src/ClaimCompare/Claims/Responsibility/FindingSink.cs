using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>Adds a responsibility finding unless the sentence already holds one of the same polarity over the same words.</summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class FindingSink
{
    /// <summary>
    /// Adds the finding; returns whether it was new. Over the same words with the same polarity, a finding is not
    /// repeated for no actor, the same actor or a name read a second way from another predicate ("West African Province" beside "ISWAP"; coordinated names of one predicate stay), and a
    /// common-noun party gives way to a name.
    /// </summary>
    public static bool Add(List<ClaimFinding> findings, TextSpan evidence, string? actor, Polarity polarity, int anchor, ActorReference from = ActorReference.Named)
    {
        foreach (var finding in findings)
        {
            if (finding.Kind == ClaimKind.Responsibility && finding.Polarity == polarity && finding.Evidence.Start < evidence.End && evidence.Start < finding.Evidence.End
                && (actor is null || finding.Actor is null || string.Equals(finding.Actor, actor, StringComparison.Ordinal) || finding.ActorFrom != ActorReference.Named
                    || (IsCommonNoun(actor) && !IsCommonNoun(finding.Actor))
                    || (!IsCommonNoun(actor) && !IsCommonNoun(finding.Actor) && finding.AnchorToken != anchor)))
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
