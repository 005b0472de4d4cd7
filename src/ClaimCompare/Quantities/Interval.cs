using System.Globalization;

namespace ClaimCompare.Quantities;

/// <summary>
/// A closed interval of possible values for a stated number. A <see langword="null"/> bound is
/// unbounded: "at least 22" is <c>[22, ∞)</c>. For counts, strict bounds are stored as the next
/// whole number ("more than 70" is <c>[71, ∞)</c>), so every bound here is inclusive.
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
/// <param name="Low">The smallest possible value, or <see langword="null"/> for no lower bound.</param>
/// <param name="High">The largest possible value, or <see langword="null"/> for no upper bound.</param>
public readonly record struct Interval(double? Low, double? High)
{
    /// <summary>Gets the interval that admits every value.</summary>
    public static Interval Unbounded => new(null, null);

    /// <summary>Creates the interval that holds exactly one value.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>[value, value]</c>.</returns>
    public static Interval Exactly(double value) => new(value, value);

    /// <summary>Gets a value indicating whether the interval holds exactly one value.</summary>
    public bool IsPoint => Low is { } low && High is { } high && low == high;

    /// <summary>Returns whether some value lies in both intervals.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when both statements can hold at once.</returns>
    public bool Overlaps(Interval other) =>
        (High is not { } h1 || other.Low is not { } l2 || l2 <= h1)
        && (other.High is not { } h2 || Low is not { } l1 || l1 <= h2);

    /// <summary>Returns the values that both intervals admit, or <see langword="null"/> when none.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>The intersection, or <see langword="null"/>.</returns>
    public Interval? Intersect(Interval other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        double? low = Low is null ? other.Low : other.Low is null ? Low : Math.Max(Low.Value, other.Low.Value);
        double? high = High is null ? other.High : other.High is null ? High : Math.Min(High.Value, other.High.Value);
        return new Interval(low, high);
    }

    /// <summary>
    /// Returns how far apart two disjoint intervals are, as the natural logarithm of the ratio of the
    /// nearer bounds (each shifted by one so that zero is comparable). Overlapping intervals give 0.
    /// </summary>
    /// <param name="other">The other interval.</param>
    /// <returns>A non-negative gap in log units; 0 when the intervals overlap.</returns>
    public double LogGap(Interval other)
    {
        if (Overlaps(other))
        {
            return 0;
        }

        // Disjoint: one lies wholly below the other, so both facing bounds are finite.
        var (lowerHigh, upperLow) = High is { } h && other.Low is { } l && h < l
            ? (h, l)
            : (other.High!.Value, Low!.Value);
        return Math.Log((upperLow + 1) / (Math.Max(lowerHigh, 0) + 1));
    }

    /// <inheritdoc/>
    public override string ToString() =>
        IsPoint
            ? Format(Low)
            : $"[{Format(Low)}, {(High is null ? "∞" : Format(High))}{(High is null ? ")" : "]")}";

    private static string Format(double? value) =>
        value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "-∞";
}
