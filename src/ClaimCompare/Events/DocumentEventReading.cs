namespace ClaimCompare.Events;

/// <summary>The local events of one document and which of them each claim belongs to.</summary>
/// <remarks>Instances are immutable and thread-safe; computed once per document and reused by incremental comparison.</remarks>
/// <param name="DocumentId">The document.</param>
/// <param name="Events">The local events; index 0 is the main event.</param>
/// <param name="ClaimEvents">For each claim of the document, in order, the index of its local event.</param>
/// <param name="ClaimCues">For each claim of the document, in order, the cues read for it.</param>
internal sealed record DocumentEventReading(
    string DocumentId,
    IReadOnlyList<LocalEvent> Events,
    IReadOnlyList<int> ClaimEvents,
    IReadOnlyList<EventCues> ClaimCues);
