using System.Text.Json.Serialization;
using ClaimCompare.Lexicons;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>
/// The responsibility vocabulary: predicate families generated from WordNet by tools/lexicons/responsibility/generate.py
/// and the word lists the clause reader consults, each entry with its source. Ships as the embedded
/// <c>responsibility.lexicon.json</c>.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
internal sealed record ResponsibilityTable
{
    private static readonly Lazy<ResponsibilityTable> BuiltInTable = new(() =>
        EmbeddedLexicon.Read("Claims/Responsibility/responsibility.lexicon.json", LexiconJsonContext.Default.ResponsibilityTable));

    /// <summary>Gets the built-in table.</summary>
    public static ResponsibilityTable BuiltIn => BuiltInTable.Value;

    /// <summary>Gets the predicate family members.</summary>
    [JsonPropertyName("predicates")]
    public IReadOnlyList<ResponsibilityPredicate> Predicates { get; init; } = [];

    /// <summary>Gets the generated phrases the phrase reader matches ("claimed the liability").</summary>
    [JsonPropertyName("phrases")]
    public IReadOnlyList<ResponsibilityPhrase> Phrases { get; init; } = [];

    /// <summary>Gets the nouns of blame placed on a party ("placed the blame on").</summary>
    [JsonPropertyName("blameNouns")]
    public IReadOnlyList<ResponsibilityWord> BlameNouns { get; init; } = [];

    /// <summary>Gets the nouns of a fault ("negligence", "error", "sabotage").</summary>
    [JsonPropertyName("faultNouns")]
    public IReadOnlyList<ResponsibilityWord> FaultNouns { get; init; } = [];

    /// <summary>Gets the nouns of a rule a violation verb takes ("signal", "rules").</summary>
    [JsonPropertyName("ruleNouns")]
    public IReadOnlyList<ResponsibilityWord> RuleNouns { get; init; } = [];

    /// <summary>Gets the adjectives that deny the attribution they modify ("undue blame", "baseless allegations").</summary>
    [JsonPropertyName("denyingModifiers")]
    public IReadOnlyList<ResponsibilityWord> DenyingModifiers { get; init; } = [];

    /// <summary>Gets the head nouns of common-noun parties ("driver", "authorities").</summary>
    [JsonPropertyName("partyNouns")]
    public IReadOnlyList<ResponsibilityWord> PartyNouns { get; init; } = [];

    /// <summary>Gets the nouns of an act or harm ("attack", "stampede").</summary>
    [JsonPropertyName("eventNouns")]
    public IReadOnlyList<ResponsibilityWord> EventNouns { get; init; } = [];

    /// <summary>Gets the nouns of an attribution ("accusation", "statement").</summary>
    [JsonPropertyName("attributionNouns")]
    public IReadOnlyList<ResponsibilityWord> AttributionNouns { get; init; } = [];

    /// <summary>Gets the nouns of an unnamed doer ("culprits", "people").</summary>
    [JsonPropertyName("perpetratorNouns")]
    public IReadOnlyList<ResponsibilityWord> PerpetratorNouns { get; init; } = [];

    /// <summary>Gets the predicates of knowing ("known", "clear").</summary>
    [JsonPropertyName("knowledgeWords")]
    public IReadOnlyList<ResponsibilityWord> KnowledgeWords { get; init; } = [];

    /// <summary>Gets the predicates of not knowing ("unknown", "unclear").</summary>
    [JsonPropertyName("unknowingWords")]
    public IReadOnlyList<ResponsibilityWord> UnknowingWords { get; init; } = [];

    /// <summary>Gets the nouns of a cause or of an inquiry into it ("cause", "investigation").</summary>
    [JsonPropertyName("causeNouns")]
    public IReadOnlyList<ResponsibilityWord> CauseNouns { get; init; } = [];

    /// <summary>Gets the nouns of where a thing comes from ("of Iranian origin").</summary>
    [JsonPropertyName("originNouns")]
    public IReadOnlyList<ResponsibilityWord> OriginNouns { get; init; } = [];

    /// <summary>Gets the verb forms that place blame in a light-verb construction ("placed", "pointed").</summary>
    [JsonPropertyName("placingVerbs")]
    public IReadOnlyList<ResponsibilityWord> PlacingVerbs { get; init; } = [];

    /// <summary>Gets the nouns of a motive of retaliation ("revenge", "reprisal").</summary>
    [JsonPropertyName("motiveNouns")]
    public IReadOnlyList<ResponsibilityWord> MotiveNouns { get; init; } = [];

    /// <summary>Gets the nouns of a doer's reason for acting ("motive"), which ascribe the act to the group they are said of.</summary>
    [JsonPropertyName("purposeNouns")]
    public IReadOnlyList<ResponsibilityWord> PurposeNouns { get; init; } = [];

    /// <summary>Gets the head nouns of a vehicle's operating crew ("driver", "loco pilot", "captain").</summary>
    [JsonPropertyName("crewNouns")]
    public IReadOnlyList<ResponsibilityWord> CrewNouns { get; init; } = [];

    /// <summary>Gets the head nouns of a vehicle that stands for its crew ("the goods train disregarded the signal").</summary>
    [JsonPropertyName("vehicleNouns")]
    public IReadOnlyList<ResponsibilityWord> VehicleNouns { get; init; } = [];

    /// <summary>Gets the nouns of a statement whose denial is no denial of the act ("report", "complaint").</summary>
    [JsonPropertyName("statementNouns")]
    public IReadOnlyList<ResponsibilityWord> StatementNouns { get; init; } = [];
}
