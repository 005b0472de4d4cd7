namespace ClaimCompare.Events;

/// <summary>
/// One event as one document presents it: the document's main event, or an earlier or related event a
/// sentence recalls. Cross-document clustering links local events, never single claims.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="DocumentId">The document.</param>
/// <param name="Index">The local event's position in its document (0 is the main event).</param>
/// <param name="IsMain">Whether this is the document's main event.</param>
/// <param name="Trigger">The normalised trigger, when stated.</param>
/// <param name="Family">The trigger's family, when stated.</param>
/// <param name="Date">What the text says about when it happened.</param>
/// <param name="Places">Places named with it, as written.</param>
/// <param name="Actors">Actors named with it.</param>
/// <param name="Terms">Content terms of the text that presents it.</param>
/// <param name="SpecificPlaces">For a background event, the places it names that its document's main event does not; empty for the main event.</param>
/// <param name="Weekdays">The days of the week the text gives for it, as a bit set (bit 0 Sunday); 0 when none.</param>
/// <param name="Marker">Why a background event was split from the main event (the marker or cue), or <see langword="null"/> for the main event.</param>
/// <param name="Cause">For a main event, the family of the event it answers ("following a drone attack"), when the lead names a specific one.</param>
/// <param name="Series">Whether a recalled event is a series of attacks ("previous attacks on US targets") rather than one attack.</param>
internal sealed record LocalEvent(
    string DocumentId,
    int Index,
    bool IsMain,
    string? Trigger,
    string? Family,
    DateCue Date,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Actors,
    TermSet Terms,
    IReadOnlyList<string> SpecificPlaces,
    int Weekdays,
    string? Marker,
    string? Cause = null,
    bool Series = false);
