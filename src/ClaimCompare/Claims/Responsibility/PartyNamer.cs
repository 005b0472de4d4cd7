using System.Collections.Frozen;
using ClaimCompare.Claims.Clauses;
using ClaimCompare.Entities;
using ClaimCompare.Lexicons;
using ClaimCompare.Text;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>
/// Names the party a noun phrase stands for: the entity the resolver found in its head ("Russia", "Anil Kumar"), else a
/// common-noun party by its head noun and one noun modifier ("the deceased pilot of the goods train" → "pilot", "the
/// goods train's loco pilot" → "loco pilot"), normalised to lower case. A generic head ("other groups", "someone") names
/// no one.
/// </summary>
/// <remarks>Stateless apart from its tables; thread-safe.</remarks>
internal sealed class PartyNamer(CompiledClaimLexicon lexicon, CompiledResponsibilityTable table)
{
    // Quantifiers that make a noun phrase generic: "other groups", "any group", "someone".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, WordSets.Of("parties.generic")).GetAlternateLookup<ReadOnlySpan<char>>();

    // Pre-head words that grade or place a noun rather than name a kind of party: "senior officials", "the deceased pilot".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Grading = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "senior", "top", "former", "chief", "own", "new", "old", "current", "same", "then", "main", "primary", "assistant")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What a noun phrase names.</summary>
    /// <param name="Actor">The party's name, or <see langword="null"/>.</param>
    /// <param name="IsGeneric">Whether the phrase is generic ("other groups could be behind it").</param>
    public readonly record struct Party(string? Actor, bool IsGeneric);

    /// <summary>Names the party of <paramref name="phrase"/>'s head.</summary>
    public Party Name(SentenceContext sentence, Phrase phrase)
    {
        if (phrase.IsEmpty)
        {
            return default;
        }

        var head = Clause.Head(sentence, phrase);
        for (var i = head.Start; i < head.End; i++)
        {
            if (GenericWords.Contains(sentence.Word(i)))
            {
                return new Party(null, true);
            }
        }

        foreach (var mention in ActorPhrases.MentionsIn(sentence, head.Start, head.End))
        {
            if (!mention.IsDescription && (!mention.IsAdjective || mention.Entity.Type == EntityType.Government))
            {
                return new Party(mention.Entity.CanonicalName, false);
            }
        }

        var last = head.End - 1;
        while (last >= head.Start && Clause.IsQuote(sentence, last))
        {
            last--;
        }

        if (last < head.Start || sentence.Tokens[last].Kind != TokenKind.Word)
        {
            return default;
        }

        var proper = ProperName(sentence, head.Start, last + 1);
        if (proper is not null && proper.Contains(' ', StringComparison.Ordinal))
        {
            return new Party(proper, false); // "Harbour Brigade fighters": a name the gazetteer does not know
        }

        var noun = WithoutPossessive(sentence.Word(last));
        if (!IsPartyNoun(noun))
        {
            return new Party(proper, false);
        }

        var modifier = last - 1;
        while (modifier >= head.Start && Clause.IsQuote(sentence, modifier))
        {
            modifier--;
        }

        var name = noun.ToString().ToLowerInvariant();
        if (modifier >= head.Start && sentence.Tokens[modifier].Kind == TokenKind.Word && IsNounModifier(sentence.Word(modifier)))
        {
            name = sentence.Word(modifier).ToString().ToLowerInvariant() + " " + name;
        }

        return new Party(name, false);
    }

    /// <summary>
    /// A proper name the gazetteer does not know: the capitalised words of the head after its determiner ("Fulani
    /// youths" has a capitalised first word and a plural head), kept as written. A sentence's first word alone is no name.
    /// </summary>
    private static string? ProperName(SentenceContext sentence, int start, int end)
    {
        while (start < end && ClauseWords.Determiners.Contains(sentence.Word(start)))
        {
            start++;
        }

        if (start >= end || end - start > 4 || !sentence.IsCapitalized(start) || (start == 0 && end - start == 1))
        {
            return null;
        }

        for (var i = start; i < end; i++)
        {
            if (sentence.Tokens[i].Kind != TokenKind.Word || (!sentence.IsCapitalized(i) && i < end - 1))
            {
                return null;
            }
        }

        return sentence.Slice(start, end);
    }

    /// <summary>Whether a word heads a party: a common-noun party ("driver") or an actor noun ("criminals", "militants").</summary>
    public bool IsPartyNoun(ReadOnlySpan<char> word) => table.PartyNouns.Contains(word) || lexicon.ActorNouns.ContainsWord(word);

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;

    // A noun used as a modifier ("loco pilot", "station master", "health officials"), not a determiner, a possessive or an
    // adjective by its derivational suffix ("-al", "-ed", "-ous", "-ive", "-ic", "-ful"; Quirk et al. 1985, App. I.51).
    private static bool IsNounModifier(ReadOnlySpan<char> word)
    {
        if (ClauseWords.Determiners.Contains(word) || Grading.Contains(word) || GenericWords.Contains(word) || word.EndsWith("'s", StringComparison.Ordinal)
            || word.EndsWith("’s", StringComparison.Ordinal) || word.Length < 3 || ClauseWords.Prepositions.Contains(word) || word.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var suffix in AdjectiveSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] AdjectiveSuffixes = ["al", "ed", "ous", "ive", "ic", "ful", "less", "ing", "ant", "ent"];
}
