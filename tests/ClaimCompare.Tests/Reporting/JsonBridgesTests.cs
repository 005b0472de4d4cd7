using System.Globalization;
using System.Text.Json;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using ClaimCompare.Reporting;
using static ClaimCompare.Tests.Diff.ClaimFactory;

namespace ClaimCompare.Tests.Reporting;

/// <summary>The JSON writes each shared side once and sets bridges against it, and sets exactly the report's pairs against each other.</summary>
public sealed class JsonBridgesTests
{
    private static readonly IReadOnlyList<EventCluster> OneEvent = [new EventCluster("e1", "air strike", EventCues.None, [], "test")];

    [Test]
    public void A_bridge_against_a_whole_side_refers_to_it()
    {
        // "at least 10" fits 12 and 30 but not 5: it is set against the whole side of 5, which the JSON writes once.
        Claim[] claims =
        [
            Number("c1", "a", 5, 5, source: "A"), Number("c2", "b", 5, 5, source: "B"),
            Number("c3", "c", 12, 12, source: "C"), Number("c4", "d", 30, 30, source: "D"),
            Number("c5", "e", 10, null, source: "E"),
        ];
        var report = Report(claims);
        using var json = JsonDocument.Parse(ReportWriter.ToString(report, ReportFormat.Json));
        var disagreements = json.RootElement.GetProperty("disagreements").EnumerateArray().ToList();
        var holder = disagreements.Single(d => d.GetProperty("sides").GetArrayLength() == 3);
        var bridge = disagreements.Single(d => d.GetProperty("sides").GetArrayLength() == 1);
        var twelve = holder.GetProperty("sides").EnumerateArray().Select(s => s.EnumerateArray().Select(c => c.GetString()).ToList()).ToList().FindIndex(s => s.Contains("c1"));
        var five = report.Disagreements.Single(d => d.Sides.Count == 3).Sides.Single(s => s.ClaimIds.Contains("c1"));
        Assert.Multiple(() =>
        {
            Assert.That(report.Disagreements, Has.Count.EqualTo(2));
            Assert.That(report.Disagreements.Single(d => d.Sides.Count == 2).Sides, Has.Some.SameAs(five), "the diff shares the whole side");
            Assert.That(holder.GetProperty("bridges")[0].GetProperty("claim").GetString(), Is.EqualTo("c5"));
            Assert.That(holder.GetProperty("bridges")[0].GetProperty("against").EnumerateArray().Select(i => i.GetInt32()), Is.EqualTo(new[] { twelve }));
            Assert.That(bridge.GetProperty("sides")[0].EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "c5" }));
            Assert.That(bridge.GetProperty("sideDetails").EnumerateArray().Single(s => s.TryGetProperty("sharedWith", out _)).GetProperty("sharedWith").GetProperty("disagreement").GetString(), Is.EqualTo(holder.GetProperty("id").GetString()));
            Assert.That(Pairs(json.RootElement), Is.EquivalentTo(Pairs(report)));
        });
    }

    [Test]
    public void Random_events_set_the_same_pairs_against_each_other_in_the_report_and_its_json()
    {
        var random = new Random(7);
        var claims = new List<Claim>();
        for (var e = 0; e < 400; e++)
        {
            var ev = "e" + e.ToString("000", CultureInfo.InvariantCulture);
            for (var k = 0; k < 3 + random.Next(25); k++)
            {
                double low = new[] { 1, 3, 5, 12, 20, 22, 27, 40, 58 }[random.Next(9)];
                double? high = random.Next(3) switch { 0 => null, 1 => low + random.Next(1, 30), _ => low };
                var subject = random.Next(4) == 0 ? "civilians" : "people";
                claims.Add(Number(ev + "c" + k.ToString(CultureInfo.InvariantCulture), ev + "d" + random.Next(5).ToString(CultureInfo.InvariantCulture), low, high, subject, "S" + random.Next(6).ToString(CultureInfo.InvariantCulture), eventId: ev));
            }
        }

        var report = Report([.. claims]);
        foreach (var indented in new[] { false, true })
        {
            using var json = JsonDocument.Parse(ReportWriter.ToString(report, ReportFormat.Json, new ReportWriterOptions { Indented = indented }));
            Assert.That(Pairs(json.RootElement), Is.EquivalentTo(Pairs(report)));
        }
    }

    [Test]
    public void Json_written_to_a_stream_equals_json_written_to_a_text_writer()
    {
        var report = Report([Number("c1", "a", 12, 12, source: "A"), Number("c2", "b", 30, 30, source: "B — “quoted”")]);
        using var stream = new MemoryStream();
        ReportWriter.Write(report, ReportFormat.Json, stream);
        Assert.That(new System.Text.UTF8Encoding(false).GetString(stream.ToArray()), Is.EqualTo(ReportWriter.ToString(report, ReportFormat.Json)));
    }

    private static ComparisonReport Report(Claim[] claims) =>
        new([], claims, OneEvent, new DisagreementFinder().Find(claims, OneEvent), []);

    private static HashSet<(string, string)> Pairs(ComparisonReport report)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var d in report.Disagreements)
        {
            for (var a = 0; a < d.Sides.Count; a++)
            {
                for (var b = a + 1; b < d.Sides.Count; b++)
                {
                    Add(pairs, d.Sides[a].ClaimIds, d.Sides[b].ClaimIds);
                }
            }
        }

        return pairs;
    }

    // The scorer's reading of GOLD-FORMAT.md: sides against each other, and each bridge's claim against its sides.
    private static HashSet<(string, string)> Pairs(JsonElement root)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var d in root.GetProperty("disagreements").EnumerateArray())
        {
            var sides = d.GetProperty("sides").EnumerateArray().Select(s => s.EnumerateArray().Select(c => c.GetString()!).ToList()).ToList();
            for (var a = 0; a < sides.Count; a++)
            {
                for (var b = a + 1; b < sides.Count; b++)
                {
                    Add(pairs, sides[a], sides[b]);
                }
            }

            foreach (var bridge in d.GetProperty("bridges").EnumerateArray())
            {
                foreach (var side in bridge.GetProperty("against").EnumerateArray())
                {
                    Add(pairs, [bridge.GetProperty("claim").GetString()!], sides[side.GetInt32()]);
                }
            }
        }

        return pairs;
    }

    private static void Add(HashSet<(string, string)> pairs, IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                pairs.Add(string.CompareOrdinal(x, y) < 0 ? (x, y) : (y, x));
            }
        }
    }
}
