using ClaimCompare.Claims;

namespace ClaimCompare.Events;

/// <summary>Groups claims from many documents by the real-world event they are about.</summary>
/// <remarks>Implementations must be immutable after construction and safe to call from many threads at once.</remarks>
public interface IEventClusterer
{
    /// <summary>Clusters the claims of the documents into events.</summary>
    /// <param name="documents">The documents' claims, in canonical (id) order; every claim already has its <see cref="Claim.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the clustering.</param>
    /// <returns>The events, ordered by id ("e1", "e2", ...); every claim belongs to exactly one event.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IReadOnlyList<EventCluster> Cluster(IReadOnlyList<DocumentClaims> documents, CancellationToken cancellationToken = default);
}
