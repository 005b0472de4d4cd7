namespace ClaimCompare.Events;

/// <summary>The local events of one document and which of them each claim belongs to: what an <see cref="IEventReader"/> reads.</summary>
/// <remarks>Instances are immutable and thread-safe; computed once per document and reused by incremental comparison.</remarks>
/// <param name="DocumentId">The document.</param>
/// <param name="Events">The local events; index 0 is the main event.</param>
/// <param name="ClaimEvents">For each claim of the document, in order, the index in <paramref name="Events"/> of its local event.</param>
/// <param name="ClaimCues">
/// For each claim of the document, in order, the cues read for it; empty when the reading was made for linking only
/// (<see cref="EventReadingContext.WithClaimCues"/> off).
/// </param>
public sealed record DocumentEventReading(
    string DocumentId,
    IReadOnlyList<LocalEvent> Events,
    IReadOnlyList<int> ClaimEvents,
    IReadOnlyList<EventCues> ClaimCues)
{
    /// <inheritdoc/>
    public override string ToString() => $"{DocumentId}: {Events.Count} local events, {ClaimEvents.Count} claims";
}
