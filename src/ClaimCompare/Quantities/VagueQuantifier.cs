namespace ClaimCompare.Quantities;

/// <summary>
/// A vague quantifier and the inclusive interval it is read as, for example "a smattering" as
/// <c>[2, 4]</c>. The built-in table lives in <c>vague.lexicon.json</c>; callers add their own through
/// <see cref="QuantityRecognizerOptions.ExtraVagueQuantifiers"/>.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Phrase">The words, matched case-insensitively and separated by spaces ("a smattering").</param>
/// <param name="Low">The smallest count the phrase admits, or <see langword="null"/> for no lower bound.</param>
/// <param name="High">The largest count the phrase admits, or <see langword="null"/> for no upper bound.</param>
/// <param name="Source">Where the range comes from (a study, a style guide, a house convention).</param>
public sealed record VagueQuantifier(string Phrase, double? Low, double? High, string Source);
