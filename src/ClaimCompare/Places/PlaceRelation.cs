namespace ClaimCompare.Places;

/// <summary>How two places, or two place mentions, relate in the containment tree.</summary>
internal enum PlaceRelation
{
    /// <summary>At least one of the names is not in the gazetteer, so nothing can be said.</summary>
    Unknown = 0,

    /// <summary>Both are the same place.</summary>
    Same = 1,

    /// <summary>The first contains the second (a country and one of its towns).</summary>
    Contains = 2,

    /// <summary>The first lies inside the second (a town and its province).</summary>
    ContainedBy = 3,

    /// <summary>Neither is the other nor contains it (two towns, or a town and another country).</summary>
    Different = 4,
}
