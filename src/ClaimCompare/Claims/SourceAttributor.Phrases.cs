using ClaimCompare.Entities;
using ClaimCompare.Lexicons;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <content>
/// Reading the speaker phrase itself: where it starts and ends, which entity, office or name in it speaks, and the
/// generated office and information nouns it is read with.
/// </content>
internal sealed partial class SourceAttributor
{
    // Nouns of offices (tools/lexicons/sources, from WordNet): an office holder named with a place speaks as the office or the person.
    private static readonly PhraseMatcher<bool> Offices = Load(static file => file.OfficeNouns);

    // Nouns of information (tools/lexicons/sources, from WordNet): "according to preliminary data" names a document, not a speaker.
    private static readonly PhraseMatcher<bool> Information = Load(static file => file.InformationNouns);

    // Conjunctive adverbs (tools/lexicons/sources, from WordNet): ", however," between a subject and its verb is outside the subject.
    private static readonly PhraseMatcher<bool> Connectives = Load(static file => file.Connectives);

    // Nouns of statements (tools/lexicons/sources, from WordNet): the possessor or "by" agent of "claim", "report" speaks.
    private static readonly PhraseMatcher<bool> SayingNouns = Load(static file => file.SayingNouns);

    // Coordinators, subordinators and "that" (tools/lexicons/sources, from Quirk et al. 1985): a subject may open after them.
    private static readonly PhraseMatcher<bool> ClauseOpeners = Load(static file => file.ClauseOpeners);

    private static PhraseMatcher<bool> Load(Func<SourceNounsFile, IReadOnlyList<string>> list)
    {
        var matcher = new PhraseMatcher<bool>();
        foreach (var noun in list(EmbeddedLexicon.Read("Claims/Lexicons/sources.generated.lexicon.json", LexiconJsonContext.Default.SourceNounsFile)))
        {
            matcher.Add(noun, true);
        }

        return matcher;
    }

    /// <summary>
    /// A definite description refers back to what the text has named (anaphora): "the disaster agency said" does not mean
    /// an agency the article first names further down. An entity only a table knows, never named in the text, still serves.
    /// </summary>
    private static bool IsNamedOnlyLater(DocumentEntities entities, Entity entity, int position)
    {
        var named = false;
        foreach (var mention in entities.Mentions)
        {
            if (!string.Equals(mention.Entity.Id, entity.Id, StringComparison.Ordinal) || mention.IsDescription)
            {
                continue;
            }

            if (mention.Span.Start < position)
            {
                return false;
            }

            named = true;
        }

        return named;
    }

    /// <summary>
    /// A title and a surname ("the CPRO De told", "Governor Makinde said") refer back to the person the article named in
    /// full before: the given name and the surname that stand together earlier in the text ("CPRO Sabyasachi De"). The
    /// title is an office noun or an acronym in capitals; the full name is the one that speaks.
    /// </summary>
    private static string? FullName(SentenceContext sentence, int title)
    {
        var titleWord = sentence.Word(title);
        if (!(IsAcronym(titleWord) || Offices.MatchAt(sentence.Text, sentence.Tokens, title, out _) == 1))
        {
            return null;
        }

        var surname = sentence.Word(title + 1).ToString();
        var text = sentence.Text;
        var limit = sentence.Tokens[title].Start;
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at > 1 && at < limit; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
        {
            var after = at + surname.Length;
            if (text[at - 1] != ' ' || (after < text.Length && char.IsLetterOrDigit(text[after])))
            {
                continue;
            }

            var givenEnd = at - 1;
            var givenStart = givenEnd;
            while (givenStart > 0 && char.IsLetter(text[givenStart - 1]))
            {
                givenStart--;
            }

            var given = text.AsSpan(givenStart, givenEnd - givenStart);
            if (given.Length > 1 && char.IsUpper(given[0]) && char.IsLower(given[^1]) && !given.Equals(titleWord, StringComparison.Ordinal))
            {
                return string.Concat(given, " ", surname);
            }
        }

        return null;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 6)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // The office a role noun names, without the place it holds it in: "the deputy governor of East Java" → "deputy governor".
    private static Attribution? RolePhrase(SentenceContext sentence, int start, int end, int role)
    {
        var stop = role + 1;
        while (stop < end && !sentence.IsAny(stop, ["of", "in", "for", "from"]))
        {
            stop++;
        }

        while (start < stop && sentence.IsAny(start, ["the", "a", "an"]))
        {
            start++;
        }

        return stop > start ? new Attribution(sentence.SpanOf(start, stop).Slice(sentence.Text), sentence.SpanOf(start, end)) : null;
    }

