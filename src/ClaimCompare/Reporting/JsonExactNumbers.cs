using System.Text.Json;
using ClaimCompare.Quantities;
using static ClaimCompare.Reporting.ReportReader;

namespace ClaimCompare.Reporting;

/// <summary>
/// The exact numbers of the JSON report (schemaVersion 3): a finite double as a JSON number in the shortest form that
/// reads back to the same double, and what JSON has no number for as a string (<c>"Infinity"</c>, <c>"-Infinity"</c>,
/// <c>"NaN"</c>), so every number the report holds reads back equal and the JSON stays valid.
/// </summary>
/// <remarks>
/// The fields of versions 1 and 2 (a claim's <c>low</c> and <c>high</c>, <c>severity</c>) keep their meaning: a bound
/// JSON cannot hold is <c>null</c> there and the severity is rounded; the exact value sits beside them. Stateless;
/// thread-safe.
/// </remarks>
internal static class JsonExactNumbers
{
    private const string PositiveInfinity = "Infinity";
    private const string NegativeInfinity = "-Infinity";
    private const string NotANumber = "NaN";

    /// <summary>Writes a number exactly: a finite one as a number, <see langword="null"/> as null, the others as strings.</summary>
    public static void Write(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        WriteValue(json, value);
    }

    /// <summary>Writes an interval exactly, as an object of its two bounds.</summary>
    public static void WriteInterval(Utf8JsonWriter json, string name, Interval interval)
    {
        json.WriteStartObject(name);
        Write(json, "low", interval.Low);
        Write(json, "high", interval.High);
        json.WriteEndObject();
    }

    /// <summary>
    /// The interval that the version 2 fields <c>low</c> and <c>high</c> read back as: a bound JSON cannot hold is
    /// unbounded there. When it differs from the interval itself, the exact interval is written beside them.
    /// </summary>
    public static Interval AsVersion2(Interval interval) =>
        new(interval.Low is { } l && double.IsFinite(l) ? l : null, interval.High is { } h && double.IsFinite(h) ? h : null);

    /// <summary>Reads a number written by <see cref="Write"/>.</summary>
    public static double? Read(JsonElement e, string name, Place at)
    {
        var value = Property(e, name, at);
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String => value.GetString() switch
            {
                PositiveInfinity => double.PositiveInfinity,
                NegativeInfinity => double.NegativeInfinity,
                NotANumber => double.NaN,
                var text => throw at.Then(name).Error($"'{text}' is not a number, \"Infinity\", \"-Infinity\" or \"NaN\""),
            },
            _ => throw at.Then(name).Error($"expected a number, found {value.ValueKind.ToString().ToLowerInvariant()}"),
        };
    }

    /// <summary>Reads a number written by <see cref="Write"/> that may not be <see langword="null"/>.</summary>
    public static double ReadRequired(JsonElement e, string name, Place at) =>
        Read(e, name, at) ?? throw at.Then(name).Error("expected a number, found null");

    /// <summary>Reads an interval written by <see cref="WriteInterval"/>.</summary>
    public static Interval ReadInterval(JsonElement e, Place at)
    {
        Expect(e, JsonValueKind.Object, at);
        return new Interval(Read(e, "low", at), Read(e, "high", at));
    }

    private static void WriteValue(Utf8JsonWriter json, double? value)
    {
        if (value is not { } v)
        {
            json.WriteNullValue();
        }
        else if (double.IsFinite(v))
        {
            // Utf8JsonWriter writes the shortest text that parses back to the same double.
            json.WriteNumberValue(v);
        }
        else
        {
            json.WriteStringValue(double.IsNaN(v) ? NotANumber : v > 0 ? PositiveInfinity : NegativeInfinity);
        }
    }
}
