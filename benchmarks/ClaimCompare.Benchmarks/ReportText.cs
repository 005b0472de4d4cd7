using System.Text;

namespace ClaimCompare.Benchmarks;

/// <summary>A plain-text rendering of every record of a report, to compare two reports for equality.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ReportText
{
    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>One line per document, claim, event, disagreement and unclassified mention.</returns>
    public static string Of(ComparisonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        foreach (var line in report.Documents.Select(d => d.ToString())
            .Concat(report.Claims.Select(c => c + " " + c.EventId))
            .Concat(report.Events.Select(e => e + " " + string.Join(',', e.ClaimIds)))
            .Concat(report.Disagreements.Select(d => d + " " + d.Severity.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " " + string.Join('|', d.Sides.Select(s => string.Join(',', s.ClaimIds)))))
            .Concat(report.Unclassified.Select(u => u.ToString())))
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
