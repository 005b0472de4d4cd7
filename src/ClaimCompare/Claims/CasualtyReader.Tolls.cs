using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Lexicons;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Tolls as news English states and changes them: which numbers can count people at all, the verb or
/// preposition that states a toll ("stood at", "exceeded"), the earlier figure a change names ("revised to
/// 125 from 174": two claims, never one interval) and a hedge that covers a coordinated toll.
/// </summary>
internal sealed partial class CasualtyReader
{
    // Auxiliaries that give a coordinated figure a verb of its own: "and 194 were injured" keeps its own bound.
    private static readonly string[] Auxiliaries = WordSets.Of("claims.toll-auxiliaries");

    /// <summary>
    /// Whether a number can be a headcount. Not a fraction ("6.4 people" is no one), not a magnitude beside
    /// its unit ("a magnitude 6.9 earthquake", "6.4-magnitude"), not a multiplier or a population.
    /// </summary>
    internal static bool IsHeadcount(SentenceContext sentence, LocatedQuantity quantity)
    {
        if (quantity.Quantity.Value is { } value && value != Math.Floor(value))
        {
            return false;
        }

        if (sentence.Is(quantity.First - 1, "magnitude") || sentence.Is(quantity.End, "magnitude")
            || (sentence.Is(quantity.First - 1, "-") && sentence.Is(quantity.First - 2, "magnitude"))
            || (sentence.Is(quantity.End, "-") && sentence.Is(quantity.End + 1, "magnitude")))
        {
            return false;
        }

        // A multiplier ("three times its capacity", "shot five times") or a population ("a population of forty million people") counts no one at the event.
        if (sentence.Is(quantity.End, "times") || (sentence.Is(quantity.First - 1, "of") && sentence.Is(quantity.First - 2, "population")))
        {
            return false;
        }

        return true;
    }

    /// <summary>Whether the head noun read for a figure counts things ("houses", "vehicles"), not people.</summary>
    private bool CountsThings(SentenceContext sentence, int from, int headEnd)
    {
        if (headEnd <= from)
        {
            return false;
        }

        for (var i = from; i < headEnd; i++)
        {
            if (sentence.Match(lexicon.Subjects, i, out _) > 0)
            {
                return false;
            }
        }

        return sentence.IsWord(lexicon.Things, headEnd - 1);
    }

