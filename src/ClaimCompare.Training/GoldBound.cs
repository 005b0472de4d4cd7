using System.Text.Json;

namespace ClaimCompare.Training;

/// <summary>A gold bound as score.py reads it: none (null), a number, or a range of accepted numbers.</summary>
/// <param name="From">The least accepted value, or <see langword="null"/> when the bound is none.</param>
/// <param name="To">The greatest accepted value.</param>
internal readonly record struct GoldBound(double? From, double? To)
{
    /// <summary>Reads the bound named <paramref name="property"/> of a gold claim.</summary>
    /// <param name="claim">The claim's JSON.</param>
    /// <param name="property">"low" or "high".</param>
    /// <returns>The bound.</returns>
    public static GoldBound Read(JsonElement claim, string property) =>
        !claim.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? default
        : value.ValueKind == JsonValueKind.Array ? new GoldBound(value[0].GetDouble(), value[1].GetDouble())
        : new GoldBound(value.GetDouble(), value.GetDouble());

    /// <summary>Returns whether a predicted bound is accepted (score.py's <c>bound_ok</c>).</summary>
    /// <param name="predicted">The predicted bound.</param>
    /// <returns>Whether it is accepted.</returns>
    public bool Accepts(double? predicted) =>
        From is null ? predicted is null : predicted is { } p && p >= From.Value - 1e-9 && p <= To!.Value + 1e-9;
}
