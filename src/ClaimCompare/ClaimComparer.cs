using ClaimCompare.Pipeline;

namespace ClaimCompare;

/// <summary>
/// The entry point: <c>ClaimComparer.Compare(documents)</c> reads the articles, clusters their claims by
/// event and reports where sources disagree. For custom stages, tables or limits, build a pipeline with
/// <see cref="CreateBuilder"/> and reuse it.
/// </summary>
/// <remarks>Thread-safe: the default pipeline is built once, lazily, and shared.</remarks>
public static class ClaimComparer
{
    private static readonly Lazy<ClaimComparerPipeline> DefaultPipeline = new(() => CreateBuilder().Build());

    /// <summary>Gets the shared pipeline with the built-in stages and tables.</summary>
    public static ClaimComparerPipeline Default => DefaultPipeline.Value;

    /// <summary>Starts configuring a pipeline.</summary>
    /// <returns>A builder with the built-in stages.</returns>
    public static ClaimComparerBuilder CreateBuilder() => new();

    /// <summary>Compares documents with the default pipeline.</summary>
    /// <param name="documents">The documents; ids must be unique.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    /// <returns>The canonical report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ComparisonReport Compare(IEnumerable<Document> documents, CancellationToken cancellationToken = default) =>
        Default.Compare(documents, cancellationToken);

    /// <summary>Compares documents with the default pipeline without blocking the caller, reporting progress.</summary>
    /// <param name="documents">The documents; ids must be unique.</param>
    /// <param name="progress">Receives progress after each document; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    /// <returns>The canonical report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<ComparisonReport> CompareAsync(IEnumerable<Document> documents, IProgress<CompareProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Default.CompareAsync(documents, progress, cancellationToken);

    /// <summary>Compares documents with the default pipeline as they arrive, reading each while the next is awaited.</summary>
    /// <param name="documents">The documents; ids must be unique.</param>
    /// <param name="progress">Receives progress after each document (with a total of 0: unknown); may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    /// <returns>The canonical report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<ComparisonReport> CompareAsync(IAsyncEnumerable<Document> documents, IProgress<CompareProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Default.CompareAsync(documents, progress, cancellationToken);
}
