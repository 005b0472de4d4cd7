namespace ClaimCompare.Places;

/// <summary>One place of the gazetteer: a country, a first-level region or a town, with its place in the containment tree.</summary>
/// <param name="Index">The place's position in the gazetteer; two places are the same place when their indexes are equal.</param>
/// <param name="GeoNameId">The GeoNames id of a town; 0 for countries and regions (their sources give none).</param>
/// <param name="Name">The display name (English where the source has it).</param>
/// <param name="Kind">Country, region or town.</param>
/// <param name="Code">The ISO 3166-1 alpha-2 code of a country, the GeoNames admin1 code of a region ("US.TX"), <see langword="null"/> for a town.</param>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 code of the country the place is in (its own for a country).</param>
/// <param name="ParentIndex">The index of the place directly containing this one (a town's region, or its country when GeoNames gives no region); -1 for a country.</param>
/// <param name="CountryIndex">The index of the country the place is in (its own for a country).</param>
/// <param name="Population">The GeoNames population of a town; for a country or region the sum of its listed towns, a ranking approximation only.</param>
/// <param name="Latitude">Latitude in degrees to about 1 km, <see langword="null"/> for countries and regions.</param>
/// <param name="Longitude">Longitude in degrees to about 1 km, <see langword="null"/> for countries and regions.</param>
/// <param name="Source">The source (package and version, licence) the place's record comes from.</param>
internal sealed record Place(
    int Index,
    int GeoNameId,
    string Name,
    PlaceKind Kind,
    string? Code,
    string CountryCode,
    int ParentIndex,
    int CountryIndex,
    long Population,
    double? Latitude,
    double? Longitude,
    string Source);
