using System.Collections.Frozen;

namespace ClaimCompare.Claims.Clauses;

/// <summary>
/// The closed-class words a light clause analysis needs: auxiliaries, negators, determiners, prepositions, relative
/// pronouns and clause openers. These are grammar, not vocabulary of any topic (The Cambridge Grammar of the English
/// Language, ch. 3 "The verb", ch. 5 "Nouns and noun phrases", ch. 12 "Relative constructions").
/// </summary>
internal static class ClauseWords
{
    /// <summary>Forms of "be": before a past participle they make the passive ("was blamed"), before an adjective a copula.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Be = Set(
        "am", "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "seems", "seemed");

    /// <summary>Auxiliaries and the infinitive marker, which stand between a subject and its predicate.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "to", "remain", "remains", "remained");

    /// <summary>Modal auxiliaries: a hedge ("may have been behind"), not a negation.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Set(
        "may", "might", "could", "can", "would", "should", "will", "shall", "must");

    /// <summary>Participles of belief and report that a raising construction puts between subject and predicate ("were not believed to have been").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Raising = Set(
        "believed", "thought", "said", "reported", "understood", "known", "alleged", "suspected", "expected", "likely", "unlikely", "seen",
        "found", "shown", "considered", "presumed");

    /// <summary>Adverbs that stand inside the verb group ("virtually ruled out", "has even identified").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adverbs = Set(
        "also", "even", "only", "then", "already", "still", "yet", "just", "now", "later", "earlier", "again", "further", "reportedly",
        "allegedly", "apparently", "immediately", "initially", "first", "since");

    /// <summary>Negators of a clause.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negators = Set("not", "never", "no", "cannot", "nobody", "none", "neither", "nor");

    /// <summary>Adverbs of habit: a statement about what usually happens, not about this event ("often accuses").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Habitual = Set(
        "often", "usually", "routinely", "frequently", "always", "regularly", "habitually", "typically", "generally", "tend", "tends", "trend", "habit", "tendency", "culture");

    /// <summary>Openers of a condition or an open question: what follows is not asserted ("if X was behind it", "whether").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Hypothetical = Set("if", "unless", "whether", "suppose", "supposing");

    /// <summary>Verbs of intention before "to": what follows is planned, not done ("they plan to accuse").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Irrealis = Set(
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "want", "wants", "wanted", "seek", "seeks", "sought", "try",
        "tries", "tried", "attempt", "attempts", "aim", "aims", "threaten", "threatens", "threatened", "would");

    /// <summary>Determiners and possessive pronouns that open a noun phrase.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any", "some", "each", "every", "no");

    /// <summary>Prepositions: they close a noun phrase's head ("the government of Dhi Qar" → "the government").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Set(
        "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "after", "before", "during", "amid", "amidst", "over",
        "under", "about", "against", "near", "since", "through", "across", "as", "than", "following", "despite", "without", "within", "upon",
        "towards", "toward", "via", "behind", "among", "between", "amongst");

    /// <summary>Relative pronouns.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives = Set("which", "who", "that", "whom", "whose");

    /// <summary>Words that open a clause: a subject never reaches back past them.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = Set(
        "that", "which", "who", "whom", "because", "since", "after", "before", "when", "while", "whereas", "although", "though", "if",
        "unless", "whether", "but", "said", "says", "say", "told", "tells", "according", "suggest", "suggests", "suggested", "stated",
        "added", "insisted", "announced", "claimed", "claiming", "indicated", "believe", "believes", "speculate", "held", "where");

    /// <summary>Verbs of belief and suggestion whose complement clause is someone's attribution ("officials believe that").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Belief = Set(
        "believe", "believes", "believed", "think", "thinks", "thought", "speculate", "speculated", "suggest", "suggests", "suggested", "suspect",
        "suspects", "suspected", "insist", "insisted", "claim", "claimed", "claiming", "indicate", "indicated", "held", "hold", "holds", "concluded",
        "found", "allege", "alleged", "alleging", "assert", "asserted", "say", "said", "says");

    /// <summary>
    /// Adjectives of sequence that set what they modify apart from the occasion at hand ("previous Abu Sayyaf attacks",
    /// "earlier strikes"): other acts, not the one reported (Cambridge Grammar ch. 6, adjectives of time and sequence).
    /// </summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherOccasion = Set(
        "previous", "past", "earlier", "prior", "former", "other", "similar");

    /// <summary>Subject pronouns, whose referent the speaker or the context gives.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set("it", "they", "we", "he", "she");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
