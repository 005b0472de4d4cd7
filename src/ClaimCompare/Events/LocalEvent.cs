namespace ClaimCompare.Events;

/// <summary>
/// One event as one document presents it: the document's main event, or an earlier or related event a
/// sentence recalls. Cross-document linking links local events, never single claims.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. They are made by the built-in reader (<see cref="EventCueExtractor"/>),
/// which also keeps, for the built-in linker, the event's content terms and what the text says of its date and weekdays;
/// a custom <see cref="IEventReader"/> passes on events such a reader made (regrouped, filtered), and a custom
/// <see cref="IEventLinker"/> reads the properties below.
/// </remarks>
public sealed record LocalEvent
{
    /// <summary>Initializes a new instance of the <see cref="LocalEvent"/> class.</summary>
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
    internal LocalEvent(
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
        bool Series = false)
    {
        this.DocumentId = DocumentId;
        this.Index = Index;
        this.IsMain = IsMain;
        this.Trigger = Trigger;
        this.Family = Family;
        this.Date = Date;
        this.Places = Places;
        this.Actors = Actors;
        this.Terms = Terms;
        this.SpecificPlaces = SpecificPlaces;
        this.Weekdays = Weekdays;
        this.Marker = Marker;
        this.Cause = Cause;
        this.Series = Series;
    }

    /// <summary>Gets the id of the document that presents the event.</summary>
    public string DocumentId { get; }

    /// <summary>Gets the local event's position in its document (0 is the main event).</summary>
    public int Index { get; }

    /// <summary>Gets a value indicating whether this is the document's main event.</summary>
    public bool IsMain { get; }

    /// <summary>Gets the normalised trigger ("air strike"), when stated.</summary>
    public string? Trigger { get; }

    /// <summary>Gets the trigger's family ("airstrike"), when stated.</summary>
    public string? Family { get; }

    /// <summary>Gets the event's full date, when the text gives or implies year, month and day.</summary>
    public DateOnly? ExactDate => Date.Exact;

    /// <summary>Gets the places named with the event, as written or as the resolver names them.</summary>
    public IReadOnlyList<string> Places { get; }

    /// <summary>Gets the actors named with the event.</summary>
    public IReadOnlyList<string> Actors { get; }

    /// <summary>Gets why a recalled event was split from its document's main event (the marker or cue), or <see langword="null"/> for the main event.</summary>
    public string? Marker { get; }

    /// <summary>Gets what the text says about when the event happened, as far as it says it.</summary>
    internal DateCue Date { get; }

    /// <summary>Gets the content terms of the text that presents the event; linking lets them go once weighed.</summary>
    internal TermSet Terms { get; init; }

    /// <summary>Gets, for a background event, the places it names that its document's main event does not; empty for the main event.</summary>
    internal IReadOnlyList<string> SpecificPlaces { get; }

    /// <summary>Gets the days of the week the text gives for the event, as a bit set (bit 0 Sunday); 0 when none.</summary>
    internal int Weekdays { get; }

    /// <summary>Gets, for a main event, the family of the event it answers ("following a drone attack"), when the lead names a specific one.</summary>
    internal string? Cause { get; }

    /// <summary>Gets a value indicating whether a recalled event is a series of attacks rather than one attack.</summary>
    internal bool Series { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{DocumentId}/{Index} {(IsMain ? "main" : "recalled")} {Trigger ?? "(no trigger)"}" + (Places.Count > 0 ? " at " + string.Join(", ", Places) : string.Empty);
}
