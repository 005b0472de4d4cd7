using System.Text.Json.Serialization;

// The shapes of the internal embedded data files, read by EmbeddedLexicon with LexiconJsonContext. Unknown
// properties (descriptions, provenance tables) are skipped. The public lexicons (ClaimLexicon, EventLexicon) are
// their own shapes.
namespace ClaimCompare.Lexicons;

/// <summary>A word list with the provenance of the whole list.</summary>
internal sealed record SourcedWords
{
    /// <summary>Gets where the words come from.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = string.Empty;

    /// <summary>Gets the words.</summary>
    [JsonPropertyName("words")]
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>Gets, for adjectival heads, the words that may follow one without making it a modifier.</summary>
    [JsonPropertyName("followingVerbs")]
    public IReadOnlyList<string> FollowingVerbs { get; init; } = [];
}

/// <summary>Word lists keyed by the entity type they point to, with one provenance.</summary>
internal sealed record TypedWords
{
    /// <summary>Gets where the words come from.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = string.Empty;

    /// <summary>Gets the head nouns per entity type name.</summary>
    [JsonPropertyName("heads")]
    public Dictionary<string, string[]> Heads { get; init; } = [];

    /// <summary>Gets the type cues per entity type name.</summary>
    [JsonPropertyName("cues")]
    public Dictionary<string, string[]> Cues { get; init; } = [];
}

/// <summary>The shape of <c>Entities/descriptions.lexicon.json</c>.</summary>
internal sealed record DescriptionsFile
{
    /// <summary>Gets the determiners that open a description.</summary>
    [JsonPropertyName("determiners")]
    public SourcedWords Determiners { get; init; } = new();

    /// <summary>Gets the possessive determiners.</summary>
    [JsonPropertyName("possessives")]
    public SourcedWords Possessives { get; init; } = new();

    /// <summary>Gets the words that cannot stand between a determiner and its head.</summary>
    [JsonPropertyName("modifierStops")]
    public SourcedWords ModifierStops { get; init; } = new();

    /// <summary>Gets the head nouns that are also adjectives, and the verbs that may follow them.</summary>
    [JsonPropertyName("adjectivalHeads")]
    public SourcedWords AdjectivalHeads { get; init; } = new();

    /// <summary>Gets the head nouns per entity type.</summary>
    [JsonPropertyName("typeHeads")]
    public TypedWords TypeHeads { get; init; } = new();

    /// <summary>Gets the role nouns of speakers for an organisation.</summary>
    [JsonPropertyName("roleNouns")]
    public SourcedWords RoleNouns { get; init; } = new();

    /// <summary>Gets the titles written before a person's name.</summary>
    [JsonPropertyName("titles")]
    public SourcedWords Titles { get; init; } = new();

    /// <summary>Gets the type cues inside unknown names.</summary>
    [JsonPropertyName("typeCues")]
    public TypedWords TypeCues { get; init; } = new();
}

/// <summary>One entry of a phrase table: a phrase with what it means and where it comes from.</summary>
internal sealed record PhraseRow
{
    /// <summary>Gets the phrase.</summary>
    [JsonPropertyName("phrase")]
    public string Phrase { get; init; } = string.Empty;

    /// <summary>Gets the word, in tables of single words.</summary>
    [JsonPropertyName("word")]
    public string Word { get; init; } = string.Empty;

    /// <summary>Gets the subject class a head names.</summary>
    [JsonPropertyName("class")]
    public string Class { get; init; } = string.Empty;

    /// <summary>Gets whether a head names the whole (everyone killed or injured).</summary>
    [JsonPropertyName("whole")]
    public bool Whole { get; init; }

    /// <summary>Gets the key a modifier adds.</summary>
    [JsonPropertyName("key")]
    public string Key { get; init; } = string.Empty;

    /// <summary>Gets the lower bound of a vague quantifier, or <see langword="null"/> when open.</summary>
    [JsonPropertyName("low")]
    public double? Low { get; init; }

    /// <summary>Gets the upper bound of a vague quantifier, or <see langword="null"/> when open.</summary>
    [JsonPropertyName("high")]
    public double? High { get; init; }

    /// <summary>Gets whether a vague entry states zero.</summary>
    [JsonPropertyName("zero")]
    public bool Zero { get; init; }

