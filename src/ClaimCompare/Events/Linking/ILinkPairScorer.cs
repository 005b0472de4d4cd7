namespace ClaimCompare.Events.Linking;

/// <summary>
/// The one seam where linking can weigh a proposed pair of local events by other means than the hand-set sum of
/// <see cref="LinkScoring"/>: a learned model (<see cref="LinkModel"/>), or the training tool's recorder of pairs.
/// </summary>
/// <remarks>Implementations are called from several threads at once and must be thread-safe.</remarks>
internal interface ILinkPairScorer
{
    /// <summary>Gets the least score a pair needs to be linked, on this scorer's scale.</summary>
    double Cut { get; }

    /// <summary>Scores a pair proposed by blocking.</summary>
    /// <param name="keys">The events' keys.</param>
    /// <param name="nodes">The local events.</param>
    /// <param name="a">One event.</param>
    /// <param name="b">The other event.</param>
    /// <param name="cosine">The IDF-weighted cosine of their content terms.</param>
    /// <returns>A score from 0 to below 2 (candidates are packed with such scores, <see cref="CandidateLink"/>).</returns>
    double Score(EventKeys keys, IReadOnlyList<LocalEvent> nodes, int a, int b, double cosine);
}
