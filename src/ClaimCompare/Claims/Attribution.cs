using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>Who a claim is attributed to in its text, and how firmly.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Speaker">The canonical name of the speaker or organisation, or <see langword="null"/> when the article states the claim in its own voice.</param>
/// <param name="SpeakerSpan">Where the speaker is named in the text, when it is.</param>
/// <param name="IsHedged">Whether the attribution is hedged: "reportedly", "it was believed", "estimates".</param>
public sealed record Attribution(string? Speaker, TextSpan? SpeakerSpan = null, bool IsHedged = false)
{
    /// <summary>Gets the attribution of a claim stated in the article's own voice.</summary>
    public static Attribution Unattributed { get; } = new(Speaker: null);

    /// <inheritdoc/>
    public override string ToString() => (Speaker ?? "(unattributed)") + (IsHedged ? " (hedged)" : string.Empty);
}
