using ClaimCompare.Events.Linking;
using ClaimCompare.Pipeline;
using ClaimCompare.Training;

namespace ClaimCompare.Tests.Training;

/// <summary>
/// The training tool on a tiny corpus (the five seed articles and their gold): it labels the pairs blocking proposes,
/// fits, writes a model file the core library reads back unchanged and evaluates as ML.NET does, and a pipeline links
/// with it.
/// </summary>
[NonParallelizable]
public sealed class LinkModelTrainingTests
{
    private string corpus = string.Empty;

    [OneTimeSetUp]
    public void MakeSeedCorpus()
    {
        // A corpus folder as users make them: gold.json, docs/ and outlets.csv.
        corpus = Path.Combine(Path.GetTempPath(), "claimcompare-training-" + Guid.NewGuid().ToString("N"));
        var seeds = Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");
        Directory.CreateDirectory(Path.Combine(corpus, "docs"));
        foreach (var text in Directory.GetFiles(seeds, "*.txt"))
        {
            File.Copy(text, Path.Combine(corpus, "docs", Path.GetFileName(text)));
        }

        File.Copy(Path.Combine(seeds, "gold.json"), Path.Combine(corpus, "gold.json"));
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Training", "seeds.outlets.csv"), Path.Combine(corpus, "outlets.csv"));
    }

    [OneTimeTearDown]
    public void RemoveSeedCorpus() => Directory.Delete(corpus, recursive: true);

    [Test]
    public void Seed_pairs_are_labelled_from_the_gold_with_both_answers()
    {
        var pairs = CorpusPairs.Read(GoldCorpus.Load(corpus));

        Assert.That(pairs.Corpus.Documents, Has.Count.EqualTo(5));
        Assert.That(pairs.Rows, Has.Count.GreaterThan(10));
        Assert.That(pairs.Rows.Select(r => r.Label).Distinct().Count(), Is.EqualTo(2), "same-event and different-event pairs");
        Assert.That(pairs.Rows.All(r => r.Features.Length == LinkFeatures.Count && r.Features.All(f => f is >= 0 and <= 1)), Is.True);
        Assert.That(pairs.Corpus.Documents.Single(d => d.Id.StartsWith("003_", StringComparison.Ordinal)).PublishedOn, Is.EqualTo(new DateOnly(2021, 2, 26)), "outlets.csv gives the one seed date it has");
        Assert.That(pairs.Corpus.Documents.Count(d => d.PublishedOn is not null), Is.EqualTo(1));
    }

    [Test]
    public void Training_writes_a_model_that_round_trips_and_scores_pairs_as_MLNET()
    {
        var path = Path.Combine(corpus, "model.json");
        using var output = new StringWriter();

        var result = new TrainCommand(output).Run([corpus], path, folds: 2, commit: "test");

        Assert.That(result.Fitted.ExportError, Is.LessThan(1e-5), "the exported model gives ML.NET's probabilities");
        Assert.That(output.ToString(), Does.Contain("cross-validation").And.Contain("permutation feature importance"));
        var text = File.ReadAllText(path);
        var loaded = LinkModel.Parse(text);
        Assert.That(loaded.ToJson(), Is.EqualTo(text), "reading and writing again changes nothing");
        Assert.That(loaded.Features, Is.EqualTo(LinkFeatures.Names));
        Assert.That(loaded.TrainedOn, Is.EqualTo(new[] { "seeds" }));
        Assert.That(loaded.Trainer, Is.AnyOf(LinkTrainer.TrainerNames.ToArray()));

        // The loaded model scores every training pair exactly as the fitted one does, with a probability.
        foreach (var row in CorpusPairs.Read(GoldCorpus.Load(corpus)).Rows)
        {
            double[] features = [.. row.Features.Select(f => (double)f)];
            var p = loaded.Probability(features);
            Assert.That(p, Is.InRange(0.0, 1.0));
            Assert.That(p, Is.EqualTo(result.Fitted.Model.Probability(features)).Within(1e-12));
        }
    }

    [Test]
    public void A_pipeline_links_with_a_loaded_model_and_puts_every_claim_in_an_event()
    {
        var path = Path.Combine(corpus, "linked.json");
        new TrainCommand(TextWriter.Null).Run([corpus], path, folds: 2, commit: null);
        var documents = GoldCorpus.Load(corpus).Documents;

        var report = new ClaimComparerBuilder().UseLinkModel(LinkModel.Load(path)).Build().Compare(documents);

        Assert.That(report.Claims, Is.Not.Empty);
        var eventIds = report.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        Assert.That(report.Claims.All(c => eventIds.Contains(c.EventId)), Is.True);
    }
}
