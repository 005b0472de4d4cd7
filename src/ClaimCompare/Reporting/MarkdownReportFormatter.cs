using System.Globalization;
using System.Text;
using ClaimCompare.Claims;

namespace ClaimCompare.Reporting;

/// <summary>Markdown tables of disagreements, events and claims; stateless and thread-safe.</summary>
internal static class MarkdownReportFormatter
{
    public static void Write(ComparisonReport report, TextWriter writer)
    {
        var events = ReportText.EventsById(report);
        writer.Write("# Claim comparison\n\n");
        writer.Write(ReportText.Summary(report) + ".\n\n");
        if (report.Disagreements.Count > 0)
        {
            writer.Write("**Most severe:** " + Cell(ReportText.Headline(report.Disagreements[0], events)) + "\n\n");
            writer.Write("## Disagreements\n\n| # | Type | Kind | Event | Subject | Sides | Severity | Explanation |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            foreach (var d in report.Disagreements)
            {
                var sides = string.Join("<br>", d.Sides.Select(s => s.Label + " (" + ReportText.Voices(s) + "): " + ReportText.ListClaims(s, ", ", id => id)));
                writer.Write("| " + d.Id + " | " + d.Type.ToString().ToLowerInvariant() + " | " + ReportText.Kind(d) + " | " + d.EventId + " | " + Cell(d.Subject) + " | "
                    + Cell(sides) + " | " + ReportText.Severity(d.Severity) + " | " + Cell(d.Explanation) + " |\n");
            }

            writer.Write('\n');
        }

        writer.Write("## Events\n\n| Event | Label | Claims | Reason |\n| --- | --- | --- | --- |\n");
        foreach (var e in report.Events)
        {
            writer.Write("| " + e.Id + " | " + Cell(e.Label) + " | " + Cell(string.Join(", ", e.ClaimIds)) + " | " + Cell(e.Reason) + " |\n");
        }

        writer.Write("\n## Claims\n\n| Claim | Document | Kind | Value | Subject / actor | Source | Event | Evidence |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var c in report.Claims)
        {
            var value = c.Kind == ClaimKind.Responsibility ? c.Polarity?.ToString().ToLowerInvariant() ?? string.Empty : ReportText.Interval(c.Interval);
            var about = c.Kind == ClaimKind.Responsibility ? c.Actor ?? "(no actor)" : c.Subject ?? string.Empty;
            writer.Write("| " + c.Id + " | " + Cell(c.DocumentId) + " | " + c.Kind.ToString().ToLowerInvariant() + " | " + Cell(value) + " | " + Cell(about) + " | "
                + Cell(c.Source.Speaker ?? "(unattributed)") + " | " + c.EventId + " | " + Cell(c.EvidenceText) + " |\n");
        }
    }

    /// <summary>Escapes text for a table cell: pipes, line breaks and inline HTML.</summary>
    private static string Cell(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            _ = ch switch
            {
                '|' => builder.Append("\\|"),
                '\r' or '\n' => builder.Append(' '),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(ch),
            };
        }

        // Line breaks we add between sides come back as <br>.
        return builder.ToString().Replace("&lt;br&gt;", "<br>", StringComparison.Ordinal);
    }
}
