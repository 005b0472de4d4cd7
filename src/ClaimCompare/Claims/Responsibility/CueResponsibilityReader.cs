using ClaimCompare.Claims.Clauses;
using ClaimCompare.Text;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>
/// Reads responsibility carried by a noun or an adjective rather than a verb of blame: a fault noun and its party
/// ("driver error", "negligence by the operator", "the result of sabotage"), a fault alleged against a clause's subject
/// ("officials were suspended amid allegations of negligence"), and a cause said not to be known ("the cause of the fire
/// was not immediately known", "authorities have yet to issue the results of an investigation").
/// </summary>
/// <remarks>Stateless apart from its tables; thread-safe.</remarks>
internal sealed class CueResponsibilityReader(CompiledClaimLexicon lexicon)
{
    private const int DenialWindow = 6;
    private const int YetToWindow = 8;

    private readonly CompiledResponsibilityTable _table = lexicon.ResponsibilityTable;
    private readonly PartyNamer _parties = new(lexicon, lexicon.ResponsibilityTable);

    public void Read(SentenceContext sentence, List<ClaimFinding> findings)
    {
        if (ClauseResponsibilityReader.IsQuestion(sentence))
        {
            return;
        }

        foreach (var match in sentence.FindAll(_table.Cues))
        {
            if (ClauseResponsibilityReader.NotAStatement(sentence, match.Index))
            {
                continue;
            }

            switch (match.Value)
            {
                case CompiledResponsibilityTable.CueKind.Fault:
                    ReadFault(sentence, findings, match.Index);
                    break;
                case CompiledResponsibilityTable.CueKind.Knowing:
                    ReadKnowing(sentence, findings, match.Index);
                    break;
                case CompiledResponsibilityTable.CueKind.YetTo:
                    ReadYetTo(sentence, findings, match.Index);
                    break;
                case CompiledResponsibilityTable.CueKind.Blame:
                    ReadBlameNoun(sentence, findings, match.Index);
                    break;
                case CompiledResponsibilityTable.CueKind.Dismissive:
                    ReadDismissive(sentence, findings, match.Index);
                    break;
                case CompiledResponsibilityTable.CueKind.NoAct:
                    ReadNoAct(sentence, findings, match.Index, match.End);
                    break;
                case CompiledResponsibilityTable.CueKind.Among:
                    ReadAmong(sentence, findings, match.Index);
                    break;
                case CompiledResponsibilityTable.CueKind.Origin:
                    ReadOrigin(sentence, findings, match.Index);
                    break;
            }
        }
    }

    // A fault noun's party: its noun modifier ("driver error"), possessor ("the operator's negligence") or by/of-agent
    // ("error by the station master"); a deliberate fault with none names its unnamed doer ("sabotage" → saboteurs).
    private void ReadFault(SentenceContext sentence, List<ClaimFinding> findings, int noun)
    {
        var polarity = Governed(sentence, noun);
        string? actor = null;
        int from = noun, to = noun + 1;
        if (noun > 0 && sentence.Tokens[noun - 1].Kind == TokenKind.Word && _parties.IsPartyNoun(Possessor(sentence.Word(noun - 1))))
        {
            actor = Possessor(sentence.Word(noun - 1)).ToString().ToLowerInvariant(); // "driver error", "the operator's negligence"
            from = noun - 1;
        }
        else if (sentence.IsAny(noun + 1, ["by", "of"]))
        {
            var agent = Clause.NounPhraseAfter(sentence, noun + 2);
            actor = _parties.Name(sentence, agent).Actor;
            to = Math.Max(to, agent.End);
        }

        if (actor is null && noun >= 2 && sentence.Is(noun - 1, "of") && _table.AttributionNouns.Contains(sentence.Word(noun - 2)))
        {
            // "Officials were suspended amid allegations of negligence": the fault is alleged against the clause's subject.
            var subject = MainSubject(sentence, noun - 2);
            actor = _parties.Name(sentence, subject).Actor;
            from = subject.IsEmpty ? from : subject.Start;
        }

        if (actor is null && polarity != Polarity.Unknown && _table.FaultAgents.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(sentence.Word(noun), out var agentNoun))
        {
            actor = agentNoun; // "the result of sabotage": saboteurs, unnamed
        }

        if (polarity == Polarity.Unknown && _table.FaultAgents.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(sentence.Word(noun)))
        {
            FindingSink.Add(findings, Widen(sentence, from, to), null, Polarity.Unknown, noun); // "could be tampering or sabotage"
            return;
        }

        if (actor is not null && polarity != Polarity.Unknown)
        {
            FindingSink.Add(findings, Widen(sentence, from, to), actor, polarity, noun);
        }
    }

