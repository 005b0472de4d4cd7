namespace ClaimCompare.Quantities;

/// <summary>Settings for a <see cref="QuantityRecognizer"/>.</summary>
/// <remarks>Instances are immutable and thread-safe; the recogniser copies what it needs at construction.</remarks>
public sealed record QuantityRecognizerOptions
{
    /// <summary>
    /// Gets the vague quantifiers to read in addition to the built-in ones. An entry with the same
    /// words as a built-in one replaces it. Adding entries costs one dictionary entry each; the scan
    /// stays linear.
    /// </summary>
    public IReadOnlyList<VagueQuantifier> ExtraVagueQuantifiers { get; init; } = [];
}
