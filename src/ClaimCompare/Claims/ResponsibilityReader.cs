using System.Collections.Frozen;
using ClaimCompare.Entities;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Reads who is, or is not, said to be behind an event: a responsibility phrase from the lexicon and the
/// actor on the side the phrase looks to ("X claimed responsibility", "blamed X", "carried out by X").
/// </summary>
/// <remarks>Stateless apart from its lexicon; thread-safe.</remarks>
internal sealed class ResponsibilityReader(CompiledClaimLexicon lexicon, ActorPhrases actors)
{
    // Phrases whose first word governs an object: the actor follows ("blamed ISWAP", "accused Kyiv").
    private static readonly FrozenSet<string> LookAfterFirstWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "blamed", "blames", "blaming", "accused", "accuses", "accusing", "involvement", "possible", "attribution", "allegations",
        "of");

    // Negated openings look ahead only when they say the actor is unknown: "had not blamed X", "no evidence that X".
    private static readonly FrozenSet<string> NegatedOpenings = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "no", "had", "has", "have", "did", "not");

    // Phrases whose last word governs an object: "carried out by X", "the work of X", "attributed to X".
    private static readonly FrozenSet<string> LookAfterLastWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "by", "of", "to", "that", "with", "blamed", "accused");

    // A denial that opens with its own negated verb has its actor as subject: "Russia did not launch", "X was not behind".
    private static readonly FrozenSet<string> SubjectFirstDenials = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "did", "didn't", "never", "had", "has", "have", "was", "were", "is", "are", "not");

    // First words of the lexicon's denials whose object is an attribution someone else made ("dismissed", "rejected"):
    // they deny the attributed actor.
    private static readonly FrozenSet<string> Dismissals = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "dismissed", "dismisses", "pooh-poohs", "pooh-poohed", "rejected", "rejects", "faulted", "faults");

    // Participles of carrying out an attack; "was carried out" with no "by" leaves the agent to an "according to".
    private static readonly FrozenSet<string> AgentlessAttackVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "carried", "conducted", "perpetrated", "launched", "executed", "staged", "orchestrated", "masterminded", "planned");

    // First words of dismissals that deny only when aimed at an attribution; on their own they are criticism.
    private static readonly FrozenSet<string> CriticismOnly = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "faulted", "faults");

    // Nouns for an attribution a dismissal can be aimed at: "faulted the pronouncement", "the statement is too hasty".
    private static readonly FrozenSet<string> AttributionNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "claim", "claims", "statement", "statements", "pronouncement", "conclusion", "conclusions", "allegation", "allegations",
        "accusation", "accusations", "attribution", "assertion", "assertions", "verdict", "finding", "findings");

    // Words between an actor's adjective and the attack noun: "Russian rocket strikes", "an Islamic State suicide bombing".
    private static readonly FrozenSet<string> WeaponModifiers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "rocket", "missile", "air", "drone", "artillery", "ballistic", "cruise", "mortar", "suicide", "bomb", "car", "truck", "military", "terror", "terrorist");

    // Nouns for an attack whose adjective names who made it.
    private static readonly FrozenSet<string> AttackNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "shelling", "bombardment", "raid", "raids", "assault", "offensive");

    private const int AfterWindow = 12;

    // Passive verbs of striking whose by-agent may be a thing, not a perpetrator: "was hit by a goods train".
    private static readonly FrozenSet<string> StrikingVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "hit", "struck", "attacked", "shelled", "bombed");

    // Active blame verbs: their subject is the accuser, never the actor.
    private static readonly FrozenSet<string> BlameForms = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "blamed", "blames", "blaming", "accused", "accuses", "accusing");

    // Forms of "deny" whose object says what is denied: an act, or only a report of it ("denied a report", "denied having lodged").
    private static readonly FrozenSet<string> DenyForms = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "deny", "denies", "denied", "denying");

    public void Read(SentenceContext sentence, DocumentEntities entities, List<ClaimFinding> findings)
    {
        var firstOwn = findings.Count;
        List<PhraseMatch<Polarity>>? dismissals = null;
        if (Responsibility.ClauseResponsibilityReader.IsQuestion(sentence))
        {
            return; // "Who is behind the attack?" asks; it does not say
        }

        foreach (var match in sentence.FindAll(lexicon.Responsibility))
        {
            var polarity = match.Value;
            if (Responsibility.ClauseResponsibilityReader.NotAStatement(sentence, match.Index) || IsNamedGerund(sentence, match.Index) || DeniesAStatement(sentence, match)
                || (sentence.Is(match.Index, "the") && !Clauses.Clause.GroupBefore(sentence, match.Index).HasBe))
            {
                continue; // habitual, hypothetical or generic; a denial of a report; "the work of" with no copula names no one
            }

            var evidence = sentence.SpanOf(match.Index, match.End);
            if (polarity == Polarity.Denied && Dismissals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(match.Index)))
            {
                (dismissals ??= []).Add(match); // read once the sentence's attributions are known
                continue;
            }

            if (polarity == Polarity.Claimed && IsReportedClause(sentence, match))
            {
                continue; // "he claimed the attack was revenge": a report about the attack, not a claim of it
            }

            if (polarity is Polarity.Denied or Polarity.Claimed && !LooksAfter(sentence, match, polarity)
                && actors.TryPronounSubject(sentence, match.Index, out var from, out var referent))
            {
                // "The ministry said it did not launch any attack": a speaker's actor is known once speakers are read.
                findings.Add(new ClaimFinding(ClaimKind.Responsibility, Widen(sentence, evidence, match), Interval.Unbounded, null, null, referent, polarity, match.Index, from));
                continue;
            }

            var names = FindActors(sentence, entities, match, polarity);
            if (names.Count == 0 && polarity == Polarity.Claimed && sentence.IsAny(match.Index, ["confession", "claim"])
                && SoleGroup(sentence) is { } claimant)
            {
                names.Add(claimant); // "TTP denies responsibility hours after confession": a claim noun of the one group named
            }

            if (names.Count == 0)
            {
                if (polarity is Polarity.Unknown or Polarity.Unclaimed)
                {
                    names.Add(null); // "no group has claimed", "had not determined who carried it out"
                }
                else
                {
                    continue; // an attribution with no one named is not a claim about anyone
                }
            }

            foreach (var actor in names.Distinct(StringComparer.Ordinal))
            {
                if (actor is null && polarity is Polarity.Asserted or Polarity.Claimed or Polarity.Denied)
                {
                    continue; // "those responsible": an attribution to no one named
                }

                if (actor is not null && StrikingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(match.Index)) && sentence.Is(match.End - 1, "by")
                    && !actors.CanBePerpetrator(entities, actor))
                {
                    continue; // "was hit by a goods train from Sealdah": a thing or a place, not a perpetrator
                }

                findings.Add(new ClaimFinding(ClaimKind.Responsibility, Widen(sentence, evidence, match), Interval.Unbounded, null, null, actor, polarity, match.Index));
            }
        }

        if (dismissals is not null)
        {
            ReadDismissals(sentence, entities, findings, firstOwn, dismissals);
        }

        ReadGroupAccount(sentence, findings, firstOwn);
        ReadAttackModifiers(sentence, findings, firstOwn);
    }

    /// <summary>
    /// "Was targeted in Russian rocket strikes", "a Hamas attack on": an attack named by its actor's adjective or name. An
    /// article says so of uncontested attacks too ("the US air strike targeted"), so the finding stands only where the
    /// document also reports the actor denying it — there the adjective takes a side.
    /// </summary>
    private static void ReadAttackModifiers(SentenceContext sentence, List<ClaimFinding> findings, int firstOwn)
    {
        var own = findings.Count;
        foreach (var mention in sentence.Mentions)
        {
            var isActor = mention.Entity.Type == EntityType.ArmedGroup ? !mention.IsAdjective && !mention.IsDescription
                : mention.Entity.Type == EntityType.Government && mention.IsAdjective;
            if (!isActor)
            {
                continue;
            }

            var first = sentence.FirstTokenAtOrAfter(mention.Span.Start);
            var next = sentence.FirstTokenAtOrAfter(mention.Span.End);
            if (first >= sentence.Tokens.Count || sentence.Tokens[first].Start != mention.Span.Start || next >= sentence.Tokens.Count
                || sentence.Tokens[next - 1].End != mention.Span.End)
            {
                continue; // "Iranian-backed": part of a word
            }

            if (first > 0 && Clauses.ClauseWords.OtherOccasion.Contains(sentence.Word(first - 1)))
            {
                continue; // "previous Abu Sayyaf attacks": other attacks than the one reported
            }

            var noun = next;
            while (noun < sentence.Tokens.Count && noun < next + 2 && WeaponModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(noun)))
            {
                noun++;
            }

            if (noun >= sentence.Tokens.Count || !AttackNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(noun)) || HasFinding(findings, firstOwn, own, mention.Entity.CanonicalName))
            {
                continue;
            }

            findings.Add(new ClaimFinding(ClaimKind.Responsibility, sentence.SpanOf(first, noun + 1), Interval.Unbounded, null, null, mention.Entity.CanonicalName, Polarity.Asserted, first, OnlyIfDenied: true));
        }
    }

    /// <summary>
    /// Whether an attack named by its actor's adjective is told by a speaker the sentence names who is not that actor
    /// ("A Russian attack … has claimed 50 lives, Ukrainian officials say"): reported speech makes the adjective the
    /// speaker's attribution, which then stands without a denial in the document.
    /// </summary>
    /// <param name="speaker">The speaker the sentence names, or <see langword="null"/> for the article's own voice.</param>
    /// <param name="actor">The actor the adjective names.</param>
    /// <param name="stateFor">Maps an office to the state it speaks for ("Russian Defence Ministry" → "Russia").</param>
    /// <returns><see langword="true"/> when another party is quoted saying it.</returns>
    public static bool SaidByAnother(string? speaker, string? actor, Func<string, string> stateFor) =>
        speaker is not null && actor is not null && !string.Equals(stateFor(speaker), actor, StringComparison.Ordinal)
        && !speaker.Contains(actor, StringComparison.Ordinal);

    private static bool HasFinding(List<ClaimFinding> findings, int from, int to, string actor)
    {
        for (var f = from; f < to; f++)
        {
            if (findings[f].Kind == ClaimKind.Responsibility && string.Equals(findings[f].Actor, actor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The suicide assault was carried out, according to the TTP, as revenge": an attack told without its agent, on a
    /// group's own account, is the group's claim. Read only in sentences with no responsibility phrase of their own.
    /// </summary>
    private static void ReadGroupAccount(SentenceContext sentence, List<ClaimFinding> findings, int firstOwn)
    {
        if (findings.Count > firstOwn || sentence.Mentions.Count == 0)
        {
            return;
        }

        var passive = -1;
        for (var i = 0; i + 2 < sentence.Tokens.Count; i++)
        {
            if (sentence.IsAny(i, ["was", "were"]) && AgentlessAttackVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i + 1))
                && !sentence.Is(i + 2, "by") && !sentence.Is(i + 3, "by"))
            {
                passive = i;
                break;
            }
        }

        if (passive < 0)
        {
            return;
        }

        for (var i = 0; i + 1 < sentence.Tokens.Count; i++)
        {
            if (!sentence.Is(i, "according") || !sentence.Is(i + 1, "to"))
            {
                continue;
            }

            foreach (var mention in ActorPhrases.MentionsIn(sentence, i + 2, Math.Min(sentence.Tokens.Count, i + 5)))
            {
                if (mention.Entity.Type == EntityType.ArmedGroup && !mention.IsAdjective)
                {
                    var evidence = sentence.SpanOf(Math.Min(passive, i), Math.Max(passive + 2, sentence.FirstTokenAtOrAfter(mention.Span.End)));
                    findings.Add(new ClaimFinding(ClaimKind.Responsibility, evidence, Interval.Unbounded, null, null, mention.Entity.CanonicalName, Polarity.Claimed, i));
                    return;
                }
            }
        }
    }

    /// <summary>
    /// A dismissal ("pooh-poohs FG's claim that ISWAP was behind", "allegations that Russia did it are untrue") denies the
    /// actor of the attribution it dismisses, not its own subject: the denied actor is that of the nearest assertion in the
    /// sentence. With no assertion in the sentence the dismissal reads like any denial.
    /// </summary>
    private void ReadDismissals(SentenceContext sentence, DocumentEntities entities, List<ClaimFinding> findings, int firstOwn, List<PhraseMatch<Polarity>> dismissals)
    {
        var own = findings.Count;
        foreach (var match in dismissals)
        {
            var evidence = Widen(sentence, sentence.SpanOf(match.Index, match.End), match);
            var nearest = -1;
            for (var f = firstOwn; f < own; f++)
            {
                var finding = findings[f];
                if (finding is { Kind: ClaimKind.Responsibility, Polarity: Polarity.Asserted, Actor: not null }
                    && (nearest < 0 || Math.Abs(finding.AnchorToken - match.Index) < Math.Abs(findings[nearest].AnchorToken - match.Index)))
                {
                    nearest = f;
                }
            }

            if (nearest >= 0)
            {
                findings.Add(new ClaimFinding(ClaimKind.Responsibility, evidence, Interval.Unbounded, null, null, findings[nearest].Actor, Polarity.Denied, match.Index));
                continue;
            }

            var named = FindActors(sentence, entities, match, Polarity.Denied).Distinct(StringComparer.Ordinal).OfType<string>().ToList();
            if (!named.Exists(actor => actors.CanBePerpetrator(entities, actor)) && NamesAnAttribution(sentence))
            {
                // "Akeredolu faulted the pronouncement": a person dismissing an attribution made earlier in the article.
                findings.Add(new ClaimFinding(ClaimKind.Responsibility, evidence, Interval.Unbounded, null, null, null, Polarity.Denied, match.Index, ActorReference.LastAttribution));
                continue;
            }

            if (CriticismOnly.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(match.Index)))
            {
                continue; // "investigators faulted the pilot": criticism with no attribution in sight denies no one
            }

            foreach (var actor in named)
            {
                findings.Add(new ClaimFinding(ClaimKind.Responsibility, evidence, Interval.Unbounded, null, null, actor, Polarity.Denied, match.Index));
            }
        }
    }

    private static bool NamesAnAttribution(SentenceContext sentence)
    {
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (AttributionNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The trend of blaming pilots": a gerund after "of" names an activity, it states no attribution.</summary>
    private static bool IsNamedGerund(SentenceContext sentence, int index) =>
        sentence.Is(index - 1, "of") && sentence.Word(index).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Police denied a report", "denies the complaint", "denied having lodged it": a denial of a statement, not of the act.</summary>
    private bool DeniesAStatement(SentenceContext sentence, PhraseMatch<Polarity> match)
    {
        if (match.Value != Polarity.Denied || !DenyForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(match.End - 1)))
        {
            return false;
        }

        var obj = Clauses.Clause.NounPhraseAfter(sentence, match.End);
        if (sentence.Is(obj.Start, "having"))
        {
            return true;
        }

        for (var i = obj.Start; i < obj.End; i++)
        {
            if (lexicon.ResponsibilityTable.StatementNouns.Contains(sentence.Word(i)))
            {
                return true;
            }
        }

        // A headline's denial with the statement before it: "Passenger denies complaint claim".
        return false;
    }

    /// <summary>The one armed group the sentence names, if it names exactly one.</summary>
    private static string? SoleGroup(SentenceContext sentence)
    {
        string? group = null;
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Entity.Type != EntityType.ArmedGroup || mention.IsAdjective)
            {
                continue;
            }

            if (group is not null && !string.Equals(group, mention.Entity.CanonicalName, StringComparison.Ordinal))
            {
                return null;
            }

            group = mention.Entity.CanonicalName;
        }

        return group;
    }

    /// <summary>Whether the phrase governs its actor after it: "blamed ISWAP", "carried out by X", "had not blamed X".</summary>
    private static bool LooksAfter(SentenceContext sentence, PhraseMatch<Polarity> match, Polarity polarity)
    {
        var first = sentence.Word(match.Index);
        return LookAfterFirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first)
            || (polarity == Polarity.Unknown && NegatedOpenings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first))
            || LookAfterLastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(match.End - 1))
            || sentence.Is(match.End, "by");
    }

    /// <summary>"Claimed the attack was revenge": the attack noun opens a reported clause when a finite verb follows it.</summary>
    private static bool IsReportedClause(SentenceContext sentence, PhraseMatch<Polarity> match) =>
        sentence.Is(match.End - 2, "the") && sentence.IsAny(match.End, ["was", "were", "is", "are", "had", "has", "would", "could", "might", "may"]);

    /// <summary>Where the object of a verb starts: after "that", also past a short adverbial ("denied on Friday that").</summary>
    private static int ThatClauseStart(SentenceContext sentence, int end)
    {
        for (var i = end; i < end + 4 && i < sentence.Tokens.Count && !sentence.IsPunctuation(i); i++)
        {
            if (sentence.Is(i, "that"))
            {
                return i + 1;
            }
        }

        return end;
    }

    private List<string?> FindActors(SentenceContext sentence, DocumentEntities entities, PhraseMatch<Polarity> match, Polarity polarity)
    {
        var first = sentence.Word(match.Index);
        var last = sentence.Word(match.End - 1);
        var phraseHasActor = InnerActor(sentence, match);
        if (phraseHasActor is not null)
        {
            return [phraseHasActor]; // "of Iranian origin"
        }

        var lookAfter = LooksAfter(sentence, match, polarity);
        if (polarity == Polarity.Unknown && last.EndsWith("who", StringComparison.OrdinalIgnoreCase))
        {
            return [null];
        }

        if (polarity == Polarity.Unclaimed && sentence.IsAny(match.Index, ["no", "nobody"]))
        {
            return [null];
        }

        var subjectFirst = polarity == Polarity.Denied && SubjectFirstDenials.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first);

        // A denial's object may name the actor: "the Kremlin denies Russian involvement", "denied that Russia was involved".
        if (polarity == Polarity.Denied && !lookAfter && !subjectFirst)
        {
            var named = actors.After(sentence, entities, ThatClauseStart(sentence, match.End), 3);
            if (named is not null)
            {
                return [named];
            }
        }

        if (lookAfter && sentence.Is(match.End, "by") && AttributionNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first))
        {
            // "the attribution of responsibility by the council to ISWAP", "allegations by Kyiv that …": the by-phrase names
            // who attributes; the actor follows "to" or "against", or is not in this phrase.
            var to = match.End + 1;
            while (to < sentence.Tokens.Count && to < match.End + 9 && !sentence.IsAny(to, ["to", "against"]) && !sentence.Is(to, "that"))
            {
                to++;
            }

            return sentence.IsAny(to, ["to", "against"]) && actors.After(sentence, entities, to + 1, 6) is { } accused ? [accused] : [];
        }

        if (lookAfter)
        {
            var start = sentence.Is(match.End, "by") ? match.End + 1 : match.End;
            var active = BlameForms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first) && !Clauses.Clause.GroupBefore(sentence, match.Index).BeNextToPredicate;
            var after = actors.After(sentence, entities, start, polarity == Polarity.Unknown ? AfterWindow : 8); // "involvement of the Islamic State-linked Abu Sayyaf": hyphens count as tokens
            if (after is not null)
            {
                return [after];
            }

            if (active)
            {
                return []; // "Investigators blamed the derailment on the driver": the subject accuses; the clause reader reads the rest
            }
        }

        if (polarity == Polarity.Unknown)
        {
            return []; // the words before "had not determined" name the speaker, not a suspect
        }

        var before = actors.Before(sentence, entities, match.Index);
        if (before.Count > 0)
        {
            return before;
        }

        if (!lookAfter && !subjectFirst)
        {
            var after = actors.After(sentence, entities, match.End, polarity == Polarity.Unknown ? AfterWindow : 4);
            if (after is not null)
            {
                return [after];
            }
        }

        return [];
    }

    private static string? InnerActor(SentenceContext sentence, PhraseMatch<Polarity> match)
    {
        foreach (var mention in ActorPhrases.MentionsIn(sentence, match.Index, match.End))
        {
            if (!mention.IsDescription)
            {
                return mention.Entity.CanonicalName;
            }
        }

        return null;
    }

    private static TextSpan Widen(SentenceContext sentence, TextSpan evidence, PhraseMatch<Polarity> match)
    {
        // Take in the words right around the phrase so the evidence reads as a clause, bounded by punctuation.
        var from = match.Index;
        for (var k = 0; k < 3 && from > 0 && !sentence.IsPunctuation(from - 1); k++)
        {
            from--;
        }

        var to = match.End;
        for (var k = 0; k < 4 && to < sentence.Tokens.Count && !sentence.IsPunctuation(to); k++)
        {
            to++;
        }

        var widened = sentence.SpanOf(from, to);
        return widened.Contains(evidence) ? widened : evidence;
    }
}
