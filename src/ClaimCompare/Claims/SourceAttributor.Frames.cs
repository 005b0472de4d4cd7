using System.Collections.Frozen;
using ClaimCompare.Entities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <content>
/// Speakers named without a reporting verb: a credit line or a post's signature, the owner of a statement noun, the
/// subject of a verb that sets a toll, and the subject of a verb of blame or denial.
/// </content>
internal sealed partial class SourceAttributor
{
    /// <summary>
    /// A credit line, "Source: Mayor of Kramatorsk Oleksandr Honcharenko", names the speaker of the quotations that follow it.
    /// </summary>
    private Attribution? CreditLine(SentenceContext sentence, DocumentEntities entities) =>
        sentence.Tokens.Count > 2 && sentence.IsAny(0, ["Source", "Sources"]) && sentence.Is(1, ":") ? Noun(sentence, entities, 2, forward: true) : null;

    /// <summary>
    /// An embedded social-media post signs off with a dash, its author and the author's handle: "… 5 passengers have died
    /// — Metro News (@MetroNews) June 17, 2024". The author speaks for the post.
    /// </summary>
    private static Attribution? PostSignature(SentenceContext sentence)
    {
        var span = sentence.Text.AsSpan(sentence.Sentence.Span.Start, sentence.Sentence.Span.End - sentence.Sentence.Span.Start);
        var dash = span.LastIndexOf("— ", StringComparison.Ordinal);
        if (dash < 0)
        {
            return null;
        }

        var rest = span[(dash + 2)..];
        var handle = rest.IndexOf(" (@", StringComparison.Ordinal);
        if (handle <= 0 || handle > 60 || !char.IsUpper(rest[0]))
        {
            return null;
        }

        var start = sentence.Sentence.Span.Start + dash + 2;
        return new Attribution(rest[..handle].ToString(), new TextSpan(start, start + handle));
    }

    /// <summary>
    /// A noun of statement with a content clause names its owner as the speaker of the clause: the possessor ("the
    /// government's claim that …"), a name before the noun ("a fans' group report that …", "a Red Cross statement that
    /// …") or its "by" agent ("the claim by the ministry on Monday that …"). The figure inside the clause is theirs.
    /// </summary>
    private void AddStatementOwners(SentenceContext sentence, DocumentEntities entities, List<(int Token, Attribution Speaker)> speakers, bool hedged)
    {
        for (var noun = 1; noun < sentence.Tokens.Count - 1; noun++)
        {
            if (SayingNouns.MatchAt(sentence.Text, sentence.Tokens, noun, out _) != 1 || ContentClause(sentence, noun + 1) is not { } after)
            {
                continue;
            }

            var owner = after > noun + 1 && sentence.Is(noun + 1, "by")
                ? Noun(sentence, entities, noun + 2, forward: true)
                : OwnerBefore(sentence, entities, noun);
            if (owner is not null && IsSpeakerPhrase(sentence, owner))
            {
                speakers.Add((noun, owner with { IsHedged = hedged }));
            }
        }
    }

    // Where the content clause after a noun of statement opens ("that"), directly or after a "by" agent and a time phrase.
    private static int? ContentClause(SentenceContext sentence, int from)
    {
        if (sentence.Is(from, "that"))
        {
            return from;
        }

        if (!sentence.Is(from, "by"))
        {
            return null;
        }

        for (var i = from + 1; i < sentence.Tokens.Count && i < from + 10 && !sentence.IsPunctuation(i); i++)
        {
            if (sentence.Is(i, "that"))
            {
                return i;
            }
        }

        return null;
    }

    // The possessor ("FG’s claim") or a capitalised name modifying the noun ("a Supporter Arema report").
    private Attribution? OwnerBefore(SentenceContext sentence, DocumentEntities entities, int noun)
    {
        var end = noun;
        if (end > 1 && sentence.IsAny(end - 1, ["’s", "'s", "’", "'"]))
        {
            end--;
        }
        else if (end > 0 && sentence.Word(end - 1) is var word && (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)))
        {
            return end - 1 >= 0 && sentence.IsCapitalized(end - 1) ? new Attribution(word[..^2].ToString(), sentence.SpanOf(end - 1, end)) : null;
        }

