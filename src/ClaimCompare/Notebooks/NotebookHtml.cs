using ClaimCompare.Reporting;
using System.Globalization;
using System.Net;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;

namespace ClaimCompare.Notebooks;

/// <summary>
/// text/html display: compact tables and a small number-line chart per numeric disagreement. It writes a
/// fragment, not a page, with styles scoped to its own class so it cannot restyle the notebook; every
/// string from an article is HTML-encoded. Stateless and thread-safe.
/// </summary>
internal static class NotebookHtml
{

    private const string Style =
        "<style>.claimcompare table{border-collapse:collapse;font-size:12px;margin:.3em 0}"
        + ".claimcompare th,.claimcompare td{border:1px solid #ccd;padding:2px 6px;text-align:left;vertical-align:top}"
        + ".claimcompare .meta{color:#667}" + HtmlReportFormatter.ChartStyle + "</style>";

    public static bool TryWrite(object instance, TextWriter writer)
    {
        switch (instance)
        {
            case ComparisonReport report:
                Report(report, writer);
                return true;
            case Disagreement disagreement:
                Open(writer);
                DisagreementTable([disagreement], events: null, claims: null, writer);
                Close(writer);
                return true;
            case Claim claim:
                Open(writer);
                KeyValues(ClaimRows(claim), writer);
                Close(writer);
                return true;
            case EventCluster cluster:
                Open(writer);
                KeyValues(EventRows(cluster), writer);
                Close(writer);
                return true;
            default:
                return false;
        }
    }

    private static void Report(ComparisonReport report, TextWriter writer)
    {
        Open(writer);
        var conflicts = report.Disagreements.Count(d => d.Type == DisagreementType.Conflict);
        writer.Write("<p><strong>" + E(Count(report.Disagreements.Count, "disagreement")) + "</strong> <span class=\"meta\">("
            + E(Count(conflicts, "conflict") + ", " + Count(report.Disagreements.Count - conflicts, "revision") + ") in "
            + Count(report.Documents.Count, "document") + ", " + Count(report.Claims.Count, "claim") + ", " + Count(report.Events.Count, "event")) + "</span></p>");
        if (report.Disagreements.Count == 0)
        {
            writer.Write("<p>No disagreement found.</p>");
        }
        else
        {
            DisagreementTable(report.Disagreements, report.Events.ToDictionary(e => e.Id, StringComparer.Ordinal), report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal), writer);
        }

        writer.Write("<details><summary>" + E(Count(report.Events.Count, "event")) + "</summary><table><tr><th>Event</th><th>Label</th><th>Claims</th><th>Why together</th></tr>");
        foreach (var e in report.Events)
        {
            writer.Write("<tr><td>" + E(e.Id) + "</td><td>" + E(e.Label) + "</td><td>" + E(string.Join(", ", e.ClaimIds)) + "</td><td>" + E(e.Reason) + "</td></tr>");
        }

        writer.Write("</table></details><details><summary>" + E(Count(report.Claims.Count, "claim")) + "</summary><table><tr><th>Claim</th><th>Document</th><th>Kind</th><th>Value</th><th>Source</th><th>Event</th><th>Evidence</th></tr>");
        foreach (var c in report.Claims)
        {
            writer.Write("<tr><td>" + E(c.Id) + "</td><td>" + E(c.DocumentId) + "</td><td>" + E(Lower(c.Kind)) + "</td><td>" + E(Value(c)) + "</td><td>"
                + E(c.Source.ToString()) + "</td><td>" + E(c.EventId) + "</td><td>" + E(c.EvidenceText) + "</td></tr>");
        }

        writer.Write("</table></details>");
        Close(writer);
    }

    private static void DisagreementTable(IReadOnlyList<Disagreement> disagreements, Dictionary<string, EventCluster>? events, Dictionary<string, Claim>? claims, TextWriter writer)
    {
        writer.Write("<table><tr><th>#</th><th>Type</th><th>Event</th><th>Subject</th><th>Sides</th><th>Severity</th><th>Explanation</th></tr>");
        foreach (var d in disagreements)
        {
            var eventText = events is not null && events.TryGetValue(d.EventId, out var cluster) ? d.EventId + " " + cluster.Label : d.EventId;
            writer.Write("<tr><td>" + E(d.Id) + "</td><td>" + E(Lower(d.Type)) + "</td><td>" + E(eventText) + "</td><td>" + E(string.Equals(d.Subject, Lower(d.Kind), StringComparison.Ordinal) ? d.Subject : Lower(d.Kind) + " · " + d.Subject) + "</td><td>");
            foreach (var side in d.Sides)
            {
                writer.Write("<div><strong>" + E(side.Label) + "</strong> <span class=\"meta\">" + E(ReportText.Voices(side) + " [" + string.Join(" ", side.ClaimIds) + "]") + "</span></div>");
            }

            writer.Write("</td><td>" + ReportText.Severity(d.Severity) + "</td><td>" + E(d.Explanation));
            if (d.Kind != ClaimKind.Responsibility && d.Sides.Count > 0)
            {
                HtmlReportFormatter.Chart(d, claims, writer);
            }

            writer.Write("</td></tr>");
        }

        writer.Write("</table>");
    }

    private static IEnumerable<(string Key, string Value)> ClaimRows(Claim c)
    {
        yield return ("Claim", c.Id);
        yield return ("Kind", Lower(c.Kind));
        yield return ("Value", Value(c));
        yield return ("Source", c.Source.ToString());
        yield return ("Document", c.DocumentId + (c.Outlet is null ? string.Empty : " (" + c.Outlet + ")"));
        yield return ("Event", c.EventId);
        yield return ("Evidence", "\u201C" + c.EvidenceText + "\u201D " + c.Evidence);
    }

    private static IEnumerable<(string Key, string Value)> EventRows(EventCluster e)
    {
        yield return ("Event", e.Id);
        yield return ("Label", e.Label);
        yield return ("Cues", e.Cues.ToString());
        yield return ("Claims", string.Join(", ", e.ClaimIds));
        yield return ("Why together", e.Reason);
    }

    private static void KeyValues(IEnumerable<(string Key, string Value)> rows, TextWriter writer)
    {
        writer.Write("<table>");
        foreach (var (key, value) in rows)
        {
            writer.Write("<tr><th>" + E(key) + "</th><td>" + E(value) + "</td></tr>");
        }

        writer.Write("</table>");
    }

    private static string Value(Claim c) => c.Kind == ClaimKind.Responsibility
        ? (c.Actor ?? "(no actor)") + " " + (c.Polarity is { } p ? Lower(p) : string.Empty)
        : ReportText.Interval(c.Interval) + " " + c.Subject;

    private static void Open(TextWriter writer) => writer.Write("<div class=\"claimcompare\">" + Style);

    private static void Close(TextWriter writer) => writer.Write("</div>");

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();


    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
