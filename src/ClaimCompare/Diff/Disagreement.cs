using ClaimCompare.Claims;

namespace ClaimCompare.Diff;

/// <summary>Sides within one event that cannot all hold: a conflict between sources, or one source's revision.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Id">The disagreement's id in its report ("d1", ...), in rank order.</param>
/// <param name="Type">Conflict or revision.</param>
/// <param name="Kind">What the claims are about.</param>
/// <param name="EventId">The event the claims are about.</param>
/// <param name="Subject">Who or what is counted ("people", "civilians"), or the actor for responsibility.</param>
/// <param name="Sides">The sides, each internally compatible; every claim on one side conflicts with every claim on another.</param>
/// <param name="Severity">Rank score, 0 or more: the log-ratio gap between the sides' intervals weighted by the independent voices on each side; higher is more severe.</param>
/// <param name="Explanation">One sentence a reader can act on, rendered by Reporting from <see cref="Reason"/>.</param>
[Notebooks.TypeFormatterSource(typeof(Notebooks.NotebookFormatterSource))]
public sealed record Disagreement(
    string Id,
    DisagreementType Type,
    ClaimKind Kind,
    string EventId,
    string Subject,
    IReadOnlyList<Side> Sides,
    double Severity,
    string Explanation)
{
    /// <summary>Gets the sides.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<Side> Sides { get; init => field = ValueList.Of(value); } = ValueList.Of(Sides);

    /// <summary>Gets why the disagreement holds, as data: the gap between the figures and, for a revision, their order in time.</summary>
    /// <value><see langword="null"/> for a disagreement built by hand without one; <see cref="Explanation"/> is rendered from it.</value>
    public DisagreementReason? Reason { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} [{Type.ToString().ToLowerInvariant()}] {Explanation}";
}
