using System.Globalization;
using ClaimCompare.Diff;
using ClaimCompare.Events;

namespace ClaimCompare.Reporting;

/// <summary>Phrases shared by the human-readable formats; stateless and thread-safe.</summary>
internal static class ReportText
{
    public static string Count(int n, string singular, string plural) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural);

    public static string Summary(ComparisonReport report)
    {
        var conflicts = report.Disagreements.Count(d => d.Type == DisagreementType.Conflict);
        var revisions = report.Disagreements.Count - conflicts;
        return Count(report.Documents.Count, "document", "documents") + ", " + Count(report.Claims.Count, "claim", "claims") + ", "
            + Count(report.Events.Count, "event", "events") + ", " + Count(conflicts, "conflict", "conflicts") + ", " + Count(revisions, "revision", "revisions");
    }

    public static string Headline(Disagreement d, IReadOnlyDictionary<string, EventCluster> events)
    {
        var label = events.TryGetValue(d.EventId, out var e) ? " (" + e.Label + ")" : string.Empty;
        var subject = d.Kind == Claims.ClaimKind.Responsibility ? "responsibility" : Kind(d) + (string.Equals(d.Subject, "people", StringComparison.Ordinal) ? string.Empty : " " + d.Subject);
        var joiner = d.Type == DisagreementType.Revision ? " → " : " vs ";
        var sides = d.Type == DisagreementType.Revision ? RevisionOrder(d) : d.Sides;
        return subject + ", event " + d.EventId + label + ": " + string.Join(joiner, sides.Select(s => s.Label + " (" + Voices(s) + ")"));
    }

    public static string Kind(Disagreement d) => d.Kind.ToString().ToLowerInvariant();

    public static string Voices(Side side) => string.Join("; ", side.Voices.Select(v => v.ToString()));

    public static IReadOnlyList<Side> RevisionOrder(Disagreement d)
    {
        // The explanation holds the chain in time order; sides follow it when their labels appear there.
        return [.. d.Sides.OrderBy(s => d.Explanation.IndexOf(s.Label, StringComparison.Ordinal) is var i && i >= 0 ? i : int.MaxValue)];
    }

    public static Dictionary<string, EventCluster> EventsById(ComparisonReport report) =>
        report.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "∞";
}
