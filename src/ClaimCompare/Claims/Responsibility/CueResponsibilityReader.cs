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
            var modifier = Clause.NounPhraseBefore(sentence, noun);
            actor = _parties.Name(sentence, modifier).Actor ?? Possessor(sentence.Word(noun - 1)).ToString().ToLowerInvariant();
            from = modifier.Start;
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
