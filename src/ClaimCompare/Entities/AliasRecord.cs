namespace ClaimCompare.Entities;

/// <summary>One alias of one entity, with the keys the index files it under.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Entity">The index of the entity in the registry.</param>
/// <param name="Text">The alias as written in the table.</param>
/// <param name="Key">The normalised alias.</param>
/// <param name="Skeleton">The alias's skeleton.</param>
/// <param name="Kind">Name or demonym.</param>
/// <param name="UpperMask">Bit k set when token k is a short all-capitals acronym ("US", "IS") that must be written in capitals to match.</param>
/// <param name="TokenCount">The number of normalised tokens.</param>
internal sealed record AliasRecord(int Entity, string Text, string Key, string Skeleton, AliasKind Kind, ulong UpperMask, int TokenCount);
