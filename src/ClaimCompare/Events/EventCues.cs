namespace ClaimCompare.Events;

/// <summary>What a claim's sentence or paragraph says about which event it concerns.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Trigger">The kind of event, normalised ("air strike", "drone attack", "bombing"), when stated.</param>
/// <param name="Place">The canonical name of the place, when stated.</param>
/// <param name="Date">The event's date, absolute or resolved against the document's date, when known.</param>
/// <param name="Actors">Canonical names of actors named with the event.</param>
public sealed record EventCues(string? Trigger, string? Place, DateOnly? Date, IReadOnlyList<string> Actors)
{
    /// <summary>Gets the canonical names of actors named with the event.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<string> Actors { get; init => field = ValueList.Of(value); } = ValueList.Of(Actors);

    /// <summary>Gets cues that say nothing.</summary>
    public static EventCues None { get; } = new(null, null, null, []);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Join(", ", new[] { Trigger, Place, Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }.Where(s => s is not null).Concat(Actors));
}
