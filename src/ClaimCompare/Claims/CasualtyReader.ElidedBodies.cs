using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Figures whose head noun is left out after a fronted partitive that names it: in "of the 278 bodies, 177 have been
/// identified while 101 more are yet to be identified" each bare figure counts bodies (nominal ellipsis, Quirk et al.
/// §12.46; the fronted "of"-partitive, §5.22), so the state after it ("yet to be identified") makes it a count of its own.
/// </summary>
internal sealed partial class CasualtyReader
{
    // How far back a fronted partitive may stand from the figure it names the head of.
    private const int MaxElidedReach = 16;

    /// <summary>Reads bare figures after a fronted body partitive that a body state follows.</summary>
    private void ReadElidedBodyStates(SentenceContext sentence, List<PhraseMatch<Lexicons.CasualtyPredicate>> predicates, List<ClaimFinding> findings, HashSet<LocatedQuantity> used)
    {
        foreach (var quantity in sentence.Quantities)
        {
            if (!quantity.Quantity.IsCount || used.Contains(quantity) || !HasFrontedBodyPartitive(sentence, predicates, quantity.First))
            {
                continue;
            }

            // "101 more" and "101 others" after a partitive count the rest of the group, not an increment.
            var i = sentence.IsAny(quantity.End, ["more", "others", "other"]) ? quantity.End + 1 : quantity.End;
            for (; i < quantity.End + 6 && i < sentence.Tokens.Count; i++)
            {
                if (sentence.Match(lexicon.BodyStates, i, out var state) is var length and > 0 && state is not null)
                {
                    used.Add(quantity);
                    findings.Add(new ClaimFinding(ClaimKind.Count, sentence.SpanOf(quantity.First, i + length), quantity.Quantity.Interval, quantity.Quantity, state.Subject ?? "bodies", null, null, quantity.First));
                    break;
                }

                if (sentence.IsPunctuation(i) || !BodyStateBridges.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
                {
                    break;
                }
            }
        }
    }

    /// <summary>Whether "of the N bodies," (a body noun read as a killed predicate after its number) opens the clause before <paramref name="first"/>.</summary>
    private static bool HasFrontedBodyPartitive(SentenceContext sentence, List<PhraseMatch<Lexicons.CasualtyPredicate>> predicates, int first)
    {
        foreach (var body in predicates)
        {
            if (body.Value.Kind is not "killed" || !body.Value.SubjectBefore || body.Value.ObjectAfter || body.End >= first || first - body.End > MaxElidedReach
                || !sentence.Is(body.End, ","))
            {
                continue;
            }

            // The number before the noun, and "of" with a determiner before the number: "of the 278 bodies".
            var number = sentence.Quantities.FirstOrDefault(q => q.End == body.Index);
            if (number is not null && sentence.IsAny(number.First - 1, ["the", "these", "those"]) && sentence.Is(number.First - 2, "of")
                && !HasSentenceBreak(sentence, body.End, first))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSentenceBreak(SentenceContext sentence, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (sentence.IsAny(i, [".", ";", ":", "?", "!"]))
            {
                return true;
            }
        }

        return false;
    }
}
