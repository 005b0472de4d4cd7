using System.Globalization;
using System.Net;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Quantities;

namespace ClaimCompare.Reporting;

/// <summary>
/// One self-contained HTML page: inline CSS, no external resources, every article string HTML-encoded,
/// and a number-line chart in inline SVG per numeric disagreement (sides as bars on a labelled log axis, an
/// open bound as a bar to the axis end with an arrow). A tiny inline script marks each chart <c>data-drawn="true"</c> once the browser has
/// laid it out, which the browser test reads back. Stateless and thread-safe.
/// </summary>
internal static class HtmlReportFormatter
{
    private const double Width = 640;
    private const double Left = 150;
    private const double Right = 30;
    private const double RowHeight = 26;

    private const string Style = """
        body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:60rem;color:#1d2330;line-height:1.45;padding:0 1rem}
        h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d8dce5}
        .headline{background:#fff4e5;border-left:4px solid #e07b00;padding:.6rem .9rem}
        .disagreement{border:1px solid #d8dce5;border-radius:6px;padding:.6rem .9rem;margin:1rem 0}
        .revision{border-style:dashed}.meta{color:#5b6475;font-size:.85rem}
        table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{border:1px solid #d8dce5;padding:.25rem .4rem;text-align:left;vertical-align:top}
        """ + ChartStyle;

    /// <summary>The chart's CSS, shared with the notebook display so both draw the same number line.</summary>
    internal const string ChartStyle = """
        svg.chart{display:block;max-width:100%;height:auto}svg.chart .axis{stroke:#7a8294}svg.chart .tick{font-size:10px;fill:#5b6475}
        svg.chart .bar{fill-opacity:.75}svg.chart .side-label{font-size:11px;fill:#1d2330}
        svg.chart .value{font-size:10px;fill:#1d2330}svg.chart .value.inside{fill:#fff}svg.chart .axis-title{font-style:italic}
        """;

    private static readonly string[] Colours = ["#2b6cb0", "#c0392b", "#27855a", "#8e44ad", "#b7791f", "#2c7a7b"];

    private const string Script = """
        (function(){var charts=document.querySelectorAll('svg.chart');for(var i=0;i<charts.length;i++){var s=charts[i];var b=s.getBBox();
        var bars=s.querySelectorAll('rect.bar');var ok=b.width>0&&b.height>0&&bars.length>0;for(var j=0;j<bars.length;j++){var r=bars[j].getBBox();if(!(r.width>0&&r.height>0)){ok=false;}}
        s.setAttribute('data-drawn',ok?'true':'false');s.setAttribute('data-bars',String(bars.length));}
        document.body.setAttribute('data-charts',String(charts.length));})();
        """;

    public static void Write(ComparisonReport report, TextWriter writer)
    {
        var events = ReportText.EventsById(report);
        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        writer.Write("<title>Claim comparison</title>\n<style>\n" + Style + "\n</style>\n</head>\n<body>\n<h1>Claim comparison</h1>\n");
        writer.Write("<p class=\"meta\">" + E(ReportText.Summary(report)) + "</p>\n");
        if (report.Disagreements.Count > 0)
        {
            writer.Write("<p class=\"headline\"><strong>Most severe:</strong> " + E(ReportText.Headline(report.Disagreements[0], events)) + "</p>\n");
        }
        else
        {
            writer.Write("<p>No disagreement found.</p>\n");
        }

        writer.Write("<h2>Disagreements</h2>\n");
        foreach (var d in report.Disagreements)
        {
            writer.Write("<section class=\"disagreement " + (d.Type == DisagreementType.Revision ? "revision" : "conflict") + "\" id=\"" + E(d.Id) + "\">\n");
            // The heading names the disagreement; the sentence under it says it once (the chart's title lists figures, not the sentence).
            writer.Write("<h3>" + E(d.Id) + " · " + E(d.Type.ToString().ToLowerInvariant()) + " · " + E(ReportText.Title(d, events)) + "</h3>\n");
            writer.Write("<p>" + E(d.Explanation) + " <span class=\"meta\">severity " + ReportText.Severity(d.Severity) + "</span></p>\n");
            if (d.Kind != ClaimKind.Responsibility)
            {
                Chart(d, claims, writer);
            }

            writer.Write("<ul>\n");
            foreach (var side in d.Sides)
            {
                writer.Write("<li><strong>" + E(side.Label) + "</strong> (" + E(ReportText.Voices(side)) + "): ");
                writer.Write(ReportText.ListClaims(side, "; ", id => claims.TryGetValue(id, out var c) ? "<q>" + E(c.EvidenceText) + "</q> <span class=\"meta\">" + E(c.DocumentId) + "</span>" : E(id)));
                writer.Write("</li>\n");
            }

            writer.Write("</ul>\n</section>\n");
        }

        writer.Write("<h2>Events</h2>\n<table>\n<tr><th>Event</th><th>Label</th><th>Claims</th><th>Why together</th></tr>\n");
        foreach (var e in report.Events)
        {
            writer.Write("<tr><td>" + E(e.Id) + "</td><td>" + E(e.Label) + "</td><td>" + E(string.Join(", ", e.ClaimIds)) + "</td><td>" + E(e.Reason) + "</td></tr>\n");
        }

        writer.Write("</table>\n<h2>Claims</h2>\n<table>\n<tr><th>Claim</th><th>Document</th><th>Kind</th><th>Value</th><th>Subject / actor</th><th>Source</th><th>Event</th><th>Evidence</th></tr>\n");
        foreach (var c in report.Claims)
        {
            var value = c.Kind == ClaimKind.Responsibility ? c.Polarity?.ToString().ToLowerInvariant() ?? string.Empty : ReportText.Interval(c.Interval);
            var about = c.Kind == ClaimKind.Responsibility ? c.Actor ?? "(no actor)" : c.Subject ?? string.Empty;
            writer.Write("<tr><td>" + E(c.Id) + "</td><td>" + E(c.DocumentId) + "</td><td>" + E(c.Kind.ToString().ToLowerInvariant()) + "</td><td>" + E(value) + "</td><td>"
                + E(about) + "</td><td>" + E(c.Source.Speaker ?? "(unattributed)") + "</td><td>" + E(c.EventId) + "</td><td>" + E(c.EvidenceText) + "</td></tr>\n");
        }

        writer.Write("</table>\n<script>\n" + Script + "\n</script>\n</body>\n</html>\n");
    }

