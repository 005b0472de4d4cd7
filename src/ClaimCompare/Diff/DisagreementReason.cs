namespace ClaimCompare.Diff;

/// <summary>
/// Why a disagreement holds, kept as data beside its sides: how far apart the figures are and, for a revision, the
/// order of its figures in time. Reporting renders <see cref="Disagreement.Explanation"/> from it.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="LogGap">
/// The largest <see cref="Quantities.Interval.LogGap"/> between two sides' figures (the natural log of the factor by
/// which they differ), 0 or more; 0 for responsibility, whose sides hold no figures.
/// </param>
/// <param name="TimeOrder">
/// For a revision of figures, the indices of the sides from the earliest figure to the latest (earlier figures first,
/// updates last, else in order of appearance); empty otherwise.
/// </param>
public sealed record DisagreementReason(double LogGap, IReadOnlyList<int> TimeOrder)
{
    /// <summary>Gets how many further sides the disagreement's claims conflict with that it does not list.</summary>
    /// <value>
    /// 0 unless a claim that bridges sides conflicts with more sides than one disagreement lists (thousands of distinct
    /// figures in one very long document); the sides listed are those carried by the most documents.
    /// </value>
    public int UnlistedSides { get; init; }

    /// <summary>Gets, for a revision of figures, the indices of the sides from the earliest figure to the latest; empty otherwise.</summary>
    /// <value>A list that compares by value, element by element, so that equal records are <c>==</c>.</value>
    public IReadOnlyList<int> TimeOrder { get; init => field = ValueList.Of(value); } = ValueList.Of(TimeOrder);

    /// <inheritdoc/>
    public override string ToString() =>
        "log gap " + LogGap.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + (TimeOrder.Count > 0 ? ", in time: " + string.Join(" → ", TimeOrder) : string.Empty)
        + (UnlistedSides > 0 ? ", " + UnlistedSides.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more sides unlisted" : string.Empty);
}
