using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Reporting;

namespace ClaimCompare.Notebooks;

/// <summary>text/plain display: the terminal report for a whole report, <c>ToString()</c> for its parts; stateless and thread-safe.</summary>
internal static class NotebookPlainText
{
    public static bool TryWrite(object instance, TextWriter writer)
    {
        switch (instance)
        {
            case ComparisonReport report:
                ReportWriter.Write(report, ReportFormat.Text, writer);
                return true;
            case Disagreement or Claim or EventCluster:
                writer.Write(instance.ToString());
                return true;
            default:
                return false;
        }
    }
}
