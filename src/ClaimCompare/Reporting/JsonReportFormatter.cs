using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCompare.Claims;
using ClaimCompare.Diff;

namespace ClaimCompare.Reporting;

/// <summary>Writes the JSON contract of GOLD-FORMAT.md through the source-generated <see cref="ComparisonJsonContext"/>; stateless and thread-safe.</summary>
internal static class JsonReportFormatter
{
    private static readonly ComparisonJsonContext Context = new(new JsonSerializerOptions
    {
        // Article text keeps its quotes and dashes readable; the output is JSON, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        NewLine = "\n",
    });

    public static void Write(ComparisonReport report, TextWriter writer)
    {
        var json = JsonSerializer.Serialize(ToJson(report), Context.JsonReport);
        writer.Write(json);
        writer.Write('\n');
    }

    internal static JsonReport ToJson(ComparisonReport report) => new(
        [.. report.Documents.Select(d => new JsonDocumentEntry(d.Id, d.Outlet, d.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.ClaimCount, d.Diagnostics))],
        [.. report.Claims.Select(ToJson)],
        [.. report.Events.Select(e => new JsonEvent(e.Id, e.Label, e.Reason, e.Cues.Trigger, e.Cues.Place, e.Cues.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Cues.Actors, e.ClaimIds))],
        [.. report.Disagreements.Select(ToJson)],
        [.. report.Unclassified.Select(u => new JsonUnclassified(u.DocumentId, u.Quantity.Text, u.Quantity.Span.Start, u.Quantity.Span.End, Lower(u.Reason.ToString())))]);

    private static JsonClaim ToJson(Claim c) => new(
        c.Id,
        c.DocumentId,
        Lower(c.Kind.ToString()),
        c.Kind == ClaimKind.Responsibility ? null : Finite(c.Interval.Low),
        c.Kind == ClaimKind.Responsibility ? null : Finite(c.Interval.High),
        c.Evidence.Start,
        c.Evidence.End,
        c.EventId,
        c.Actor,
        c.Polarity is { } p ? Lower(p.ToString()) : null,
        c.Source.Speaker,
        c.Subject,
        c.Outlet,
        c.Quantity is { } q ? Lower(q.Hedge.ToString()) : null,
        Lower(c.Timing.ToString()),
        c.EvidenceText);

    private static JsonDisagreement ToJson(Disagreement d) => new(
        d.Id,
        Lower(d.Type.ToString()),
        Lower(d.Kind.ToString()),
        d.EventId,
        d.Subject,
        Math.Round(double.IsNaN(d.Severity) ? 0 : Math.Min(d.Severity, double.MaxValue), 4),
        d.Explanation,
        [.. d.Sides.Select(s => s.ClaimIds)],
        [.. d.Sides.Select(s => new JsonSide(s.Label, Finite(s.Interval.Low), Finite(s.Interval.High), [.. s.Voices.Select(v => new JsonVoice(v.Source, v.Documents))]))]);

    private static string Lower(string value) => value.ToLowerInvariant();

    // JSON has no infinity: a bound that overflowed a double ("about 1e308") is written as unbounded
    // rather than failing the whole report.
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