    // Light-verb blame: "placed the primary responsibility for the crash on the pilot", "the blame placed on the driver",
    // "pointed the finger at the operator"; a denying modifier makes it a denial ("the undue blame placed on the pilot").
    private void ReadBlameNoun(SentenceContext sentence, List<ClaimFinding> findings, int noun)
    {
        var placed = noun + 1 < sentence.Tokens.Count && (sentence.IsAny(noun + 1, ["on", "at"]) || _table.PlacingVerbs.Contains(sentence.Word(noun + 1)));
        var verb = -1;
        for (var k = noun - 1; k >= 0 && k >= noun - 4 && !placed; k--)
        {
            if (_table.PlacingVerbs.Contains(sentence.Word(k)))
            {
                verb = k;
                placed = true;
            }
            else if (sentence.Tokens[k].Kind != TokenKind.Word)
            {
                break;
            }
        }

        if (!placed || Clause.GroupBefore(sentence, verb >= 0 ? verb : noun).Negated)
        {
            return;
        }

        for (var i = noun + 1; i < sentence.Tokens.Count && i < noun + 9; i++)
        {
            if (sentence.IsPunctuation(i) && !Clause.IsQuote(sentence, i))
            {
                return;
            }

            if (!sentence.IsAny(i, ["on", "at"]))
            {
                continue;
            }

            var party = Clause.NounPhraseAfter(sentence, i + 1);
            var actor = _parties.Name(sentence, Clause.Conjuncts(sentence, party)[0]).Actor;
            if (actor is null)
            {
                return;
            }

            var denied = (noun >= 1 && _table.DenyingModifiers.Contains(sentence.Word(noun - 1))) || (noun >= 2 && _table.DenyingModifiers.Contains(sentence.Word(noun - 2)));
            var from = verb >= 0 ? verb : Math.Max(0, noun - 2);
            FindingSink.Add(findings, sentence.SpanOf(from, Clause.Head(sentence, party).End), actor, denied ? Polarity.Denied : Polarity.Asserted, noun);
            return;
        }
    }

    // "Allegations that X carried out the attack are untrue", "the claims are baseless": a predicative adjective that
    // dismisses an attribution denies the party of the nearest attribution in the sentence, else the last one made.
    private void ReadDismissive(SentenceContext sentence, List<ClaimFinding> findings, int adjective)
    {
        var be = -1;
        for (var k = adjective - 1; k >= 0 && k >= adjective - 6; k--)
        {
            if (sentence.Is(k, ",") || ClauseWords.Openers.Contains(sentence.Word(k)))
            {
                break;
            }

            if (ClauseWords.Be.Contains(sentence.Word(k)))
            {
                be = k;
                break;
            }
        }

        if (be < 0 || Clause.GroupBefore(sentence, be + 1).Negated)
        {
            return; // attributive ("false alarm") or negated ("not untrue")
        }

        var attribution = false;
        for (var k = 0; k < be && !attribution; k++)
        {
            attribution = _table.AttributionNouns.Contains(sentence.Word(k));
        }

        if (!attribution)
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

        foreach (var finding in findings)
        {
            if (finding is { Kind: ClaimKind.Responsibility, Polarity: Polarity.Denied } && (finding.ActorFrom == ActorReference.LastAttribution || string.Equals(finding.Actor, nearest?.Actor, StringComparison.Ordinal)))
            {
                return; // the sentence already dismisses it: "objected to her statement claiming it was premature"
            }
        }

        var evidence = sentence.SpanOf(be, adjective + 1);
        FindingSink.Add(findings, evidence, nearest?.Actor, Polarity.Denied, adjective, nearest is null ? ActorReference.LastAttribution : ActorReference.Named);
    }

