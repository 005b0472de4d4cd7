namespace ClaimCompare.Places;

/// <summary>A candidate place for a looked-up name, with how the name names it and where that name comes from.</summary>
/// <param name="Place">The candidate place.</param>
/// <param name="NameKind">Whether the name is the place's own, an alternative, a demonym or a shortened form.</param>
/// <param name="NameSource">The source (package and version, licence) of the matched name.</param>
internal sealed record PlaceMatch(Place Place, PlaceNameKind NameKind, string NameSource);
