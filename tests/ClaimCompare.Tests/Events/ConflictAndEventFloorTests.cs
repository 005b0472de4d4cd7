using System.Globalization;
using System.Text.Json;
using ClaimCompare.Tests.Claims;

namespace ClaimCompare.Tests.Events;

/// <summary>
/// Conflicts found, false alarms and event pairs against the gold corpora (issue 20), scored as score.py scores
/// them: a gold conflict is found when one disagreement sets the predicted claims matching its two claims on different
/// sides; a gold compatible pair so set is a false alarm; events are pairwise precision and recall over matched
/// claims. Each floor stands at the figure reached, as a regression guard; raise it as work lands.
/// </summary>
[TestFixture]
public sealed class ConflictAndEventFloorTests
{
    private static string Corpora => Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpora");

    private static string SeedsDir => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");

    [Test]
    public void Seeds_keep_their_conflicts_and_events()
    {
        var score = Run(Path.Combine(SeedsDir, "gold.json"), SeedsDir, Path.Combine(Corpora, "seeds.outlets.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(score.Found, Is.EqualTo(score.Conflicts), "every seed conflict found");
            Assert.That(score.FalseAlarms, Is.Zero, "false alarms");
            Assert.That(score.EventPrecision, Is.GreaterThanOrEqualTo(0.99), "event pair precision");
            Assert.That(score.EventRecall, Is.GreaterThanOrEqualTo(0.97), "event pair recall");
        });
    }

    [Test]
    public void Dev_keeps_its_conflicts_and_events()
    {
        var dir = Path.Combine(Corpora, "dev");
        var score = Run(Path.Combine(dir, "gold.json"), Path.Combine(dir, "docs"), Path.Combine(dir, "outlets.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(score.Found, Is.GreaterThanOrEqualTo(66), "conflicts found of 72");
            Assert.That(score.FalseAlarms, Is.LessThanOrEqualTo(1), "false alarms of 62");
            Assert.That(score.EventPrecision, Is.GreaterThanOrEqualTo(0.97), "event pair precision");
            Assert.That(score.EventRecall, Is.GreaterThanOrEqualTo(0.985), "event pair recall");
        });
    }

    [Test]
    public void Dev2_keeps_its_conflicts_and_events()
    {
        var dir = Path.Combine(Corpora, "dev2");
        var score = Run(Path.Combine(dir, "gold.json"), Path.Combine(dir, "docs"), Path.Combine(dir, "outlets.csv"));
        Assert.Multiple(() =>
        {
            Assert.That(score.Found, Is.GreaterThanOrEqualTo(86), "conflicts found of 96 (86 with the missing-count, partitive, elided-head and figure-noun readers)");
            Assert.That(score.FalseAlarms, Is.Zero, "false alarms of 71 (issue 20: at most 3 %; 0 once a partitive revises its antecedent count)");
            Assert.That(score.EventPrecision, Is.GreaterThanOrEqualTo(0.99), "event pair precision");
            Assert.That(score.EventRecall, Is.GreaterThanOrEqualTo(0.99), "event pair recall");
        });
    }

    private static Score Run(string goldPath, string docsDir, string outlets)
    {
        var claims = ClaimAccuracyFloorTests.Run(goldPath, docsDir, outlets, out var report);
        var matched = claims.Matched;

        // Pairs of predicted claim ids some disagreement sets against each other: any two claims on different sides.
        var flagged = new HashSet<(string, string)>();
        foreach (var d in report.Disagreements)
        {
            for (var a = 0; a < d.Sides.Count; a++)
            {
                for (var b = a + 1; b < d.Sides.Count; b++)
                {
                    foreach (var x in d.Sides[a].ClaimIds)
                    {
                        foreach (var y in d.Sides[b].ClaimIds)
                        {
                            flagged.Add(Pair(x, y));
                        }
                    }
                }
            }
        }

        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = json.RootElement;
        bool Flagged(JsonElement pair)
        {
            var two = pair.GetProperty("claims");
            return matched.TryGetValue(two[0].GetString()!, out var a) && matched.TryGetValue(two[1].GetString()!, out var b) && flagged.Contains(Pair(a.Id, b.Id));
        }

        var conflicts = root.GetProperty("conflicts").EnumerateArray().ToList();
        var compatible = root.TryGetProperty("compatible", out var c) ? c.EnumerateArray().ToList() : [];
        var eventOf = root.GetProperty("claims").EnumerateArray().ToDictionary(x => x.GetProperty("id").GetString()!, x => x.GetProperty("event").GetString()!, StringComparer.Ordinal);
        var ids = matched.Keys.Order(StringComparer.Ordinal).ToArray();
        var (sameGold, samePredicted, both) = (0, 0, 0);
        for (var i = 0; i < ids.Length; i++)
        {
            for (var j = i + 1; j < ids.Length; j++)
            {
                var g = string.Equals(eventOf[ids[i]], eventOf[ids[j]], StringComparison.Ordinal);
                var p = matched[ids[i]].EventId.Length > 0 && string.Equals(matched[ids[i]].EventId, matched[ids[j]].EventId, StringComparison.Ordinal);
                sameGold += g ? 1 : 0;
                samePredicted += p ? 1 : 0;
                both += g && p ? 1 : 0;
            }
        }

        var score = new Score(conflicts.Count, conflicts.Count(Flagged), compatible.Count(Flagged), samePredicted == 0 ? 0 : (double)both / samePredicted, sameGold == 0 ? 0 : (double)both / sameGold);
        TestContext.Out.WriteLine(score);
        return score;
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private sealed record Score(int Conflicts, int Found, int FalseAlarms, double EventPrecision, double EventRecall)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"conflicts {Found}/{Conflicts}, false alarms {FalseAlarms}, events P {EventPrecision:0.000} R {EventRecall:0.000}");
    }
}
