using ClaimCompare.Quantities;

namespace ClaimCompare.Claims;

/// <summary>A number mention that became part of no claim, and why: nothing is dropped silently.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="DocumentId">The document it was found in.</param>
/// <param name="Quantity">The number phrase.</param>
/// <param name="Reason">Why it is not part of a claim.</param>
public sealed record UnclassifiedMention(string DocumentId, Quantity Quantity, UnclassifiedReason Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{DocumentId}{Quantity.Span} \"{Quantity.Text}\": {Reason}";
}
