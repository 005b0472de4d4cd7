using ClaimCompare.Claims;
using ClaimCompare.Events;

namespace ClaimCompare.Diff;

/// <summary>Finds, within each event, claims about the same thing that cannot all hold, and ranks them.</summary>
/// <remarks>Implementations must be immutable after construction and safe to call from many threads at once.</remarks>
public interface IDisagreementFinder
{
    /// <summary>Diffs the claims of each event.</summary>
    /// <param name="claims">All claims, each with its <see cref="Claim.Id"/> and <see cref="Claim.EventId"/> set.</param>
    /// <param name="events">The events the claims were clustered into.</param>
    /// <returns>The disagreements, most severe first, with ids "d1", "d2", ... in that order.</returns>
    IReadOnlyList<Disagreement> Find(IReadOnlyList<Claim> claims, IReadOnlyList<EventCluster> events);
}
