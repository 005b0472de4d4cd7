using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Notebooks;
using ClaimCompare.Quantities;
using ClaimCompare.Reporting;
using FsCheck;
using FsCheck.Fluent;
using static ClaimCompare.Tests.Diff.ClaimFactory;

namespace ClaimCompare.Tests.Reporting;

/// <summary>
/// Every figure a report prints or draws is finite and bounded, whatever the claims hold (issue 18, item 1: an
/// axis over a bound of 1e309 or a 400-digit number never ended).
/// </summary>
public sealed partial class BoundedFiguresTests
{
    private static readonly IReadOnlyList<EventCluster> OneEvent = [new EventCluster("e1", "air strike", EventCues.None, ["c1", "c2", "c3"], "test")];

    // A number in a drawn or printed attribute or cell: a run of digits with an optional fraction and exponent.
    [GeneratedRegex(@"-?\d[\d.]*(?:[eE][+-]?\d+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"<svg class=""chart"".*?</svg>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChartPattern();

    [GeneratedRegex(@"<text class=""side-label""[^>]*>.*?</text>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SideLabelPattern();

    [GeneratedRegex(@"<title>.*?</title>", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitlePattern();

    [TestCase("At least 1e309 people were killed in the air strike on Testville, officials said.")]
    [TestCase("Officials said 1" + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 people were killed in the air strike on Testville.")]
    [CancelAfter(60_000)]
    public void A_figure_past_any_axis_is_drawn_at_its_end(string text)
    {
        // Through the whole pipeline, against a plain figure in a second article about the same strike.
        var report = ClaimComparer.Compare(
        [
            new Document("a.txt", text),
            new Document("b.txt", "Officials said 5 people were killed in the air strike on Testville."),
        ]);
        var html = ReportWriter.ToString(report, ReportFormat.Html);
        Assert.Multiple(() =>
        {
            AssertChartsBounded(html, "html");
            Assert.That(ChartPattern().Matches(html).Sum(m => m.Value.Split("class=\"tick\"").Length - 1), Is.LessThan(100), "a few dozen ticks at most");
        });
    }

    [TestCase("Infinity")]
    [TestCase("1e309")]
    [TestCase("1.5e308")]
    [TestCase("1e400")]
    [CancelAfter(60_000)]
    public void An_overflowed_bound_gives_a_finite_chart(string figure)
    {
        // A figure read from text overflows to infinity past about 1.8e308; 1.5e308 times the axis margin overflows too.
        var huge = double.Parse(figure, CultureInfo.InvariantCulture);
        var claims = new[] { Number("c1", "a.txt", huge, null, source: "A") with { EvidenceText = "at least a huge number" }, Number("c2", "b.txt", 5, 5, source: "B") };
        var report = Report(claims);
        var html = ReportWriter.ToString(report, ReportFormat.Html);
        Assert.Multiple(() =>
        {
            Assert.That(report.Disagreements, Is.Not.Empty);
            Assert.That(html, Does.Contain(ReportText.Beyond));
            AssertBounded(html, "html");
        });
    }

    [Test]
    public void Every_format_prints_finite_bounded_figures_over_the_whole_interval_range() =>
        Prop.ForAll(
            Gen.ArrayOf(Bound().Generator).Where(a => a.Length is >= 4 and <= 10).ToArbitrary(),
            bounds =>
            {
                // Claim i holds bounds 2i and 2i + 1; its evidence is words, as article text quoting a figure is not one the report prints.
                var claims = Enumerable.Range(0, bounds.Length / 2)
                    .Select(i => Number("c" + (i + 1).ToString(CultureInfo.InvariantCulture), "d" + i.ToString(CultureInfo.InvariantCulture) + ".txt", bounds[2 * i], bounds[(2 * i) + 1], source: "S" + i.ToString(CultureInfo.InvariantCulture)) with { EvidenceText = "the figure" })
                    .ToArray();
                var report = Report(claims);
                foreach (var format in Enum.GetValues<ReportFormat>())
                {
                    var output = ReportWriter.ToString(report, format);
                    if (format == ReportFormat.Json)
                    {
                        using var json = JsonDocument.Parse(output);
                        Assert.That(json.RootElement.GetProperty("claims").GetArrayLength(), Is.EqualTo(claims.Length));

                        // The exact fields of schemaVersion 3 spell what JSON has no number for as the strings
                        // "Infinity", "-Infinity" and "NaN" (valid JSON, read back exactly); nothing else may.
                        output = output.Replace("\"-Infinity\"", "null", StringComparison.Ordinal).Replace("\"Infinity\"", "null", StringComparison.Ordinal).Replace("\"NaN\"", "null", StringComparison.Ordinal);
                    }

                    AssertBounded(output, format.ToString());
                }

                foreach (var formatter in new NotebookFormatterSource().CreateTypeFormatters().Cast<NotebookFormatter>())
                {
                    using var writer = new StringWriter(CultureInfo.InvariantCulture);
                    Assert.That(formatter.Format(report, writer), Is.True);
                    AssertBounded(writer.ToString(), formatter.MimeType);
                }
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    // Any double, the edges of the range most often: infinities, NaN, the largest and smallest, negatives, none.
    private static Arbitrary<double?> Bound() =>
        Gen.OneOf(
            Gen.Elements<double?>(null, 0, 1, 5, 22, double.PositiveInfinity, double.NegativeInfinity, double.NaN, double.MaxValue, double.MinValue, double.Epsilon, 1e15, 1e16, 1e308, -3),
            ArbMap.Default.GeneratorFor<double>().Select(v => (double?)v),
            ArbMap.Default.GeneratorFor<long>().Select(v => (double?)BitConverter.Int64BitsToDouble(v))).ToArbitrary();

    private static ComparisonReport Report(Claim[] claims) =>
        new([new DocumentSummary("a.txt", null, null, claims.Length, [])], claims, OneEvent, new DisagreementFinder().Find(claims, OneEvent), []);

    private static void AssertBounded(string output, string format)
    {
        AssertChartsBounded(output, format);
        Assert.That(output, Does.Not.Contain("NaN").And.Not.Contain("Infinity"), format);
        foreach (Match number in NumberPattern().Matches(output))
        {
            Assert.That(number.Value, Has.Length.LessThanOrEqualTo(30), format + ": a figure printed in full: " + number.Value[..Math.Min(40, number.Value.Length)]);
        }
    }

    private static void AssertChartsBounded(string output, string format)
    {
        // Article text is not a drawn figure: titles and side labels may quote it. Everything else in a chart that
        // looks like a number is at most 20 characters long and reads as a finite double.
        var drawn = SideLabelPattern().Replace(TitlePattern().Replace(output, string.Empty), string.Empty);
        foreach (Match chart in ChartPattern().Matches(drawn))
        {
            foreach (Match number in NumberPattern().Matches(chart.Value))
            {
                Assert.That(number.Value, Has.Length.LessThanOrEqualTo(20), format + ": " + number.Value);
                Assert.That(double.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value), Is.True, format + ": " + number.Value);
            }

            Assert.That(chart.Value, Does.Not.Contain("NaN").And.Not.Contain("Infinity").And.Not.Contain("∞"), format);
        }
    }
}
