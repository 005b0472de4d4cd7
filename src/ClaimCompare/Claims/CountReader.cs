using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Reads counts of other things a report turns on: a number followed, within a few modifiers, by a
/// counted noun from the lexicon ("three trucks", "multiple facilities", "around 900 US troops").
/// </summary>
/// <remarks>Stateless apart from its lexicon; thread-safe.</remarks>
internal sealed class CountReader(CompiledClaimLexicon lexicon)
{
    /// <summary>"many", "numerous", "a number of" before a counted noun say there were more than one, not how many: no count.</summary>
    internal static bool IsBareVague(Quantities.Quantity quantity) =>
        quantity.Vagueness == Quantities.Vagueness.Vague
        && (quantity.Text.Equals("many", StringComparison.OrdinalIgnoreCase) || quantity.Text.Equals("numerous", StringComparison.OrdinalIgnoreCase)
            || quantity.Text.Equals("a number of", StringComparison.OrdinalIgnoreCase));

    public void Read(SentenceContext sentence, List<ClaimFinding> findings, HashSet<LocatedQuantity> used)
    {
        foreach (var quantity in sentence.Quantities)
        {
            if (!quantity.Quantity.IsCount || used.Contains(quantity) || IsBareVague(quantity.Quantity) || !CasualtyReader.IsHeadcount(sentence, quantity)
                || CasualtyReader.IsVaguePartitive(sentence, quantity))
            {
                continue;
            }

            for (var i = quantity.End; i < quantity.End + 4 && i < sentence.Tokens.Count; i++)
            {
                if (sentence.IsPunctuation(i) && !sentence.Is(i, "-"))
                {
                    break;
                }

                var length = sentence.Match(lexicon.Things, i, out _);
                if (length == 0)
                {
                    continue;
                }

                // Prefer the longest run of counted nouns: "improvised explosive devices".
                var end = i + length;
                var subject = sentence.Match(lexicon.Subjects, i, out var subjectClass) > 0
                    ? subjectClass!
                    : sentence.Slice(i, end).ToLowerInvariant();
                used.Add(quantity);
                findings.Add(new ClaimFinding(ClaimKind.Count, sentence.SpanOf(quantity.First, end), quantity.Quantity.Interval, quantity.Quantity, subject, null, null, quantity.First));
                break;
            }
        }
    }
}