    /// <summary>Draws one numeric disagreement as bars on a log axis; the notebook display draws the same chart.</summary>
    /// <remarks>
    /// Each side's bar spans what its claims state (from the lowest figure to the highest, to the axis end with an arrow
    /// when a claim is open: "at least 22" runs from 22 on), labelled with those figures; where the side's claims all
    /// agree (the side's interval, their intersection) is marked inside it when narrower. The axis is logarithmic and
    /// says so, with labelled ticks.
    /// </remarks>
    /// <param name="d">The disagreement.</param>
    /// <param name="claims">The report's claims by id, for what each side states; without them a side is drawn as its intersection.</param>
    /// <param name="writer">Where to write the SVG.</param>
    internal static void Chart(Disagreement d, IReadOnlyDictionary<string, Claim>? claims, TextWriter writer)
    {
        var stated = d.Sides.Select(s => Stated(s, claims)).ToList();

        // Figures past the axis limit (an overflowed 1e309, a 400-digit number) are drawn at the limit, so the axis
        // has at most a few dozen ticks and every coordinate is finite.
        var bounds = d.Sides.Select(s => s.Interval).Concat(stated).SelectMany(i => new[] { i.Low, i.High }).OfType<double>().Where(v => v >= 0).ToList();
        var beyond = bounds.Any(v => !(v <= ReportText.Limit));
        var max = Math.Max(10, (bounds.Count > 0 ? bounds.Max(Clamp) : 10) * 1.6);
        var height = 34 + (d.Sides.Count * RowHeight);
        var axisY = height - 22;
        var axisEnd = Width - Right;
        double X(double v) => Left + ((Width - Left - Right) * Math.Log(1 + Math.Max(0, Clamp(v))) / Math.Log(1 + max));

        writer.Write("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + F(Width) + "\" height=\"" + F(height) + "\" viewBox=\"0 0 " + F(Width) + " " + F(height) + "\">\n");
        writer.Write("<title>" + E("Figures of each side on a log scale: " + string.Join("; ", d.Sides.Select((s, i) => s.Label + ": " + Figures(stated[i])))) + "</title>\n");
        writer.Write("<line class=\"axis\" x1=\"" + F(Left) + "\" y1=\"" + F(axisY) + "\" x2=\"" + F(axisEnd) + "\" y2=\"" + F(axisY) + "\"/>\n");
        writer.Write("<text class=\"tick axis-title\" x=\"4\" y=\"" + F(axisY + 15) + "\">log scale</text>\n");
        foreach (var tick in Ticks(max))
        {
            writer.Write("<line class=\"axis\" x1=\"" + F(X(tick)) + "\" y1=\"" + F(axisY) + "\" x2=\"" + F(X(tick)) + "\" y2=\"" + F(axisY + 4) + "\"/>");
            writer.Write("<text class=\"tick\" x=\"" + F(X(tick)) + "\" y=\"" + F(axisY + 15) + "\" text-anchor=\"middle\">" + F(tick) + "</text>\n");
        }

        if (beyond)
        {
            writer.Write("<text class=\"tick\" x=\"" + F(axisEnd) + "\" y=\"" + F(axisY - 4) + "\" text-anchor=\"end\">" + E(ReportText.Beyond) + "</text>\n");
        }

        for (var i = 0; i < d.Sides.Count; i++)
        {
            var side = d.Sides[i];
            var colour = Colours[i % Colours.Length];
            var y = 10 + (i * RowHeight);
            var (x1, x2) = Span(stated[i], X, axisEnd);
            writer.Write("<text class=\"side-label\" x=\"4\" y=\"" + F(y + 13) + "\">" + E(Truncate(side.Label, 24)) + "</text>\n");
            writer.Write("<rect class=\"bar\" x=\"" + F(x1) + "\" y=\"" + F(y) + "\" width=\"" + F(x2 - x1) + "\" height=\"16\" rx=\"3\" fill=\"" + colour + "\"><title>"
                + E(side.Label + ": " + Figures(stated[i])) + "</title></rect>\n");
            if (stated[i].High is null)
            {
                writer.Write("<polygon class=\"open-end\" points=\"" + F(x2) + "," + F(y - 3) + " " + F(x2 + 12) + "," + F(y + 8) + " " + F(x2) + "," + F(y + 19) + "\" fill=\"" + colour + "\"/>\n");
            }

            if (side.Interval != stated[i])
            {
                var (a1, a2) = Span(side.Interval, X, axisEnd);
                writer.Write("<rect class=\"agree\" x=\"" + F(a1) + "\" y=\"" + F(y + 5) + "\" width=\"" + F(a2 - a1) + "\" height=\"6\" fill=\"#1d2330\"><title>"
                    + E("where all its claims agree: " + Figures(side.Interval)) + "</title></rect>\n");
            }

            ValueLabel(Figures(stated[i]), x1, x2 + (stated[i].High is null ? 12 : 0), y, writer);
        }

        writer.Write("</svg>\n");
    }

