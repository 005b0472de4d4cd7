namespace ClaimCompare.Events.Linking;

/// <summary>Scores proposed pairs with a learned <see cref="LinkModel"/>: the calibrated probability that the two local events are one.</summary>
/// <param name="model">The model.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class LinkModelScorer(LinkModel model) : ILinkPairScorer
{
    /// <inheritdoc/>
    public double Cut => model.Cut;

    /// <inheritdoc/>
    public double Score(EventKeys keys, IReadOnlyList<LocalEvent> nodes, int a, int b, double cosine)
    {
        // Only the features the model reads are computed: the pair's places and actors are compared only when it weighs them.
        var evaluator = model.Evaluator;
        Span<double> features = stackalloc double[LinkFeatures.Count];
        LinkFeatures.Compute(keys, nodes, a, b, cosine, features, evaluator.UsedFeatures);

        // A probability is below 1, so a learned score never forces a merge the way a same-weapon pair's 1 does.
        return Math.Min(evaluator.Probability(features), 0.999_999);
    }
}
