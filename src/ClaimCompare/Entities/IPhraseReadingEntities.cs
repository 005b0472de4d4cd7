namespace ClaimCompare.Entities;

/// <summary>
/// A document's entities that resolve a phrase in two steps: a reading of the phrase apart from where it stands (the
/// costly, fuzzy part) and a cheap search by position. A caller that meets a phrase many times (the claims stage's
/// per-document cache) keeps one reading per phrase, through this contract and not by knowing the concrete class.
/// </summary>
/// <remarks>Implementations are used by the one thread that reads the document.</remarks>
internal interface IPhraseReadingEntities
{
    /// <summary>Reads what a phrase names apart from where it stands.</summary>
    /// <param name="phrase">The phrase as written.</param>
    /// <returns>The reading; immutable, so a caller may keep it for every later occurrence of the phrase.</returns>
    PhraseReading Read(string phrase);

    /// <summary>Resolves a phrase read by <see cref="Read"/> at a position in the text.</summary>
    /// <param name="reading">The phrase's reading.</param>
    /// <param name="position">Where the phrase stands.</param>
    /// <returns>The entity, or <see langword="null"/> for a description with no referent.</returns>
    Entity? ResolveAt(PhraseReading reading, int position);
}
