using System.Text.Json.Serialization;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>One member of a responsibility predicate family, with every inflected form and where it comes from.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
internal sealed record ResponsibilityPredicate
{
    /// <summary>Gets the base form ("blame", "lead to").</summary>
    [JsonPropertyName("lemma")]
    public string Lemma { get; init; } = string.Empty;

    /// <summary>Gets the family the member belongs to ("blame", "cause").</summary>
    [JsonPropertyName("family")]
    public string Family { get; init; } = string.Empty;

    /// <summary>Gets where the party stands.</summary>
    [JsonPropertyName("frame")]
    [JsonConverter(typeof(JsonStringEnumConverter<ResponsibilityFrame>))]
    public ResponsibilityFrame Frame { get; init; }

    /// <summary>Gets the polarity the predicate states when nothing negates it.</summary>
    [JsonPropertyName("polarity")]
    [JsonConverter(typeof(JsonStringEnumConverter<Polarity>))]
    public Polarity Polarity { get; init; }

    /// <summary>Gets the inflected forms matched in text.</summary>
    [JsonPropertyName("forms")]
    public IReadOnlyList<string> Forms { get; init; } = [];

    /// <summary>Gets the provenance ("wordnet:blame.v.01 synonyms", "hand: …").</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = string.Empty;
}
