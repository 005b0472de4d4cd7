using System.Collections.Frozen;
using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Lexicons;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Sub-groups of a toll that name no predicate of their own: a fronted partitive ("Of the fatalities, 78 were in
/// the north") and figures in brackets after the places of a list ("were reported in the west (24), in the east
/// (19)"). Each is a claim of the toll's kind whose subject is the group, so the diff treats it as a part.
/// </summary>
internal sealed partial class CasualtyReader
{
    // Prepositions that open the place of a sub-group: "in the north", "on the island".
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, WordSets.Of("claims.place-prepositions"));

    // Copulas between a partitive figure and what the group is: "78 were in the north", "16 were soldiers".
    private static readonly FrozenSet<string> Copulas = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, WordSets.Of("claims.copulas"));

    private void ReadSubGroups(SentenceContext sentence, List<PhraseMatch<CasualtyPredicate>> predicates, List<ClaimFinding> findings, HashSet<LocatedQuantity> used)
    {
        foreach (var quantity in sentence.Quantities)
        {
            if (!quantity.Quantity.IsCount || used.Contains(quantity) || quantity.Quantity.Vagueness == Vagueness.Vague || !IsHeadcount(sentence, quantity))
            {
                continue;
            }

            if (FrontedCasualtyPartitive(sentence, predicates, quantity.First) is { } partitive && GroupAfter(sentence, quantity.End) is { } group)
            {
                used.Add(quantity);
                findings.Add(new ClaimFinding(KindOf(partitive.Value), sentence.SpanOf(partitive.Index - 2, group.End), quantity.Quantity.Interval, quantity.Quantity, group.Subject, null, null, quantity.First));
            }
            else if (sentence.Is(quantity.First - 1, "(") && sentence.Is(quantity.End, ")") && TollBefore(sentence, predicates, quantity.First - 1) is { } toll
                && PlaceBefore(sentence, quantity.First - 1) is { } place)
            {
                // "reported in western Lombok (24), in the east (19)": the bracketed figure counts the place before it.
                used.Add(quantity);
                findings.Add(new ClaimFinding(KindOf(toll.Value), sentence.SpanOf(place.From, quantity.End + 1), quantity.Quantity.Interval, quantity.Quantity, place.Subject, null, null, quantity.First));
            }
        }
    }

    private static ClaimKind KindOf(CasualtyPredicate predicate) => predicate.Kind is "injured" ? ClaimKind.Injured : ClaimKind.Killed;

    /// <summary>"Of the fatalities, N …": a clause-initial "of the" + casualty noun before a comma and the figure.</summary>
    private static PhraseMatch<CasualtyPredicate>? FrontedCasualtyPartitive(SentenceContext sentence, List<PhraseMatch<CasualtyPredicate>> predicates, int first)
    {
        if (!sentence.Is(first - 1, ","))
        {
            return null;
        }

        foreach (var predicate in predicates)
        {
            if (predicate.End == first - 1 && predicate.Value.Kind is "killed" or "injured" && !predicate.Value.ObjectAfter
                && sentence.IsAny(predicate.Index - 1, ["the", "those"]) && sentence.Is(predicate.Index - 2, "of")
                && (predicate.Index - 2 == 0 || sentence.IsPunctuation(predicate.Index - 3)))
            {
                return predicate;
            }
        }

        return null;
    }

    /// <summary>What a partitive figure's group is: "78 were in northern Lombok" (people in a place), "16 were soldiers" (a subject class).</summary>
    private (string Subject, int End)? GroupAfter(SentenceContext sentence, int end)
    {
        if (!Copulas.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(Math.Min(end, sentence.Tokens.Count - 1))) || end >= sentence.Tokens.Count)
        {
            return null;
        }

        if (PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(Math.Min(end + 1, sentence.Tokens.Count - 1))) && end + 1 < sentence.Tokens.Count)
        {
            var stop = end + 2;
            while (stop < sentence.Tokens.Count && stop < end + 7 && !sentence.IsPunctuation(stop))
            {
                stop++;
            }

            return stop > end + 2 ? ("people " + sentence.Slice(end + 1, stop).ToLowerInvariant(), stop) : null;
        }

        return PeopleSubject(sentence, end + 1, out var headEnd) is { } subject ? (subject, headEnd) : null;
    }

    /// <summary>The casualty word a list of places reports: the nearest killed or injured predicate before the bracket, or the noun "casualties".</summary>
    private static PhraseMatch<CasualtyPredicate>? TollBefore(SentenceContext sentence, List<PhraseMatch<CasualtyPredicate>> predicates, int open)
    {
        PhraseMatch<CasualtyPredicate>? nearest = null;
        foreach (var predicate in predicates)
        {
            if (predicate.End <= open && predicate.Value.Kind is "killed" or "injured")
            {
                nearest = predicate;
            }
        }

        if (nearest is not null)
        {
            return nearest;
        }

        // "casualties" names the dead, as the toll nouns "casualty count" and "number of casualties" do.
        for (var i = 0; i < open; i++)
        {
            if (sentence.Is(i, "casualties") || sentence.Is(i, "fatalities"))
            {
                return new PhraseMatch<CasualtyPredicate>(i, 1, CasualtiesNoun);
            }
        }

        return null;
    }

    private static readonly CasualtyPredicate CasualtiesNoun = new() { Phrase = "casualties", Kind = "killed", Source = "pattern: casualty noun as the head of a reported toll" };

    /// <summary>The place a bracketed figure follows: the words from the nearest preposition before the bracket ("in the east (19)").</summary>
    private static (string Subject, int From)? PlaceBefore(SentenceContext sentence, int open)
    {
        if (open < 1 || sentence.IsPunctuation(open - 1))
        {
            return null;
        }

        for (var i = open - 1; i >= 0 && i >= open - 7; i--)
        {
            if (sentence.IsPunctuation(i))
            {
                return null;
            }

            if (PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return ("people " + sentence.Slice(i, open).ToLowerInvariant(), i);
            }
        }

        return null;
    }
}
