using ClaimCompare.Text;

namespace ClaimCompare.Quantities;

/// <summary>
/// A number phrase found in text, read as an interval: "at least 22" is <c>[22, ∞)</c>,
/// "up to a handful" about <c>[0, 5]</c>, "no one" exactly 0.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Span">Where the whole phrase, hedge included, lies in the text.</param>
/// <param name="Text">The phrase as written (<c>text[Span.Start..Span.End]</c>).</param>
/// <param name="Value">The stated number when it is exact ("22", "at least 22" → 22); <see langword="null"/> for vague words and ranges.</param>
/// <param name="Interval">The values the phrase admits, inclusive; unbounded sides are <see langword="null"/>.</param>
/// <param name="Hedge">The modifier that produced the interval.</param>
/// <param name="Vagueness">How precisely the number is stated.</param>
/// <param name="NonCountReason">Why the number is not a count, or <see cref="Quantities.NonCountReason.None"/> when it is one.</param>
/// <param name="Counted">Whether the count is of people or things, when the following noun tells.</param>
public sealed record Quantity(
    TextSpan Span,
    string Text,
    double? Value,
    Interval Interval,
    Hedge Hedge,
    Vagueness Vagueness,
    NonCountReason NonCountReason = NonCountReason.None,
    CountedThing Counted = CountedThing.Unknown)
{
    /// <summary>Gets a value indicating whether the number counts people or things (not an age, year, date, amount, ...).</summary>
    public bool IsCount => NonCountReason == NonCountReason.None;

    /// <inheritdoc/>
    public override string ToString() => $"\"{Text}\" {Interval} ({Hedge}){(IsCount ? string.Empty : $" not a count: {NonCountReason}")}";
}
