using System.Globalization;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Quantities;

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
        var joiner = d.Type == DisagreementType.Revision ? " → " : " vs ";
        var sides = d.Type == DisagreementType.Revision ? RevisionOrder(d) : d.Sides;
        return Title(d, events) + ": " + string.Join(joiner, sides.Select(s => s.Label + " (" + Voices(s) + ")"));
    }

    /// <summary>What a disagreement is about, without its sides: "killed fighters, event e5 (air strike, Syria)".</summary>
    public static string Title(Disagreement d, IReadOnlyDictionary<string, EventCluster> events)
    {
        var label = events.TryGetValue(d.EventId, out var e) ? " (" + e.Label + ")" : string.Empty;
        var subject = d.Kind == Claims.ClaimKind.Responsibility ? "responsibility" : Kind(d) + (string.Equals(d.Subject, "people", StringComparison.Ordinal) ? string.Empty : " " + d.Subject);
        return subject + ", event " + d.EventId + label;
    }

    /// <summary>
    /// How many claims of one side a human-readable report lists in each disagreement before "and N more": a side that
    /// many bridges of a very long document are set against would otherwise be listed in full for each of them, which made
    /// the report quadratic in its claims. The JSON lists every claim (each shared side once).
    /// </summary>
    public const int MaxClaimsListed = 16;

    /// <summary>The first <see cref="MaxClaimsListed"/> claims of a side, each rendered, joined, then "and N more".</summary>
    /// <param name="side">The side.</param>
    /// <param name="separator">Between two claims.</param>
    /// <param name="claim">Renders one claim id.</param>
    /// <returns>The listing.</returns>
    public static string ListClaims(Side side, string separator, Func<string, string> claim)
    {
        var ids = side.ClaimIds;
        var listed = string.Join(separator, ids.Take(MaxClaimsListed).Select(claim));
        return ids.Count <= MaxClaimsListed
            ? listed
            : listed + separator + "and " + (ids.Count - MaxClaimsListed).ToString(CultureInfo.InvariantCulture) + " more";
    }

    public static string Kind(Disagreement d) => d.Kind.ToString().ToLowerInvariant();

    public static string Voices(Side side) => DisagreementText.Voices(side.Voices);

    public static IReadOnlyList<Side> RevisionOrder(Disagreement d)
    {
        // The explanation holds the chain in time order; sides follow it when their labels appear there.
        return [.. d.Sides.OrderBy(s => d.Explanation.IndexOf(s.Label, StringComparison.Ordinal) is var i && i >= 0 ? i : int.MaxValue)];
    }

    public static Dictionary<string, EventCluster> EventsById(ComparisonReport report) =>
        report.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);

    /// <summary>The largest figure a report prints or draws as itself (<see cref="FigureText.Limit"/>).</summary>
    public const double Limit = FigureText.Limit;

    /// <summary>What a report prints for a figure past <see cref="Limit"/>, or one that overflowed.</summary>
    public const string Beyond = FigureText.Beyond;

    public static string Number(double? value) => FigureText.Number(value);

    /// <summary>An interval as <see cref="Quantities.Interval.ToString"/> writes it, with figures past <see cref="Limit"/> as <see cref="Beyond"/>.</summary>
    public static string Interval(Quantities.Interval interval) =>
        interval.IsPoint
            ? Bound(interval.Low)
            : "[" + Bound(interval.Low) + ", " + (interval.High is null ? "∞" : Bound(interval.High)) + (interval.High is null ? ")" : "]");

    /// <summary>A severity with two decimals; an infinite one (a figure that overflowed) as <see cref="Beyond"/>.</summary>
    public static string Severity(double severity) => double.IsNaN(severity) ? "0.00" : FigureText.Figure(severity, "0.00");

    private static string Bound(double? value) => value is { } v ? FigureText.Figure(v, "0.###") : "-∞";
}
