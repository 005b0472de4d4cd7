using System.Globalization;
using System.Net;
using System.Xml.Linq;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Quantities;
using ClaimCompare.Reporting;
using ClaimCompare.Tests.Api;

namespace ClaimCompare.Tests.Reporting;

/// <summary>The chart says what the sides state: an open bound runs to the axis end with an arrow, the axis says it is logarithmic, the sentence is said once.</summary>
public sealed class HtmlChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Lazy<ComparisonReport> Seeds = new(() => ClaimComparer.Compare(TestRepository.Seeds()));

    [Test]
    public void At_least_22_is_a_bar_from_22_to_the_axis_end_with_an_arrow_not_a_tick()
    {
        var html = ReportWriter.ToString(Seeds.Value, ReportFormat.Html);
        var chart = Charts(html).Single();
        var axis = chart.Elements(Svg + "line").First(l => AttributeIs(l, "class", "axis"));
        var axisEnd = Number(axis, "x2");
        var row = Row(chart, "at least 22 fighters");
        Assert.Multiple(() =>
        {
            Assert.That(Seeds.Value.Disagreements[0].Sides[0].Interval, Is.EqualTo(Interval.Exactly(22)), "where its claims agree is a point: the old chart drew only that");
            Assert.That(Number(row.Bar, "width"), Is.GreaterThan(20), "a bar, not a 4 px tick");
            Assert.That(Number(row.Bar, "x") + Number(row.Bar, "width"), Is.EqualTo(axisEnd).Within(0.01), "it runs to the axis end");
            Assert.That(row.Arrow, Is.Not.Null, "with an arrow: the bound is open");
            Assert.That(row.Value, Is.EqualTo("22 or more"), "its figures are labelled");
            Assert.That(row.Agree, Is.Not.Null, "where its claims agree (22) is marked inside it");
        });
    }

    [Test]
    public void The_log_axis_says_so_and_labels_its_ticks()
    {
        var chart = Charts(ReportWriter.ToString(Seeds.Value, ReportFormat.Html)).Single();
        var texts = chart.Elements(Svg + "text").ToList();
        var ticks = texts.Where(t => AttributeIs(t, "class", "tick")).Select(t => t.Value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(texts.Select(t => t.Value), Has.One.EqualTo("log scale"));
            Assert.That(ticks, Is.SupersetOf(new[] { "0", "1", "2", "5", "10", "20" }));
        });
    }

    [Test]
    public void Each_card_says_its_explanation_once()
    {
        var html = ReportWriter.ToString(Seeds.Value, ReportFormat.Html);
        var d = Seeds.Value.Disagreements[0];
        var start = html.IndexOf("<section class=\"disagreement", StringComparison.Ordinal);
        var card = html[start..(html.IndexOf("</section>", start, StringComparison.Ordinal) + 10)];
        var sideList = d.Sides[0].Label + " (" + ReportText.Voices(d.Sides[0]) + ")";
        Assert.Multiple(() =>
        {
            Assert.That(Occurrences(card, WebUtility.HtmlEncode(d.Explanation)), Is.EqualTo(1));
            Assert.That(Occurrences(card, WebUtility.HtmlEncode(sideList)), Is.EqualTo(1), "the sides with their voices, once, in the sentence");
        });
    }

    [Test]
    public void A_side_that_is_open_by_itself_runs_to_the_axis_end_and_a_closed_one_stops_at_its_figure()
    {
        Claim[] claims =
        [
            Number("c1", "a", new Interval(40, null)),
            Number("c2", "b", new Interval(3, 5)),
        ];
        var sides = new[]
        {
            new Side(["c1"], new Interval(40, null), "more than 39", [new Voice("A", ["a"])]),
            new Side(["c2"], new Interval(3, 5), "three to five", [new Voice("B", ["b"])]),
        };
        var report = new ComparisonReport(
            [new DocumentSummary("a", null, null, 1, []), new DocumentSummary("b", null, null, 1, [])],
            claims,
            [new EventCluster("e1", "bombing", EventCues.None, ["c1", "c2"], "test")],
            [new Disagreement("d1", DisagreementType.Conflict, ClaimKind.Killed, "e1", "people", sides, 2, "They differ.")],
            []);
        var chart = Charts(ReportWriter.ToString(report, ReportFormat.Html)).Single();
        var open = Row(chart, "more than 39");
        var closed = Row(chart, "three to five");
        Assert.Multiple(() =>
        {
            Assert.That(open.Arrow, Is.Not.Null);
            Assert.That(open.Value, Is.EqualTo("40 or more"));
            Assert.That(open.Agree, Is.Null, "one claim: nothing narrower to mark");
            Assert.That(closed.Arrow, Is.Null);
            Assert.That(closed.Value, Is.EqualTo("3–5"));
            Assert.That(Number(closed.Bar, "x") + Number(closed.Bar, "width"), Is.LessThan(Number(open.Bar, "x")), "5 lies left of 40");
        });
    }

    [Test]
    public void The_notebook_draws_the_same_chart()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Assert.That(ClaimCompare.Notebooks.NotebookHtml.TryWrite(Seeds.Value, writer), Is.True);
        var html = writer.ToString();
        var row = Row(Charts(html).Single(), "at least 22 fighters");
        Assert.Multiple(() =>
        {
            Assert.That(row.Arrow, Is.Not.Null);
            Assert.That(row.Value, Is.EqualTo("22 or more"));
        });
    }

    private static List<XElement> Charts(string html)
    {
        var charts = new List<XElement>();
        for (var at = html.IndexOf("<svg class=\"chart\"", StringComparison.Ordinal); at >= 0; at = html.IndexOf("<svg class=\"chart\"", at + 1, StringComparison.Ordinal))
        {
            var end = html.IndexOf("</svg>", at, StringComparison.Ordinal) + 6;
            charts.Add(XElement.Parse(html[at..end]));
        }

        return charts;
    }

    /// <summary>The elements of the side drawn in the row its label names.</summary>
    private static (XElement Bar, XElement? Arrow, XElement? Agree, string? Value) Row(XElement chart, string label)
    {
        var y = Number(chart.Elements(Svg + "text").Single(t => AttributeIs(t, "class", "side-label") && string.Equals(t.Value, label, StringComparison.Ordinal)), "y") - 13;
        bool InRow(XElement e, double offset) => Math.Abs(Number(e, "y") - offset - y) < 0.01;
        var bar = chart.Elements(Svg + "rect").Single(r => AttributeIs(r, "class", "bar") && InRow(r, 0));
        var agree = chart.Elements(Svg + "rect").SingleOrDefault(r => AttributeIs(r, "class", "agree") && InRow(r, 5));
        var arrow = chart.Elements(Svg + "polygon").SingleOrDefault(p => AttributeIs(p, "fill", (string)bar.Attribute("fill")!));
        var value = chart.Elements(Svg + "text").SingleOrDefault(t => ((string?)t.Attribute("class"))?.StartsWith("value", StringComparison.Ordinal) == true && InRow(t, 12))?.Value;
        return (bar, arrow, agree, value);
    }

    private static bool AttributeIs(XElement e, string attribute, string value) => string.Equals((string?)e.Attribute(attribute), value, StringComparison.Ordinal);

    private static double Number(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private static int Occurrences(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static Claim Number(string id, string document, Interval interval) =>
        new(document, ClaimKind.Killed, new(0, 1), "x", default, interval, null, "people", null, null, new Attribution(document)) { Id = id, EventId = "e1" };
}
