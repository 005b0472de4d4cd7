namespace ClaimCompare.Places;

/// <summary>The level of a place in the gazetteer's containment tree; the numbers are those of the data file.</summary>
internal enum PlaceKind : byte
{
    /// <summary>A country or territory with an ISO 3166-1 code.</summary>
    Country = 0,

    /// <summary>A first-level subdivision of a country (state, province, governorate, region), a GeoNames admin1 division.</summary>
    Region = 1,

    /// <summary>A populated place (city, town, village) above the generator's population threshold, or a seat of government.</summary>
    Town = 2,
}
