using ClaimCompare.Entities;

namespace ClaimCompare.Events;

/// <summary>Settings of <see cref="EventClusterer"/>.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record EventClustererOptions
{
    /// <summary>Gets the resolver that names places and actors; <see langword="null"/> reads capitalised names after "in", "near", "at".</summary>
    public IEntityResolver? Resolver { get; init; }

    /// <summary>
    /// Gets the least similarity, from 0 to 1, of two local events' content terms (IDF-weighted cosine)
    /// for two documents' main events to be linked as one event; their triggers and dates must also agree. Default 0.12.
    /// </summary>
    public double SimilarityThreshold { get; init; } = 0.12;

    /// <summary>
    /// Gets the least similarity, from 0 to 1, for linking an event a document only recalls (background)
    /// to another; such links also need a shared anchor (date, place or weapon). Default 0.15.
    /// </summary>
    public double BackgroundSimilarityThreshold { get; init; } = 0.15;

    /// <summary>
    /// Gets how many local events a term may appear in and still propose links (blocking): commoner terms
    /// only add to the similarity of pairs other terms proposed. The work grows with the square of this bound per
    /// term; default 200, above the number of reports one event gets in a day's news.
    /// </summary>
    public int MaxBlockSize { get; init; } = 200;
}
