using System.Text.Json.Serialization;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>A generated responsibility phrase for the phrase reader ("claimed the liability", "acknowledged by"), with its source.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
internal sealed record ResponsibilityPhrase
{
    /// <summary>Gets the phrase, lower case.</summary>
    [JsonPropertyName("phrase")]
    public string Phrase { get; init; } = string.Empty;

    /// <summary>Gets the polarity it states.</summary>
    [JsonPropertyName("polarity")]
    [JsonConverter(typeof(JsonStringEnumConverter<Polarity>))]
    public Polarity Polarity { get; init; }

    /// <summary>Gets the provenance.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = string.Empty;
}
