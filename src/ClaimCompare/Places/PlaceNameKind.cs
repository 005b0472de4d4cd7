namespace ClaimCompare.Places;

/// <summary>How a looked-up name names its place; the numbers are those of the data file.</summary>
internal enum PlaceNameKind : byte
{
    /// <summary>The place's own name in its source (GeoNames name or ASCII name, CLDR English name).</summary>
    Primary = 0,

    /// <summary>An alternative name or spelling the source lists (GeoNames alternate names, CLDR variants, ISO names).</summary>
    Alternative = 1,

    /// <summary>A nationality adjective that points at a country ("Syrian" for Syria).</summary>
    Demonym = 2,

    /// <summary>A source name less a type word or an inversion ("Maidan Wardak Province" as "Maidan Wardak").</summary>
    Shortened = 3,
}
