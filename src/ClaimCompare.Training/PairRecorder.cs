using System.Collections.Concurrent;
using ClaimCompare.Events;
using ClaimCompare.Events.Linking;

namespace ClaimCompare.Training;

/// <summary>
/// Records every pair of local events that blocking proposes, with the features linking computes for it, by standing in
/// for a learned scorer: linking's own candidate generation is what the model is trained on.
/// </summary>
/// <remarks>Thread-safe: blocking calls it from several threads.</remarks>
internal sealed class PairRecorder : ILinkPairScorer
{
    private readonly ConcurrentQueue<RecordedPair> pairs = new();

    /// <summary>Gets the recorded pairs, in no particular order.</summary>
    public IReadOnlyCollection<RecordedPair> Pairs => pairs;

    /// <inheritdoc/>
    public double Cut => 0.5;

    /// <inheritdoc/>
    public double Score(EventKeys keys, IReadOnlyList<LocalEvent> nodes, int a, int b, double cosine)
    {
        var features = new double[LinkFeatures.Count];
        LinkFeatures.Compute(keys, nodes, a, b, cosine, features, LinkFeatures.All);
        pairs.Enqueue(new RecordedPair(new EventKey(nodes[a].DocumentId, nodes[a].Index), new EventKey(nodes[b].DocumentId, nodes[b].Index), features));

        // Nothing reaches the cut: the recording run links nothing, and its result is not used.
        return 0;
    }
}
