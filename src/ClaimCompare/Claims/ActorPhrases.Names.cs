using ClaimCompare.Entities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

// The names themselves: a mention the resolver found after a trigger, or the capitalised run or description
// that ends where a speaker or actor phrase ends, and the text a name is given as.
internal sealed partial class ActorPhrases
{
    /// <summary>Returns the actor named within <paramref name="window"/> tokens after <paramref name="index"/>.</summary>
    public string? After(SentenceContext sentence, DocumentEntities entities, int index, int window)
    {
        foreach (var mention in MentionsIn(sentence, index, Math.Min(sentence.Tokens.Count, index + window)))
        {
            return mention.Entity.CanonicalName;
        }

        // No known name: a capitalised run or a description right after ("blamed Iranian-backed militias").
        var i = index;
        while (i < sentence.Tokens.Count && (sentence.Is(i, "the") || sentence.Is(i, "a") || sentence.Is(i, "an")))
        {
            i++;
        }

        var start = i;
        while (i < sentence.Tokens.Count && i < start + 6
            && (sentence.IsCapitalized(i) || sentence.IsWord(lexicon.ActorNouns, i) || (i > start && NameGlue.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)) && sentence.IsCapitalized(i + 1))
                || (sentence.Tokens[i].Kind == TokenKind.Word && i + 1 < sentence.Tokens.Count && sentence.IsWord(lexicon.ActorNouns, i + 1))))
        {
            i++;
        }

        return i > start ? Name(sentence, entities, start, i) : null;
    }

    /// <summary>Entity mentions of actor types whose spans lie in tokens <c>[from, to)</c>, whole tokens only.</summary>
    public static IEnumerable<EntityMention> MentionsIn(SentenceContext sentence, int from, int to)
    {
        if (from >= to || from >= sentence.Tokens.Count)
        {
            yield break;
        }

        var span = sentence.SpanOf(from, to);
        foreach (var mention in sentence.Mentions)
        {
            if (span.Contains(mention.Span) && ActorTypes.Contains(mention.Entity.Type) && CoversWholeTokens(sentence, mention.Span))
            {
                yield return mention;
            }
        }
    }

    private (string? Actor, int Start) PhraseEndingAt(SentenceContext sentence, DocumentEntities entities, int end)
    {
        if (end <= 0)
        {
            return (null, end);
        }

        // Skip a parenthesised acronym: "Tehreek-i-Taliban Pakistan (TTP)".
        if (sentence.Is(end - 1, ")"))
        {
            var open = end - 1;
            while (open > 0 && !sentence.Is(open, "("))
            {
                open--;
            }

            if (open > 0 && end - open <= 4)
            {
                if (NameBeforeAcronym(sentence, open, end - 1) is { } spelled)
                {
                    return spelled;
                }

                end = open;
            }
        }

        // The nearest mention that ends the phrase; an organisation with a role word wins over its spokesperson.
        EntityMention? last = null;
        foreach (var mention in MentionsIn(sentence, Math.Max(0, end - 8), end))
        {
            last = mention;
        }

        var startOfRun = end;
        while (startOfRun > 0 && end - startOfRun < 8 && IsPhraseWord(sentence, startOfRun - 1))
        {
            startOfRun--;
        }

        if (last is not null && last.Span.End >= sentence.Tokens[end - 1].Start)
        {
            var mentionStart = sentence.FirstTokenAtOrAfter(last.Span.Start);
            if (last.Entity.Type == EntityType.Person)
            {
                foreach (var organisation in MentionsIn(sentence, startOfRun, mentionStart))
                {
                    if (organisation.Entity.Type != EntityType.Person && HasRole(sentence, sentence.FirstTokenAtOrAfter(organisation.Span.End), mentionStart))
                    {
                        return (organisation.Entity.CanonicalName, startOfRun);
                    }
                }
            }

            return (last.Entity.CanonicalName, mentionStart);
        }

        if (startOfRun == end)
        {
            return (null, end);
        }

        if (NamedBeforeDescription(sentence, startOfRun, end) is { } named)
        {
            return (named.Entity.CanonicalName, Math.Min(startOfRun, sentence.FirstTokenAtOrAfter(named.Span.Start)));
        }

        return (Name(sentence, entities, startOfRun, end), startOfRun);
    }

    /// <summary>
    /// The name a description is attached to: "The Islamic State (IS) militant group", "the ISIS terror group" —
    /// the lower-case tail classifies the name before it, so the actor is the name, not "militant group".
    /// </summary>
    private EntityMention? NamedBeforeDescription(SentenceContext sentence, int startOfRun, int end)
    {
        if (sentence.IsCapitalized(end - 1) || !sentence.IsWord(lexicon.ActorNouns, end - 1))
        {
            return null;
        }

        var tail = end - 1;
        while (tail > startOfRun && !sentence.IsCapitalized(tail - 1) && sentence.Tokens[tail - 1].Kind == TokenKind.Word
            && !NameGlue.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(tail - 1)))
        {
            tail--;
        }

        // The name ends right before the tail, or right before a parenthesised acronym that does.
        var nameEnd = tail;
        if (nameEnd == startOfRun && sentence.Is(nameEnd - 1, ")"))
        {
            var open = nameEnd - 1;
            while (open > 0 && nameEnd - open <= 4 && !sentence.Is(open, "("))
            {
                open--;
            }

            nameEnd = sentence.Is(open, "(") ? open : -1;
        }

        if (nameEnd <= 0)
        {
            return null;
        }

        EntityMention? found = null;
        foreach (var mention in MentionsIn(sentence, Math.Max(0, nameEnd - 8), nameEnd))
        {
            if (sentence.FirstTokenAtOrAfter(mention.Span.End) == nameEnd)
            {
                found = mention;
            }
        }

        // A demonym classifies the group ("Iraqi militant groups") and a person is not a group's name.
        return found is { IsAdjective: false, IsDescription: false } && found.Entity.Type != EntityType.Person ? found : null;
    }

    private bool HasRole(SentenceContext sentence, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (sentence.Match(lexicon.Roles, i, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPhraseWord(SentenceContext sentence, int i) =>
        sentence.Tokens[i].Kind == TokenKind.Word
        && (sentence.IsCapitalized(i) || sentence.IsWord(lexicon.ActorNouns, i)
            || NameGlue.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i))
            || (i + 1 < sentence.Tokens.Count && sentence.IsWord(lexicon.ActorNouns, i + 1) && !Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i))));

    /// <summary>Resolves a description to an entity the document names or a table knows; <see langword="null"/> for anything else.</summary>
    public static Entity? Described(DocumentEntities entities, string phrase, int position)
    {
        var entity = entities.Resolve(phrase, position);
        if (entity is null)
        {
            return null;
        }

        if (entity.IsKnown)
        {
            return entity;
        }

        return entities is IndexedDocumentEntities indexed
            ? (indexed.IsMentioned(entity) ? entity : null)
            : entities.Mentions.Any(m => string.Equals(m.Entity.Id, entity.Id, StringComparison.Ordinal)) ? entity : null;
    }

    /// <summary>Names the phrase in tokens <c>[start, end)</c>: a description resolves in the document, a name through the resolver.</summary>
    public string? Name(SentenceContext sentence, DocumentEntities entities, int start, int end)
    {
        while (start < end && sentence.IsAny(start, ["and", "of", "for", "the", "a", "an", "this", "that", "these", "those", "its", "their"]))
        {
            start++;
        }

        if (start >= end)
        {
            return null;
        }

        var phrase = sentence.Slice(start, end);
        if (!sentence.IsCapitalized(end - 1) && sentence.IsWord(lexicon.ActorNouns, end - 1))
        {
            // A description: "the group", "the powerful pro-Iranian organization"; plural ones name a set ("Shia militia groups").
            var determiner = start > 0 && (sentence.Is(start - 1, "the") || sentence.Is(start - 1, "this") || sentence.Is(start - 1, "that"));
            if (determiner || end - start == 1)
            {
                var resolved = Described(entities, (determiner ? "the " : string.Empty) + phrase, sentence.Tokens[start].Start);
                if (resolved is not null)
                {
                    return resolved.CanonicalName;
                }

                if (end - start == 1)
                {
                    return null; // a bare "group" with nothing to refer to
                }
            }

            return phrase;
        }

        return (entities is IndexedDocumentEntities indexed ? indexed.ResolveName(resolver, phrase) : resolver.Resolve(phrase)).CanonicalName;
    }

    private static bool CoversWholeTokens(SentenceContext sentence, TextSpan span)
    {
        // A demonym inside "Iranian-backed" or "pro-Iran" is not an actor of its own.
        var first = sentence.FirstTokenAtOrAfter(span.Start);
        var startsToken = first < sentence.Tokens.Count && sentence.Tokens[first].Start == span.Start;
        var last = sentence.FirstTokenAtOrAfter(span.End) - 1;
        var endsToken = last >= 0 && last < sentence.Tokens.Count && sentence.Tokens[last].End == span.End;
        return startsToken && endsToken;
    }
}
