using System.Text.Json.Serialization;

namespace ClaimCompare.Events;

/// <summary>A trigger family of the <see cref="EventLexicon"/> that names no kind of event ("attack", "accident").</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record GenericEventFamily
{
    /// <summary>Gets the family.</summary>
    [JsonPropertyName("family")]
    public required string Family { get; init; }

    /// <summary>Gets whether the family may name the same event as every other family; otherwise only those <see cref="EventLexicon.CompatibleFamilies"/> pairs it with.</summary>
    [JsonPropertyName("universal")]
    public bool Universal { get; init; }

    /// <summary>Gets why the family is generic.</summary>
    [JsonPropertyName("source")]
    public string Source { get => field ?? string.Empty; init; }
}