    /// <summary>Gets whether a vague entry scales with the unit it counts.</summary>
    [JsonPropertyName("scale")]
    public bool Scale { get; init; }

    /// <summary>Gets the hedge a hedge phrase gives.</summary>
    [JsonPropertyName("hedge")]
    public string Hedge { get; init; } = string.Empty;

    /// <summary>Gets where a hedge stands ("prefix", "postfix").</summary>
    [JsonPropertyName("position")]
    public string Position { get; init; } = string.Empty;

    /// <summary>Gets where the entry comes from.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = string.Empty;
}

/// <summary>A named word list of a table of several lists.</summary>
internal sealed record NamedWords
{
    /// <summary>Gets the list's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets where the words come from.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = string.Empty;

    /// <summary>Gets the words.</summary>
    [JsonPropertyName("words")]
    public IReadOnlyList<string> Words { get; init; } = [];
}

/// <summary>
/// The shape of the phrase tables: <c>Diff/subjects.lexicon.json</c> (heads, modifiers, unmarked plurals) and the
/// quantity tables <c>Quantities/vague.lexicon.json</c>, <c>hedges.lexicon.json</c> (entries) and
/// <c>context.lexicon.json</c> (lists).
/// </summary>
internal sealed record PhraseTableFile
{
    /// <summary>Gets the entries of a quantity table.</summary>
    [JsonPropertyName("entries")]
    public IReadOnlyList<PhraseRow> Entries { get; init; } = [];

    /// <summary>Gets the named word lists of the context table.</summary>
    [JsonPropertyName("lists")]
    public IReadOnlyList<NamedWords> Lists { get; init; } = [];

    /// <summary>Gets the subject heads.</summary>
    [JsonPropertyName("heads")]
    public IReadOnlyList<PhraseRow> Heads { get; init; } = [];

    /// <summary>Gets the subject modifiers.</summary>
    [JsonPropertyName("modifiers")]
    public IReadOnlyList<PhraseRow> Modifiers { get; init; } = [];

    /// <summary>Gets the nouns that are plural without a plural ending.</summary>
    [JsonPropertyName("unmarkedPlurals")]
    public IReadOnlyList<PhraseRow> UnmarkedPlurals { get; init; } = [];
}

/// <summary>The shape of <c>Claims/Lexicons/sources.generated.lexicon.json</c> (its provenance table is skipped).</summary>
internal sealed record SourceNounsFile
{
    /// <summary>Gets the nouns of offices.</summary>
    [JsonPropertyName("officeNouns")]
    public IReadOnlyList<string> OfficeNouns { get; init; } = [];

    /// <summary>Gets the nouns of information.</summary>
    [JsonPropertyName("informationNouns")]
    public IReadOnlyList<string> InformationNouns { get; init; } = [];

    /// <summary>Gets the conjunctive adverbs (", however,") that may stand between a subject and its verb.</summary>
    [JsonPropertyName("connectives")]
    public IReadOnlyList<string> Connectives { get; init; } = [];

    /// <summary>Gets the nouns of statements ("claim", "report") whose owner speaks.</summary>
    [JsonPropertyName("sayingNouns")]
    public IReadOnlyList<string> SayingNouns { get; init; } = [];

    /// <summary>Gets the coordinators, subordinators and "that" after which a subject may open.</summary>
    [JsonPropertyName("clauseOpeners")]
    public IReadOnlyList<string> ClauseOpeners { get; init; } = [];
}

/// <summary>One group of a word set: words with one provenance. A set may have several groups.</summary>
internal sealed record WordSetGroup
{
    /// <summary>Gets the set's name ("clause.modals").</summary>
    [JsonPropertyName("set")]
    public string Set { get; init; } = string.Empty;

    /// <summary>Gets where the group's words come from.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = string.Empty;

    /// <summary>Gets the words, in order (some sets are read by position: number words, months).</summary>
    [JsonPropertyName("words")]
    public IReadOnlyList<string> Words { get; init; } = [];
}

/// <summary>The shape of the word-set files in <c>Lexicons/</c>: named sets of closed-class and convention words.</summary>
internal sealed record WordSetsFile
{
    /// <summary>Gets the groups, each of one set.</summary>
    [JsonPropertyName("groups")]
    public IReadOnlyList<WordSetGroup> Groups { get; init; } = [];
}
