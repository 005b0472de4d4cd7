using System.Text.Json;
using ClaimCompare.Claims;
using ClaimCompare.Reporting;

namespace ClaimCompare.Tests.Reliability;

/// <summary>
/// A toll is never negative through the whole pipeline (issue 18, item 5: "-22 people were killed" became −22 in 332
/// fuzzed inputs). The recogniser's rows are in NewsPhraseTests; this is the repro end to end, JSON included.
/// </summary>
public sealed class CountSignTests
{
    [TestCase("-22 people were killed in the air strike on Testville, officials said.")]
    [TestCase("Officials said -22 people were killed in the air strike on Testville.")]
    [TestCase("Officials said\n-22 people were killed in the air strike on Testville.")]
    public void A_dash_glued_to_a_toll_is_never_a_negative_count(string text)
    {
        var report = ClaimComparer.Compare([new Document("a.txt", text)]);
        var killed = report.Claims.Where(c => c.Kind == ClaimKind.Killed).ToList();
        using var json = JsonDocument.Parse(ReportWriter.ToString(report, ReportFormat.Json));
        var lows = json.RootElement.GetProperty("claims").EnumerateArray()
            .Select(c => c.GetProperty("low"))
            .Where(l => l.ValueKind == JsonValueKind.Number)
            .Select(l => l.GetDouble());
        Assert.Multiple(() =>
        {
            Assert.That(killed.Select(c => (c.Interval.Low, c.Interval.High)), Is.EqualTo(new[] { ((double?)22.0, (double?)22.0) }));
            Assert.That(lows, Is.All.GreaterThanOrEqualTo(0));
        });
    }
}
