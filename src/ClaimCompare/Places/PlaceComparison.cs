namespace ClaimCompare.Places;

/// <summary>How two place mentions relate, under the best-ranked reading of each name that makes them relate.</summary>
/// <param name="Relation">Same, contains, contained by, different, or unknown when a name is not in the gazetteer.</param>
/// <param name="First">The reading chosen for the first name; <see langword="null"/> when it is unknown.</param>
/// <param name="Second">The reading chosen for the second name; <see langword="null"/> when it is unknown.</param>
/// <param name="FirstRank">The chosen reading's rank among the first name's candidates (0 = the preferred reading); -1 when unknown.</param>
/// <param name="SecondRank">The chosen reading's rank among the second name's candidates; -1 when unknown.</param>
internal sealed record PlaceComparison(PlaceRelation Relation, Place? First, Place? Second, int FirstRank, int SecondRank)
{
    /// <summary>Gets a value indicating whether the mentions can name one place: the same place, or one containing the other.</summary>
    public bool IsCompatible => Relation is PlaceRelation.Same or PlaceRelation.Contains or PlaceRelation.ContainedBy;

    /// <summary>Gets a value indicating whether both readings are their names' preferred ones (no less likely reading was needed).</summary>
    public bool UsesPreferredReadings => FirstRank == 0 && SecondRank == 0;
}