    // "The armed forces did not have any firing missions in the city", "had no missions there": negated possession of
    // an act denies it of the subject.
    private void ReadNoAct(SentenceContext sentence, List<ClaimFinding> findings, int have, int end)
    {
        var act = -1;
        for (var i = end; i < sentence.Tokens.Count && i < end + 4; i++)
        {
            if (_table.EventNouns.Contains(sentence.Word(i)))
            {
                // The act noun heads its phrase: "no missions in the city", "no missions scheduled", not "no fire protection".
                var next = i + 1;
                var heads = next >= sentence.Tokens.Count || sentence.IsPunctuation(next) || ClauseWords.Prepositions.Contains(sentence.Word(next))
                    || sentence.Word(next).EndsWith("ed", StringComparison.OrdinalIgnoreCase);
                act = heads ? i : -1;
                break;
            }
        }

        if (act < 0)
        {
            return;
        }

        var subject = Clause.Subject(sentence, have, lexicon.Reporting);
        var party = _parties.Name(sentence, subject);
        if (party.Actor is not null && !party.IsGeneric)
        {
            FindingSink.Add(findings, sentence.SpanOf(subject.Start, act + 1), party.Actor, Polarity.Denied, have);
        }
    }

    // "X and Y, neither of which were among the groups that claimed responsibility", "X was not among those who claimed
    // it": membership in the claimants, negated or not, is a claim or its absence for the subject.
    private void ReadAmong(SentenceContext sentence, List<ClaimFinding> findings, int among)
    {
        var claim = among + 1;
        while (claim < sentence.Tokens.Count && claim < among + 5 && !sentence.Is(claim, "claimed") && !sentence.Is(claim, "claim"))
        {
            claim++;
        }

        if (claim >= sentence.Tokens.Count || claim >= among + 5 || !ClauseWords.Relatives.Contains(sentence.Word(claim - 1)))
        {
            return;
        }

        var group = Clause.GroupBefore(sentence, among);
        var k = group.Start - 1;
        var negated = group.Negated;
        Phrase subject;
        if (k >= 2 && ClauseWords.Relatives.Contains(sentence.Word(k)) && sentence.Is(k - 1, "of") && sentence.IsAny(k - 2, ["neither", "none", "both", "all"]))
        {
            negated |= sentence.IsAny(k - 2, ["neither", "none"]);
            subject = Clause.Antecedent(sentence, k - 2); // "X and Y, neither of which were among"
        }
        else
        {
            subject = Clause.Subject(sentence, group.Start, lexicon.Reporting);
        }

        if (subject.IsEmpty)
        {
            return;
        }

        foreach (var conjunct in Clause.Conjuncts(sentence, subject))
        {
            if (_parties.Name(sentence, conjunct) is { Actor: { } actor, IsGeneric: false })
            {
                FindingSink.Add(findings, sentence.SpanOf(Math.Max(subject.Start, among - 4), claim + 2), actor, negated ? Polarity.Unclaimed : Polarity.Claimed, among);
            }
        }
    }

    // "The drone attack, which US intelligence claimed was of Iranian origin": an act or a weapon said to be of a state's
    // origin is put on that state.
    private void ReadOrigin(SentenceContext sentence, List<ClaimFinding> findings, int origin)
    {
        var of = origin - 1;
        while (of > 0 && of >= origin - 4 && !sentence.Is(of, "of"))
        {
            of--; // past the state's adjective and any quotation mark: "of Iranian origin", "“of Iranian origin"
        }

        if (!sentence.Is(of, "of"))
        {
            return;
        }

        var group = Clause.GroupBefore(sentence, of);
        if (!group.HasBe || group.Negated)
        {
            return;
        }

        string? state = null;
        foreach (var mention in ActorPhrases.MentionsIn(sentence, of + 1, origin))
        {
            if (mention.Entity.Type == Entities.EntityType.Government)
            {
                state = mention.Entity.CanonicalName;
            }
        }

        var subject = Clause.Subject(sentence, group.Start, lexicon.Reporting);
        var thing = false;
        for (var i = subject.Start; i < subject.End && !thing; i++)
        {
            thing = _table.EventNouns.Contains(sentence.Word(i)) || sentence.IsWord(lexicon.Things, i);
        }

        if (state is not null && thing)
        {
            FindingSink.Add(findings, sentence.SpanOf(group.Start, origin + 1), state, Polarity.Asserted, origin);
        }
    }

