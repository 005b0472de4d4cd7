using System.Text.Json.Serialization;

namespace ClaimCompare.Events;

/// <summary>Two trigger families of the <see cref="EventLexicon"/> that may name the same event (a storm and its floods), in either order.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record EventFamilyPair
{
    /// <summary>Gets one family.</summary>
    [JsonPropertyName("a")]
    public required string A { get; init; }

    /// <summary>Gets the other family.</summary>
    [JsonPropertyName("b")]
    public required string B { get; init; }

    /// <summary>Gets why the two may be one event.</summary>
    [JsonPropertyName("source")]
    public string Source { get => field ?? string.Empty; init; }
}
