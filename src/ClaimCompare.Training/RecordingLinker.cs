using ClaimCompare.Claims;
using ClaimCompare.Events;
using ClaimCompare.Events.Linking;

namespace ClaimCompare.Training;

/// <summary>
/// An <see cref="IEventLinker"/> that records what training needs (every blocked pair with its features, and which
/// local event each claim belongs to) and then links with the hand-set linker, so its run is also the hand-set baseline.
/// </summary>
/// <remarks>Records one run; not thread-safe across runs.</remarks>
internal sealed class RecordingLinker : IEventLinker
{
    private readonly EventLinker handSet = new();

    /// <summary>Gets the recorded pairs of the last run.</summary>
    public IReadOnlyCollection<RecordedPair> Pairs { get; private set; } = [];

    /// <summary>Gets, for the last run, each claim with the local event it belongs to.</summary>
    public IReadOnlyList<(Claim Claim, EventKey Event)> ClaimEvents { get; private set; } = [];

    /// <summary>Gets the last run's documents, as linking received them (read and numbered).</summary>
    public IReadOnlyList<DocumentClaims> Documents { get; private set; } = [];

    /// <summary>Gets the last run's event readings, copied before linking could let them go: another linker can link them again.</summary>
    public IReadOnlyList<DocumentEventReading> Readings { get; private set; } = [];

    /// <inheritdoc/>
    public IReadOnlyList<EventCluster> Link(IReadOnlyList<DocumentClaims> documents, IList<DocumentEventReading> readings, CancellationToken cancellationToken = default)
    {
        var claimEvents = new List<(Claim, EventKey)>();
        for (var d = 0; d < documents.Count; d++)
        {
            for (var c = 0; c < documents[d].Claims.Count; c++)
            {
                claimEvents.Add((documents[d].Claims[c], new EventKey(documents[d].Document.Id, readings[d].Events[readings[d].ClaimEvents[c]].Index)));
            }
        }

        Readings = [.. readings];

        // A read-only copy: the recording run must not let go of the events the hand-set run links next.
        var recorder = new PairRecorder();
        new EventLinker(new EventClustererOptions(), recorder).Link(documents, readings.ToList().AsReadOnly(), cancellationToken);
        Pairs = recorder.Pairs;
        Documents = documents;
        ClaimEvents = claimEvents;
        return handSet.Link(documents, readings, cancellationToken);
    }
}
