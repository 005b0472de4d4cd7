namespace ClaimCompare.Quantities;

/// <summary>The modifier that turns a stated number into an interval.</summary>
/// <remarks>
/// Each value maps to a documented bound rule; see <see cref="Quantity.Interval"/>. Counts are whole
/// numbers, so <see cref="QuantityRecognizer"/> stores strict bounds as the next whole number:
/// "more than 70" is <c>[71, ∞)</c>, "fewer than 10" is <c>[0, 9]</c>. "About N" is
/// <c>[⌈0.9N⌉, ⌊1.1N⌋]</c> widened to at least N±1; "nearly N" is <c>[⌈0.9N⌉ (at most N-1), N]</c>;
/// ranges are inclusive. This is an enumeration: immutable and thread-safe.
/// </remarks>
public enum Hedge
{
    /// <summary>No modifier: "22 people" is exactly 22.</summary>
    None,

    /// <summary>"at least", "no fewer than", "N or more": <c>[N, ∞)</c>.</summary>
    AtLeast,

    /// <summary>"more than", "over", "upwards of": <c>(N, ∞)</c>.</summary>
    MoreThan,

    /// <summary>"up to", "no more than", "at most": <c>[0, N]</c>.</summary>
    AtMost,

    /// <summary>"fewer than", "less than", "under": <c>[0, N)</c>.</summary>
    LessThan,

    /// <summary>"about", "around", "roughly", "some", "approximately", "an estimated": an interval around N.</summary>
    Approximately,

    /// <summary>"nearly", "almost", "as many as": just below N, or N.</summary>
    Nearly,

    /// <summary>An explicit range: "between 10 and 15", "10 to 15", "15 or 16".</summary>
    Range,

    /// <summary>A vague quantifier with a calibrated interval: "several", "dozens", "a handful".</summary>
    Vague,
}
