using ClaimCompare.Text;

namespace ClaimCompare.Claims.Clauses;

/// <summary>
/// A light clause analysis on a sentence's tokens, with no tagger: the verb group in front of a predicate, the subject
/// before it (across a relative clause or an appositive), the object after it, prepositional objects, coordination and
/// a noun phrase's head. Closed-class words (<see cref="ClauseWords"/>) stand in for parts of speech.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class Clause
{
    private const int MaxSubject = 16;
    private const int MaxNounPhrase = 9;
    private const int MaxObject = 10;

    /// <summary>Reads the verb group that ends right before token <paramref name="predicate"/>.</summary>
    public static VerbGroup GroupBefore(SentenceContext sentence, int predicate)
    {
        bool negated = false, hedged = false, hasBe = false, beNext = false, first = true;
        var k = predicate - 1;
        while (k >= 0)
        {
            if (IsQuote(sentence, k))
            {
                k--;
                continue;
            }

            var time = ActorPhrases.SkipTimeBackward(sentence, k + 1);
            if (time <= k)
            {
                k = time - 1; // "the railways on Sunday ruled out"
                continue;
            }

            if (sentence.Tokens[k].Kind != TokenKind.Word)
            {
                break;
            }

            var word = sentence.Word(k);
            if (IsNegator(word))
            {
                negated = true;
            }
            else if (ClauseWords.Auxiliaries.Contains(word))
            {
                hedged |= ClauseWords.Modals.Contains(word);
                if (ClauseWords.Be.Contains(word))
                {
                    hasBe = true;
                    beNext |= first;
                }

                first = false;
            }
            else if (ClauseWords.Raising.Contains(word) && k + 1 < predicate && sentence.Is(k + 1, "to"))
            {
                first = false; // "were believed to have been involved"
            }
            else if (!IsAdverb(sentence, k))
            {
                break;
            }

            k--;
        }

        return new VerbGroup(k + 1, negated, hedged, hasBe, beNext);
    }

    /// <summary>Whether a word negates its clause: "not", "never", "cannot", or a contracted "n't".</summary>
    public static bool IsNegator(ReadOnlySpan<char> word) =>
        word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("never", StringComparison.OrdinalIgnoreCase)
        || word.Equals("cannot", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The subject of the clause whose verb group starts at <paramref name="group"/>: the antecedent of a relative pronoun
    /// ("a train which disregarded"), the head before an appositive ("the loco pilot, Anil Kumar, had"), the noun phrase
    /// before an embedded relative clause ("the train that collided with a bus had overshot"), else the words back to
    /// the clause's start.
    /// </summary>
    public static Phrase Subject(SentenceContext sentence, int group, PhraseMatcher<bool> reporting)
    {
        var k = group - 1;
        while (k >= 0 && IsQuote(sentence, k))
        {
            k--;
        }

        if (k < 0)
        {
            return Phrase.None;
        }

        if (IsRelative(sentence, k, reporting))
        {
            return Antecedent(sentence, k);
        }

        if (sentence.Is(k, ","))
        {
            // "the loco pilot, Anil Kumar, had" and "the driver, who was tired, ignored": the head before the first comma.
            for (var j = k - 1; j >= 0 && j > k - 12; j--)
            {
                if (sentence.Is(j, ","))
                {
                    return NounPhraseBefore(sentence, j);
                }

                if (sentence.IsPunctuation(j) && !IsQuote(sentence, j) && !sentence.Is(j, "-"))
                {
                    break;
                }
            }

            return NounPhraseBefore(sentence, k);
        }

        if (sentence.Is(k, ")"))
        {
            var open = k;
            while (open > 0 && k - open < 6 && !sentence.Is(open, "("))
            {
                open--;
            }

            return sentence.Is(open, "(") ? NounPhraseBefore(sentence, open) : Phrase.None;
        }

        var start = ClauseStart(sentence, k);
        if ((sentence.IsWord(reporting, k) || ClauseWords.Belief.Contains(sentence.Word(k))) && start > 0 && ClauseWords.Relatives.Contains(sentence.Word(start - 1)))
        {
            // "the attack, which officials said was …": the reporter sits inside the relative clause; the subject is its antecedent.
            return Antecedent(sentence, start - 1);
        }

        if (start > 1 && IsRelative(sentence, start - 1, reporting) && sentence.Tokens[start - 2].Kind == TokenKind.Word && !OpensConjunct(sentence, start)
            && !ClauseWords.Pronouns.Contains(sentence.Word(start)))
        {
            // The words before the verb group are the inside of a relative clause: the subject is its antecedent.
            return Antecedent(sentence, start - 1);
        }

        if (k + 1 - start > MaxSubject || ClauseWords.Prepositions.Contains(sentence.Word(start)))
        {
            return NounPhraseBefore(sentence, k + 1);
        }

        return new Phrase(start, k + 1);
    }

    /// <summary>The noun phrase a relative pronoun at <paramref name="relative"/> refers back to, past a comma or a parenthesis.</summary>
    public static Phrase Antecedent(SentenceContext sentence, int relative)
    {
        var end = relative;
        if (sentence.Is(end - 1, ","))
        {
            end--;
        }

        if (sentence.Is(end - 1, ")"))
        {
            var open = end - 1;
            while (open > 0 && end - open < 6 && !sentence.Is(open, "("))
            {
                open--;
            }

            end = sentence.Is(open, "(") ? open : end;
        }

        return NounPhraseBefore(sentence, end);
    }

    /// <summary>The noun phrase that ends right before <paramref name="end"/>: words and "of"-phrases back to a clause word, preposition or punctuation.</summary>
    public static Phrase NounPhraseBefore(SentenceContext sentence, int end)
    {
        var i = end;
        while (i > 0 && end - i < MaxNounPhrase)
        {
            var k = i - 1;
            if (IsQuote(sentence, k))
            {
                i--;
                continue;
            }

            if (sentence.Tokens[k].Kind == TokenKind.Punctuation && !sentence.Is(k, "-"))
            {
                break;
            }

            var word = sentence.Word(k);
            if ((ClauseWords.Prepositions.Contains(word) && !word.Equals("of", StringComparison.OrdinalIgnoreCase))
                || ClauseWords.Openers.Contains(word) || ClauseWords.Auxiliaries.Contains(word) || IsNegator(word))
            {
                break;
            }

            i--;
        }

        while (i < end && IsQuote(sentence, i))
        {
            i++;
        }

        return new Phrase(i, end);
    }

    /// <summary>The noun phrase that starts at <paramref name="start"/>: up to a preposition other than "of", a clause word or punctuation; "and" joins named or determined conjuncts.</summary>
    public static Phrase NounPhraseAfter(SentenceContext sentence, int start)
    {
        var i = start;
        while (i < sentence.Tokens.Count && IsQuote(sentence, i))
        {
            i++;
        }

        var from = i;
        while (i < sentence.Tokens.Count && i - from < MaxObject)
        {
            if (IsQuote(sentence, i))
            {
                i++;
                continue;
            }

            if (sentence.Is(i, ",") || sentence.Is(i, "and"))
            {
                if (!OpensConjunct(sentence, i + 1))
                {
                    break;
                }

                i++;
                continue;
            }

            if (sentence.Tokens[i].Kind == TokenKind.Punctuation && !sentence.Is(i, "-"))
            {
                break;
            }

            var word = sentence.Word(i);
            if ((ClauseWords.Prepositions.Contains(word) && !word.Equals("of", StringComparison.OrdinalIgnoreCase))
                || (i > from && (ClauseWords.Openers.Contains(word) || ClauseWords.Auxiliaries.Contains(word) || ClauseWords.Adverbs.Contains(word))))
            {
                break;
            }

            i++;
        }

        var end = i;
        while (end > from && (IsQuote(sentence, end - 1) || sentence.Is(end - 1, "of")))
        {
            end--;
        }

        return new Phrase(from, end);
    }

    /// <summary>
    /// Splits a phrase at "and" or a comma where the next conjunct opens with a determiner or a capital ("the provincial
    /// government and the federal government", "Russia, Iran and China"); a bare noun after "and" shares the first
    /// conjunct's determiner and names the same group ("the loco pilot and crew").
    /// </summary>
    public static List<Phrase> Conjuncts(SentenceContext sentence, Phrase phrase)
    {
        var parts = new List<Phrase>(2);
        var start = phrase.Start;
        for (var i = phrase.Start; i < phrase.End; i++)
        {
            if ((sentence.Is(i, "and") || sentence.Is(i, ",")) && i > start)
            {
                var next = sentence.Is(i, ",") && sentence.Is(i + 1, "and") ? i + 2 : i + 1;
                if (next < phrase.End && OpensConjunct(sentence, next))
                {
                    parts.Add(new Phrase(start, i));
                    start = next;
                    i = next - 1;
                }
            }
        }

        parts.Add(new Phrase(start, phrase.End));
        return parts;
    }

    /// <summary>The head part of a noun phrase: its words up to the first preposition, relative pronoun or punctuation ("the government" of "the government of Dhi Qar").</summary>
    public static Phrase Head(SentenceContext sentence, Phrase phrase)
    {
        var i = phrase.Start;
        while (i < phrase.End)
        {
            if ((sentence.Tokens[i].Kind == TokenKind.Punctuation && !IsQuote(sentence, i) && !sentence.Is(i, "-"))
                || (i > phrase.Start && (ClauseWords.Prepositions.Contains(sentence.Word(i)) || ClauseWords.Relatives.Contains(sentence.Word(i)))))
            {
                break;
            }

            i++;
        }

        return new Phrase(phrase.Start, i);
    }

    /// <summary>The first token of the clause that holds token <paramref name="k"/>: after punctuation or a clause word.</summary>
    public static int ClauseStart(SentenceContext sentence, int k)
    {
        var i = k;
        while (i > 0)
        {
            var prev = i - 1;
            if (IsQuote(sentence, prev))
            {
                i--;
                continue;
            }

            if ((sentence.Tokens[prev].Kind == TokenKind.Punctuation && !sentence.Is(prev, "-")) || sentence.Is(prev, "-") && sentence.Is(prev - 1, "-"))
            {
                break;
            }

            if (ClauseWords.Openers.Contains(sentence.Word(prev)))
            {
                break;
            }

            i--;
        }

        return i;
    }

    /// <summary>Whether token <paramref name="k"/> is a relative pronoun; "that" after a reporting verb or at a clause's start is a complementizer.</summary>
    public static bool IsRelative(SentenceContext sentence, int k, PhraseMatcher<bool> reporting)
    {
        if (k < 0 || !ClauseWords.Relatives.Contains(sentence.Word(k)))
        {
            return false;
        }

        if (!sentence.Is(k, "that"))
        {
            return true;
        }

        return k > 0 && sentence.Tokens[k - 1].Kind == TokenKind.Word && !ClauseWords.Openers.Contains(sentence.Word(k - 1))
            && !sentence.IsWord(reporting, k - 1) && !ClauseWords.Auxiliaries.Contains(sentence.Word(k - 1));
    }

    /// <summary>Whether token <paramref name="k"/> is a quotation mark, which a phrase reads through ("the “criminals” responsible").</summary>
    public static bool IsQuote(SentenceContext sentence, int k) =>
        k >= 0 && k < sentence.Tokens.Count && sentence.Tokens[k].Kind == TokenKind.Punctuation
        && sentence.Word(k) is "\"" or "“" or "”" or "‘" or "’" or "'";

    /// <summary>Whether the clause before <paramref name="predicate"/> (back to its start) holds a word of <paramref name="words"/>.</summary>
    public static bool ClauseHas(SentenceContext sentence, int predicate, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words, int window)
    {
        for (var k = predicate - 1; k >= 0 && k >= predicate - window; k--)
        {
            if (sentence.Tokens[k].Kind == TokenKind.Punctuation && !IsQuote(sentence, k))
            {
                return false;
            }

            if (words.Contains(sentence.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the clause that holds <paramref name="subject"/> is attributed to a speaker: it is the complement of a
    /// reporting or belief verb or of an attribution noun ("officials believe that X carried out", "allegations by Kyiv
    /// that Russia carried out", "said X was behind"). A narrated act ("the US carried out strikes") is no attribution.
    /// </summary>
    public static bool IsReported(SentenceContext sentence, int subject, PhraseMatcher<bool> reporting, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> attributionNouns)
    {
        var start = ClauseStart(sentence, subject);
        var prev = start - 1;
        while (prev >= 0 && IsQuote(sentence, prev))
        {
            prev--;
        }

        if (prev < 0)
        {
            return false;
        }

        if (sentence.IsWord(reporting, prev) || ClauseWords.Belief.Contains(sentence.Word(prev)))
        {
            return true; // "said the group carried out", "believe the group was behind"
        }

        if (!sentence.Is(prev, "that"))
        {
            return false;
        }

        if (prev > 0 && (sentence.IsWord(reporting, prev - 1) || ClauseWords.Belief.Contains(sentence.Word(prev - 1))))
        {
            return true;
        }

        for (var k = prev - 1; k >= 0 && k >= prev - 6; k--)
        {
            if (attributionNouns.Contains(sentence.Word(k)))
            {
                return true; // "allegations by the Ukrainian side that …"
            }
        }

        return false;
    }

    private static bool OpensConjunct(SentenceContext sentence, int i)
    {
        if (i >= sentence.Tokens.Count || sentence.Tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = sentence.Word(i);
        return (ClauseWords.Determiners.Contains(word) && !word.Equals("no", StringComparison.OrdinalIgnoreCase)) || sentence.IsCapitalized(i);
    }

    /// <summary>Whether token <paramref name="k"/> is an adverb of the verb group ("also", "virtually").</summary>
    public static bool IsAdverb(SentenceContext sentence, int k)
    {
        var word = sentence.Word(k);
        return ClauseWords.Adverbs.Contains(word)
            || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));
    }
}
