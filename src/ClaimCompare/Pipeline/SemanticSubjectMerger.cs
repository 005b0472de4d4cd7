using System.Numerics.Tensors;
using ClaimCompare.Claims;
using Microsoft.Extensions.AI;

namespace ClaimCompare.Pipeline;

/// <summary>
/// The optional semantic seam: when an embedding generator is configured, claim subjects that the
/// lexicon left apart but that mean the same ("militants" and "militiamen") are merged before the diff,
/// so their figures are compared, in batch and incremental comparisons alike. Without a generator nothing
/// changes: comparison is lexical only.
/// </summary>
/// <remarks>
/// Immutable and thread-safe as long as the generator is. Deterministic for a deterministic generator:
/// subjects are embedded in ordinal order and each joins the first earlier subject it is close enough to.
/// </remarks>
internal sealed class SemanticSubjectMerger(IEmbeddingGenerator<string, Embedding<float>> generator, double threshold)
{
    /// <summary>Returns the merger the options ask for: one when they set an embedding generator, else <see langword="null"/>.</summary>
    /// <param name="options">The pipeline's options.</param>
    /// <returns>The merger, or <see langword="null"/>.</returns>
    public static SemanticSubjectMerger? For(ClaimComparerOptions options) =>
        options.EmbeddingGenerator is { } generator ? new SemanticSubjectMerger(generator, options.SubjectSimilarityThreshold) : null;

    /// <summary>Returns the claims with near-synonymous subjects replaced by one representative, waiting for the generator.</summary>
    /// <remarks>
    /// For the synchronous entry points only (<c>Compare</c>, an incremental comparison's <c>Report</c>), which have no
    /// caller to await them; <c>CompareAsync</c> awaits <see cref="MergeAsync"/>. The generator runs on the thread pool,
    /// so a caller's synchronization context (a UI thread) is never captured and blocked on.
    /// </remarks>
    public IReadOnlyList<Claim> Merge(IReadOnlyList<Claim> claims, CancellationToken cancellationToken) =>
        Task.Run(() => MergeAsync(claims, cancellationToken), cancellationToken).GetAwaiter().GetResult();

    /// <summary>Returns the claims with near-synonymous subjects replaced by one representative.</summary>
    public async Task<IReadOnlyList<Claim>> MergeAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        var subjects = claims.Select(c => c.Subject).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (subjects.Count < 2)
        {
            return claims;
        }

        var embeddings = await generator.GenerateAsync(subjects, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (embeddings.Count != subjects.Count)
        {
            throw new InvalidOperationException($"The embedding generator returned {embeddings.Count} embeddings for {subjects.Count} subjects.");
        }

        var representative = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < subjects.Count; i++)
        {
            representative[subjects[i]] = subjects[i];
            for (var j = 0; j < i; j++)
            {
                if (!string.Equals(representative[subjects[j]], subjects[j], StringComparison.Ordinal))
                {
                    continue; // only representatives attract others, so merging is not transitive drift
                }

                var a = embeddings[i].Vector.Span;
                var b = embeddings[j].Vector.Span;
                if (a.Length == b.Length && a.Length > 0 && TensorPrimitives.CosineSimilarity(a, b) >= threshold)
                {
                    representative[subjects[i]] = subjects[j];
                    break;
                }
            }
        }

        return [.. claims.Select(c => c.Subject is { } s && !string.Equals(representative[s], s, StringComparison.Ordinal) ? c with { Subject = representative[s] } : c)];
    }
}
