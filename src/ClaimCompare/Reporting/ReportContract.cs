using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Quantities;

namespace ClaimCompare.Reporting;

/// <summary>
/// A report as its JSON carries it: what <see cref="ReportReader"/> gives back for the JSON of <c>report</c> is
/// <c>==</c> to <see cref="Reduce"/> of it. The one place that says what the contract leaves out (see
/// <see cref="ReportReader"/>'s remarks); the round-trip test holds the reader and this to each other.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class ReportContract
{
    /// <summary>Returns the report with what the JSON does not carry emptied and its numbers as the JSON writes them.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The reduced report.</returns>
    public static ComparisonReport Reduce(ComparisonReport report)
    {
        // Sides are shared by reference between disagreements; reducing each once keeps the sharing.
        var sides = new Dictionary<Side, Side>(ReferenceEqualityComparer.Instance);
        Side ReduceSide(Side s) => sides.TryGetValue(s, out var r) ? r : sides[s] = s with { Interval = Finite(s.Interval) };

        return report with
        {
            Claims = [.. report.Claims.Select(ReduceClaim)],
            Events = [.. report.Events.Select(e => e with { Basis = default })],
            Disagreements = [.. report.Disagreements.Select(d => d with
            {
                Sides = [.. d.Sides.Select(ReduceSide)],
                Severity = Math.Round(double.IsNaN(d.Severity) ? 0 : Math.Min(d.Severity, double.MaxValue), 4),
                Reason = null,
            })],
            Unclassified = [.. report.Unclassified.Select(u => u with { Quantity = ReportReader.MentionQuantity(u.Quantity.Span, u.Quantity.Text) })],
        };
    }

    private static Claim ReduceClaim(Claim c)
    {
        var interval = c.Kind == ClaimKind.Responsibility ? Interval.Unbounded : Finite(c.Interval);
        return c with
        {
            Sentence = default,
            Interval = interval,
            Quantity = c.Quantity is { } q ? ReportReader.ClaimQuantity(c.Evidence, c.EvidenceText, interval, q.Hedge) : null,
            Source = new Attribution(c.Source.Speaker),
        };
    }

    // JSON has no infinity: the writer writes a bound past double's range as unbounded.
    private static Interval Finite(Interval i) =>
        new(i.Low is { } l && double.IsFinite(l) ? l : null, i.High is { } h && double.IsFinite(h) ? h : null);
}