    /// <summary>Whether a toll verb or preposition ends right before the number: "stood at 16", "the toll is 22".</summary>
    private bool FollowsTollVerb(SentenceContext sentence, int first)
    {
        for (var i = Math.Max(0, first - 3); i < first; i++)
        {
            if (sentence.Match(lexicon.TollVerbs, i, out _) is var length and > 0 && i + length == first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of passing stands right before the number ("has exceeded 125", "topped 300"): the figure is a lower bound.</summary>
    private bool PassedBefore(SentenceContext sentence, int first)
    {
        for (var i = Math.Max(0, first - 3); i < first; i++)
        {
            if (sentence.Match(lexicon.TollVerbs, i, out var passed) is var length and > 0 && i + length == first && passed)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The toll was put at 288, which the government revised to 275": a relative "which" after the one figure between
    /// a toll and a later one refers back to that toll, so the later figure states it too.
    /// </summary>
    private static bool RevisesByRelative(SentenceContext sentence, int from, int to)
    {
        LocatedQuantity? between = null;
        foreach (var quantity in sentence.Quantities)
        {
            if (quantity.First >= from && quantity.First < to && quantity.Quantity.IsCount)
            {
                if (between is not null)
                {
                    return false;
                }

                between = quantity;
            }
        }

        return between is not null && sentence.Is(between.End, ",") && sentence.Is(between.End + 1, "which");
    }

    /// <summary>Whether a headcount stands in <c>[from, to)</c>; a magnitude or a fraction between a toll and its figure does not.</summary>
    private static bool HasHeadcountBetween(SentenceContext sentence, int from, int to)
    {
        foreach (var quantity in sentence.Quantities)
        {
            if (quantity.First >= from && quantity.First < to && quantity.Quantity.IsCount && IsHeadcount(sentence, quantity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The earlier figure of a change is a claim of its own: "revised the toll to 275 from 288", "rose from 15
    /// to 16" give the current figure and the earlier one, with the same kind and subject.
    /// </summary>
    private static void ReadEarlierFigures(SentenceContext sentence, List<ClaimFinding> findings, HashSet<LocatedQuantity> used, List<(LocatedQuantity Quantity, PhraseMatch<CasualtyPredicate> Predicate, int Finding)> links)
    {
        if (links.Count == 0)
        {
            return;
        }

        foreach (var quantity in sentence.Quantities)
        {
            if (!quantity.Quantity.IsCount || used.Contains(quantity) || !sentence.Is(quantity.First - 1, "from") || !IsHeadcount(sentence, quantity))
            {
                continue;
            }

            foreach (var link in links)
            {
                // "to N from M" (the current figure just before) or "from M to N" (just after).
                var before = link.Quantity.End <= quantity.First - 1 && quantity.First - 1 - link.Quantity.End <= 3;
                var after = link.Quantity.First > quantity.End && link.Quantity.First - quantity.End <= 2 && sentence.Is(link.Quantity.First - 1, "to");
                if (!before && !after)
                {
                    continue;
                }

                var current = findings[link.Finding];
                used.Add(quantity);
                findings.Add(current with
                {
                    Evidence = sentence.SpanOf(quantity.First - 1, quantity.End),
                    Interval = quantity.Quantity.Interval,
                    Quantity = quantity.Quantity,
                    AnchorToken = quantity.First,
                    Timing = ClaimTiming.Earlier,
                });
                break;
            }
        }
    }

    /// <summary>
    /// One "at least" in front of a coordinated toll bounds both numbers when the second has no verb of its own:
    /// "At least 27 people were killed and 46 injured" gives 46 or more; "killed at least 10 and injured 40"
    /// (the hedge inside the first verb phrase) and "… and 194 were injured" (a verb of its own) keep 40 and 194.
    /// </summary>
    private void ApplyHedgeScope(SentenceContext sentence, List<ClaimFinding> findings, List<(LocatedQuantity Quantity, PhraseMatch<CasualtyPredicate> Predicate, int Finding)> links)
    {
        for (var k = 1; k < links.Count; k++)
        {
            var (first, firstPredicate, _) = links[k - 1];
            var (second, secondPredicate, index) = links[k];
            if (first.Quantity.Hedge != Hedge.AtLeast || first.End > firstPredicate.Index
                || second.Quantity.Hedge != Hedge.None || second.Quantity.Value is not { } value
                || secondPredicate.Index < second.End || secondPredicate.Index - second.End > 2
                || findings[index].Kind == ClaimKind.Count)
            {
                continue;
            }

            // A second predicate that is a verb with its object ("sustained injuries", "lost their lives") is a verb of its own.
            if (secondPredicate.Length > 1 && !sentence.IsAny(secondPredicate.Index, ["in", "on", "among", "at", "under"]))
            {
                continue;
            }

            var joined = true;
            for (var i = firstPredicate.End; i < second.First && joined; i++)
            {
                // An aside between commas does not part the coordination: "At least 10 were killed, including a bomber, and 40 wounded".
                if (sentence.Is(i, ",") && SkipParenthetical(sentence, i, second.First) is var after and > 0 && sentence.Is(after, ","))
                {
                    i = after;
                    continue;
                }

                joined = sentence.IsAny(i, ["and", ","]);
            }

            for (var i = second.End; i < secondPredicate.Index && joined; i++)
            {
                joined = !sentence.IsAny(i, Auxiliaries);
            }

            if (joined && second.First > firstPredicate.End)
            {
                findings[index] = findings[index] with { Interval = new Interval(value, null) };
            }
        }
    }

    /// <summary>
    /// One "at least" before coordinated subjects of one predicate bounds both: "at least five soldiers and four
    /// civilians were killed" gives four or more.
    /// </summary>
    private Interval SharedHedge(SentenceContext sentence, LocatedQuantity quantity, PhraseMatch<CasualtyPredicate> predicate, Interval interval)
    {
        if (predicate.Index < quantity.End || quantity.Quantity.Hedge != Hedge.None || quantity.Quantity.Value is not { } value)
        {
            return interval;
        }

        LocatedQuantity? previous = null;
        foreach (var other in sentence.Quantities)
        {
            if (other.End <= quantity.First && other.Quantity.IsCount)
            {
                previous = other;
            }
        }

        return previous is { Quantity.Hedge: Hedge.AtLeast } && IsCoordinatedSubject(sentence, previous.End, quantity.First)
            ? new Interval(value, null)
            : interval;
    }

    /// <summary>Whether <c>[from, to)</c> joins two counted noun phrases: modifiers and head nouns with one "and" or comma, no verb.</summary>
    private bool IsCoordinatedSubject(SentenceContext sentence, int from, int to)
    {
        var joined = false;
        for (var i = from; i < to; i++)
        {
            if (sentence.IsAny(i, ["and", ","]))
            {
                joined = true;
                continue;
            }

            if (sentence.IsPunctuation(i) || sentence.IsAny(i, Auxiliaries) || sentence.Match(lexicon.Casualty, i, out _) > 0
                || Breakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)) || i - from > 4)
            {
                return false;
            }
        }

        return joined;
    }
}
