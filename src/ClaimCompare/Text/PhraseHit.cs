namespace ClaimCompare.Text;

/// <summary>Where a phrase of a <see cref="PhraseIndex"/> occurs in a text.</summary>
/// <remarks>An immutable value.</remarks>
/// <param name="Start">The first character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Phrase">The phrase's index in its table.</param>
internal readonly record struct PhraseHit(int Start, int End, int Phrase);
