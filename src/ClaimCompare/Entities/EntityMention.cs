using ClaimCompare.Text;

namespace ClaimCompare.Entities;

/// <summary>A place in a document's text that names, or describes, an entity.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Span">Where the mention lies in the text.</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Entity">The entity it resolves to.</param>
/// <param name="Score">Match confidence from 0 (none) to 1 (exact alias).</param>
/// <param name="IsDescription">Whether the mention describes rather than names ("the observatory").</param>
public sealed record EntityMention(TextSpan Span, string Text, Entity Entity, double Score, bool IsDescription = false)
{
    /// <summary>Gets a value indicating whether the mention is an adjective or demonym rather than a name ("Iranian" in "Iranian-backed militias").</summary>
    public bool IsAdjective { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"\"{Text}\" {Span} → {Entity.CanonicalName} ({Score:0.00}{(IsDescription ? ", description" : string.Empty)})";
}
