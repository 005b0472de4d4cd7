using ClaimCompare.Claims;
using ClaimCompare.Quantities;

namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>One claim a generated article makes, as the generator wrote it: the ground truth to score extraction and clustering against.</summary>
/// <remarks>
/// Instances are immutable and thread-safe. Intervals follow <see cref="Interval"/>'s convention (inclusive,
/// <see langword="null"/> for unbounded); approximate and vague phrases use the generator's own calibration
/// (±10 % for "about", the ranges in <see cref="Vocabulary.VagueWords"/>), so compare those loosely.
/// </remarks>
/// <param name="EventId">The event the claim is about (not always the article's main event: background paragraphs talk about others).</param>
/// <param name="Kind">What the claim is about.</param>
/// <param name="Hedge">The modifier the phrase used.</param>
/// <param name="Low">The smallest value the phrase admits, or <see langword="null"/>.</param>
/// <param name="High">The largest value the phrase admits, or <see langword="null"/>.</param>
/// <param name="Subject">What is counted ("people", "fighters", "trucks"); <see langword="null"/> for responsibility.</param>
/// <param name="Actor">The canonical group of a responsibility claim, or <see langword="null"/>.</param>
/// <param name="Polarity">The polarity of a responsibility claim, or <see langword="null"/>.</param>
/// <param name="Source">The canonical speaker, or <see langword="null"/> when the article speaks in its own voice.</param>
/// <param name="Timing">Whether the figure is presented as an update or an earlier figure.</param>
/// <param name="Evidence">The number phrase (or the responsibility verb phrase) as written.</param>
/// <param name="SentenceStart">Where the sentence carrying the claim starts in the article text.</param>
/// <param name="SentenceEnd">Where that sentence ends.</param>
public sealed record TruthClaim(
    string EventId,
    ClaimKind Kind,
    Hedge Hedge,
    double? Low,
    double? High,
    string? Subject,
    string? Actor,
    Polarity? Polarity,
    string? Source,
    ClaimTiming Timing,
    string Evidence,
    int SentenceStart,
    int SentenceEnd);
