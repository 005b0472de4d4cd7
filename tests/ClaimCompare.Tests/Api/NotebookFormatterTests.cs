using System.Collections;
using System.Globalization;
using System.Reflection;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Tests.Api;

/// <summary>
/// The notebook formatters, called exactly the way a kernel calls them: find the attribute by NAME on the
/// value's type, read FormatterSourceType, create it with its parameterless constructor, call
/// CreateTypeFormatters(), pick a formatter by MimeType and call Format(instance, writer).
/// </summary>
public sealed class NotebookFormatterTests
{
    private const string Hostile = "<script>alert('x')</script> & \"quoted\"";

    private static readonly Lazy<ComparisonReport> SeedReport = new(() => ClaimComparer.Compare(TestRepository.Seeds()));

    private static readonly Type[] DisplayedTypes = [typeof(ComparisonReport), typeof(Disagreement), typeof(Claim), typeof(EventCluster)];

    [TestCaseSource(nameof(DisplayedTypes))]
    public void Displayed_types_carry_a_formatter_source_the_kernel_can_find_by_name(Type type)
    {
        var formatters = KernelFormatters(type);
        Assert.That(formatters.Select(f => f.MimeType), Is.EquivalentTo(new[] { "text/html", "text/plain" }));
    }

    // Each row: a value the kernel displays, and a fragment its plain-text form must carry.
    private static IEnumerable<TestCaseData> PlainTextCases()
    {
        yield return new TestCaseData(NewReport(), "No disagreement found.").SetName("Plain text of an empty report is the terminal report");
        yield return new TestCaseData(NewDisagreement(), "d1 [conflict]").SetName("Plain text of a disagreement is its ToString");
        yield return new TestCaseData(NewClaim(), "killed 3 people").SetName("Plain text of a claim names kind, interval and subject");
        yield return new TestCaseData(NewEvent(), "e1 air strike, Testville").SetName("Plain text of an event names id and label");
    }

    [TestCaseSource(nameof(PlainTextCases))]
    public void Plain_text_is_readable(object value, string expected)
    {
        var text = Format(value, "text/plain");
        Assert.That(text, Does.Contain(expected));
        Assert.That(text, Does.Not.Contain("System."), "no type names leak into the display");
    }

    // Each row: a value whose article text is hostile; the HTML must encode it, never pass it through.
    private static IEnumerable<TestCaseData> HostileCases()
    {
        yield return new TestCaseData(NewClaim()).SetName("Claim evidence is HTML-encoded");
        yield return new TestCaseData(NewEvent()).SetName("Event label and reason are HTML-encoded");
        yield return new TestCaseData(NewDisagreement()).SetName("Disagreement explanation and side labels are HTML-encoded");
        yield return new TestCaseData(NewReport(withContent: true)).SetName("Report tables are HTML-encoded");
    }

    [TestCaseSource(nameof(HostileCases))]
    public void Html_encodes_article_text(object value)
    {
        var html = Format(value, "text/html");
        Assert.That(html, Does.StartWith("<div class=\"claimcompare\">").And.EndWith("</div>"));
        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("&lt;script&gt;"));
        Assert.That(html, Does.Not.Contain("<html").And.Not.Contain("<body"), "a fragment, not a page that would restyle the notebook");
    }

    [Test]
    public void Html_of_the_seed_report_has_the_disagreement_table_and_a_chart_per_numeric_disagreement()
    {
        var report = SeedReport.Value;
        var html = Format(report, "text/html");
        Assert.That(report.Disagreements, Is.Not.Empty, "the seeds disagree");
        foreach (var d in report.Disagreements)
        {
            Assert.That(html, Does.Contain("<td>" + d.Id + "</td>"));
        }

        var numeric = report.Disagreements.Count(d => d.Kind != ClaimKind.Responsibility);
        Assert.That(CountOf(html, "<svg"), Is.EqualTo(numeric));
        Assert.That(html, Does.Contain(report.Documents.Count.ToString(CultureInfo.InvariantCulture) + " documents"));
    }

    [Test]
    public void Formatters_decline_values_they_do_not_know()
    {
        foreach (var formatter in KernelFormatters(typeof(ComparisonReport)))
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            Assert.That(formatter.Format("just a string", writer), Is.False);
            Assert.That(writer.ToString(), Is.Empty);
        }
    }

    private static string Format(object value, string mimeType)
    {
        var formatter = KernelFormatters(value.GetType()).Single(f => string.Equals(f.MimeType, mimeType, StringComparison.Ordinal));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Assert.That(formatter.Format(value, writer), Is.True);
        return writer.ToString();
    }

    /// <summary>What the kernel does, by reflection and by name only.</summary>
    private static List<(string MimeType, Func<object, TextWriter, bool> Format)> KernelFormatters(Type type)
    {
        var attribute = type.GetCustomAttributes(inherit: true).SingleOrDefault(a => string.Equals(a.GetType().Name, "TypeFormatterSourceAttribute", StringComparison.Ordinal));
        Assert.That(attribute, Is.Not.Null, type.Name + " has no TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute!.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = (IEnumerable)sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance)!.Invoke(source, null)!;
        var result = new List<(string, Func<object, TextWriter, bool>)>();
        foreach (var formatter in formatters)
        {
            var formatterType = formatter.GetType();
            var mimeType = (string)formatterType.GetProperty("MimeType")!.GetValue(formatter)!;
            var format = formatterType.GetMethod("Format", [typeof(object), typeof(TextWriter)])!;
            result.Add((mimeType, (value, writer) => (bool)format.Invoke(formatter, [value, writer])!));
        }

        return result;
    }

    private static int CountOf(string text, string fragment)
    {
        var count = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static Claim NewClaim() =>
        new("doc-1", ClaimKind.Killed, new TextSpan(0, 10), Hostile, new TextSpan(0, 40), Interval.Exactly(3), null, "people", null, null, Attribution.Unattributed) { Id = "c1", EventId = "e1" };

    private static EventCluster NewEvent() =>
        new("e1", "air strike, Testville " + Hostile, new EventCues("air strike", "Testville", null, []), ["c1"], "Reason " + Hostile);

    private static Disagreement NewDisagreement() =>
        new("d1", DisagreementType.Conflict, ClaimKind.Killed, "e1", "people",
            [new Side(["c1"], Interval.Exactly(3), "3 " + Hostile, [new Voice("Ministry", ["doc-1"])]), new Side(["c2"], new Interval(20, null), "at least 20", [new Voice("Monitor", ["doc-2"])])],
            1.5, "Explanation " + Hostile);

    private static ComparisonReport NewReport(bool withContent = false) => withContent
        ? new([new DocumentSummary("doc-1", null, null, 1, [])], [NewClaim()], [NewEvent()], [NewDisagreement()], [])
        : new([], [], [], [], []);
}
