using System.Collections.Frozen;
using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Lexicons;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// What a linked figure counts when its predicate is not alone: an increment ("three more people died" gives no
/// total), a toll that mixes the dead and the wounded ("killed or wounded around 160": one count of casualties),
/// and a body noun with a state ("N bodies were recovered", "N bodies yet to be identified": a count a toll
/// depends on).
/// </summary>
internal sealed partial class CasualtyReader
{
    /// <summary>
    /// "three more people died", "one more person succumbed": a number followed by "more" as the subject of a
    /// casualty predicate adds to a toll stated elsewhere and states no total ("another 180 were injured", a further
    /// group, is not an increment; "the floods killed 12 more people" puts 12 deaths on an agent, a toll of its own).
    /// </summary>
    private static bool IsIncrement(SentenceContext sentence, LocatedQuantity quantity) =>
        sentence.Is(quantity.End, "more") && quantity.Quantity.Hedge == Hedge.None && !sentence.Is(quantity.End + 1, "than");

    /// <summary>
    /// Whether the predicate is coordinated with one of the other casualty kind that shares its number: "killed or
    /// wounded around 160", "more than 110 dead and injured", "several people were killed or injured". A partner with
    /// a number of its own ("killed 5 and wounded 12") makes two tolls, not a mixed one.
    /// </summary>
    private static bool IsMixedToll(SentenceContext sentence, List<PhraseMatch<CasualtyPredicate>> predicates, PhraseMatch<CasualtyPredicate> predicate, LocatedQuantity quantity)
    {
        if (predicate.Value.Kind is not ("killed" or "injured") || predicate.Value.Toll)
        {
            return false;
        }

        foreach (var partner in predicates)
        {
            if (partner.Value.Kind is not ("killed" or "injured") || string.Equals(partner.Value.Kind, predicate.Value.Kind, StringComparison.Ordinal) || partner.Value.Toll)
            {
                continue;
            }

            if (partner.Index == predicate.End + 1 && sentence.IsAny(predicate.End, ["and", "or"]))
            {
                // "N were killed or injured": the partner after; "killed and wounded 12 others" has its own object.
                if (!HasCountWithin(sentence, partner.End, partner.End + 3, quantity) || quantity.First >= partner.End)
                {
                    return true;
                }
            }
            else if (predicate.Index == partner.End + 1 && sentence.IsAny(partner.End, ["and", "or"]))
            {
                // "killed or wounded around 160": the partner before; "5 people killed and wounded 12" gives the partner its own subject.
                if (!HasCountWithin(sentence, partner.Index - 4, partner.Index, quantity) || quantity.End <= partner.Index)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasCountWithin(SentenceContext sentence, int from, int to, LocatedQuantity except)
    {
        foreach (var other in sentence.Quantities)
        {
            if (!ReferenceEquals(other, except) && other.Quantity.IsCount && other.First < to && other.End > from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A body noun that a number counts, with a state said of it ("Three bodies had been recovered", "187 bodies yet
    /// to be identified", "21 charred bodies that were still unidentified"): the state's count. Only a few auxiliaries
    /// and relative words may stand between the noun and its state.
    /// </summary>
    private PhraseMatch<CasualtyPredicate>? BodyState(SentenceContext sentence, LocatedQuantity quantity, PhraseMatch<CasualtyPredicate> predicate)
    {
        if (predicate.Value.Kind is not "killed" || !predicate.Value.SubjectBefore || predicate.Value.ObjectAfter || predicate.Index < quantity.End || predicate.Index - quantity.End > 2)
        {
            return null;
        }

        // A state before the noun: "21 unidentified bodies".
        for (var i = quantity.End; i < predicate.Index; i++)
        {
            if (sentence.Match(lexicon.BodyStates, i, out var before) > 0 && before is not null)
            {
                return new PhraseMatch<CasualtyPredicate>(i, 1, before);
            }
        }

        for (var i = predicate.End; i < predicate.End + 6 && i < sentence.Tokens.Count; i++)
        {
            if (sentence.Match(lexicon.BodyStates, i, out var state) is var length and > 0 && state is not null)
            {
                return new PhraseMatch<CasualtyPredicate>(i, length, state);
            }

            if (sentence.IsPunctuation(i) || !BodyStateBridges.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return null;
            }
        }

        return null;
    }

    // Auxiliaries, adverbs of time and relative words that may stand between a body noun and its state.
    private static readonly FrozenSet<string> BodyStateBridges = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("claims.body-state-bridges"));
}
