using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>What the claims stage read from one document.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Document">The document read.</param>
/// <param name="Sentences">The document's sentences, in order.</param>
/// <param name="Claims">The claims found, ordered by position.</param>
/// <param name="Unclassified">Number mentions that became no claim, with the reason.</param>
/// <param name="Diagnostics">Limits hit and other notes on the reading ("document truncated at 10 MB").</param>
public sealed record DocumentClaims(
    Document Document,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<UnclassifiedMention> Unclassified,
    IReadOnlyList<string> Diagnostics)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Document.Id}: {Claims.Count} claims, {Unclassified.Count} unclassified numbers";
}
