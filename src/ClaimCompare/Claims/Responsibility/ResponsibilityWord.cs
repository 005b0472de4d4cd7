using System.Text.Json.Serialization;

namespace ClaimCompare.Claims.Responsibility;

/// <summary>A word of one of the responsibility word lists, with where it comes from.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
internal sealed record ResponsibilityWord
{
    /// <summary>Gets the word.</summary>
    [JsonPropertyName("word")]
    public string Word { get; init; } = string.Empty;

    /// <summary>Gets, for a fault noun, the agent noun naming its unnamed doer ("sabotage" → "saboteurs").</summary>
    [JsonPropertyName("agent")]
    public string? Agent { get; init; }

    /// <summary>Gets the provenance.</summary>
    [JsonPropertyName("source")]
    public string Source { get; init; } = string.Empty;
}
