using ClaimCompare.Diff;
using ClaimCompare.Reporting;

namespace ClaimCompare.Tests.Events;

/// <summary>Measures events and diff on gold claims: the seeds always, the dev set when its folder is given.</summary>
public sealed class GoldCorpusEvaluation
{
    private static string SeedsDir => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");

    [Test]
    public void Seeds_meet_the_issue_figures_on_gold_claims()
    {
        var corpus = GoldCorpus.Load(Path.Combine(SeedsDir, "gold.json"), SeedsDir);
        var report = IncrementalComparison.Build(corpus.Documents);
        var score = corpus.ScoreReport(report);
        TestContext.Out.WriteLine(score);
        TestContext.Out.WriteLine(ReportWriter.ToString(report, ReportFormat.Text));
        Assert.Multiple(() =>
        {
            Assert.That(score.ConflictsFound, Is.EqualTo(score.Conflicts), "every seed conflict is found");
            Assert.That(score.FalseAlarms, Is.Zero, "no compatible pair is set against each other");
            // Measured on gold claims, where every background mention counts; the issue's 0.90 is for the
            // claims the extractor finds. These floors guard against regressions of the current figures.
            Assert.That(score.EventPrecision, Is.GreaterThanOrEqualTo(0.62), "event pair precision");
            Assert.That(score.EventRecall, Is.GreaterThanOrEqualTo(0.78), "event pair recall");
        });
    }

    [Test]
    [Explicit("Needs the dev set: set CLAIMCOMPARE_DEV_DIR to shared/eval/dev")]
    public void Dev_set_on_gold_claims()
    {
        var dir = Environment.GetEnvironmentVariable("CLAIMCOMPARE_DEV_DIR");
        Assume.That(dir, Is.Not.Null.And.Not.Empty);
        var corpus = GoldCorpus.Load(Path.Combine(dir!, "gold.json"), Path.Combine(dir!, "docs"));
        var report = IncrementalComparison.Build(corpus.Documents);
        var score = corpus.ScoreReport(report);
        TestContext.Out.WriteLine(score);
        corpus.Missed.ForEach(TestContext.Out.WriteLine);
        TestContext.Out.WriteLine(ReportWriter.ToString(report, ReportFormat.Text));
        Assert.That(score.ConflictsFound / (double)score.Conflicts, Is.GreaterThanOrEqualTo(0.8));
    }

    [Test]
    [Explicit("Diagnostics: prints local events and candidate links")]
    public void Diagnose_seeds()
    {
        var dir = Environment.GetEnvironmentVariable("CLAIMCOMPARE_DEV_DIR");
        var corpus = string.IsNullOrEmpty(dir)
            ? GoldCorpus.Load(Path.Combine(SeedsDir, "gold.json"), SeedsDir)
            : GoldCorpus.Load(Path.Combine(dir, "gold.json"), Path.Combine(dir, "docs"));
        foreach (var line in new ClaimCompare.Events.EventClusterer().Diagnose(corpus.Documents))
        {
            TestContext.Out.WriteLine(line);
        }

        var report = IncrementalComparison.Build(corpus.Documents);
        foreach (var c in report.Claims)
        {
            TestContext.Out.WriteLine($"{c.Id} {c.EventId} gold={corpus.GoldEventOfKey[corpus.Documents.SelectMany(d => d.Claims).First(x => string.Equals(x.DocumentId, c.DocumentId, StringComparison.Ordinal) && x.Evidence == c.Evidence && x.Kind == c.Kind && string.Equals(x.Actor, c.Actor, StringComparison.Ordinal)).Id]} {c.Kind} {c.Interval} {c.Subject}{c.Actor} \"{c.EvidenceText}\"");
        }

        Assert.That(report.Claims, Is.Not.Empty);
    }

    [Test]
    [Explicit("Diagnostics: main-event similarities against gold events")]
    public void Diagnose_main_links()
    {
        var dir = Environment.GetEnvironmentVariable("CLAIMCOMPARE_DEV_DIR");
        var corpus = string.IsNullOrEmpty(dir)
            ? GoldCorpus.Load(Path.Combine(SeedsDir, "gold.json"), SeedsDir)
            : GoldCorpus.Load(Path.Combine(dir, "gold.json"), Path.Combine(dir, "docs"));
        var clusterer = new ClaimCompare.Events.EventClusterer();
        var nodes = new List<(string Doc, ClaimCompare.Events.LocalEvent Event, string Gold)>();
        foreach (var d in corpus.Documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal))
        {
            var reading = clusterer.Read(d);
            for (var e = 0; e < reading.Events.Count; e++)
            {
                var golds = Enumerable.Range(0, d.Claims.Count).Where(c => reading.ClaimEvents[c] == e).Select(c => corpus.GoldEventOfKey[d.Claims[c].Id]).ToList();
                var gold = golds.Count == 0 ? "-" : golds.GroupBy(g => g, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key + "(" + golds.Count + (golds.Distinct(StringComparer.Ordinal).Count() > 1 ? ",mixed:" + string.Join("/", golds.Distinct(StringComparer.Ordinal)) : string.Empty) + ")";
                nodes.Add((d.Document.Id, reading.Events[e], gold));
            }
        }

        foreach (var n in nodes)
        {
            TestContext.Out.WriteLine($"{n.Doc}/{n.Event.Index} main={n.Event.IsMain} {n.Event.Trigger} date={n.Event.Date} places={string.Join("|", n.Event.Places)} spec={string.Join("|", n.Event.SpecificPlaces)} wd={n.Event.Weekdays} marker={n.Event.Marker} gold={n.Gold}");
        }

        foreach (var line in clusterer.Diagnose(corpus.Documents).Where(l => l.StartsWith('#') && l.Contains('-', StringComparison.Ordinal)))
        {
            TestContext.Out.WriteLine(line);
        }

        Assert.That(nodes, Is.Not.Empty);
    }
}
