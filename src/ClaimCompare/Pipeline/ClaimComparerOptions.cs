using ClaimCompare.Claims;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimCompare.Pipeline;

/// <summary>Options of a comparison pipeline: limits, parallelism, logging and optional semantic similarity.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ClaimComparerOptions
{
    /// <summary>Gets the default options.</summary>
    public static ClaimComparerOptions Default { get; } = new();

    /// <summary>Gets how many documents are read at once; defaults to the processor count. Output does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets the safety limits of claim extraction.</summary>
    public ClaimExtractorOptions Limits { get; init; } = ClaimExtractorOptions.Default;

    /// <summary>Gets the logger factory; silent (<see cref="NullLoggerFactory"/>) by default.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>
    /// Gets an optional embedding generator for semantic similarity of event descriptions; <see langword="null"/>
    /// (the default) means lexical matching only, and nothing needs a network.
    /// </summary>
    public IEmbeddingGenerator<string, Embedding<float>>? EmbeddingGenerator { get; init; }

    /// <summary>
    /// Gets the cosine similarity, from -1 to 1, at or above which two claim subjects count as the same
    /// when <see cref="EmbeddingGenerator"/> is set (default 0.9). Unused without a generator.
    /// </summary>
    public double SubjectSimilarityThreshold { get; init; } = 0.9;
}
