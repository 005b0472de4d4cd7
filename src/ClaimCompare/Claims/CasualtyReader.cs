using System.Collections.Frozen;
using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Ties numbers to casualty predicates in either order: a number after an active predicate is its object
/// ("killing at least 22 fighters"), a number before a passive or adjectival one is its subject
/// ("22 people were killed", "83 wounded"), a number after a toll noun is the toll ("the death toll rose
/// to 31"). Single victims ("killed a US contractor") count as one.
/// </summary>
/// <remarks>Stateless apart from its lexicon; thread-safe.</remarks>
internal sealed class CasualtyReader(CompiledClaimLexicon lexicon)
{
    // Words that may stand between an active predicate and its number: "killing a total of 22".
    private static readonly FrozenSet<string> Bridges = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "a", "an", "the", "total", "of", "another", "also", "only", "just", "still", "all", "additional", "further", "with");

    // Words that end the phrase between a number and a predicate after it: the number belongs to another clause.
    private static readonly FrozenSet<string> Breakers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "who", "which", "that", "whom", "whose", "when", "while", "after", "before", "because", "as", "but", "if", "where",
        "said", "says", "say", "told", "than", "since", "until", "although", "though", "whereas", "whether", "including", "while");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "a", "an", "the", "another");

    private const int MaxObjectGap = 3;
    private const int MaxSubjectGap = 7;
    private const int MaxTollGap = 10;

    public void Read(SentenceContext sentence, List<ClaimFinding> findings, HashSet<LocatedQuantity> used)
    {
        var predicates = lexicon.Casualty.FindAll(sentence.Text, sentence.Tokens);
        if (predicates.Count == 0)
        {
            return;
        }

        foreach (var quantity in sentence.Quantities)
        {
            if (!quantity.Quantity.IsCount || used.Contains(quantity))
            {
                continue;
            }

            if (TryLink(sentence, predicates, quantity.First, quantity.End, out var predicate, out var subjectFrom, out var subjectTo))
            {
                used.Add(quantity);
                var subject = ReadSubject(sentence, subjectFrom, subjectTo, out var headEnd) ?? "people";
                findings.Add(Finding(sentence, predicate, quantity.First, quantity.End, headEnd, quantity.Quantity.Interval, quantity.Quantity, subject));
            }
        }

        ReadSingleVictims(sentence, predicates, findings);
    }

    /// <summary>Reads the subject noun phrase in <c>[from, to)</c>: a known subject class, else its head noun.</summary>
    internal string? ReadSubject(SentenceContext sentence, int from, int to) => ReadSubject(sentence, from, to, out _);

    /// <summary>Reads the subject noun phrase in <c>[from, to)</c>; <paramref name="headEnd"/> is the token after its head, or <paramref name="from"/>.</summary>
    internal string? ReadSubject(SentenceContext sentence, int from, int to, out int headEnd)
    {
        to = Math.Min(to, sentence.Tokens.Count);
        headEnd = from;
        string? head = null;
        for (var i = from; i < to && i < from + 6; i++)
        {
            if (sentence.IsPunctuation(i) && !sentence.Is(i, "-"))
            {
                break;
            }

            var word = sentence.Word(i);
            if (Breakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || lexicon.Casualty.MatchAt(sentence.Text, sentence.Tokens, i, out _) > 0)
            {
                break;
            }

            if (lexicon.Subjects.MatchAt(sentence.Text, sentence.Tokens, i, out var subject) is var length and > 0)
            {
                headEnd = i + length;
                return subject;
            }

            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("in", StringComparison.OrdinalIgnoreCase)
                || word.Equals("were", StringComparison.OrdinalIgnoreCase) || word.Equals("was", StringComparison.OrdinalIgnoreCase)
                || word.Equals("have", StringComparison.OrdinalIgnoreCase) || word.Equals("had", StringComparison.OrdinalIgnoreCase)
                || word.Equals("are", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (sentence.Tokens[i].Kind == TokenKind.Word)
            {
                head = word.ToString().ToLowerInvariant();
                headEnd = i + 1;
            }
        }

        return head;
    }

    private bool TryLink(
        SentenceContext sentence,
        List<PhraseMatch<CasualtyPredicate>> predicates,
        int first,
        int end,
        out PhraseMatch<CasualtyPredicate> predicate,
        out int subjectFrom,
        out int subjectTo)
    {
        subjectFrom = end;
        subjectTo = Math.Min(sentence.Tokens.Count, end + 6);

        // A predicate inside the number's own phrase: "no deaths".
        foreach (var candidate in predicates)
        {
            if (candidate.Index >= first && candidate.End <= end)
            {
                predicate = candidate;
                return true;
            }
        }

        // Object after an active predicate: "killing at least 22 fighters", "the death of 40 people".
        for (var p = predicates.Count - 1; p >= 0; p--)
        {
            var candidate = predicates[p];
            if (candidate.End > first)
            {
                continue;
            }

            if (candidate.Value.ObjectAfter && first - candidate.End <= MaxObjectGap && AllBridges(sentence, candidate.End, first)
                && (!candidate.Value.RequiresOf || sentence.Is(candidate.End, "of")))
            {
                predicate = candidate;
                return true;
            }

            break;
        }

        // Subject before a passive, adjectival or nominal predicate: "22 people were killed", "83 wounded".
        foreach (var candidate in predicates)
        {
            if (candidate.Index < end || !candidate.Value.SubjectBefore)
            {
                continue;
            }

            if (candidate.Value.RequiresContext.Count > 0 && !sentence.IsAny(first - 1, candidate.Value.RequiresContext.ToArray()))
            {
                break;
            }

            if (SubjectGapIsOpen(sentence, end, candidate.Index))
            {
                predicate = candidate;
                subjectTo = candidate.Index;
                return true;
            }

            break;
        }

        // A toll stated before its number: "the death toll rose to 31".
        for (var p = predicates.Count - 1; p >= 0; p--)
        {
            var candidate = predicates[p];
            if (candidate.End > first || !candidate.Value.Toll)
            {
                continue;
            }

            if (first - candidate.End <= MaxTollGap && !sentence.HasQuantityBetween(candidate.End, first) && !HasClauseBreak(sentence, candidate.End, first))
            {
                predicate = candidate;
                return true;
            }
        }

        predicate = default;
        return false;
    }

    private static bool AllBridges(SentenceContext sentence, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!Bridges.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    private bool SubjectGapIsOpen(SentenceContext sentence, int from, int to)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            if (sentence.IsPunctuation(i))
            {
                // A reporting parenthetical between commas may interrupt: "Eight militias, claimed the Observatory, were killed".
                if (sentence.Is(i, ",") && SkipReportingParenthetical(sentence, i, to) is var after and > 0)
                {
                    i = after;
                    continue;
                }

                if (sentence.Is(i, "-") || sentence.Is(i, "’") || sentence.Is(i, "'"))
                {
                    continue;
                }

                return false;
            }

            if (Breakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return false;
            }

            if (sentence.QuantityStartingAt(i) is { Quantity.IsCount: true })
            {
                return false;
            }

            if (++words > MaxSubjectGap)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the index of the comma that closes a reporting parenthetical opened at <paramref name="comma"/>, or -1.</summary>
    private int SkipReportingParenthetical(SentenceContext sentence, int comma, int limit)
    {
        var sawReporting = false;
        for (var i = comma + 1; i < limit && i < comma + 14; i++)
        {
            if (sentence.Is(i, ","))
            {
                return sawReporting ? i : -1;
            }

            if (sentence.IsPunctuation(i) && !sentence.Is(i, "-"))
            {
                return -1;
            }

            if (lexicon.Reporting.MatchAt(sentence.Text, sentence.Tokens, i, out _) > 0)
            {
                sawReporting = true;
            }
        }

        return -1;
    }

    private static bool HasClauseBreak(SentenceContext sentence, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (sentence.IsAny(i, [";", ":", "(", ")", "—"]))
            {
                return true;
            }
        }

        return false;
    }

    private void ReadSingleVictims(SentenceContext sentence, List<PhraseMatch<CasualtyPredicate>> predicates, List<ClaimFinding> findings)
    {
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (!Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)) || IsInsideQuantity(sentence, i))
            {
                continue;
            }

            // Up to three modifiers between the determiner and the victim noun: "a second US contractor".
            for (var j = i + 1; j <= i + 4 && j < sentence.Tokens.Count; j++)
            {
                if (sentence.IsPunctuation(j) || lexicon.Casualty.MatchAt(sentence.Text, sentence.Tokens, j, out _) > 0)
                {
                    break;
                }

                var length = lexicon.Victims.MatchAt(sentence.Text, sentence.Tokens, j, out _);
                if (length == 0)
                {
                    continue;
                }

                var end = j + length;

                // A plural or compound noun follows ("a contractor convoy"): not a single victim.
                if (end < sentence.Tokens.Count && sentence.Tokens[end].Kind == TokenKind.Word
                    && !sentence.IsAny(end, ["was", "were", "is", "and", "in", "at", "on", "of", "who", "had", "has", "also", "from", "by", "with", "to", "during", "after"])
                    && lexicon.Casualty.MatchAt(sentence.Text, sentence.Tokens, end, out _) == 0)
                {
                    break;
                }

                if (TryLinkSingle(sentence, predicates, i, end, out var predicate))
                {
                    var subject = ReadSubject(sentence, j, end) ?? sentence.Slice(j, end).ToLowerInvariant();
                    findings.Add(Finding(sentence, predicate, i, end, end, Interval.Exactly(1), null, subject));
                }

                i = end - 1;
                break;
            }
        }
    }

    private bool TryLinkSingle(SentenceContext sentence, List<PhraseMatch<CasualtyPredicate>> predicates, int first, int end, out PhraseMatch<CasualtyPredicate> predicate)
    {
        foreach (var candidate in predicates)
        {
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

    private static ClaimFinding Finding(
        SentenceContext sentence,
        PhraseMatch<CasualtyPredicate> predicate,
        int first,
        int end,
        int subjectEnd,
        Interval interval,
        Quantity? quantity,
        string subject)
    {
        var from = Math.Min(first, predicate.Index);
        var to = Math.Max(Math.Max(end, predicate.End), subjectEnd);
        var kind = string.Equals(predicate.Value.Kind, "injured", StringComparison.Ordinal) ? ClaimKind.Injured : ClaimKind.Killed;
        return new ClaimFinding(kind, sentence.SpanOf(from, to), interval, quantity, subject, null, null, first);
    }
}
