namespace ClaimCompare.Entities;

/// <summary>One real-world actor, source or place, with the names it goes by.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Id">A stable key: the gazetteer id for known entities, the name's skeleton key for new ones.</param>
/// <param name="CanonicalName">The name reports use.</param>
/// <param name="Type">What kind of entity it is.</param>
/// <param name="Aliases">Other names and spellings, canonical name excluded.</param>
/// <param name="Provenance">Where the entry comes from (a gazetteer citation or "user table"); <see langword="null"/> for names first seen in text.</param>
public sealed record Entity(string Id, string CanonicalName, EntityType Type, IReadOnlyList<string> Aliases, string? Provenance)
{
    /// <summary>Gets the adjectives and demonyms that point at the entity ("Iranian" for Iran, "American" for the United States); empty when none are known.</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>Gets the head nouns a description of this entity ends with ("observatory", "war monitor" for the Syrian Observatory for Human Rights); empty when none are known.</summary>
    public IReadOnlyList<string> Heads { get; init; } = [];

    /// <summary>Gets a value indicating whether the entity comes from a table rather than from text alone.</summary>
    public bool IsKnown => Provenance is not null;

    /// <inheritdoc/>
    public override string ToString() => $"{CanonicalName} ({Type}{(Aliases.Count > 0 ? ", aka " + string.Join(", ", Aliases.Take(3)) : string.Empty)})";
}
