using ClaimCompare.Claims.Clauses;
using ClaimCompare.Entities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>
/// Reads responsibility from the clause around a predicate of the generated families (<see cref="ResponsibilityTable"/>):
/// the frame says where the party stands (object, subject, "to"- or "by"-phrase), the verb group gives the voice and the
/// polarity (negation, modality), and the party is named from its noun phrase, named entity or common noun. It adds what
/// the phrase reader did not find; a finding the sentence already holds is not repeated.
/// </summary>
/// <remarks>Stateless apart from its tables; thread-safe.</remarks>
internal sealed class ClauseResponsibilityReader(CompiledClaimLexicon lexicon, ActorPhrases actors)
{
    private const int RuleWindow = 5;
    private const int ToWindow = 12;
    private const int PerpetratorWindow = 14;

    private readonly CompiledResponsibilityTable _table = lexicon.ResponsibilityTable;
    private readonly PartyNamer _parties = new(lexicon, lexicon.ResponsibilityTable);
    private readonly MotiveClaimReader _motives = new(lexicon);

    public void Read(SentenceContext sentence, List<ClaimFinding> findings)
    {
        if (IsQuestion(sentence))
        {
            return; // "Who is behind the attack?" asks; it does not say
        }

        foreach (var match in sentence.FindAll(_table.Predicates))
        {
            if (NotAStatement(sentence, match.Index) || (sentence.Is(match.Index - 1, "of") && sentence.Word(match.Index).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // "the trend of blaming pilots": a gerund named, not a statement made
            }

            var group = Clause.GroupBefore(sentence, match.Index);
            switch (match.Value.Frame)
            {
                case ResponsibilityFrame.ObjectIsParty:
                    ReadObjectIsParty(sentence, findings, match, group);
                    break;
                case ResponsibilityFrame.CriticismFor:
                    ReadCriticism(sentence, findings, match, group);
                    break;
                case ResponsibilityFrame.ToIsParty:
                    ReadToIsParty(sentence, findings, match, group);
                    break;
                case ResponsibilityFrame.HoldResponsible:
                    ReadHoldResponsible(sentence, findings, match, group);
                    break;
                case ResponsibilityFrame.Causal:
                    ReadCausal(sentence, findings, match, group);
                    break;
                case ResponsibilityFrame.Violation:
                    ReadViolation(sentence, findings, match, group);
                    break;
                case ResponsibilityFrame.AgentOfAct:
                    ReadAgentOfAct(sentence, findings, match, group);
                    break;
                case ResponsibilityFrame.Denial:
                    ReadDenial(sentence, findings, match, group);
                    break;
                case ResponsibilityFrame.Dismissal:
                    ReadDismissal(sentence, findings, match, group);
                    break;
                case ResponsibilityFrame.Identification:
                    ReadIdentification(sentence, findings, match, group);
                    break;
                case ResponsibilityFrame.SubjectIsParty:
                    ReadSubjectIsParty(sentence, findings, match, group, involvementOnly: false);
                    break;
                case ResponsibilityFrame.Involvement:
                    ReadSubjectIsParty(sentence, findings, match, group, involvementOnly: true);
                    break;
            }
        }

        _motives.Read(sentence, findings);
    }

    /// <summary>A question: the sentence ends with a question mark.</summary>
    public static bool IsQuestion(SentenceContext sentence)
    {
        for (var i = sentence.Tokens.Count - 1; i >= 0 && i >= sentence.Tokens.Count - 3; i--)
        {
            if (sentence.Is(i, "?"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Habitual, generic and hypothetical clauses state no attribution: "X often accuses Y", "the trend of blaming
    /// pilots", "if X was behind it".
    /// </summary>
    public static bool NotAStatement(SentenceContext sentence, int predicate) =>
        Clause.ClauseHas(sentence, predicate, ClauseWords.Habitual, 10) || Clause.ClauseHas(sentence, predicate, ClauseWords.Hypothetical, 10)
        || (sentence.Is(predicate - 1, "to") && predicate >= 2 && ClauseWords.Irrealis.Contains(sentence.Word(predicate - 2)));

    // "Relatives blamed the operator", "the operator was blamed", "blamed the fire on the operator".
    private void ReadObjectIsParty(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group)
    {
        if (group.Negated)
        {
            return; // "has not blamed anyone" fits no polarity
        }

        if (match.Index > 0 && (ClauseWords.Determiners.Contains(sentence.Word(match.Index - 1)) || _table.DenyingModifiers.Contains(sentence.Word(match.Index - 1))))
        {
            return; // "the blame", "undue blame": the noun, read as light-verb blame by the cue reader
        }

        if (sentence.Is(match.End, "on"))
        {
            AddParties(sentence, findings, Clause.NounPhraseAfter(sentence, match.End + 1), match.Index, match.Index, Polarity.Asserted);
            return;
        }

        if (group.BeNextToPredicate)
        {
            var subject = Clause.Subject(sentence, group.Start, lexicon.Reporting);
            AddParties(sentence, findings, subject, subject.Start, match.End, Polarity.Asserted, lastReaches: match.End);
            return;
        }

        var obj = Clause.NounPhraseAfter(sentence, match.End);
        if (obj.IsEmpty)
        {
            return;
        }

        if (sentence.Is(obj.End, "on") && _parties.Name(sentence, obj).Actor is null)
        {
            AddParties(sentence, findings, Clause.NounPhraseAfter(sentence, obj.End + 1), match.Index, match.Index, Polarity.Asserted);
            return;
        }

        AddParties(sentence, findings, obj, match.Index, match.Index, Polarity.Asserted);
    }

    // "Relatives denounced the government for not enforcing safety rules": criticism with a reason names the party.
    private void ReadCriticism(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group)
    {
        if (group.Negated || group.BeNextToPredicate)
        {
            return;
        }

        var obj = Clause.NounPhraseAfter(sentence, match.End);
        if (!obj.IsEmpty && sentence.Is(obj.End, "for"))
        {
            AddParties(sentence, findings, obj, match.Index, match.Index, Polarity.Asserted);
        }
    }

    // "The board attributed the crash to the pilot", "was attributed to the pilot".
    private void ReadToIsParty(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group)
    {
        if (group.Negated)
        {
            return;
        }

        for (var i = match.End; i < sentence.Tokens.Count && i < match.End + ToWindow; i++)
        {
            if (sentence.IsPunctuation(i) && !Clause.IsQuote(sentence, i))
            {
                return;
            }

            if (sentence.Is(i, "to"))
            {
                AddParties(sentence, findings, Clause.NounPhraseAfter(sentence, i + 1), match.Index, match.Index, Polarity.Asserted);
                return;
            }
        }
    }

    // "Held the operator responsible": the noun phrase between the verb and its complement.
    private void ReadHoldResponsible(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group)
    {
        for (var i = match.End + 1; i < sentence.Tokens.Count && i < match.End + 9; i++)
        {
            if (sentence.IsPunctuation(i) && !Clause.IsQuote(sentence, i))
            {
                return;
            }

            if (sentence.IsAny(i, ["responsible", "accountable", "liable", "culpable"]))
            {
                AddParties(sentence, findings, new Phrase(match.End, i), match.Index, match.Index, group.Negated ? Polarity.Denied : Polarity.Asserted);
                return;
            }
        }
    }

    // "Tear gas fired by the police led to the deaths"; "police fired tear gas, which triggered a stampede"; "caused by X".
    private void ReadCausal(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group)
    {
        if (group.Negated)
        {
            return;
        }

        if (sentence.Is(match.End, "by"))
        {
            AddParties(sentence, findings, Clause.NounPhraseAfter(sentence, match.End + 1), match.Index, match.Index, Polarity.Asserted);
            return;
        }

        if (group.BeNextToPredicate || !HasWord(sentence, Clause.NounPhraseAfter(sentence, match.End), _table.EventNouns))
        {
            return; // a cause of something other than the event: "caused delays"
        }

        var relative = group.Start - 1;
        if (Clause.IsRelative(sentence, relative, lexicon.Reporting))
        {
            var antecedent = Clause.Antecedent(sentence, relative);
            if (AddParties(sentence, findings, antecedent, antecedent.Start, match.End, Polarity.Asserted) == 0
                && antecedent.Start > 1 && sentence.IsAny(antecedent.Start - 1, ["with", "using"]))
            {
                // "Police responded with tear gas, which triggered a stampede": the instrument's user is the party.
                var user = Clause.GroupBefore(sentence, antecedent.Start - 2);
                var subject = Clause.Subject(sentence, user.Start, lexicon.Reporting);
                AddParties(sentence, findings, subject, subject.Start, match.End, Polarity.Asserted);
            }

            return;
        }

        var causer = Clause.Subject(sentence, group.Start, lexicon.Reporting);
        if (causer.IsEmpty || AddParties(sentence, findings, causer, causer.Start, match.End, Polarity.Asserted) > 0)
        {
            return;
        }

        for (var i = causer.Start; i < causer.End; i++)
        {
            if (sentence.Is(i, "by"))
            {
                // The agent of a participle inside the causer: "tear gas fired by the police".
                var agent = Clause.NounPhraseAfter(sentence, i + 1);
                AddParties(sentence, findings, new Phrase(agent.Start, Math.Min(agent.End, causer.End)), causer.Start, match.End, Polarity.Asserted);
                return;
            }
        }
    }

    // "The goods train disregarded the signal", "a driver who ignored the warnings": a rule violation blames its subject.
    private void ReadViolation(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group)
    {
        if (group.BeNextToPredicate || !RuleFollows(sentence, match.End)
            || (group.Start == match.Index && sentence.Word(match.Index).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            return; // ", violating the rule that …": a participle adjunct, whose subject the clause does not give
        }

        var subject = Clause.Subject(sentence, group.Start, lexicon.Reporting);
        AddParties(sentence, findings, subject, subject.Start, match.End, group.Negated ? Polarity.Denied : Polarity.Asserted, lastReaches: match.End);
    }

    // "X carried out the attack", "the attack was carried out by X", "the group said it carried out the attack".
    private void ReadAgentOfAct(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group)
    {
        if (sentence.Is(match.End, "by"))
        {
            var agent = Clause.NounPhraseAfter(sentence, match.End + 1);
            AddParties(sentence, findings, agent, match.Index, match.Index, group.Negated ? Polarity.Denied : Polarity.Asserted, namedOnly: true);
            return;
        }

        if (group.BeNextToPredicate)
        {
            return;
        }

        var obj = Clause.NounPhraseAfter(sentence, match.End);
        if (!HasWord(sentence, obj, _table.EventNouns) && !(obj.End - obj.Start == 1 && sentence.IsAny(obj.Start, ["it", "them"])))
        {
            return; // "carried out rescue work", "conducted an investigation"
        }

        ReadSubjectParty(sentence, findings, match, group, group.Negated ? Polarity.Denied : Polarity.Asserted, reportedOnly: true);
    }

    // "The operator denied negligence", "denied any involvement"; a denial of a report or a figure denies no act.
    private void ReadDenial(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group)
    {
        var obj = Clause.NounPhraseAfter(sentence, match.End);
        if (obj.IsEmpty || group.Negated || group.BeNextToPredicate || !HasWord(sentence, obj, _table.BlameNouns) && !HasWord(sentence, obj, _table.FaultNouns)
            && !sentence.IsAny(obj.Start, ["involvement", "any"]))
        {
            return;
        }

        for (var i = obj.Start; i < obj.End; i++)
        {
            if (_parties.IsPartyNoun(sentence.Word(i)))
            {
                return; // "ruled out pilot error": the fault is the pilot's, read by the cue reader, not the speaker's
            }
        }

        if (!HasWord(sentence, obj, _table.StatementNouns))
        {
            ReadSubjectParty(sentence, findings, match, group, Polarity.Denied, partiesOnly: true);
        }
    }

    // "The unions objected to her statement", "rejected the accusation": dismissing an attribution denies its party.
    private void ReadDismissal(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group)
    {
        var obj = Clause.NounPhraseAfter(sentence, match.End);
        if (group.Negated || obj.IsEmpty || !HasWord(sentence, Clause.Head(sentence, obj), _table.AttributionNouns))
        {
            return;
        }

        ClaimFinding? nearest = null;
        foreach (var finding in findings)
        {
            if (finding is { Kind: ClaimKind.Responsibility, Polarity: Polarity.Asserted, Actor: not null })
            {
                nearest = finding;
            }
        }

        var evidence = sentence.SpanOf(match.Index, obj.End);
        if (nearest is not null)
        {
            FindingSink.Add(findings, evidence, nearest.Actor, Polarity.Denied, match.Index);
        }
        else
        {
            FindingSink.Add(findings, evidence, null, Polarity.Denied, match.Index, ActorReference.LastAttribution);
        }
    }

    // "The people responsible have been identified", "identified the individuals responsible": the doer is known;
    // "may be identified", "have not identified" say it is not.
    private void ReadIdentification(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group)
    {
        if (group.BeNextToPredicate && !group.Negated && NamesSuspect(sentence, match.End))
        {
            // "The captain may be named a suspect", "was identified as the culprit": hedged or not, an attribution.
            var subject = Clause.Subject(sentence, group.Start, lexicon.Reporting);
            AddParties(sentence, findings, subject, subject.Start, match.End + 2, Polarity.Asserted, lastReaches: Math.Min(sentence.Tokens.Count, match.End + 2));
            return;
        }

        if (sentence.Is(match.End, "as") && PerpetratorBefore(sentence, match.Index))
        {
            // "gunmen the priest identified as Fulani youths", "the attackers were identified as X".
            var named = Clause.NounPhraseAfter(sentence, match.End + 1);
            AddParties(sentence, findings, named, match.Index, named.End, Polarity.Asserted);
            return;
        }

        var yetTo = sentence.Is(group.Start - 1, "yet") || sentence.Is(group.Start, "yet") || sentence.Is(group.Start + 1, "yet");
        var polarity = group.Negated || group.Hedged || yetTo ? Polarity.Unknown : Polarity.Asserted;
        int from, to;
        if (group.BeNextToPredicate)
        {
            (from, to) = (Math.Max(0, group.Start - PerpetratorWindow), group.Start);
        }
        else
        {
            (from, to) = (match.End, Math.Min(sentence.Tokens.Count, match.End + PerpetratorWindow));
        }

        for (var i = from; i < to; i++)
        {
            if (!sentence.IsAny(i, ["responsible", "accountable", "behind"]) || i == 0 || sentence.Tokens[i - 1].Kind != TokenKind.Word && !Clause.IsQuote(sentence, i - 1))
            {
                continue;
            }

            var doer = Clause.NounPhraseBefore(sentence, i);
            if (doer.IsEmpty || ClauseWords.Be.Contains(sentence.Word(i - 1)))
            {
                continue;
            }

            var head = doer.End - 1;
            while (head > doer.Start && Clause.IsQuote(sentence, head))
            {
                head--;
            }

            var named = _parties.IsPartyNoun(sentence.Word(head)) && !_table.PerpetratorNouns.Contains(sentence.Word(head))
                ? _parties.Name(sentence, new Phrase(doer.Start, head + 1)).Actor : null;
            var evidence = group.BeNextToPredicate ? sentence.SpanOf(doer.Start, match.End) : sentence.SpanOf(match.Index, i + 1);
            FindingSink.Add(findings, evidence, polarity == Polarity.Unknown ? null : named, polarity, match.Index);
            return;
        }
    }

    // "The operator was at fault", "the group said it was behind the attack", "X was not involved", "other groups could be behind it".
    private void ReadSubjectIsParty(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group, bool involvementOnly)
    {
        if (!group.HasBe || (involvementOnly && !group.Negated))
        {
            return;
        }

        ReadSubjectParty(sentence, findings, match, group, group.Negated ? Polarity.Denied : Polarity.Asserted);
    }

    // The subject as party: a pronoun after a reporting verb is its speaker, who then claims the act itself.
    private void ReadSubjectParty(SentenceContext sentence, List<ClaimFinding> findings, PhraseMatch<ResponsibilityPredicate> match, VerbGroup group, Polarity polarity,
        bool partiesOnly = false, bool reportedOnly = false)
    {
        var pronoun = group.Start - 1;
        if (pronoun >= 0 && ClauseWords.Pronouns.Contains(sentence.Word(pronoun)))
        {
            if (partiesOnly || !actors.TryPronounSubject(sentence, group.Start, out var from, out var referent))
            {
                return;
            }

            var own = polarity == Polarity.Asserted && from != ActorReference.Named ? Polarity.Claimed : polarity;
            FindingSink.Add(findings, sentence.SpanOf(pronoun, match.End), referent, own, match.Index, from);
            return;
        }

        var subject = Clause.Subject(sentence, group.Start, lexicon.Reporting);
        if (subject.IsEmpty || (reportedOnly && !Clause.IsReported(sentence, subject.Start, lexicon.Reporting, _table.AttributionNouns)))
        {
            return; // "the US carried out strikes": the article narrating an act attributes nothing
        }

        var party = _parties.Name(sentence, Clause.Conjuncts(sentence, subject)[0]);
        if (party.IsGeneric && polarity == Polarity.Asserted && !partiesOnly)
        {
            FindingSink.Add(findings, sentence.SpanOf(subject.Start, match.End), null, Polarity.Unknown, match.Index); // "other groups could be behind it"
            return;
        }

        AddParties(sentence, findings, subject, subject.Start, match.End, polarity, lastReaches: match.End);
    }

    private bool PerpetratorBefore(SentenceContext sentence, int predicate)
    {
        for (var k = predicate - 1; k >= 0 && k >= predicate - 6; k--)
        {
            if (lexicon.ActorNouns.ContainsWord(sentence.Word(k)) || _table.PerpetratorNouns.Contains(sentence.Word(k)) && !sentence.IsAny(k, ["people", "person", "persons", "individual", "individuals", "those"]))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesSuspect(SentenceContext sentence, int from)
    {
        var i = from;
        while (i < sentence.Tokens.Count && i < from + 3 && sentence.IsAny(i, ["as", "a", "an", "the", "prime", "main", "chief", "key", "alleged"]))
        {
            i++;
        }

        return i < sentence.Tokens.Count && (sentence.IsAny(i, ["suspect", "suspects", "accused"]) || (_table.PerpetratorNouns.Contains(sentence.Word(i)) && !sentence.IsAny(i, ["people", "person", "persons", "individual", "individuals", "those"])));
    }

    private bool RuleFollows(SentenceContext sentence, int from)
    {
        for (var i = from; i < sentence.Tokens.Count && i < from + RuleWindow; i++)
        {
            if (sentence.IsPunctuation(i) && !Clause.IsQuote(sentence, i))
            {
                return false;
            }

            if (_table.RuleNouns.Contains(sentence.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(SentenceContext sentence, Phrase phrase, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        for (var i = phrase.Start; i < phrase.End; i++)
        {
            if (words.Contains(sentence.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds one finding per party the phrase's conjuncts name; returns how many were named.</summary>
    private int AddParties(SentenceContext sentence, List<ClaimFinding> findings, Phrase phrase, int evidenceFrom, int evidenceTo, Polarity polarity,
        int lastReaches = -1, bool namedOnly = false)
    {
        if (phrase.IsEmpty)
        {
            return 0;
        }

        var named = 0;
        var conjuncts = Clause.Conjuncts(sentence, phrase);
        for (var c = 0; c < conjuncts.Count; c++)
        {
            var conjunct = conjuncts[c];
            var party = _parties.Name(sentence, conjunct);
            if (party.Actor is null || (namedOnly && !IsNamed(sentence, conjunct)))
            {
                continue;
            }

            named++;
            var from = conjuncts.Count > 1 ? conjunct.Start : Math.Min(evidenceFrom, conjunct.Start);
            var to = conjuncts.Count > 1 && c < conjuncts.Count - 1 ? conjunct.End : Math.Max(Math.Max(evidenceTo, conjunct.End), lastReaches);
            FindingSink.Add(findings, sentence.SpanOf(from, to), party.Actor, polarity, Math.Min(evidenceFrom, conjunct.Start));
        }

        return named;
    }

    private static bool IsNamed(SentenceContext sentence, Phrase phrase)
    {
        foreach (var mention in ActorPhrases.MentionsIn(sentence, phrase.Start, phrase.End))
        {
            if (mention.Entity.Type is EntityType.ArmedGroup or EntityType.Government or EntityType.Agency or EntityType.Organization or EntityType.Person)
            {
                return true;
            }
        }

        return false;
    }
}
