namespace ClaimCompare.Claims;

/// <summary>Turns one document into claim records.</summary>
/// <remarks>Implementations must be immutable after construction and safe to call from many threads at once.</remarks>
public interface IClaimExtractor
{
    /// <summary>Reads the claims of one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="cancellationToken">Cancels the reading between sentences.</param>
    /// <returns>The claims, ordered by position, and what else was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    DocumentClaims Extract(Document document, CancellationToken cancellationToken = default);
}
