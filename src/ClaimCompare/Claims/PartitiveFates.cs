using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// A partitive toll that moves part of a counted group to the dead revises what that count means: in "19 people have
/// been rescued. One of them was found dead" the 19 are the people pulled out, alive or dead, not survivors. The count
/// keeps its figure and takes a subject of its own, so it is never set against a count of survivors.
/// </summary>
/// <remarks>
/// The partitive is the English "of"-partitive with an anaphoric pronoun ("one of them", "two of those"; Quirk et al.,
/// A Comprehensive Grammar of the English Language, §5.22 and §6.15): its pronoun takes the nearest plural noun phrase
/// before it as antecedent, here the nearest figure of the same or the previous sentence. Stateless; thread-safe.
/// </remarks>
internal static class PartitiveFates
{
    /// <summary>What a revised count's subject adds: the group counted includes people since found dead.</summary>
    public const string IncludingDead = " (including the deceased)";

    /// <summary>Revises each count that a partitive toll after it takes part of.</summary>
    /// <param name="claims">The document's claims in text order; replaced in place.</param>
    /// <param name="sentences">The document's sentences in text order.</param>
    public static void Revise(List<Claim> claims, IReadOnlyList<Sentence> sentences)
    {
        for (var i = 1; i < claims.Count; i++)
        {
            var part = claims[i];
            if (part.Kind != ClaimKind.Killed || part.Interval.Low is not { } dead || dead < 1 || !Diff.Partitive.Names(part.EvidenceText))
            {
                continue;
            }

            if (Antecedent(claims, i) is not { } k)
            {
                continue;
            }

            var group = claims[k];
            var distance = SentenceSearch.IndexAt(sentences, part.Sentence.Start) - SentenceSearch.IndexAt(sentences, group.Sentence.Start);
            if (group.Kind == ClaimKind.Count && distance is 0 or 1 && group.Interval.Low >= dead
                && group.Subject is { } subject && !subject.EndsWith(IncludingDead, StringComparison.Ordinal))
            {
                claims[k] = group with { Subject = subject + IncludingDead };
            }
        }
    }

    // The nearest figure before the partitive; responsibility claims carry no group a pronoun could take.
    private static int? Antecedent(List<Claim> claims, int partitive)
    {
        for (var k = partitive - 1; k >= 0; k--)
        {
            if (claims[k].Kind != ClaimKind.Responsibility)
            {
                return claims[k].Evidence.End <= claims[partitive].Evidence.Start ? k : null;
            }
        }

        return null;
    }
}
