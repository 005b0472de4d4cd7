using System.Collections.Concurrent;
using ClaimCompare.Events;
using ClaimCompare.Events.Linking;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Tests.Training;

/// <summary>
/// The fast evaluation of a link model (features computed only when the model reads them, the trees flattened into one
/// array or tabulated over their thresholds) gives, bit for bit, the probability of the plain walk: every feature
/// computed, the bias, each weight times its feature, each tree walked, in the model's order. Candidates are ordered by
/// their scores' bits, so nothing less than the same bits keeps linking's result.
/// </summary>
public sealed class LinkModelEvaluationTests
{
    [TestCase("dev", "fasttree")]
    [TestCase("dev", "sdca")]
    [TestCase("dev2", "fasttree")]
    [TestCase("dev2", "sdca")]
    public void Every_proposed_pair_gets_the_plain_walks_probability(string corpus, string model)
    {
        var linkModel = LinkModel.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "Training", "link-model." + model + ".json"));
        var checking = new CheckingScorer(linkModel);
        var dir = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpora", corpus);
        var documents = Directory.GetFiles(Path.Combine(dir, "docs"), "*.txt").Order(StringComparer.Ordinal).Select(p => Document.FromFile(p)).ToList();

        new ClaimComparerBuilder().UseEventLinker(new EventLinker(new EventClustererOptions(), checking)).Build().Compare(documents);

        Assert.That(checking.Pairs, Is.GreaterThan(100));
        Assert.That(checking.Mismatches, Is.Empty);
    }

    [Test]
    public void A_tabulated_tree_model_gives_the_walks_bits_at_and_beside_its_thresholds()
    {
        // Two trees over a flag and two continuous features, small enough to be tabulated.
        var one = new LinkModelTree([0, 1, 2], [0.3, 0.5, 0.125], [1, ~0, ~2], [2, ~1, ~3], [-0.7, 0.2, 1.1, 0.4]);
        var two = new LinkModelTree([2, 0], [0.4166, 0.05], [1, ~0], [~2, ~1], [0.3, -0.1, 0.9]);
        var model = new LinkModel("test", ["content_similarity", "same_day", "shared_actors"], [], 0.25, [one, two], (0.4, -0.1), 0.5, LinkModelProvenance.None);
        var cosine = LinkFeatures.IndexOf("content_similarity");
        var sameDay = LinkFeatures.IndexOf("same_day");
        var actors = LinkFeatures.IndexOf("shared_actors");
        double[] values = [0, 0.05, 0.125, 0.3, 0.4166, 0.5, 1, -0.0, double.NaN, double.PositiveInfinity];
        var all = new double[LinkFeatures.Count];
        foreach (var c in values.Concat(values.Select(Math.BitIncrement)).Concat(values.Select(Math.BitDecrement)))
        {
            foreach (var a in values)
            {
                foreach (var d in new[] { 0.0, 1.0, 0.5 })
                {
                    (all[cosine], all[actors], all[sameDay]) = (c, a, d);
                    Assert.That(model.Probability(all), Is.EqualTo(Plain(model, all)), $"cosine {c}, actors {a}, same day {d}");
                }
            }
        }
    }

    [Test]
    public void A_tree_model_too_large_to_tabulate_is_walked()
    {
        // Three features with 80 thresholds each: 81³ cells, more than a table may hold.
        var trees = new List<LinkModelTree>();
        for (var t = 0; t < 80; t++)
        {
            trees.Add(new LinkModelTree([0, 1, 2], [(t + 0.5) / 80, (t + 0.25) / 80, (t + 0.75) / 80], [1, ~0, ~2], [2, ~1, ~3], [t * 0.01, -t * 0.02, 0.5, -0.25]));
        }

        var model = new LinkModel("test", ["content_similarity", "day_distance", "shared_actors"], [], 0, trees, (1, 0), 0.5, LinkModelProvenance.None);
        var all = new double[LinkFeatures.Count];
        for (var i = 0; i <= 100; i++)
        {
            (all[0], all[3], all[16]) = (i / 100.0, (100 - i) / 100.0, (i * 37 % 101) / 100.0);
            Assert.That(model.Probability(all), Is.EqualTo(Plain(model, all)));
        }
    }

    [Test]
    public void A_tree_whose_walk_could_come_back_is_refused()
    {
        var cycle = new LinkModelTree([0, 0], [0.5, 0.5], [1, ~0], [~1, 0], [0, 1, 2]);
        Assert.Throws<FormatException>(() => _ = new LinkModel("test", ["same_day"], [], 0, [cycle], (1, 0), 0.5, LinkModelProvenance.None));
    }

    /// <summary>The model as written: every feature, the weights and trees in order, then the calibration; no table, no skipped weight.</summary>
    private static double Plain(LinkModel model, double[] all)
    {
        var x = model.Features.Select(f => all[LinkFeatures.IndexOf(f)]).ToArray();
        var output = model.Bias;
        for (var i = 0; i < model.Weights.Count; i++)
        {
            output += model.Weights[i] * x[i];
        }

        foreach (var tree in model.Trees)
        {
            output += tree.Evaluate(x);
        }

        return 1 / (1 + Math.Exp(-((model.Calibration.Slope * output) + model.Calibration.Offset)));
    }

    /// <summary>Scores each pair as linking does and checks it against the plain walk over all features.</summary>
    private sealed class CheckingScorer(LinkModel model) : ILinkPairScorer
    {
        private readonly LinkModelScorer scorer = new(model);
        private readonly ConcurrentQueue<string> mismatches = new();
        private int pairs;

        public double Cut => scorer.Cut;

        public int Pairs => pairs;

        public IReadOnlyCollection<string> Mismatches => mismatches;

        public double Score(EventKeys keys, IReadOnlyList<LocalEvent> nodes, int a, int b, double cosine)
        {
            var score = scorer.Score(keys, nodes, a, b, cosine);
            var all = new double[LinkFeatures.Count];
            LinkFeatures.Compute(keys, nodes, a, b, cosine, all, LinkFeatures.All);
            var plain = Math.Min(Plain(model, all), 0.999_999);
            if (BitConverter.DoubleToInt64Bits(score) != BitConverter.DoubleToInt64Bits(plain))
            {
                mismatches.Enqueue($"#{a}-#{b}: {score:R} vs {plain:R}");
            }

            Interlocked.Increment(ref pairs);
            return score;
        }
    }
}
