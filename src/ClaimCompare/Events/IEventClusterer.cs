using ClaimCompare.Claims;

namespace ClaimCompare.Events;

/// <summary>Groups claims from many documents by the real-world event they are about: the events stage in one call.</summary>
/// <remarks>
/// <para>Implementations must be immutable after construction and safe to call from many threads at once.</para>
/// <para>Kept for compatibility: the pipeline runs the built-in stage as its two halves, <see cref="IEventReader"/> (per
/// document) and <see cref="IEventLinker"/> (corpus-wide). A custom clusterer given to
/// <c>ClaimComparerBuilder.UseEventClusterer</c> still works for a batch comparison, but it gives up two things: the
/// documents' events are no longer read in the pass that extracts their claims (so each document's text is kept until
/// clustering, and a large comparison holds every text at once), and the pipeline cannot compare incrementally
/// (<c>CreateIncremental</c> throws <see cref="NotSupportedException"/>). Implement the two halves instead, and give them
/// to <c>UseEventReader</c> and <c>UseEventLinker</c>, to keep both.</para>
/// </remarks>
public interface IEventClusterer
{
    /// <summary>Clusters the claims of the documents into events.</summary>
    /// <param name="documents">The documents' claims, in canonical (id) order; every claim already has its <see cref="Claim.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the clustering.</param>
    /// <returns>The events, ordered by id ("e1", "e2", ...); every claim belongs to exactly one event.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IReadOnlyList<EventCluster> Cluster(IReadOnlyList<DocumentClaims> documents, CancellationToken cancellationToken = default);
}
