using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Reporting;

/// <summary>
/// Writes the JSON contract of GOLD-FORMAT.md straight to a stream with <see cref="Utf8JsonWriter"/>, one record at a
/// time, flushing as it goes: the report is never held as one string. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// A side that several disagreements of one group share (a bridge set against a whole side of the group) is written
/// once, in the disagreement that holds the most such sides; the others refer to it and set their own claims against
/// it as <c>bridges</c> there, so the output grows with the claims, not with claims times bridges.
/// Since version 3 the JSON carries everything the report holds (a claim's sentence, speaker span, hedging and number
/// parse, an event's basis, a disagreement's exact severity and reason), so <see cref="ReportReader"/> reads back a
/// report <c>==</c> to the one written; the fields of version 2 keep their meaning and the new ones sit beside them.
/// </remarks>
internal static class JsonReportFormatter
{
    /// <summary>
    /// The version of the JSON shape: 2 added <c>bridges</c> and shared sides; 3 added what the report holds beyond
    /// version 2 (the round trip is exact).
    /// </summary>
    public const int SchemaVersion = 3;

    // Flushed to the output whenever this much is pending.
    private const int FlushBytes = 1 << 16;

    public static void Write(ComparisonReport report, Stream stream, ReportWriterOptions options)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            // Article text keeps its quotes and dashes readable; the output is JSON, never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = options.Indented,
            NewLine = "\n",
            SkipValidation = true,
        });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteStartArray("documents");
        foreach (var d in report.Documents)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("outlet", d.Outlet);
            json.WriteString("publishedOn", d.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("claims", d.ClaimCount);
            Strings(json, "diagnostics", d.Diagnostics);
            json.WriteEndObject();
            Flush(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("claims");
        foreach (var c in report.Claims)
        {
            Claim(json, c);
            Flush(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var e in report.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("label", e.Label);
            json.WriteString("reason", e.Reason);
            json.WriteString("trigger", e.Cues.Trigger);
            json.WriteString("place", e.Cues.Place);
            json.WriteString("date", e.Cues.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Strings(json, "actors", e.Cues.Actors);
            Strings(json, "claims", e.ClaimIds);
            Basis(json, e.Basis);
            json.WriteEndObject();
            Flush(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("disagreements");
        var plan = SharedSides.Plan(report.Disagreements);
        for (var i = 0; i < report.Disagreements.Count; i++)
        {
            Disagreement(json, report.Disagreements, i, plan);
            Flush(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("unclassified");
        foreach (var u in report.Unclassified)
        {
            json.WriteStartObject();
            json.WriteString("document", u.DocumentId);
            json.WriteString("text", u.Quantity.Text);
            json.WriteNumber("start", u.Quantity.Span.Start);
            json.WriteNumber("end", u.Quantity.Span.End);
            json.WriteString("reason", Lower(u.Reason.ToString()));
            Parse(json, u.Quantity);
            json.WriteEndObject();
            Flush(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Flush(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushBytes)
        {
            json.Flush();
        }
    }

    private static void Claim(Utf8JsonWriter json, Claim c)
    {
        json.WriteStartObject();
        json.WriteString("id", c.Id);
        json.WriteString("document", c.DocumentId);
        json.WriteString("kind", Lower(c.Kind.ToString()));
        Number(json, "low", c.Kind == ClaimKind.Responsibility ? null : c.Interval.Low);
        Number(json, "high", c.Kind == ClaimKind.Responsibility ? null : c.Interval.High);
        json.WriteNumber("start", c.Evidence.Start);
        json.WriteNumber("end", c.Evidence.End);
        json.WriteString("event", c.EventId);
        json.WriteString("actor", c.Actor);
        json.WriteString("polarity", c.Polarity is { } p ? Lower(p.ToString()) : null);
        json.WriteString("source", c.Source.Speaker);
        json.WriteString("subject", c.Subject);
        json.WriteString("outlet", c.Outlet);
        json.WriteString("hedge", c.Quantity is { } q ? Lower(q.Hedge.ToString()) : null);
        json.WriteString("timing", Lower(c.Timing.ToString()));
        json.WriteString("evidence", c.EvidenceText);

        // Version 3: the rest of the claim, so that it reads back equal.
        Span(json, "sentence", c.Sentence);
        if (c.Source.SpeakerSpan is { } speaker)
        {
            Span(json, "sourceSpan", speaker);
        }
        else
        {
            json.WriteNull("sourceSpan");
        }

        json.WriteBoolean("sourceHedged", c.Source.IsHedged);
        if (c.Quantity is { } quantity)
        {
            json.WriteStartObject("quantity");
            json.WriteNumber("start", quantity.Span.Start);
            json.WriteNumber("end", quantity.Span.End);
            json.WriteString("text", quantity.Text);
            Parse(json, quantity);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("quantity");
        }

        // low and high above are null for a responsibility claim and for a bound JSON has no number for; the exact
        // interval is written only when they do not carry it (never for the claims the pipeline makes today).
        var carried = c.Kind == ClaimKind.Responsibility ? Interval.Unbounded : JsonExactNumbers.AsVersion2(c.Interval);
        if (carried != c.Interval)
        {
            JsonExactNumbers.WriteInterval(json, "interval", c.Interval);
        }

        json.WriteEndObject();
    }

    private static void Disagreement(Utf8JsonWriter json, IReadOnlyList<Disagreement> all, int index, SharedSides plan)
    {
        var d = all[index];
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("type", Lower(d.Type.ToString()));
        json.WriteString("kind", Lower(d.Kind.ToString()));
        json.WriteString("event", d.EventId);
        json.WriteString("subject", d.Subject);
        json.WriteNumber("severity", DisplaySeverity(d.Severity));
        json.WriteString("explanation", d.Explanation);

        // Sides written here; a side held by another disagreement is referred to in sideDetails instead.
        json.WriteStartArray("sides");
        foreach (var side in d.Sides)
        {
            if (plan.HolderOf(side, index) == index)
            {
                Strings(json, null, side.ClaimIds);
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("bridges");
        foreach (var (claim, against) in plan.BridgesOf(index))
        {
            json.WriteStartObject();
            json.WriteString("claim", claim);
            json.WriteStartArray("against");
            foreach (var side in against)
            {
                json.WriteNumberValue(side);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sideDetails");
        var written = 0;
        foreach (var side in d.Sides)
        {
            json.WriteStartObject();
            json.WriteString("label", side.Label);
            Number(json, "low", side.Interval.Low);
            Number(json, "high", side.Interval.High);
            if (JsonExactNumbers.AsVersion2(side.Interval) != side.Interval)
            {
                JsonExactNumbers.WriteInterval(json, "interval", side.Interval);
            }

            var holder = plan.HolderOf(side, index);
            if (holder == index)
            {
                json.WriteNumber("side", written++);
                json.WriteStartArray("voices");
                foreach (var voice in side.Voices)
                {
                    json.WriteStartObject();
                    json.WriteString("source", voice.Source);
                    Strings(json, "documents", voice.Documents);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }
            else
            {
                json.WriteStartObject("sharedWith");
                json.WriteString("disagreement", all[holder].Id);
                json.WriteNumber("side", plan.IndexIn(side));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        // Version 3: the severity as computed and the reason the explanation is rendered from.
        JsonExactNumbers.Write(json, "exactSeverity", d.Severity);
        if (d.Reason is { } reason)
        {
            json.WriteStartObject("reason");
            JsonExactNumbers.Write(json, "logGap", reason.LogGap);
            json.WriteStartArray("timeOrder");
            foreach (var side in reason.TimeOrder)
            {
                json.WriteNumberValue(side);
            }

            json.WriteEndArray();
            json.WriteNumber("unlistedSides", reason.UnlistedSides);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("reason");
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The severity as versions 1 and 2 write it, for display and ranking: rounded to 4 decimals and never past JSON's
    /// range (NaN and below 0 as 0, infinity as the largest double). <c>exactSeverity</c> holds the value itself.
    /// </summary>
    private static double DisplaySeverity(double severity) =>
        Math.Round(double.IsNaN(severity) ? 0 : Math.Clamp(severity, 0, double.MaxValue), 4);

    private static void Span(Utf8JsonWriter json, string name, TextSpan span)
    {
        json.WriteStartObject(name);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteEndObject();
    }

    /// <summary>What the number recogniser read of a quantity, beyond its text and span.</summary>
    private static void Parse(Utf8JsonWriter json, Quantity q)
    {
        json.WriteStartObject("parse");
        JsonExactNumbers.Write(json, "value", q.Value);
        JsonExactNumbers.Write(json, "low", q.Interval.Low);
        JsonExactNumbers.Write(json, "high", q.Interval.High);
        json.WriteString("hedge", Lower(q.Hedge.ToString()));
        json.WriteString("vagueness", Lower(q.Vagueness.ToString()));
        json.WriteString("nonCount", Lower(q.NonCountReason.ToString()));
        json.WriteString("counted", Lower(q.Counted.ToString()));
        json.WriteEndObject();
    }

    /// <summary>Why the cluster's events belong together, as the linker found it; null for a cluster made otherwise.</summary>
    private static void Basis(Utf8JsonWriter json, in EventReason basis)
    {
        if (basis == default)
        {
            json.WriteNull("basis");
            return;
        }

        json.WriteStartObject("basis");
        json.WriteString("kind", Lower(basis.Kind.ToString()));
        json.WriteNumber("documents", basis.Documents);
        json.WriteString("marker", basis.Marker);
        json.WriteBoolean("includesBackground", basis.IncludesBackground);
        json.WriteString("trigger", basis.Trigger);
        json.WriteString("place", basis.Place);
        json.WriteString("date", basis.Date);
        json.WriteNumber("reportedOverDays", basis.ReportedOverDays);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string? name, IEnumerable<string> values)
    {
        if (name is null)
        {
            json.WriteStartArray();
        }
        else
        {
            json.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    // JSON has no infinity: a bound that overflowed a double ("about 1e308") is written as unbounded
    // rather than failing the whole report.
    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Lower(string value) => value.ToLowerInvariant();
}