    /// <summary>What a side's claims state together: from the lowest figure any states to the highest (open when one is).</summary>
    private static Interval Stated(Side side, IReadOnlyDictionary<string, Claim>? claims)
    {
        if (claims is null || side.ClaimIds.Count == 0 || !side.ClaimIds.All(claims.ContainsKey))
        {
            return side.Interval;
        }

        var intervals = side.ClaimIds.Select(id => claims[id].Interval).ToList();
        return new Interval(
            intervals.Any(i => i.Low is null) ? null : intervals.Min(i => i.Low),
            intervals.Any(i => i.High is null) ? null : intervals.Max(i => i.High));
    }

    /// <summary>Where an interval lies on the axis; a point is a narrow bar so it stays visible.</summary>
    private static (double X1, double X2) Span(Interval interval, Func<double, double> x, double axisEnd)
    {
        var x1 = x(interval.Low ?? 0);
        var x2 = interval.High is { } h ? x(h) : axisEnd;
        if (x2 - x1 < 4)
        {
            x1 -= 2;
            x2 = x1 + 4;
        }

        return (x1, x2);
    }

    /// <summary>An interval's figures in words: "22", "22 or more", "up to 5", "0–5".</summary>
    private static string Figures(Interval interval) => interval switch
    {
        { IsPoint: true } => ReportText.Number(interval.Low),
        { Low: null, High: null } => "any number",
        { High: null } => ReportText.Number(interval.Low) + " or more",
        { Low: null } => "up to " + ReportText.Number(interval.High),
        _ => ReportText.Number(interval.Low) + "–" + ReportText.Number(interval.High),
    };

    /// <summary>Writes a bar's figures inside it when they fit, else after it, else before it.</summary>
    private static void ValueLabel(string text, double x1, double x2, double y, TextWriter writer)
    {
        // About 6 px a character at the tick's 10 px.
        var width = (text.Length * 6) + 8;
        var (x, anchor, inside) = x2 - x1 >= width ? (x1 + 4, "start", true)
            : x2 + width <= Width ? (x2 + 4, "start", false)
            : (x1 - 4, "end", false);
        writer.Write("<text class=\"value" + (inside ? " inside" : string.Empty) + "\" x=\"" + F(x) + "\" y=\"" + F(y + 12) + "\" text-anchor=\"" + anchor + "\">" + E(text) + "</text>\n");
    }

    private static IEnumerable<double> Ticks(double max)
    {
        yield return 0;
        for (var decade = 1.0; decade <= max; decade *= 10)
        {
            foreach (var m in new[] { 1.0, 2.0, 5.0 })
            {
                if (decade * m <= max)
                {
                    yield return decade * m;
                }
            }
        }
    }

    private static double Clamp(double value) => double.IsNaN(value) ? 0 : Math.Min(value, ReportText.Limit);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
