using ClaimCompare.Claims;

namespace ClaimCompare.Events;

/// <summary>
/// The corpus-wide half of the events stage: links the local events of all documents into events
/// (<see cref="EventCluster"/>s) and gives every claim the event of its local event.
/// </summary>
/// <remarks>
/// Implementations must be immutable after construction and safe to call from many threads at once, and their
/// result must not depend on the order of the documents. The built-in linker is <see cref="EventLinker"/>.
/// </remarks>
public interface IEventLinker
{
    /// <summary>Links local events across documents into events.</summary>
    /// <param name="documents">The documents' claims; every claim already has its <see cref="Claim.Id"/>.</param>
    /// <param name="readings">
    /// Each document's reading (<see cref="IEventReader"/>), in the order of <paramref name="documents"/>. A linker may
    /// replace an item, once read, with a reading that keeps only what linking still needs, so that a large run lets
    /// memory go while it links: pass a list that is not read afterwards.
    /// </param>
    /// <param name="cancellationToken">Cancels the linking.</param>
    /// <returns>The events, ordered by id ("e1", "e2", ...); every claim belongs to exactly one event.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IReadOnlyList<EventCluster> Link(IReadOnlyList<DocumentClaims> documents, IList<DocumentEventReading> readings, CancellationToken cancellationToken = default);
}