    // The first token of the phrase that ends at <paramref name="end"/>: back to punctuation, a stop word or ten tokens.
    private static int BackToStop(SentenceContext sentence, int end)
    {
        var start = end;
        while (start > 0 && end - start < 10 && !sentence.IsPunctuation(start - 1) && !Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(start - 1)))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// The name before an indefinite appositive that starts at <paramref name="start"/>: "Kenneth Londe, a teacher": a run
    /// of capitalised words that opens its clause (at the sentence start or after punctuation), then a comma.
    /// </summary>
    private static (int Start, int End)? AppositiveName(SentenceContext sentence, int start)
    {
        if (start < 2 || !sentence.Is(start - 1, ",") || !sentence.IsAny(start, ["a", "an"]))
        {
            return null;
        }

        var nameStart = start - 1;
        while (nameStart > 0 && sentence.IsCapitalized(nameStart - 1) && start - nameStart < 6)
        {
            nameStart--;
        }

        return nameStart < start - 1 && (nameStart == 0 || sentence.IsPunctuation(nameStart - 1)) ? (nameStart, start - 1) : null;
    }

    /// <summary>
    /// Names a run of capitalised words the document scan found no entity in. A resolution that shares no word with
    /// the name as written came from spelling alone ("Sudiyono" is no "Sudan", "Besana" no "Bosnia"): a speaker's name
    /// the gazetteer does not know is kept as written.
    /// </summary>
    private string? WrittenName(SentenceContext sentence, DocumentEntities entities, int start, int end)
    {
        var name = actors.Name(sentence, entities, start, end);
        if (name is null)
        {
            return null;
        }

        for (var i = start; i < end; i++)
        {
            if (name.AsSpan().Contains(sentence.Word(i), StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return sentence.Slice(start, end);
    }

    // A reporting verb's -ing form ("saying", "citing"); "according" is a preposition.
    private static bool IsParticiple(SentenceContext sentence, int verb) =>
        sentence.Word(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !sentence.Is(verb, "according");

    /// <summary>
    /// An office of a place or a state is no organisation of it: "the deputy governor of the island of Java" is the
    /// deputy governor, not Java, and "the KP minister Kamran Bangash" is the minister's name. Without a role or an
    /// office, a place speaks as its state ("Indonesia said"), and this returns <see langword="false"/>.
    /// </summary>
    private bool OfficeOfSeat(SentenceContext sentence, DocumentEntities entities, (int Start, int End) phrase, int role, EntityMention? seat, bool noOrganisation, TextSpan span, out Attribution? official)
    {
        official = null;
        var (start, end) = phrase;
        var office = -1;
        for (var i = start; i < end && office < 0; i++)
        {
            office = Offices.MatchAt(sentence.Text, sentence.Tokens, i, out _) > 0 ? i : -1;
        }

        if (seat is null || !((noOrganisation && role >= 0) || office >= 0))
        {
            return false;
        }

        // The holder's name is the run of capitalised words that ends the phrase after the office; after "of" or
        // "for" its first word still names the office ("Secretary of Defense Lloyd Austin").
        var holder = end;
        while (office >= 0 && holder > office + 1 && sentence.IsCapitalized(holder - 1))
        {
            holder--;
        }

        if (holder < end && end - holder >= 3 && sentence.IsAny(holder - 1, ["of", "for"]))
        {
            holder++;
        }

        official = office >= 0 && holder < end && (holder == office + 1 || sentence.IsAny(holder - 1, ["of", "for"]) || end - holder >= 2)
            && seat.Span.End <= sentence.Tokens[office].Start
            ? new Attribution(WrittenName(sentence, entities, holder, end), span)
            : RolePhrase(sentence, start, end, role >= 0 ? role : office);
        return true;
    }

    private Attribution? Noun(SentenceContext sentence, DocumentEntities entities, int boundary, bool forward, int floor = 0)
    {
        int start, end;
        if (forward)
        {
            start = boundary;
            end = start;
            while (end < sentence.Tokens.Count && end - start < 12 && (end == start || !Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(end))))
            {
                // A bracketed acronym belongs to the name it follows: "Khyber Pakhtunkhwa (KP) minister Kamran Bangash".
                if (sentence.Is(end, "(") && end > start && end + 2 < sentence.Tokens.Count && sentence.Is(end + 2, ")") && sentence.IsCapitalized(end + 1))
                {
                    end += 3;
                    continue;
                }

                if (sentence.IsPunctuation(end))
                {
                    break;
                }

                end++;
            }
        }
        else
        {
            // "The ministry on Friday said": the time phrase is no part of the speaker.
            end = ActorPhrases.SkipTimeBackward(sentence, boundary);
            start = Math.Max(floor, BackToStop(sentence, end));

            // "officials in the South Pacific island nation said": a place phrase after the subject's head is no
            // part of the speaker; the head before "in", "at" or "from" speaks.
            if (start > 1 && start < end && sentence.IsAny(start - 1, ["in", "at", "from"]) && !sentence.IsPunctuation(start - 2)
                && !Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(start - 2)) && BackToStop(sentence, start - 1) is var head && head < start - 1)
            {
                (start, end) = (head, start - 1);
            }

            // "Kenneth Londe, a primary schoolteacher in Yambali said": an appositive whose closing comma is left out.
            // The name that opens the clause before it speaks, not the description.
            if (AppositiveName(sentence, start) is { } name)
            {
                (start, end) = name;
            }
        }

        if (end <= start)
        {
            return null;
        }

        var span = sentence.SpanOf(start, end);
        // A definite description refers back ("the agency said"); an indefinite one may introduce what the text names later
        // ("a war monitor said … the Syrian Observatory").
        var definite = sentence.IsAny(start, ["the", "this", "that"]);
        EntityMention? organisation = null, person = null, place = null;
        foreach (var mention in ActorPhrases.MentionsIn(sentence, start, end))
        {
            // "the authorities", "the government" describe the state but name no speaker: an unnamed party keeps its words.
            if (mention.IsDescription && (mention.Entity.Type is EntityType.Place or EntityType.Government || (definite && IsNamedOnlyLater(entities, mention.Entity, span.Start))))
            {
                continue;
            }

            if (mention.Entity.Type == EntityType.Person)
            {
                person ??= mention;
            }
            else if (mention.Entity.Type == EntityType.Place)
            {
                place ??= mention;
            }
            else
            {
                organisation ??= mention;
            }
        }

        var role = -1;
        for (var i = start; i < end && role < 0; i++)
        {
            role = sentence.Match(lexicon.Roles, i, out _) > 0 ? i : -1;
        }

        var hasRole = role >= 0;
        var seat = person is null ? place ?? (organisation is { Entity.Type: EntityType.Government } ? organisation : null) : null;
        if (OfficeOfSeat(sentence, entities, (start, end), role, seat, organisation is null, span, out var official))
        {
            return official;
        }

        organisation ??= place;

        // A name the gazetteer does not know: the last run of capitalised words ("Haroon Rasheed Khan").
        var nameEnd = end;
        while (nameEnd > start && !sentence.IsCapitalized(nameEnd - 1))
        {
            nameEnd--;
        }

        var nameStart = nameEnd;
        while (nameStart > start && (sentence.IsCapitalized(nameStart - 1) || (sentence.IsAny(nameStart - 1, ["al", "bin", "of", "for"]) && nameStart - 2 >= start && sentence.IsCapitalized(nameStart - 2))))
        {
            nameStart--;
        }

        // A spokesperson speaks for the organisation ("Pentagon spokesman John Kirby"); an office holder
        // speaks as a person ("US Defense Secretary Lloyd Austin").
        if (organisation is not null && hasRole)
        {
            return new Attribution(organisation.Entity.CanonicalName, span);
        }

        if (person is not null)
        {
            return new Attribution(person.Entity.CanonicalName, span);
        }

        var nameAfterOrganisation = organisation is null || sentence.Tokens[Math.Max(nameStart, nameEnd - 2)].Start >= organisation.Span.End;
        if (nameEnd == end && nameEnd - nameStart == 2 && FullName(sentence, nameStart) is { } full)
        {
            return new Attribution(full, span);
        }

        if (nameEnd == end && nameEnd - nameStart >= 2 && nameAfterOrganisation)
        {
            var last = nameEnd - Math.Min(3, nameEnd - nameStart);
            return new Attribution(WrittenName(sentence, entities, organisation is null ? nameStart : Math.Max(nameStart, last), nameEnd), span);
        }

        if (organisation is not null)
        {
            return new Attribution(organisation.Entity.CanonicalName, span);
        }

        var phrase = span.Slice(sentence.Text);
        if (nameEnd == end && nameEnd > nameStart && !(nameEnd - nameStart == 1 && hasRole))
        {
            return new Attribution(WrittenName(sentence, entities, nameStart, nameEnd), span);
        }

        // A description ("a war monitor", "the monitoring organisation") refers to an entity the document names. A
        // state is no antecedent of an unnamed party: "the authorities", "the government" keep their own words.
        if (!sentence.IsCapitalized(end - 1) && ActorPhrases.Described(entities, phrase, span.Start) is { } described
            && described.Type is not (EntityType.Place or EntityType.Government) && !(definite && IsNamedOnlyLater(entities, described, span.Start)))
        {
            return new Attribution(described.CanonicalName, span);
        }

        // A description with no antecedent: keep its words ("hospital officials", "local media").
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w is "the" or "a" or "an" or "The" or "A" or "An");
        var text = string.Join(' ', words);
        return text.Length == 0 ? null : new Attribution(text, span);
    }
}
