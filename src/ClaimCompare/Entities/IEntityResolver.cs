namespace ClaimCompare.Entities;

/// <summary>Gives one name to one actor across spellings, transliterations and descriptions.</summary>
/// <remarks>Implementations must be immutable after construction and safe to call from many threads at once.</remarks>
public interface IEntityResolver
{
    /// <summary>Resolves a name as written to an entity; names in no table become new entities keyed by their normalised skeleton, so they still match across documents.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="typeHint">The expected type, or <see cref="EntityType.Unknown"/>.</param>
    /// <returns>The entity; never <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    Entity Resolve(string name, EntityType typeHint = EntityType.Unknown);

    /// <summary>Finds the entities a document names or describes, for in-document coreference.</summary>
    /// <param name="text">The document text.</param>
    /// <returns>The document's entities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    DocumentEntities ScanDocument(string text);
}
