using System.Text.Json.Serialization;

namespace ClaimCompare.Claims.Lexicons;

/// <summary>A word or phrase that states people were killed or injured, and where its number stands.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record CasualtyPredicate
{
    /// <summary>Gets the lower-case phrase ("killed", "lost their lives", "death toll").</summary>
    [JsonPropertyName("phrase")]
    public required string Phrase { get; init; }

    /// <summary>Gets the claim kind: "killed", "injured", or "count" for a state a toll depends on ("missing", "rescued").</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>Gets a value indicating whether the number follows the phrase as its object ("killing 22 fighters").</summary>
    [JsonPropertyName("objectAfter")]
    public bool ObjectAfter { get; init; }

    /// <summary>Gets a value indicating whether the number precedes the phrase as its subject ("22 people were killed", "83 wounded").</summary>
    [JsonPropertyName("subjectBefore")]
    public bool SubjectBefore { get; init; }

    /// <summary>Gets a value indicating whether the phrase names a toll that a later number states ("the death toll rose to 31").</summary>
    [JsonPropertyName("toll")]
    public bool Toll { get; init; }

    /// <summary>Gets a value indicating whether the phrase only counts when "of" follows ("the death of 40 people").</summary>
    [JsonPropertyName("requiresOf")]
    public bool RequiresOf { get; init; }

    /// <summary>Gets words of which one must appear just before the number for the phrase to count ("claimed 63 lives").</summary>
    [JsonPropertyName("requiresContext")]
    public IReadOnlyList<string> RequiresContext { get => field ?? []; init; }

    /// <summary>Gets the subject class a <c>count</c> phrase gives its number ("missing", "displaced"); <see langword="null"/> for tolls.</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; init; }

    /// <summary>Gets a value indicating whether the phrase marks a part of a group counted elsewhere ("N bodies yet to be identified"), not the whole toll.</summary>
    [JsonPropertyName("subGroup")]
    public bool SubGroup { get; init; }

    /// <summary>Gets where the entry comes from (a WordNet synset, or the grammatical pattern a hand entry names).</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }
}
