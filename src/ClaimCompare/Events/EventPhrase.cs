using System.Text.Json.Serialization;

namespace ClaimCompare.Events;

/// <summary>A phrase of one of the <see cref="EventLexicon"/>'s marker lists, with where it comes from.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record EventPhrase
{
    /// <summary>Gets the phrase, matched case-insensitively on word boundaries.</summary>
    [JsonPropertyName("phrase")]
    public required string Phrase { get; init; }

    /// <summary>Gets where the entry comes from, or the general pattern it marks.</summary>
    [JsonPropertyName("source")]
    public string Source { get => field ?? string.Empty; init; }
}
