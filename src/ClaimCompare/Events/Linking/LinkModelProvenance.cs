namespace ClaimCompare.Events.Linking;

/// <summary>Where a <see cref="LinkModel"/> comes from and how well it scored: kept in the file so a model says how far it generalises.</summary>
/// <param name="Corpora">The names of the corpora it was trained on.</param>
/// <param name="Commit">The commit of the code it was trained with, when known.</param>
/// <param name="Scores">Named groups of named figures ("cross-validation/FastTree" → "auc" → 0.97), as the trainer measured them.</param>
internal sealed record LinkModelProvenance(IReadOnlyList<string> Corpora, string? Commit, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Scores)
{
    /// <summary>Gets the provenance of a model that records none.</summary>
    public static LinkModelProvenance None { get; } = new([], null, new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal));
}