        return end > 0 && sentence.IsCapitalized(end - 1) ? Noun(sentence, entities, end, forward: false) : null;
    }

    /// <summary>
    /// The subject of a toll-setting verb speaks for the figure it sets: "authorities raised the toll to 131",
    /// "officials had on Sunday put the death toll at 670", "police put the casualty count at 15" (a transitive
    /// verb of change with a toll noun as its object). Only read where the sentence names no reporting speaker.
    /// </summary>
    private void AddTollSetters(SentenceContext sentence, DocumentEntities entities, List<(int Token, Attribution Speaker)> speakers, bool hedged)
    {
        if (speakers.Count > 0)
        {
            return;
        }

        for (var verb = 1; verb < sentence.Tokens.Count; verb++)
        {
            if (!TollSettingVerbWords.MayContain(sentence.Word(verb)) || !TollSettingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(verb)))
            {
                continue;
            }

            var end = SubjectEnd(sentence, verb);

            // A bracketed acronym closes the subject: "estimates from the Migration Agency (MA) had put the toll at 600".
            if (end > 2 && sentence.Is(end - 1, ")") && OpeningBracket(sentence, end - 1) is var bracket and > 1 && !sentence.IsPunctuation(bracket - 1))
            {
                end = bracket;
            }

            if (!HasTollObject(sentence, verb + 1) && !IsRelativeTollObject(sentence, end))
            {
                continue;
            }

            if (end > 0 && !sentence.IsPunctuation(end - 1) && !Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(end - 1))
                && Noun(sentence, entities, end, forward: false) is { } setter && IsSpeakerPhrase(sentence, setter))
            {
                speakers.Add((verb, setter with { IsHedged = hedged }));
            }
        }
    }

    /// <summary>
    /// An object relative clause whose antecedent is a toll: "The toll was first put at 288, which the state government
    /// revised to 275" (the relative pronoun opens the clause, its subject follows, the verb's object is the antecedent).
    /// </summary>
    private static bool IsRelativeTollObject(SentenceContext sentence, int subjectEnd)
    {
        var start = BackToStop(sentence, subjectEnd);
        if (start < 2 || start >= subjectEnd || !sentence.IsAny(start - 1, ["which", "that"]))
        {
            return false;
        }

        for (var i = start - 2; i >= 0; i--)
        {
            if (TollObjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    // "the death toll", "to 131 the death toll", "the number of injured", "a list of the names": a toll noun within a few words.
    private static bool HasTollObject(SentenceContext sentence, int from)
    {
        for (var i = from; i < sentence.Tokens.Count && i < from + 6 && !sentence.IsPunctuation(i); i++)
        {
            if (TollObjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of a verb of blame or denial speaks for it when no one else is named: "Relatives denounced the
    /// government for …", "The board is attributing the crash to the driver", "an angry crowd blaming the authorities".
    /// A passive or copular predicate ("was blamed", "were behind") has the party as its subject, and a subject that is
    /// the party itself ("X denied") is left to the reader of the party's own words.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="entities">The document's entities.</param>
    /// <param name="predicate">The token of the finding's predicate.</param>
    /// <param name="actor">The party the finding names.</param>
    public Attribution? BlameSubject(SentenceContext sentence, DocumentEntities entities, int predicate, string? actor)
    {
        if (predicate <= 0 || predicate >= sentence.Tokens.Count || sentence.IsCapitalized(predicate) || !IsVerbForm(sentence.Word(predicate)))
        {
            return null;
        }

        // The verb group before the predicate: the auxiliaries of an active verb and adverbs in -ly ("is attributing",
        // "had openly blamed").
        var verb = predicate;
        while (verb > 0 && (sentence.IsAny(verb - 1, ["is", "are", "has", "have", "had"]) || IsLyAdverb(sentence.Word(verb - 1))))
        {
            verb--;
        }

        var end = SubjectEnd(sentence, verb);
        if (end <= 0 || sentence.IsPunctuation(end - 1) || PassiveAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(end - 1))
            || Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(end - 1)))
        {
            return null;
        }

        return Noun(sentence, entities, end, forward: false) is { Speaker: { } speaker, SpeakerSpan: { } span } subject && IsSpeakerPhrase(sentence, subject)
            && OpensClause(sentence, sentence.FirstTokenAtOrAfter(span.Start))
            && (actor is null || !(speaker.Contains(actor, StringComparison.OrdinalIgnoreCase) || actor.Contains(speaker, StringComparison.OrdinalIgnoreCase)))
            ? subject
            : null;
    }

    // A verb's inflected form: a past or participle in -ed, a present in -s, a participle in -ing ("denounced", "denies", "blaming").
    private static bool IsVerbForm(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)));

    private static bool IsLyAdverb(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    // Whether a subject can open at the token: the sentence start, punctuation, or a coordinator or subordinator before it.
    private static bool OpensClause(SentenceContext sentence, int first) =>
        first == 0 || (first < sentence.Tokens.Count && (sentence.IsPunctuation(first - 1) || ClauseOpeners.MatchAt(sentence.Text, sentence.Tokens, first - 1, out _) == 1));

    /// <summary>Whether the sentence holding <paramref name="position"/> has one reporting word only (the citation there).</summary>
    /// <param name="text">The document text.</param>
    /// <param name="sentences">The document's sentences.</param>
    /// <param name="position">A text position.</param>
    /// <param name="firstWords">The lexicon's first-word index.</param>
    public bool SpeaksAlone(string text, IReadOnlyList<Sentence> sentences, int position, FirstWordIndex firstWords)
    {
        var at = SentenceSearch.IndexAt(sentences, position);
        return at >= 0 && new SentenceContext(text, sentences[at], [], [], firstWords, new SentenceScratch()).FindAll(lexicon.Reporting).Count == 1;
    }
}
