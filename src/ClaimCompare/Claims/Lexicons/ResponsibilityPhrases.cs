using System.Text.Json.Serialization;

namespace ClaimCompare.Claims.Lexicons;

/// <summary>Phrases that state who is, or is not, behind an event, by polarity.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ResponsibilityPhrases
{
    /// <summary>Gets phrases by which an actor says it did it.</summary>
    [JsonPropertyName("claimed")]
    public IReadOnlyList<string> Claimed { get => field ?? []; init; }

    /// <summary>Gets phrases by which someone else says an actor did it.</summary>
    [JsonPropertyName("asserted")]
    public IReadOnlyList<string> Asserted { get => field ?? []; init; }

    /// <summary>Gets phrases that deny an actor's part.</summary>
    [JsonPropertyName("denied")]
    public IReadOnlyList<string> Denied { get => field ?? []; init; }

    /// <summary>Gets phrases that say an actor, or anyone, did not claim it.</summary>
    [JsonPropertyName("unclaimed")]
    public IReadOnlyList<string> Unclaimed { get => field ?? []; init; }

    /// <summary>Gets phrases that say who did it is not known.</summary>
    [JsonPropertyName("unknown")]
    public IReadOnlyList<string> Unknown { get => field ?? []; init; }
}
