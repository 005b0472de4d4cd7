using System.Globalization;
using ClaimCompare.Diff;

namespace ClaimCompare.Reporting;

/// <summary>Plain text for a terminal: headline, conflicts, revision chains, events; stateless and thread-safe.</summary>
internal static class TextReportFormatter
{
    public static void Write(ComparisonReport report, TextWriter writer)
    {
        var events = ReportText.EventsById(report);
        if (report.Disagreements.Count == 0)
        {
            writer.Write("No disagreement found.\n");
        }
        else
        {
            writer.Write("Most severe: " + ReportText.Headline(report.Disagreements[0], events) + "\n");
        }

        writer.Write(ReportText.Summary(report) + "\n");

        var conflicts = report.Disagreements.Where(d => d.Type == DisagreementType.Conflict).ToList();
        if (conflicts.Count > 0)
        {
            writer.Write("\nConflicts, most severe first\n");
            for (var i = 0; i < conflicts.Count; i++)
            {
                var d = conflicts[i];
                writer.Write((i + 1).ToString(CultureInfo.InvariantCulture) + ". " + ReportText.Headline(d, events) + "\n");
                writer.Write("   " + d.Explanation + " [" + d.Id + ", severity " + ReportText.Severity(d.Severity) + "; "
                    + string.Join(" | ", d.Sides.Select(s => string.Join(" ", s.ClaimIds))) + "]\n");
            }
        }

        var revisions = report.Disagreements.Where(d => d.Type == DisagreementType.Revision).ToList();
        if (revisions.Count > 0)
        {
            writer.Write("\nRevisions\n");
            foreach (var d in revisions)
            {
                writer.Write("- " + ReportText.Headline(d, events) + " [" + d.Id + "]\n");
            }
        }

        if (report.Events.Count > 0)
        {
            writer.Write("\nEvents\n");
            foreach (var e in report.Events)
            {
                var documents = report.Claims.Where(c => string.Equals(c.EventId, e.Id, StringComparison.Ordinal)).Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count();
                var disagreements = report.Disagreements.Count(d => string.Equals(d.EventId, e.Id, StringComparison.Ordinal));
                writer.Write(e.Id + " " + e.Label + ": " + ReportText.Count(e.ClaimIds.Count, "claim", "claims") + " from " + ReportText.Count(documents, "document", "documents")
                    + (disagreements > 0 ? ", " + ReportText.Count(disagreements, "disagreement", "disagreements") : string.Empty) + ". " + e.Reason + "\n");
            }
        }
    }
}
