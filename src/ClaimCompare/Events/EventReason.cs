namespace ClaimCompare.Events;

/// <summary>Why the local events of a cluster belong together, as the linker found it; <see cref="EventCluster.Reason"/> is its sentence.</summary>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
/// <param name="Kind">Which kind of grouping it is.</param>
/// <param name="Documents">How many documents the cluster's events come from.</param>
/// <param name="Marker">For an event one document recalls, what set it apart from the main event.</param>
/// <param name="IncludesBackground">Whether some of the linked events are recalled as background.</param>
/// <param name="Trigger">The cluster's trigger, when known.</param>
/// <param name="Place">The cluster's place, when known.</param>
/// <param name="Date">What the cluster's reports say of its date, as text ("2021-02-25", "2020"), when anything.</param>
internal readonly record struct EventReason(
    EventReasonKind Kind,
    int Documents,
    string? Marker,
    bool IncludesBackground,
    string? Trigger,
    string? Place,
    string? Date)
{
    /// <summary>Gets a value indicating whether the cluster has a trigger, place or date to name.</summary>
    public bool HasCues => Trigger is not null || Place is not null || Date is not null;
}
