using System.Text.Json.Serialization;

namespace ClaimCompare.Claims.Lexicons;

/// <summary>A normalised subject ("people", "civilians", "police") and the head nouns that name it.</summary>
/// <remarks>Instances are immutable and thread-safe. "people" is the whole; every other class is a part of it.</remarks>
public sealed record SubjectClass
{
    /// <summary>Gets the normalised subject label.</summary>
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }

    /// <summary>Gets the lower-case head nouns that name the subject.</summary>
    [JsonPropertyName("heads")]
    public required IReadOnlyList<string> Heads { get; init; }
}
