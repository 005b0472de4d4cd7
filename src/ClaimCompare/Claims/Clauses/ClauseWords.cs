using System.Collections.Frozen;
using ClaimCompare.Lexicons;

namespace ClaimCompare.Claims.Clauses;

/// <summary>
/// The closed-class words a light clause analysis needs: auxiliaries, negators, determiners, prepositions, relative
/// pronouns and clause openers. These are grammar, not vocabulary of any topic (The Cambridge Grammar of the English
/// Language, ch. 3 "The verb", ch. 5 "Nouns and noun phrases", ch. 12 "Relative constructions"). The words are data:
/// the "clause.*" sets of Lexicons/grammar.lexicon.json and, for their verbs and nouns, of the WordNet-generated
/// Lexicons/vocabulary.generated.lexicon.json, each group with its source.
/// </summary>
internal static class ClauseWords
{
    /// <summary>Forms of "be": before a past participle they make the passive ("was blamed"), before an adjective a copula.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Be = Set("clause.be");

    /// <summary>Auxiliaries and the infinitive marker, which stand between a subject and its predicate.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set("clause.auxiliaries");

    /// <summary>Modal auxiliaries: a hedge ("may have been behind"), not a negation.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Set("clause.modals");

    /// <summary>Participles of belief and report that a raising construction puts between subject and predicate ("were not believed to have been").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Raising = Set("clause.raising");

    /// <summary>Adverbs that stand inside the verb group ("virtually ruled out", "has even identified").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = Set("clause.adverbs");

    /// <summary>Negators of a clause.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negators = Set("clause.negators");

    /// <summary>Adverbs of habit: a statement about what usually happens, not about this event ("often accuses").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Habitual = Set("clause.habitual");

    /// <summary>Openers of a condition or an open question: what follows is not asserted ("if X was behind it", "whether").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Hypothetical = Set("clause.hypothetical");

    /// <summary>Verbs of intention before "to": what follows is planned, not done ("they plan to accuse").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Irrealis = Set("clause.irrealis");

    /// <summary>Determiners and possessive pronouns that open a noun phrase.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set("clause.determiners");

    /// <summary>Prepositions: they close a noun phrase's head ("the government of Dhi Qar" → "the government").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Set("clause.prepositions");

    /// <summary>Relative pronouns.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives = Set("clause.relatives");

    /// <summary>Words that open a clause: a subject never reaches back past them.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = Set("clause.openers");

    /// <summary>Verbs of belief and suggestion whose complement clause is someone's attribution ("officials believe that").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Belief = Set("clause.belief");

    /// <summary>
    /// Adjectives of sequence that set what they modify apart from the occasion at hand ("previous Abu Sayyaf attacks",
    /// "earlier strikes"): other acts, not the one reported (Cambridge Grammar ch. 6, adjectives of time and sequence).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherOccasion = Set("clause.other-occasion");

    /// <summary>Subject pronouns, whose referent the speaker or the context gives.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set("clause.pronouns");

    // The set's words from the embedded grammar and vocabulary lexicons (Lexicons/WordSets).
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string name) =>
        WordSets.Of(name).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
