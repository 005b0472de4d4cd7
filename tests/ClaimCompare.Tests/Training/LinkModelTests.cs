using ClaimCompare.Events.Linking;

namespace ClaimCompare.Tests.Training;

/// <summary>The core library's own evaluation of a link model file: linear and tree models, calibration, and what it refuses.</summary>
public sealed class LinkModelTests
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, double>> NoScores = new(StringComparer.Ordinal);

    [Test]
    public void A_linear_model_is_the_calibrated_logistic_of_its_weighted_sum()
    {
        var model = new LinkModel("test", ["content_similarity", "same_day"], [2.0, 1.5], -1.0, [], (0.5, 0.25), 0.5, new LinkModelProvenance(["t"], null, NoScores));
        var all = new double[LinkFeatures.Count];
        all[LinkFeatures.IndexOf("content_similarity")] = 0.4;
        all[LinkFeatures.IndexOf("same_day")] = 1;

        var output = -1.0 + (2.0 * 0.4) + 1.5;
        Assert.That(model.Probability(all), Is.EqualTo(1 / (1 + Math.Exp(-((0.5 * output) + 0.25)))).Within(1e-12));
    }

    [Test]
    public void A_tree_sends_a_value_at_its_threshold_left_and_adds_the_leaves()
    {
        // Root splits on same_day at 0.5: left is leaf 0 (-1), right is node 1, which splits on content_similarity at 0.3: leaf 1 (0.5) or leaf 2 (2).
        var tree = new LinkModelTree([0, 1], [0.5, 0.3], [~0, ~1], [1, ~2], [-1, 0.5, 2]);
        var model = new LinkModel("test", ["same_day", "content_similarity"], [], 0.1, [tree], (1, 0), 0.5, LinkModelProvenance.None);
        var all = new double[LinkFeatures.Count];
        var sameDay = LinkFeatures.IndexOf("same_day");
        var cosine = LinkFeatures.IndexOf("content_similarity");

        all[sameDay] = 0.5;
        Assert.That(model.Probability(all), Is.EqualTo(Sigmoid(0.1 - 1)).Within(1e-12));
        (all[sameDay], all[cosine]) = (1, 0.3);
        Assert.That(model.Probability(all), Is.EqualTo(Sigmoid(0.1 + 0.5)).Within(1e-12));
        all[cosine] = 0.31;
        Assert.That(model.Probability(all), Is.EqualTo(Sigmoid(0.1 + 2)).Within(1e-12));
        Assert.That(LinkModel.Parse(model.ToJson()).Probability(all), Is.EqualTo(model.Probability(all)));
    }

    [Test]
    public void A_file_with_an_unknown_feature_another_format_or_a_broken_tree_is_refused()
    {
        var good = new LinkModel("test", ["same_day"], [1.0], 0, [], (1, 0), 0.5, LinkModelProvenance.None).ToJson();

        Assert.Throws<FormatException>(() => LinkModel.Parse(good.Replace("\"same_day\"", "\"moon_phase\"", StringComparison.Ordinal)));
        Assert.Throws<FormatException>(() => LinkModel.Parse(good.Replace(LinkModel.FormatTag, "other/1", StringComparison.Ordinal)));
        Assert.Throws<FormatException>(() => LinkModel.Parse("{\"format\": \"" + LinkModel.FormatTag + "\"}"));
        Assert.Throws<FormatException>(() => _ = new LinkModel("test", ["same_day"], [], 0, [new LinkModelTree([3], [0.5], [~0], [~1], [0, 1])], (1, 0), 0.5, LinkModelProvenance.None));
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
