using System.Text.Json.Serialization;

namespace ClaimCompare.Events;

/// <summary>A trigger phrase of the <see cref="EventLexicon"/>: words that name a kind of event ("air strike", "earthquake").</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record EventTrigger
{
    /// <summary>Gets the phrase as matched in text, case-insensitively, on word boundaries ("airstrikes").</summary>
    [JsonPropertyName("phrase")]
    public required string Phrase { get; init; }

    /// <summary>Gets the normalised trigger the phrase names ("air strike"), the event's label.</summary>
    [JsonPropertyName("trigger")]
    public required string Trigger { get; init; }

    /// <summary>
    /// Gets the family that decides which triggers may name one event ("airstrike", "earthquake"): equal families match,
    /// other pairs only as <see cref="EventLexicon.CompatibleFamilies"/> and <see cref="EventLexicon.GenericFamilies"/> allow.
    /// A family no other entry uses is a new kind of event.
    /// </summary>
    [JsonPropertyName("family")]
    public required string Family { get; init; }

    /// <summary>Gets where the entry comes from (a style guide, a dictionary, a taxonomy).</summary>
    [JsonPropertyName("source")]
    public string Source { get => field ?? string.Empty; init; }
}
