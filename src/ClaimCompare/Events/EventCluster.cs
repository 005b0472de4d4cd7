namespace ClaimCompare.Events;

/// <summary>A real-world event and the claims, across documents, that are about it.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Id">The event's id in its report ("e1", "e2", ...).</param>
/// <param name="Label">A short human-readable label: trigger, place and date ("air strike, Albu Kamal, 2021-02-25").</param>
/// <param name="Cues">The cues the claims share.</param>
/// <param name="ClaimIds">The ids of the claims in the event, in canonical order.</param>
/// <param name="Reason">One sentence on why these claims belong together.</param>
[Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource))]
public sealed record EventCluster(string Id, string Label, EventCues Cues, IReadOnlyList<string> ClaimIds, string Reason)
{
    /// <summary>Gets the ids of the claims in the event, in canonical order.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<string> ClaimIds { get; init => field = ValueList.Of(value); } = ValueList.Of(ClaimIds);

    /// <summary>Gets why the cluster's local events belong together, as the built-in linker found it; default for a cluster made otherwise.</summary>
    internal EventReason Basis { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Label} ({ClaimIds.Count} claims): {Reason}";
}
