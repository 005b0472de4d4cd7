namespace ClaimCompare.Entities;

/// <summary>Whether an alias names an entity or is an adjective pointing at it; a plain value, immutable and thread-safe.</summary>
internal enum AliasKind
{
    /// <summary>A name, spelling or acronym.</summary>
    Name,

    /// <summary>A demonym or adjective ("Iranian").</summary>
    Demonym,
}