    // "The cause of the fire was not immediately known", "remains unclear", "it was not clear who was behind it".
    private void ReadKnowing(SentenceContext sentence, List<ClaimFinding> findings, int word)
    {
        var group = Clause.GroupBefore(sentence, word);
        var negative = _table.UnknowingWords.Contains(sentence.Word(word));
        if (!group.HasBe || negative == group.Negated)
        {
            return;
        }

        var subject = Clause.Subject(sentence, group.Start, lexicon.Reporting);
        var about = HasCauseNoun(sentence, Clause.Head(sentence, subject));
        var next = word + 1;
        while (next < sentence.Tokens.Count && sentence.IsAny(next, ["immediately", "yet", "exactly", "entirely"]))
        {
            next++;
        }

        about |= sentence.Is(group.Start - 1, "it") && sentence.IsAny(next, ["who", "what"]);
        if (about)
        {
            FindingSink.Add(findings, sentence.SpanOf(subject.IsEmpty ? group.Start : subject.Start, Math.Min(sentence.Tokens.Count, next + 1)), null, Polarity.Unknown, word);
        }
    }

    // "Authorities have yet to issue the results of an official investigation": the cause is not yet known.
    private void ReadYetTo(SentenceContext sentence, List<ClaimFinding> findings, int yet)
    {
        for (var i = yet + 2; i < sentence.Tokens.Count && i < yet + YetToWindow; i++)
        {
            if (sentence.IsPunctuation(i))
            {
                return;
            }

            if (_table.CauseNouns.Contains(sentence.Word(i)))
            {
                var start = Clause.ClauseStart(sentence, yet);
                FindingSink.Add(findings, sentence.SpanOf(start, Math.Min(sentence.Tokens.Count, i + 1)), null, Polarity.Unknown, yet);
                return;
            }
        }
    }

    /// <summary>
    /// The polarity a fault noun's clause gives it: denied under a denial ("ruled out driver error") or "no"; unknown as
    /// one of hedged alternatives ("could be tampering or sabotage"); else asserted, hedged or not ("a possible sabotage").
    /// </summary>
    private Polarity Governed(SentenceContext sentence, int noun)
    {
        if (sentence.IsAny(noun - 1, ["no", "any"]) && sentence.Is(noun - 2, "no"))
        {
            return Polarity.Denied;
        }

        for (var k = noun - 1; k >= 0 && k >= noun - DenialWindow; k--)
        {
            if (sentence.Is(k, "no"))
            {
                return Polarity.Denied;
            }

            if (sentence.Match(_table.Predicates, k, out var predicate) > 0 && predicate!.Frame is ResponsibilityFrame.Denial or ResponsibilityFrame.Dismissal)
            {
                return Polarity.Denied;
            }
        }

        var alternative = sentence.Is(noun - 1, "or") || sentence.Is(noun + 1, "or");
        if (alternative)
        {
            for (var k = noun - 1; k >= 0; k--)
            {
                if (ClauseWords.Modals.Contains(sentence.Word(k)))
                {
                    return Polarity.Unknown;
                }
            }
        }

        return Polarity.Asserted;
    }

    /// <summary>The subject of the sentence's first clause, before the verb group that precedes <paramref name="before"/>.</summary>
    private Phrase MainSubject(SentenceContext sentence, int before)
    {
        for (var k = 0; k < before; k++)
        {
            if (ClauseWords.Auxiliaries.Contains(sentence.Word(k)) && !sentence.Is(k, "to"))
            {
                return Clause.Subject(sentence, k, lexicon.Reporting);
            }
        }

        return Phrase.None;
    }

    private bool HasCauseNoun(SentenceContext sentence, Phrase phrase)
    {
        for (var i = phrase.Start; i < phrase.End; i++)
        {
            if (_table.CauseNouns.Contains(sentence.Word(i)) || _table.PerpetratorNouns.Contains(sentence.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Possessor(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;

    private static TextSpan Widen(SentenceContext sentence, int from, int to)
    {
        var start = Math.Max(0, from - 3);
        while (start < from && sentence.IsPunctuation(start) && !Clause.IsQuote(sentence, start))
        {
            start++;
        }

        return sentence.SpanOf(start, Math.Min(sentence.Tokens.Count, to + 1));
    }
}
