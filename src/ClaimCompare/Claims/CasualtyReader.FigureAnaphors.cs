using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// A figure noun standing for a toll the sentence stated before it: in "the minister said 319 people had died, while
/// local media have reported figures as high as 347" the second number is another source's toll of the same kind.
/// "Figure" and "estimate" are general nouns that take their reference from the context (Halliday and Hasan,
/// Cohesion in English, 1976, §6.2: general nouns as cohesive reiteration), here the nearest toll before them.
/// </summary>
internal sealed partial class CasualtyReader
{
    // General nouns that reiterate a toll: the figure(s) or estimate(s) someone gives.
    private static readonly string[] FigureNouns = ["figure", "figures", "estimate", "estimates"];

    /// <summary>Reads a number right after a figure noun ("figures as high as 347", "an estimate of 400") as the kind and subject of the toll before it.</summary>
    private static void ReadFigureAnaphors(SentenceContext sentence, List<ClaimFinding> findings, HashSet<LocatedQuantity> used)
    {
        foreach (var quantity in sentence.Quantities)
        {
            if (!quantity.Quantity.IsCount || used.Contains(quantity))
            {
                continue;
            }

            var noun = sentence.Is(quantity.First - 1, "of") ? quantity.First - 2 : quantity.First - 1;
            if (noun < 0 || !sentence.IsAny(noun, FigureNouns))
            {
                continue;
            }

            // The nearest toll of the dead or the injured before the noun; a count of another state is no toll.
            ClaimFinding? toll = null;
            foreach (var finding in findings)
            {
                if (finding.Kind is ClaimKind.Killed or ClaimKind.Injured && finding.AnchorToken < noun && (toll is null || finding.AnchorToken > toll.AnchorToken))
                {
                    toll = finding;
                }
            }

            if (toll is null)
            {
                continue;
            }

            used.Add(quantity);
            findings.Add(new ClaimFinding(toll.Kind, sentence.SpanOf(noun, quantity.End), quantity.Quantity.Interval, quantity.Quantity, toll.Subject, null, null, quantity.First));
        }
    }
}
