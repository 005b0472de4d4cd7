using System.Collections.Frozen;
using ClaimCompare.Entities;
using ClaimCompare.Lexicons;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Finds who a sentence attributes its claims to: the subject of a reporting verb ("a war monitor said"),
/// the object of "according to", an inverted speaker (", said Kirby"), or — for "it said", "he added" —
/// the speaker of an earlier sentence. Organisations win over their spokespeople; descriptions resolve
/// to the entity the document names.
/// </summary>
/// <remarks>Stateless apart from its lexicon; thread-safe. The caller carries the previous speaker.</remarks>
internal sealed partial class SourceAttributor(CompiledClaimLexicon lexicon, ActorPhrases actors)
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("sources.pronouns"));

    private static readonly FrozenSet<string> Stops = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("sources.stops"));

    // Words that open or carry a reported clause after a reporting verb.
    private static readonly FrozenSet<string> FiniteVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("sources.finite-verbs"));

    /// <summary>Returns the speakers of the sentence by reporting-verb position, resolving pronouns to <paramref name="previous"/>.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="entities">The document's entities.</param>
    /// <param name="previous">Gives the speaker before the sentence; asked only when a pronoun ("it said") needs it.</param>
    public List<(int Token, Attribution Speaker)> Speakers(SentenceContext sentence, DocumentEntities entities, Func<Attribution?> previous)
    {
        var speakers = new List<(int, Attribution)>();
        var matches = sentence.FindAll(lexicon.Reporting);
        var hedged = IsHedged(sentence);
        var before = (Read: false, Speaker: (Attribution?)null);
        foreach (var match in matches)
        {
            if (!IsReportingUse(sentence, match))
            {
                continue;
            }

            if (PassiveAgent(sentence, entities, match, out var agent))
            {
                if (agent is not null)
                {
                    speakers.Add((match.Index, agent with { IsHedged = hedged }));
                }

                continue;
            }

            // The object of "according to" is always its speaker, a counted one too ("according to two health officials"),
            // unless it names information ("according to preliminary data"): then whoever gives it speaks.
            if (SpeakerOf(sentence, entities, match, previous, ref before) is { } speaker
                && (sentence.Is(match.Index, "according") ? !NamesInformation(sentence, speaker) : IsSpeakerPhrase(sentence, speaker)))
            {
                speakers.Add((match.Index, speaker with { IsHedged = hedged }));
            }
        }

        AddStatementOwners(sentence, entities, speakers, hedged);
        AddTollSetters(sentence, entities, speakers, hedged);
        if (speakers.Count == 0 && (CreditLine(sentence, entities) ?? PostSignature(sentence)) is { } credit)
        {
            speakers.Add((0, credit));
        }

        return speakers;
    }

    // Whether a speaker phrase ends in a noun of information ("preliminary data", "the announcement").
    private static bool NamesInformation(SentenceContext sentence, Attribution speaker)
    {
        if (speaker.SpeakerSpan is not { } span)
        {
            return false;
        }

        var last = sentence.FirstTokenAtOrAfter(span.End) - 1;
        return last >= 0 && last < sentence.Tokens.Count && Information.MatchAt(sentence.Text, sentence.Tokens, last, out _) > 0;
    }

    // Transitive verbs that set a toll's figure: whoever raises, revises or puts the toll states it.
    private static readonly FrozenSet<string> TollSettingVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("sources.toll-setting-verbs"));

    // Every token is tested for a toll-setting verb; most are ruled out by length and first letter before hashing.
    private static readonly WordPrefilter TollSettingVerbWords = new(TollSettingVerbs);

    // The toll nouns such a verb takes as its object: "the death toll", "the number of injured", "the casualty count", "a list of names".
    private static readonly FrozenSet<string> TollObjects = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("sources.toll-objects"));

    // Auxiliaries and adverbs between a subject and its verb: "Local officials had initially put".
    private static readonly FrozenSet<string> VerbGroupWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("sources.verb-group-words"));

    /// <summary>Where the subject of the verb at <paramref name="verb"/> ends: before its auxiliaries, adverbs and time words ("officials had on Sunday put").</summary>
    private static int SubjectEnd(SentenceContext sentence, int verb)
    {
        var end = verb;
        while (true)
        {
            var skipped = ActorPhrases.SkipTimeBackward(sentence, end);

            // A connective between commas stands outside the subject: "Senior police officials, however, put the toll at 15".
            if (skipped > 3 && sentence.Is(skipped - 1, ",") && sentence.Is(skipped - 3, ",")
                && Connectives.MatchAt(sentence.Text, sentence.Tokens, skipped - 2, out _) == 1)
            {
                skipped -= 3;
            }

            if (skipped > 0 && VerbGroupWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(skipped - 1)))
            {
                skipped--;
            }

            if (skipped == end)
            {
                return end;
            }

            end = skipped;
        }
    }

    /// <summary>
    /// Returns the speaker a later "it said" refers to after this sentence: its last speaker, or
    /// <paramref name="previous"/> when it names none. Reads the reporting verbs from the last, so it usually
    /// resolves one phrase; equal to the last of <see cref="Speakers"/> (or <paramref name="previous"/>).
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="entities">The document's entities.</param>
    /// <param name="previous">Gives the speaker before the sentence; asked only when needed.</param>
    public Attribution? LastSpeaker(SentenceContext sentence, DocumentEntities entities, Func<Attribution?> previous)
    {
        var matches = sentence.FindAll(lexicon.Reporting);
        var before = (Read: false, Speaker: (Attribution?)null);
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            // The same readings as Speakers: a reporting word used as a noun, a passive without an agent and an adjunct
            // ("citing firsthand reports") name no one a later "he said" can refer to.
            var match = matches[m];
            if (!IsReportingUse(sentence, match))
            {
                continue;
            }

            if (PassiveAgent(sentence, entities, match, out var agent))
            {
                if (agent is not null)
                {
                    return agent with { IsHedged = IsHedged(sentence) };
                }

                continue;
            }

            if (SpeakerOf(sentence, entities, match, previous, ref before) is { } speaker
                && (sentence.Is(match.Index, "according") ? !NamesInformation(sentence, speaker) : IsSpeakerPhrase(sentence, speaker)))
            {
                return speaker with { IsHedged = IsHedged(sentence) };
            }
        }

        return CreditLine(sentence, entities) ?? (before.Read ? before.Speaker : previous());
    }

    // Words before a reporting word that make it a noun or an adjective: "Initial reports said", "an estimated 150".
    private static readonly FrozenSet<string> NounMakers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("sources.noun-makers"));

    // Auxiliaries of a passive: "23 deaths were reported", "have been reported dead".
    private static readonly FrozenSet<string> PassiveAuxiliaries = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("sources.passive-auxiliaries"));

    // Words that open an adjunct, never a speaker: "in a statement", "with an official toll", "from", "citing".
    private static readonly FrozenSet<string> AdjunctOpeners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "in", "with", "from", "citing", "although", "though", "filled", "left", "into", "for", "by", "of", "after", "before", "during", "amid", "while", "one", "two", "years", "it");

    /// <summary>
    /// Whether a reporting word is used as a reporting verb: not a noun or an adjective after a determiner or
    /// an adjective ("Initial reports said", "an estimated 150 people", "the official estimates").
    /// </summary>
    private static bool IsReportingUse(SentenceContext sentence, PhraseMatch<bool> match) =>
        match.Index == 0 || !NounMakers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(match.Index - 1));

    /// <summary>
    /// A passive reporting verb ("deaths were reported", "a toll announced Sunday by Ali Bayati") names its speaker
    /// only in a "by" phrase; without one it names nobody, and the article's own voice speaks.
    /// </summary>
    private bool PassiveAgent(SentenceContext sentence, DocumentEntities entities, PhraseMatch<bool> match, out Attribution? agent)
    {
        agent = null;
        var passive = sentence.Tokens.Count > 0 && match.Index > 0
            && (PassiveAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(match.Index - 1))
                || (match.Index > 1 && PassiveAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(match.Index - 2)) && !sentence.IsPunctuation(match.Index - 1)
                    && !sentence.Word(match.Index - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase))); // "who asked not to be named said": a participle ends a relative clause
        passive |= IsImpersonalContraction(sentence, match.Index) || IsReducedRelative(sentence, match.Index);
        if (!passive || sentence.Is(match.Index, "according"))
        {
            return false;
        }

        for (var i = match.End; i < sentence.Tokens.Count && i < match.End + 5 && !sentence.IsPunctuation(i); i++)
        {
            if (sentence.Is(i, "by"))
            {
                agent = Noun(sentence, entities, i + 1, forward: true);
                break;
            }
        }

        return true;
    }

    /// <summary>
    /// A participle that modifies a figure or a toll noun is a reduced passive relative clause: "an official toll of 58
    /// announced Sunday by the commission", "figures released by the ministry". Its agent, if any, follows in "by".
    /// </summary>
    private static bool IsReducedRelative(SentenceContext sentence, int verb) =>
        verb > 0 && sentence.Word(verb).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
        && (char.IsDigit(sentence.Text[sentence.Tokens[verb - 1].Start]) || TollObjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(verb - 1)));

    /// <summary>"It’s believed", "it's said": the contracted impersonal passive ("it is believed") names nobody.</summary>
    private static bool IsImpersonalContraction(SentenceContext sentence, int verb) =>
        verb > 0 && (sentence.IsAny(verb - 1, ["it’s", "it's"])
            || (verb > 1 && sentence.IsAny(verb - 1, ["’s", "'s", "s"]) && sentence.Is(verb - 2, "it")));

    /// <summary>Whether a phrase read as a speaker can speak: not an adjunct ("in a statement", "with an official toll of 58", "from").</summary>
    private bool IsSpeakerPhrase(SentenceContext sentence, Attribution speaker)
    {
        if (speaker.SpeakerSpan is not { } span)
        {
            return true;
        }

        var first = sentence.FirstTokenAtOrAfter(span.Start);
        return first >= sentence.Tokens.Count || !AdjunctOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(first))
            || IsCountedSpeaker(sentence, first, sentence.FirstTokenAtOrAfter(span.End));
    }

    /// <summary>
    /// A counted party speaks like an uncounted one: "two health officials said", "one witness told" (a cardinal before a
    /// noun phrase that holds a role noun). A cardinal before anything else opens an adjunct ("two days after the fire").
    /// </summary>
    private bool IsCountedSpeaker(SentenceContext sentence, int first, int end)
    {
        // Number words are listed in lower case; a sentence may open with "One" or "Two".
        var word = sentence.Word(first);
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        if (word.Length > lower.Length || word.ToLowerInvariant(lower) < 0
            || !NumberWords.Lookup.TryGetValue(lower, out var number) || number.Kind is not (NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens))
        {
            return false;
        }

        for (var i = first + 1; i < end && i < sentence.Tokens.Count; i++)
        {
            if (sentence.Match(lexicon.Roles, i, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether the sentence reads as one with a reporting verb (one that can name a speaker).</summary>
    public bool HasReportingVerb(SentenceContext sentence) =>
        sentence.HasAny(lexicon.Reporting) || (sentence.Tokens.Count > 2 && sentence.IsAny(0, ["Source", "Sources"]) && sentence.Is(1, ":"));

    private bool IsHedged(SentenceContext sentence) => sentence.HasAny(lexicon.Hedges);

    /// <summary>The speaker of one reporting verb; a pronoun subject takes the earlier speaker, asked for once per sentence.</summary>
    private Attribution? SpeakerOf(SentenceContext sentence, DocumentEntities entities, PhraseMatch<bool> match, Func<Attribution?> previous, ref (bool Read, Attribution? Speaker) before)
    {
        var speaker = NamedSpeaker(sentence, entities, match, out var pronoun);
        if (!pronoun)
        {
            return speaker;
        }

        if (!before.Read)
        {
            before = (true, previous());
        }

        return before.Speaker;
    }

    private Attribution? NamedSpeaker(SentenceContext sentence, DocumentEntities entities, PhraseMatch<bool> match, out bool pronoun)
    {
        pronoun = false;
        if (sentence.Is(match.Index, "according"))
        {
            var after = match.End + (sentence.Is(match.End, "to") ? 1 : 0);
            if (sentence.IsAny(after, ["him", "her", "them", "it"]))
            {
                pronoun = true; // "according to him": the caller supplies the earlier speaker
                return null;
            }

            return Noun(sentence, entities, after, forward: true);
        }

        var verb = match.Index;
        var before = verb - 1;

        // A participle: ", saying that …" and ", adding …" take the main clause's speaker and name none of their own;
        // "with officials saying …" (an absolute construction) names its subject after "with".
        if (IsParticiple(sentence, verb))
        {
            if (before < 0 || sentence.IsPunctuation(before))
            {
                return null;
            }

            var with = before;
            while (with > 0 && verb - with < 8 && !sentence.IsPunctuation(with) && !sentence.Is(with, "with"))
            {
                with--;
            }

            // Elsewhere the participle modifies a noun ("a communique saying …") and the clause's own speaker stands.
            return sentence.Is(with, "with") ? Noun(sentence, entities, verb, forward: false, floor: with + 1) : null;
        }

        // "Sinha had said", "the minister had earlier said", "he has also said": the subject stands before the verb group.
        // A reported clause must follow at once, or nothing ("…, the army has said."), so a verb with an object ("has
        // claimed responsibility for …") keeps its reading.
        if (before >= 0 && !sentence.IsPunctuation(before) && (ClauseFollows(sentence, verb + 1, 5) || verb + 1 >= sentence.Tokens.Count || sentence.IsPunctuation(verb + 1)) && SubjectEnd(sentence, verb) is var subjectEnd && subjectEnd < verb
            && subjectEnd > 0 && !sentence.IsPunctuation(subjectEnd - 1))
        {
            verb = subjectEnd;
            before = verb - 1;
        }

        if (before >= 0 && Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(before)) && !sentence.Is(before, "the"))
        {
            pronoun = true; // "it said", "he added": the caller supplies the earlier speaker
            return null;
        }

        // A bracket closes the subject, it opens no inversion: "The Islamic State of Khurasan Province (ISKP) claimed".
        if (before > 1 && sentence.Is(before, ")") && OpeningBracket(sentence, before) is var bracket and > 0 && !sentence.IsPunctuation(bracket - 1))
        {
            return Noun(sentence, entities, bracket, forward: false);
        }

        // "a commander of the group, Sarbakaf Mohmand, claimed": a name between commas is the subject in apposition.
        if (before > 1 && sentence.Is(before, ",") && NameBetweenCommas(sentence, before) is var name and > 0)
        {
            return Noun(sentence, entities, before, forward: false) ?? Noun(sentence, entities, verb + 1, forward: true);
        }

        // Inverted: "…,” said Kirby", ", the Pentagon said" is the normal order; ", said the defence official" is inverted.
        if (before < 0 || sentence.IsPunctuation(before))
        {
            // "the Ondo Governor, Akeredolu, said the region has been calm": a comma closing an apposition, not an inversion.
            // So is one before a verb that no inverted subject follows: "Nugroho, a spokesman for the agency, said in a
            // statement", "Sudiyono, who uses one name, said, "…"" (an inverted subject is a name or a noun phrase).
            if (before > 0 && sentence.Is(before, ",") && ClauseFollows(sentence, verb + 1))
            {
                return Noun(sentence, entities, SkipAppositive(sentence, SkipAside(sentence, before)), forward: false);
            }

            // Without a clause after the verb, the subject before the comma must open its clause ("…, claimed by an
            // affiliate" has none).
            if (before > 0 && sentence.Is(before, ",") && !InvertedSubjectAt(sentence, verb + 1)
                && Noun(sentence, entities, SkipAppositive(sentence, SkipAside(sentence, before)), forward: false) is { SpeakerSpan: { } span } subject
                && sentence.FirstTokenAtOrAfter(span.Start) is var first && (first == 0 || sentence.IsPunctuation(first - 1)))
            {
                return subject;
            }

            return InvertedAppositiveName(sentence, entities, Noun(sentence, entities, verb + 1, forward: true));
        }

        // "Thakur also highlighted", "the minister earlier said": an adverb of the verb group is no part of the subject.
        if (before > 0 && sentence.IsAny(before, ["also", "earlier", "later", "again", "further", "then"]) && !sentence.IsPunctuation(before - 1))
        {
            verb = before;
        }

        // "The police closed the road and said that …": coordinated predicates share the clause's subject.
        if (before > 1 && sentence.Is(before, "and") && SharedSubject(sentence, entities, before) is { } shared)
        {
            return shared;
        }

        // "The senior official who did not want to be named said": a relative clause after the subject's head.
        if (RelativePronounBefore(sentence, verb) is var who and > 0)
        {
            return Noun(sentence, entities, who, forward: false);
        }

        return Noun(sentence, entities, verb, forward: false);
    }

    /// <summary>
    /// An inverted subject with a name in apposition: "…, said a UN official, Maria Costa, the head of …". The name
    /// between the commas (or before the sentence's end) is who speaks, not the description before it.
    /// </summary>
    private Attribution? InvertedAppositiveName(SentenceContext sentence, DocumentEntities entities, Attribution? inverted)
    {
        if (inverted?.SpeakerSpan is not { } span || sentence.IsCapitalized(sentence.FirstTokenAtOrAfter(span.Start)))
        {
            return inverted;
        }

        var comma = sentence.FirstTokenAtOrAfter(span.End);
        if (comma >= sentence.Tokens.Count || !sentence.Is(comma, ","))
        {
            return inverted;
        }

        var end = comma + 1;
        while (end < sentence.Tokens.Count && end - comma <= 4 && sentence.IsCapitalized(end))
        {
            end++;
        }

        var closes = end >= sentence.Tokens.Count || sentence.IsPunctuation(end);
        return end - comma >= 3 && closes && Noun(sentence, entities, comma + 1, forward: true) is { } name ? name : inverted;
    }

    /// <summary>
    /// The subject of the first predicate of a coordination that ends at <paramref name="and"/>: the noun phrase that opens
    /// the sentence before its first verb in -ed ("The police called it a riot and said …"), when its head names a party.
    /// </summary>
    private Attribution? SharedSubject(SentenceContext sentence, DocumentEntities entities, int and)
    {
        for (var verb = 1; verb < and; verb++)
        {
            if (sentence.IsPunctuation(verb) || sentence.IsCapitalized(verb) || !sentence.Word(verb).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The subject is a party: its head is a name or a role noun ("the police", "Rescuers"), not "the attack".
            return Noun(sentence, entities, verb, forward: false) is { SpeakerSpan: { } span } subject
                && OpensClause(sentence, sentence.FirstTokenAtOrAfter(span.Start)) && IsSpeakerPhrase(sentence, subject)
                && sentence.FirstTokenAtOrAfter(span.End) - 1 is var head && head >= 0
                && (sentence.IsCapitalized(head) || sentence.Match(lexicon.Roles, head, out _) > 0 || sentence.IsWord(lexicon.ActorNouns, head))
                ? subject
                : null;
        }

        return null;
    }

    /// <summary>
    /// The relative pronoun "who" that opens a clause between the subject's head and its verb, within a few words and no
    /// punctuation, or -1: "The official who asked not to be identified said".
    /// </summary>
    private static int RelativePronounBefore(SentenceContext sentence, int verb)
    {
        for (var i = verb - 2; i > 0 && verb - i <= 10 && !sentence.IsPunctuation(i); i--)
        {
            if (sentence.Is(i, "who"))
            {
                return sentence.IsPunctuation(i - 1) ? -1 : i;
            }
        }

        return -1;
    }

    // The "(" that the ")" at <paramref name="close"/> closes, within a few tokens, or -1.
    private static int OpeningBracket(SentenceContext sentence, int close)
    {
        for (var i = close - 1; i >= 0 && close - i < 8; i--)
        {
            if (sentence.Is(i, "("))
            {
                return i;
            }
        }

        return -1;
    }

    // The first token of a run of capitalised words between a comma and the comma at <paramref name="comma"/>, or -1.
    private static int NameBetweenCommas(SentenceContext sentence, int comma)
    {
        var start = comma;
        while (start > 0 && comma - start < 5 && sentence.IsCapitalized(start - 1))
        {
            start--;
        }

        return start < comma && start > 1 && sentence.Is(start - 1, ",") && !sentence.IsCapitalized(start - 2) ? start : -1;
    }

    /// <summary>Whether a reported clause follows the verb ("said the region has been calm", "said that …") rather than an inverted speaker ("said Kirby.").</summary>
    private static bool ClauseFollows(SentenceContext sentence, int from, int reach = 10)
    {
        for (var i = from; i < sentence.Tokens.Count && i < from + reach && !sentence.IsPunctuation(i); i++)
        {
            if (FiniteVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    // Words after a reporting verb that open an adjunct or a clause, never an inverted subject: "said in a statement", "said on Monday".
    private static readonly FrozenSet<string> NoInvertedSubject = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("sources.no-inverted-subject"));

    /// <summary>Whether an inverted subject can open at <paramref name="at"/> ("said Kirby", "said the official", "said police").</summary>
    private static bool InvertedSubjectAt(SentenceContext sentence, int at) =>
        at < sentence.Tokens.Count && !sentence.IsPunctuation(at) && !char.IsDigit(sentence.Text[sentence.Tokens[at].Start])
        && !NoInvertedSubject.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(at));

    /// <summary>"Zelenskyy, for his part, said", "Hussain, who lost three relatives, said": steps back over an aside between commas that ends at <paramref name="comma"/>.</summary>
    private static int SkipAside(SentenceContext sentence, int comma)
    {
        var start = comma;
        while (start > 0 && !sentence.IsPunctuation(start - 1) && comma - start < 12)
        {
            start--;
        }

        return start < comma && start > 0 && sentence.Is(start - 1, ",") && sentence.IsAny(start, ["for", "in", "meanwhile", "however", "also", "though", "too", "who", "whose", "which"])
            ? start - 1
            : comma;
    }

    /// <summary>
    /// "Budiawan, head of the rescue agency in Medan, said": a name, then an appositive between commas that
    /// describes it (opening with a determiner or a lower-case noun). The name speaks, not the appositive's last words.
    /// </summary>
    private static int SkipAppositive(SentenceContext sentence, int comma)
    {
        // Brackets inside the appositive belong to it: "head of the National Search and Rescue Agency (BASARNAS) in Medan".
        var open = comma - 1;
        var depth = 0;
        while (open > 0 && comma - open < 24 && (depth > 0 || !sentence.IsPunctuation(open) || sentence.Is(open, ")")))
        {
            depth += sentence.Is(open, ")") ? 1 : sentence.Is(open, "(") ? -1 : 0;
            open--;
        }

        // "Kenneth McKenzie, Jr, commander of …": a name suffix belongs to the name before its comma.
        if (open > 1 && sentence.IsAny(open - 1, ["Jr", "Sr", "Jr.", "Sr."]) && sentence.Is(open - 2, ","))
        {
            open -= 2;
        }

        if (open <= 0 || open >= comma - 1 || !sentence.Is(open, ",") || sentence.IsPunctuation(open - 1) || !sentence.IsCapitalized(open - 1))
        {
            return comma;
        }

        var first = open + 1;
        return sentence.IsAny(first, ["the", "a", "an"]) || !sentence.IsCapitalized(first) ? open : comma;
    }

    /// <summary>Picks the speaker whose reporting verb is nearest the claim's anchor token.</summary>
    public static Attribution Nearest(List<(int Token, Attribution Speaker)> speakers, int anchor)
    {
        Attribution? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (token, speaker) in speakers)
        {
            var distance = Math.Abs(token - anchor);
            if (distance < bestDistance)
            {
                best = speaker;
                bestDistance = distance;
            }
        }

        return best ?? Attribution.Unattributed;
    }
}
