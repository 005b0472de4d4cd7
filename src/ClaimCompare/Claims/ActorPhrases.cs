using System.Collections.Frozen;
using ClaimCompare.Entities;
using ClaimCompare.Lexicons;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Finds the actor or speaker phrase next to a trigger: an entity mention the resolver found, else a
/// run of capitalised words or a description ("the powerful pro-Iranian organization") that in-document
/// coreference resolves.
/// </summary>
/// <remarks>Stateless apart from its lexicon; thread-safe.</remarks>
internal sealed partial class ActorPhrases(CompiledClaimLexicon lexicon, IEntityResolver resolver)
{
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "did", "does", "do", "not", "also", "reportedly", "allegedly",
        "itself", "later", "earlier", "quickly", "swiftly", "promptly", "then", "already", "officially", "publicly", "formally", "has't", "hasn't", "didn't", "haven't");

    private static readonly FrozenSet<string> Generic = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("actors.generic"));

    // Pronouns that stand for the organisation or person reporting: "the ministry said it", "the group said they".
    private static readonly FrozenSet<string> SubjectPronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("clause.pronouns"));

    // Time words that sit between a speaker and its verb or a verb and its clause: "the ministry on Friday said", "said Friday it".
    private static readonly FrozenSet<string> TimeWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("actors.time-words"));

    // Members who speak or act for the group named before them: "a TTP commander", "the Hamas spokesman".
    private static readonly FrozenSet<string> MemberNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "commander", "commanders", "leader", "leaders", "chief", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "member", "members", "officials", "official");

    // What a group issues when it claims or denies: "issued a statement claiming responsibility".
    private static readonly FrozenSet<string> StatementNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "statement", "video", "message", "communique", "communiqué", "post", "audio", "recording");

    private static readonly FrozenSet<string> IssuingVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("actors.issuing-verbs"));

    private static readonly FrozenSet<string> NameGlue = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "al", "el", "of", "for", "bin", "ibn", "de", "la", "the");

    private static readonly FrozenSet<EntityType> ActorTypes =
        new[] { EntityType.ArmedGroup, EntityType.Government, EntityType.Agency, EntityType.Organization, EntityType.Person, EntityType.Unknown }.ToFrozenSet();

    /// <summary>Returns the actors named just before token <paramref name="index"/> (coordinated names give several).</summary>
    public List<string?> Before(SentenceContext sentence, DocumentEntities entities, int index)
    {
        var actors = new List<string?>();
        var i = index - 1;
        while (i >= 0 && IsAuxiliary(sentence, i))
        {
            i--;
        }

        i = SkipStatementObject(sentence, i);

        // "neither of which were among ...": the antecedents are the names before "neither".
        for (var k = i; k >= 0 && k > i - 6; k--)
        {
            if (sentence.Is(k, "neither") || sentence.Is(k, "both"))
            {
                i = k - 1;
                while (i >= 0 && (sentence.Is(i, ",") || sentence.Is(i, "of") || sentence.Is(i, "which")))
                {
                    i--;
                }

                break;
            }
        }

        if (i > 0 && sentence.Is(i, ","))
        {
            i = SkipAppositive(sentence, i) - 1; // "Sarbakaf Mohmand, claimed responsibility"; "Ayaz, a 37-year-old resident, was named"
        }

        if (i < 0)
        {
            return actors;
        }

        if (MemberOf(sentence, i) is { } group)
        {
            actors.Add(group); // "a TTP commander had claimed": the commander speaks for the group
            return actors;
        }

        if (sentence.IsWord(lexicon.ActorNouns, i) && GenericBefore(sentence, i))
        {
            actors.Add(null); // "no group has claimed", "many other threat groups could be behind"
            return actors;
        }

        if (Generic.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
        {
            actors.Add(null); // "no one has claimed", "nobody"
            return actors;
        }

        var end = i + 1;
        while (true)
        {
            var (actor, start) = PhraseEndingAt(sentence, entities, end);
            if (actor is null)
            {
                break;
            }

            // Apposition: "a commander of the armed group, Sarbakaf Mohmand, claimed" — the member speaks for the group.
            if (actors.Count == 0 && start >= 2 && sentence.Is(start - 1, ",") && GroupOfMember(sentence, entities, start - 1) is { } memberOf)
            {
                actors.Add(memberOf);
                break;
            }

            actors.Add(actor);

            // Coordination: "Kataib Hezbollah and Kataib Sayyid al-Shuhada".
            if (start >= 2 && (sentence.Is(start - 1, "and") || sentence.Is(start - 1, ",")))
            {
                end = start - 1;
                continue;
            }

            break;
        }

        actors.Reverse();
        return actors;
    }

    /// <summary>
    /// Reads a pronoun subject right before token <paramref name="index"/>: after a reporting verb it is the speaker
    /// ("the ministry said it did not launch"); else the nearest name before it in the sentence ("was denied by the TTP
    /// hours after it claimed"); else the last speaker before the sentence ("He claimed responsibility").
    /// </summary>
    /// <returns>Whether there is a pronoun subject; <paramref name="actor"/> is set when the sentence names its referent.</returns>
    public bool TryPronounSubject(SentenceContext sentence, int index, out ActorReference from, out string? actor)
    {
        from = ActorReference.Named;
        actor = null;
        var i = index - 1;
        while (i >= 0 && IsAuxiliary(sentence, i))
        {
            i--;
        }

        if (i < 0 || !SubjectPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
        {
            return false;
        }

        var verb = sentence.Is(i - 1, "that") ? i - 2 : i - 1;
        verb = SkipTimeBackward(sentence, verb + 1) - 1;
        if (verb >= 0 && sentence.IsWord(lexicon.Reporting, verb))
        {
            from = ActorReference.Speaker;
            return true;
        }

        // "said in a statement that it carried out": a reporting verb before a short adverbial and "that".
        for (var k = verb - 1; sentence.Is(i - 1, "that") && k >= 0 && k >= verb - 5 && !sentence.IsPunctuation(k); k--)
        {
            if (sentence.IsWord(lexicon.Reporting, k))
            {
                from = ActorReference.Speaker;
                return true;
            }
        }

        // "he" and "she" stand for a person; "it", "they" and "we" for an organisation, a group or a state.
        var person = sentence.Is(i, "he") || sentence.Is(i, "she");
        foreach (var mention in MentionsIn(sentence, 0, i))
        {
            if ((mention.Entity.Type == EntityType.Person) == person && !mention.IsAdjective)
            {
                actor = mention.Entity.CanonicalName;
            }
        }

        from = actor is null ? ActorReference.PreviousSpeaker : ActorReference.Named;
        return true;
    }

    /// <summary>Returns where a run of time words ("on Friday", "yesterday") that ends before <paramref name="end"/> starts; <paramref name="end"/> when there is none.</summary>
    public static int SkipTimeBackward(SentenceContext sentence, int end)
    {
        var i = end;
        while (i > 0 && end - i < 3 && TimeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i - 1)))
        {
            i--;
        }

        // "on" alone is no time phrase ("carried on"); it counts only before a time word.
        return i < end && sentence.Is(i, "on") && i + 1 == end ? end : i;
    }

    /// <summary>
    /// Returns the state an office of it acts for ("Russian Defence Ministry" → "Russia"): who is behind an attack is
    /// a state or its forces, and a ministry saying "it did not launch" speaks for the state. Other actors are returned as they are.
    /// </summary>
    public string StateFor(IndexedDocumentEntities entities, string actor)
    {
        var space = actor.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || entities.ResolveName(resolver, actor).Type != EntityType.Agency)
        {
            return actor;
        }

        var first = actor[..space];
        var state = entities.ResolveName(resolver, first);
        var names = state.Type == EntityType.Government && state.IsKnown
            && (state.Demonyms.Contains(first, StringComparer.Ordinal) || string.Equals(state.CanonicalName, first, StringComparison.Ordinal) || state.Aliases.Contains(first, StringComparer.Ordinal));
        return names ? state.CanonicalName : actor;
    }

    /// <summary>Whether the actor name is one that can be behind an attack — a group, a state or a state's office — as the document's entities resolve it.</summary>
    public bool CanBePerpetrator(DocumentEntities entities, string actor) =>
        (entities is IndexedDocumentEntities indexed ? indexed.ResolveName(resolver, actor) : resolver.Resolve(actor)).Type
            is EntityType.ArmedGroup or EntityType.Government or EntityType.Agency;

    /// <summary>
    /// The entity a parenthesised acronym names when the words before it spell that entity, commas and all:
    /// "the Islamic State, West African Province (ISWAP)" is one actor, not "Islamic State" and "West African Province".
    /// </summary>
    private static (string? Actor, int Start)? NameBeforeAcronym(SentenceContext sentence, int open, int close)
    {
        EntityMention? acronym = null;
        foreach (var mention in MentionsIn(sentence, open + 1, close))
        {
            acronym = mention;
        }

        if (acronym is not { IsAdjective: false, IsDescription: false } || !acronym.Entity.IsKnown)
        {
            return null;
        }

        var start = open;
        var spelled = false;
        while (true)
        {
            var run = start;
            while (run > 0 && start - run < 8 && sentence.Tokens[run - 1].Kind == TokenKind.Word && SpellsPartOf(sentence, run - 1, acronym.Entity))
            {
                run--;
            }

            if (run == start)
            {
                break;
            }

            spelled = true;
            start = run;
            if (!sentence.Is(start - 1, ",") || start < 2)
            {
                break;
            }

            start--; // a comma inside the spelled-out name
        }

        if (sentence.Is(start, ","))
        {
            start++;
        }

        return spelled ? (acronym.Entity.CanonicalName, start) : null;
    }

    /// <summary>Whether token <paramref name="i"/> is a word of the entity's name or of one of its aliases ("Iraq", "and", "Syria"), case-insensitive.</summary>
    private static bool SpellsPartOf(SentenceContext sentence, int i, Entity entity)
    {
        var word = sentence.Word(i);
        if (ContainsWord(entity.CanonicalName, word))
        {
            return true;
        }

        foreach (var alias in entity.Aliases)
        {
            if (ContainsWord(alias, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsWord(string name, ReadOnlySpan<char> word)
    {
        foreach (var range in name.AsSpan().Split(' '))
        {
            var part = name.AsSpan()[range].Trim(",");
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a generic word ("no", "other") opens the noun phrase ending at actor noun <paramref name="noun"/>, past up to two lower-case modifiers.</summary>
    private static bool GenericBefore(SentenceContext sentence, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 3; k--)
        {
            if (Generic.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(k)))
            {
                return true;
            }

            if (sentence.Tokens[k].Kind != TokenKind.Word || sentence.IsCapitalized(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns the comma that closes the subject: <paramref name="comma"/>, or — when the words before it are an
    /// appositive description opened by an article after an earlier comma ("Mohammed Ayaz, a 37-year-old resident,")
    /// and a capitalised name ends right before that earlier comma — the earlier comma.
    /// </summary>
    private static int SkipAppositive(SentenceContext sentence, int comma)
    {
        var open = comma - 1;
        while (open > 0 && comma - open < 16 && !sentence.IsAny(open, [",", ";", ":", "(", ")", "\"", "“", "”"]))
        {
            open--; // hyphens and apostrophes stay inside: "a 37-year-old resident and Salim Khan's son"
        }

        var described = open > 0 && sentence.Is(open, ",") && sentence.IsAny(open + 1, ["a", "an", "the"]) && sentence.IsCapitalized(open - 1);
        return described ? open : comma;
    }

    /// <summary>"issued a statement claiming": the statement's issuer is the subject, before the verb and its object.</summary>
    private static int SkipStatementObject(SentenceContext sentence, int i)
    {
        if (i < 1 || !StatementNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(i)))
        {
            return i;
        }

        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (IssuingVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(k)))
            {
                return k - 1;
            }
        }

        return i;
    }

    /// <summary>Whether token <paramref name="i"/> is an auxiliary or adverb between a subject and its verb; "IS" in capitals is a name.</summary>
    private static bool IsAuxiliary(SentenceContext sentence, int i)
    {
        var word = sentence.Word(i);
        return Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !(word.Length > 1 && char.IsUpper(word[^1]));
    }

    /// <summary>The group in "a commander of the armed group" that ends right before <paramref name="end"/>, if it names one.</summary>
    private string? GroupOfMember(SentenceContext sentence, DocumentEntities entities, int end)
    {
        var (group, start) = PhraseEndingAt(sentence, entities, end);
        if (group is null)
        {
            return null;
        }

        var member = sentence.Is(start, "of") ? start - 1 : sentence.Is(start - 1, "of") ? start - 2 : -1;
        return member >= 0 && MemberNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(member)) ? group : null;
    }

    /// <summary>The group a member noun belongs to when a name ends right before it: "a TTP commander", "the Taliban spokesman".</summary>
    private static string? MemberOf(SentenceContext sentence, int member)
    {
        if (member < 1 || !MemberNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.Word(member)))
        {
            return null;
        }

        string? group = null;
        foreach (var mention in MentionsIn(sentence, Math.Max(0, member - 8), member))
        {
            var endsBefore = sentence.FirstTokenAtOrAfter(mention.Span.End) == member;
            if (endsBefore && mention.Entity.Type != EntityType.Person && !mention.IsDescription && (!mention.IsAdjective || mention.Entity.Type == EntityType.Government))
            {
                group = mention.Entity.CanonicalName;
            }
        }

        return group;
    }
}
