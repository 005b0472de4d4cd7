namespace ClaimCompare.Entities;

/// <summary>What a phrase names apart from its position: an entity, or a description resolved by position.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Entity">The entity a name resolves to; <see langword="null"/> for a description.</param>
/// <param name="Description">The description's reading; <see langword="null"/> when it can refer to nothing in the document.</param>
internal sealed record PhraseReading(Entity? Entity, ResolvedDocumentEntities.Description? Description)
{
    /// <summary>Gets a value indicating whether the phrase is a description.</summary>
    public bool IsDescription { get; init; }
}
