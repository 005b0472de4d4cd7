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
                    + string.Join(" | ", d.Sides.Select(s => ReportText.ListClaims(s, " ", id => id))) + "]\n");
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

            // Counted in one pass each: a scan of every claim and disagreement per event was quadratic in a long document.
            var documentsOf = report.Claims.Where(c => c.EventId is not null).DistinctBy(c => (c.EventId, c.DocumentId))
                .CountBy(c => c.EventId!, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
            var disagreementsOf = report.Disagreements.CountBy(d => d.EventId, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
            foreach (var e in report.Events)
            {
                var documents = documentsOf.GetValueOrDefault(e.Id);
                var disagreements = disagreementsOf.GetValueOrDefault(e.Id);
                writer.Write(e.Id + " " + e.Label + ": " + ReportText.Count(e.ClaimIds.Count, "claim", "claims") + " from " + ReportText.Count(documents, "document", "documents")
                    + (disagreements > 0 ? ", " + ReportText.Count(disagreements, "disagreement", "disagreements") : string.Empty) + ". " + e.Reason + "\n");
            }
        }
    }
}
