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
    /// <summary>
    /// Gets the entity mentions the claims stage found in the whole text, with the resolver that found them, so the
    /// events stage, given the same resolver, does not scan the text again; <see langword="null"/> when not recorded.
    /// </summary>
    internal (Entities.IEntityResolver Resolver, IReadOnlyList<Entities.EntityMention> Mentions)? EntityScan { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Document.Id}: {Claims.Count} claims, {Unclassified.Count} unclassified numbers";
}
