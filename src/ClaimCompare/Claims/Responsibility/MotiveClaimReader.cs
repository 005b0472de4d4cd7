using ClaimCompare.Claims.Clauses;
using ClaimCompare.Entities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>
/// Reads a party's own account of why it struck: a verb of saying or claiming whose complement makes the act a
/// retaliation ("he claimed that the suicide attack was part of the revenge for his brother", "the group said the
/// bombing was in retaliation for"). Only the doer gives its own motive as a fact, so the speaker restates a claim: a
/// pronoun speaker is the document's last claimant, a named armed group claims the act itself. Anyone else saying it
/// (police, officials) gives a motive, not a claim, and is not read.
/// </summary>
/// <remarks>Stateless apart from its tables; thread-safe.</remarks>
internal sealed class MotiveClaimReader(CompiledClaimLexicon lexicon)
{
    // How far back from the motive noun the copula may stand: "was part of the revenge", "was an act of reprisal".
    private const int CopulaWindow = 5;

    /// <summary>How many sentences back a pronoun speaker may refer to the last claimant: the claim's own paragraph or the next.</summary>
    public const int PronounReach = 4;

    private readonly CompiledResponsibilityTable _table = lexicon.ResponsibilityTable;

    // Every token is looked up in both noun sets; most are ruled out by length and first letter before hashing.
    private readonly WordPrefilter _nouns = new([.. lexicon.ResponsibilityTable.MotiveNouns.Set, .. lexicon.ResponsibilityTable.PurposeNouns.Set]);

    public void Read(SentenceContext sentence, List<ClaimFinding> findings)
    {
        for (var i = 1; i < sentence.Tokens.Count; i++)
        {
            if (!_nouns.MayContain(sentence.Word(i)))
            {
                continue;
            }

            if (_table.MotiveNouns.Contains(sentence.Word(i)) && Complement(sentence, i) is { } act)
            {
                ReadSpeaker(sentence, findings, act, i);
            }
            else if (_table.PurposeNouns.Contains(sentence.Word(i)))
            {
                ReadPurpose(sentence, findings, i);
            }
        }
    }

    /// <summary>
    /// "The motive of X was to …", "X's motive": a reason for acting ascribed to a named armed group presupposes that
    /// it acted, an attribution by whoever says it. A motive of no one named ("the motive was unclear") names no party.
    /// </summary>
    private static void ReadPurpose(SentenceContext sentence, List<ClaimFinding> findings, int purpose)
    {
        var from = sentence.Is(purpose + 1, "of") ? purpose + 2 : -1;
        var to = from + 3;
        if (from < 0)
        {
            // The possessive before the noun: "ISWAP's motive", "the group's motives".
            var possessive = purpose - 1;
            if (possessive >= 1 && sentence.IsAny(possessive, ["'s", "’s", "'", "’"]))
            {
                (from, to) = (Math.Max(0, possessive - 6), possessive);
            }
            else if (possessive >= 0 && (sentence.Word(possessive).EndsWith("'s", StringComparison.OrdinalIgnoreCase) || sentence.Word(possessive).EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
            {
                (from, to) = (Math.Max(0, possessive - 5), purpose); // one token with its clitic
            }
            else
            {
                return;
            }
        }

        foreach (var mention in ActorPhrases.MentionsIn(sentence, from, Math.Min(sentence.Tokens.Count, to)))
        {
            if (mention.Entity.Type == EntityType.ArmedGroup && !mention.IsAdjective && !mention.IsDescription)
            {
                var first = sentence.FirstTokenAtOrAfter(mention.Span.Start);
                var end = Math.Max(purpose + 1, sentence.FirstTokenAtOrAfter(mention.Span.End));
                var start = Math.Min(first, purpose > 0 && ClauseWords.Determiners.Contains(sentence.Word(purpose - 1)) ? purpose - 1 : purpose);
                FindingSink.Add(findings, sentence.SpanOf(start, Math.Min(sentence.Tokens.Count, end + 1)), mention.Entity.CanonicalName, Polarity.Asserted, purpose);
                return;
            }
        }
    }

    /// <summary>The act the motive is predicated of, when the motive is the complement of its copula ("the attack was part of the revenge").</summary>
    private Phrase? Complement(SentenceContext sentence, int motive)
    {
        // Between copula and motive: determiners and the partitive or purpose words of a predicative ("part of", "in", "an act of").
        var k = motive - 1;
        while (k > 0 && k >= motive - CopulaWindow && (ClauseWords.Determiners.Contains(sentence.Word(k)) || sentence.IsAny(k, ["part", "of", "in", "act", "as"])))
        {
            k--;
        }

        if (k <= 0 || !ClauseWords.Be.Contains(sentence.Word(k)) || Clause.GroupBefore(sentence, k).Negated)
        {
            return null;
        }

        var act = Clause.NounPhraseBefore(sentence, k);
        for (var w = act.Start; w < act.End; w++)
        {
            if (_table.EventNouns.Contains(sentence.Word(w)))
            {
                return act;
            }
        }

        return null;
    }

    // The complement must be reported: "claimed that …", "said …", with the speaker as subject of the reporting verb.
    private void ReadSpeaker(SentenceContext sentence, List<ClaimFinding> findings, Phrase act, int motive)
    {
        var verb = sentence.Is(act.Start - 1, "that") ? act.Start - 2 : act.Start - 1;
        if (verb < 1 || !(sentence.IsWord(lexicon.Reporting, verb) || ClauseWords.Belief.Contains(sentence.Word(verb)))
            || ClauseResponsibilityReader.NotAStatement(sentence, verb))
        {
            return;
        }

        var group = Clause.GroupBefore(sentence, verb);
        if (group.Negated || group.Hedged)
        {
            return; // "did not say the attack was revenge", "may claim"
        }

        var subject = Clause.Subject(sentence, group.Start, lexicon.Reporting);
        if (subject.IsEmpty)
        {
            return;
        }

        var evidence = sentence.SpanOf(subject.Start, motive + 1);
        if (subject.End - subject.Start == 1 && ClauseWords.Pronouns.Contains(sentence.Word(subject.Start)))
        {
            FindingSink.Add(findings, evidence, null, Polarity.Claimed, verb, ActorReference.LastClaim);
            return;
        }

        foreach (var mention in ActorPhrases.MentionsIn(sentence, subject.Start, subject.End))
        {
            if (mention.Entity.Type == EntityType.ArmedGroup && !mention.IsAdjective && !mention.IsDescription)
            {
                FindingSink.Add(findings, evidence, mention.Entity.CanonicalName, Polarity.Claimed, verb);
                return;
            }
        }
    }
}
