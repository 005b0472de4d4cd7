using System.Collections.Frozen;
using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Lexicons;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>Single victims: a singular victim noun after "a", "an", "the" or "one" counts one ("killed a US contractor").</summary>
internal sealed partial class CasualtyReader
{
    private void ReadSingleVictims(SentenceContext sentence, List<PhraseMatch<CasualtyPredicate>> predicates, List<ClaimFinding> findings, List<(int First, int End, ClaimKind Kind)> linked)
    {
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            var determiner = DeterminerWords.MayContain(sentence.Word(i)) && Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i));

            // Without a determiner, a victim may follow an active predicate when a name follows it: "killed top Iranian general Qassem Soleimani".
            var bareAfterPredicate = !determiner && EndsActivePredicate(predicates, i);
            if ((!determiner && !bareAfterPredicate) || IsInsideQuantity(sentence, i))
            {
                continue;
            }

            var first = determiner ? i + 1 : i;
            if (!TryReadVictim(sentence, first, out var victimStart, out var end))
            {
                continue;
            }

            if (bareAfterPredicate && !sentence.IsCapitalized(end))
            {
                continue;
            }

            if ((determiner && IsAppositive(sentence, i)) || IsSpeaker(sentence, end))
            {
                i = end - 1;
                continue; // "Ali Bayati, a member of the commission": a role of a named person; "the deputy governor said": a speaker
            }

            var subject = ReadSubject(sentence, first, end) ?? sentence.Slice(victimStart, end).ToLowerInvariant();
            if (TryLinkSingle(sentence, predicates, i, end, out var predicate))
            {
                findings.Add(Finding(sentence, predicate, i, end, end, Interval.Exactly(1), null, subject));
                linked.Add((i, end, findings[^1].Kind));
            }
            else if (determiner && !sentence.Is(i - 1, "of") && linked.LastOrDefault(l => l.End <= i) is { End: > 0 } previous && i - previous.End <= 8 && IsListGap(sentence, previous.End, i))
            {
                // One more item of a breakdown: "16 civilians, six soldiers and a member of the Coast Guard" (whose
                // "of the Coast Guard" says what the member is, not another victim).
                findings.Add(new ClaimFinding(previous.Kind, sentence.SpanOf(i, end), Interval.Exactly(1), null, subject, null, null, i));
            }

            i = end - 1;
        }
    }

    private static bool EndsActivePredicate(List<PhraseMatch<CasualtyPredicate>> predicates, int token)
    {
        foreach (var predicate in predicates)
        {
            if (predicate.End == token && predicate.Value.ObjectAfter)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads a singular victim noun within three modifiers of <paramref name="first"/>, taking the last of
    /// a run of victim nouns ("a civilian contractor"); a following ordinary noun makes it a compound
    /// ("a contractor convoy") and no victim.
    /// </summary>
    private bool TryReadVictim(SentenceContext sentence, int first, out int victimStart, out int end)
    {
        victimStart = end = first;
        for (var j = first; j <= first + 3 && j < sentence.Tokens.Count; j++)
        {
            if (sentence.IsPunctuation(j) || sentence.Match(lexicon.Casualty, j, out _) > 0)
            {
                return false;
            }

            var length = sentence.Match(lexicon.Victims, j, out _);
            if (length == 0)
            {
                continue;
            }

            victimStart = j;
            end = j + length;
            while (end < sentence.Tokens.Count && sentence.Match(lexicon.Victims, end, out _) is var more and > 0)
            {
                victimStart = end;
                end += more;
            }

            if (sentence.Match(lexicon.Casualty, end, out var next) > 0 && next is { Toll: true })
            {
                return false; // "the official death toll": a modifier of the toll noun, not a victim
            }

            if (end >= sentence.Tokens.Count || sentence.IsPunctuation(end) || sentence.IsCapitalized(end)
                || sentence.Match(lexicon.Casualty, end, out _) > 0 || FollowsVictim(sentence, end))
            {
                return true;
            }

            return false;
        }

        return false;
    }

    // Words that may follow a single victim without making it part of a compound noun.
    private static bool FollowsVictim(SentenceContext sentence, int index)
    {
        var word = sentence.Word(index);
        return VictimFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly FrozenSet<string> VictimFollowers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("claims.victim-followers"));

    private bool TryLinkSingle(SentenceContext sentence, List<PhraseMatch<CasualtyPredicate>> predicates, int first, int end, out PhraseMatch<CasualtyPredicate> predicate)
    {
        foreach (var candidate in predicates)
        {
            if (candidate.Value.Kind is "count")
            {
                continue; // a count by an article ("a survivor") is no figure of its own
            }

            // "the brother of slain commander X": the predicate right after "of" describes the of-object, not the relation noun.
            if (candidate.Index == end + 1 && sentence.Is(end, "of"))
            {
                continue;
            }

            if (candidate.End <= first && candidate.Value.ObjectAfter && first - candidate.End <= 0)
            {
                predicate = candidate;
                return true;
            }

            if (candidate.Index >= end && candidate.Value.SubjectBefore && candidate.Index - end <= 4 && SubjectGapIsOpen(sentence, end, candidate.Index))
            {
                predicate = candidate;
                return true;
            }
        }

        predicate = default;
        return false;
    }

    /// <summary>Whether the determiner at <paramref name="index"/> opens an appositive to a named person: "Ali Bayati, a member of the commission".</summary>
    private static bool IsAppositive(SentenceContext sentence, int index)
    {
        if (!sentence.Is(index - 1, ",") || index < 2)
        {
            return false;
        }

        // Two capitalised words before the comma, not opening the sentence: a name ("Ali Bayati, a member").
        if (index >= 4 && sentence.IsCapitalized(index - 2) && sentence.IsCapitalized(index - 3) && !sentence.IsPunctuation(index - 4)
            && !PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(index - 4)))
        {
            return true;
        }

        var nameEnd = sentence.Tokens[index - 2].End;
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Span.End == nameEnd && mention.Entity.Type is Entities.EntityType.Person or Entities.EntityType.Unknown)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a reporting verb follows the noun phrase ending at <paramref name="end"/>: "the deputy governor of the province said" speaks.</summary>
    private bool IsSpeaker(SentenceContext sentence, int end)
    {
        for (var i = end; i < end + 8 && i < sentence.Tokens.Count; i++)
        {
            if (sentence.Match(lexicon.Reporting, i, out _) > 0)
            {
                return true;
            }

            if (sentence.IsPunctuation(i) || sentence.Match(lexicon.Casualty, i, out _) > 0)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsInsideQuantity(SentenceContext sentence, int token)
    {
        foreach (var quantity in sentence.Quantities)
        {
            if (token >= quantity.First && token < quantity.End)
            {
                return true;
            }
        }

        return false;
    }
}
