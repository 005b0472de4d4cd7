using ClaimCompare.Entities;

namespace ClaimCompare.Events;

/// <summary>Settings of the events stage: the reader's resolver (<see cref="EventClusterer"/>) and the linker's thresholds, bonuses and block size (<see cref="EventLinker"/>).</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record EventClustererOptions
{
    /// <summary>Gets the resolver that names places and actors; <see langword="null"/> reads capitalised names after "in", "near", "at".</summary>
    public IEntityResolver? Resolver { get; init; }

    /// <summary>
    /// Gets the vocabulary the reader and the linker read with (trigger phrases and families, markers, reporting verbs);
    /// <see langword="null"/> for <see cref="EventLexicon.BuiltIn"/>. Add entries with <see cref="EventLexicon.Merge"/>.
    /// </summary>
    public EventLexicon? Lexicon { get; init; }

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

    /// <summary>
    /// Gets what a shared exact day (dates at most a day apart) adds to the similarity of two local events, so that
    /// hard evidence outweighs wording. Default 0.1. The three bonuses must be at least 0 and add up to at most 0.5.
    /// </summary>
    public double SameDayBonus { get; init; } = 0.1;

    /// <summary>Gets what a shared day of the week adds to the similarity of two local events. Default 0.05.</summary>
    public double SharedWeekdayBonus { get; init; } = 0.05;

    /// <summary>Gets what a shared place adds to the similarity of two local events. Default 0.05.</summary>
    public double SharedPlaceBonus { get; init; } = 0.05;

    /// <summary>
    /// Gets the share of the pair threshold that two clusters, as wholes, must reach on average before they merge
    /// (average linkage), so one look-alike pair cannot chain two events. Reports of one event share fewer words as a
    /// group than in pairs, while dates, weekdays and answered events keep look-alikes apart. Default 0.5.
    /// </summary>
    public double AverageLinkFactor { get; init; } = 0.5;
}
