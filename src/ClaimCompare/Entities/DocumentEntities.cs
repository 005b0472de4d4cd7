namespace ClaimCompare.Entities;

/// <summary>
/// The entities one document names, and the in-document coreference that lets descriptions such as
/// "the observatory", "a war monitor" or "the group" resolve to an entity the document names.
/// </summary>
/// <remarks>Instances are immutable once returned by <see cref="IEntityResolver.ScanDocument"/> and thread-safe.</remarks>
public abstract class DocumentEntities
{
    /// <summary>Gets the named and described mentions found in the document, ordered by position.</summary>
    public abstract IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>
    /// Resolves a name or description written at <paramref name="position"/> in the document: names go
    /// through the resolver; descriptions go to the entity of a fitting type that the document names,
    /// preferring the nearest one before the position.
    /// </summary>
    /// <param name="phrase">The name or description as written.</param>
    /// <param name="position">Where the phrase starts in the document text.</param>
    /// <returns>The entity, or <see langword="null"/> when a description has no antecedent.</returns>
    public abstract Entity? Resolve(string phrase, int position);
}
