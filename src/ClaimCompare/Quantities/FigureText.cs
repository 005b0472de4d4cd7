using System.Globalization;

namespace ClaimCompare.Quantities;

/// <summary>
/// Writes a figure as every text of a comparison shows it: invariant culture, at most two decimals ("22", "0.5"),
/// and figures past <see cref="Limit"/> (or ones that overflowed) as <see cref="Beyond"/>.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. It lives beside <see cref="Interval"/>, the value it writes, because both Diff (side
/// labels, which are data) and Reporting (the formats) write figures, and a stage never depends on Reporting.
/// </remarks>
internal static class FigureText
{
    /// <summary>The largest figure a text prints as itself; counts of people or things never come near it.</summary>
    public const double Limit = 1e15;

    /// <summary>What a text prints for a figure past <see cref="Limit"/>, or one that overflowed.</summary>
    public const string Beyond = "beyond 10^15";

    /// <summary>Writes a figure with at most two decimals; a missing one (an open bound) as "∞".</summary>
    /// <param name="value">The figure, or <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Number(double? value) =>
        value is { } v ? Figure(v, "0.##") : "∞";

    /// <summary>Writes a figure in <paramref name="format"/>, or as <see cref="Beyond"/> past <see cref="Limit"/>.</summary>
    /// <param name="value">The figure.</param>
    /// <param name="format">The .NET numeric format ("0.##").</param>
    /// <returns>The text.</returns>
    /// <remarks>Printed in full, 1e300 is 301 digits, and infinity or NaN is no figure at all.</remarks>
    public static string Figure(double value, string format) =>
        Math.Abs(value) <= Limit ? value.ToString(format, CultureInfo.InvariantCulture) : value < 0 ? "-" + Beyond : Beyond;
}
