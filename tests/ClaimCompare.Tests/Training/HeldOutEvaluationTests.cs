using ClaimCompare.Events.Linking;
using ClaimCompare.Pipeline;
using ClaimCompare.Training;

namespace ClaimCompare.Tests.Training;

/// <summary>
/// The held-out figures on the seed corpus: conflicts are scored as score.py scores them, and leave-one-event-out
/// counts every pair of matched claims and every gold conflict exactly once over its folds.
/// </summary>
[NonParallelizable]
public sealed class HeldOutEvaluationTests
{
    private string corpus = string.Empty;
    private CorpusPairs pairs = null!;

    [OneTimeSetUp]
    public void ReadSeedCorpus()
    {
        corpus = Path.Combine(Path.GetTempPath(), "claimcompare-heldout-" + Guid.NewGuid().ToString("N"));
        var seeds = Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");
        Directory.CreateDirectory(Path.Combine(corpus, "docs"));
        foreach (var text in Directory.GetFiles(seeds, "*.txt"))
        {
            File.Copy(text, Path.Combine(corpus, "docs", Path.GetFileName(text)));
        }

        File.Copy(Path.Combine(seeds, "gold.json"), Path.Combine(corpus, "gold.json"));
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Training", "seeds.outlets.csv"), Path.Combine(corpus, "outlets.csv"));
        pairs = CorpusPairs.Read(GoldCorpus.Load(corpus));
    }

    [OneTimeTearDown]
    public void RemoveSeedCorpus() => Directory.Delete(corpus, recursive: true);

    [Test]
    public void Hand_set_conflicts_are_scored_as_score_py_scores_the_seeds()
    {
        // score.py on the seeds with seeds.outlets.csv: conflicts found 3/3, false alarms 0/14.
        var score = ClaimMatcher.Conflicts(pairs.Corpus, pairs.HandSet, _ => true);
        Assert.That(score, Is.EqualTo(new ConflictScore(3, 3, 0, 14)));
    }

    [Test]
    public void Relinking_the_recorded_reading_gives_the_report_a_full_comparison_gives()
    {
        var trainer = new LinkTrainer();
        var model = trainer.Fit(trainer.Load(pairs.Rows), "LbfgsLogisticRegression", LinkModelProvenance.None, importance: false).Model;

        var relinked = pairs.Link(model);
        var compared = new ClaimComparerBuilder().UseLinkModel(model).Build().Compare(pairs.Corpus.Documents);

        Assert.That(relinked.Claims.Select(c => (c.Id, c.EventId)), Is.EqualTo(compared.Claims.Select(c => (c.Id, c.EventId))));
        Assert.That(relinked.Disagreements.Select(d => d.ToString()), Is.EqualTo(compared.Disagreements.Select(d => d.ToString())));
    }

    [Test]
    public void Leave_one_event_out_counts_each_pair_and_conflict_once()
    {
        var result = new HeldOutEvaluation(TextWriter.Null).LeaveOneEventOut([pairs], "LbfgsLogisticRegression").Single();
        var events = pairs.Corpus.Claims.Select(c => c.Event).Distinct(StringComparer.Ordinal).Count();
        Assert.That(result.Folds + result.Skipped, Is.EqualTo(events));
        if (result.Skipped == 0)
        {
            // The hand-set linker does not change between folds, so its counts summed over the folds are the corpus's.
            Assert.That(result.HandSet, Is.EqualTo(ClaimMatcher.EventPairs(pairs.Corpus.Claims, pairs.HandSet.Claims)));
            Assert.That(result.HandSetConflicts, Is.EqualTo(ClaimMatcher.Conflicts(pairs.Corpus, pairs.HandSet, _ => true)));
        }

        Assert.That(result.Learned.SameGold, Is.EqualTo(result.HandSet.SameGold), "both linkers are counted on the same pairs of matched claims");
        Assert.That(result.LearnedConflicts.Gold, Is.EqualTo(result.HandSetConflicts.Gold));
    }
}
