using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimCompare.Events.Linking;

/// <summary>
/// A learned event-link model, as data: which features of a proposed pair of local events it weighs, a linear model or
/// boosted trees over them, the calibration that turns its output into a probability that the two are one event, and
/// the cut linking applies. The training tool (ClaimCompare.Training, with Microsoft.ML) writes it as a small JSON
/// file; the library reads and evaluates it itself, so nothing of Microsoft.ML is needed at run time.
/// </summary>
/// <remarks>
/// Use it with <see cref="Pipeline.ClaimComparerBuilder.UseLinkModel"/>. The file also records the trainer, the
/// corpora and commit it was trained on and its cross-validated scores, so a model says how well it generalised.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class LinkModel
{
    /// <summary>The format tag every model file carries.</summary>
    internal const string FormatTag = "claimcompare-link-model/1";

    /// <summary>Initializes a new instance of the <see cref="LinkModel"/> class.</summary>
    /// <param name="trainer">The trainer that fitted it ("LbfgsLogisticRegression", "FastTree", ...).</param>
    /// <param name="features">The feature names, each one of the features linking computes, in the order the weights and trees use.</param>
    /// <param name="weights">A linear model's weights (empty for trees).</param>
    /// <param name="bias">A linear model's bias, or the trees' constant.</param>
    /// <param name="trees">Boosted trees whose leaf values add up (empty for a linear model).</param>
    /// <param name="calibration">The probability is 1 / (1 + e^-(Slope·output + Offset)).</param>
    /// <param name="cut">The least probability a pair needs to be linked.</param>
    /// <param name="provenance">The corpora, commit and scores the model was trained and measured on.</param>
    /// <exception cref="FormatException">A feature is unknown, or the weights or trees do not fit the features.</exception>
    internal LinkModel(string trainer, IReadOnlyList<string> features, IReadOnlyList<double> weights, double bias, IReadOnlyList<LinkModelTree> trees, (double Slope, double Offset) calibration, double cut, LinkModelProvenance provenance)
    {
        Trainer = trainer;
        Features = [.. features];
        Weights = [.. weights];
        Bias = bias;
        Trees = [.. trees];
        Calibration = calibration;
        Cut = cut;
        Provenance = provenance;
        var featureIndexes = new int[Features.Count];
        for (var i = 0; i < Features.Count; i++)
        {
            featureIndexes[i] = LinkFeatures.IndexOf(Features[i]);
            if (featureIndexes[i] < 0)
            {
                throw new FormatException($"The link model uses the feature \"{Features[i]}\", which linking does not compute.");
            }
        }

        if ((Weights.Count != 0 && Weights.Count != Features.Count) || (Weights.Count == 0) == (Trees.Count == 0) || cut is not (> 0 and < 1))
        {
            throw new FormatException("A link model has either one weight per feature or trees, and a cut between 0 and 1.");
        }

        foreach (var tree in Trees)
        {
            tree.Validate(Features.Count);
        }

        Evaluator = new LinkModelEvaluator(featureIndexes, Weights, Bias, Trees, Calibration);
    }

    /// <summary>Gets the trainer that fitted the model.</summary>
    public string Trainer { get; }

    /// <summary>Gets the names of the features the model weighs.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>Gets the names of the corpora the model was trained on.</summary>
    public IReadOnlyList<string> TrainedOn => Provenance.Corpora;

    /// <summary>Gets the least probability that two events are one that linking needs to link them.</summary>
    public double Cut { get; }

    /// <summary>Gets a linear model's weights, empty for trees.</summary>
    internal IReadOnlyList<double> Weights { get; }

    /// <summary>Gets the linear model's bias or the trees' constant.</summary>
    internal double Bias { get; }

    /// <summary>Gets the boosted trees, empty for a linear model.</summary>
    internal IReadOnlyList<LinkModelTree> Trees { get; }

    /// <summary>Gets the calibration: the probability is 1 / (1 + e^-(Slope·output + Offset)).</summary>
    internal (double Slope, double Offset) Calibration { get; }

    /// <summary>Gets the model laid out for evaluation per pair.</summary>
    internal LinkModelEvaluator Evaluator { get; }

    /// <summary>Gets where the model comes from and how well it scored.</summary>
    internal LinkModelProvenance Provenance { get; }

    /// <summary>Reads a model from its JSON text.</summary>
    /// <param name="json">The text of a model file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a link model this library can evaluate.</exception>
    public static LinkModel Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return LinkModelJson.Read(json);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("Not a link model file: " + e.Message, e);
        }
    }

    /// <summary>Reads a model from a file.</summary>
    /// <param name="path">The model file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="FormatException">The file is not a link model this library can evaluate.</exception>
    public static LinkModel Load(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    /// <summary>Writes the model as the JSON text <see cref="Parse"/> reads.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => LinkModelJson.Write(this);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"LinkModel({Trainer}, {Features.Count} features, cut {Cut:0.###}, trained on {string.Join("+", TrainedOn)})");

    /// <summary>Returns the probability that a pair is one event, from all of linking's features (<see cref="LinkFeatures"/> order).</summary>
    /// <param name="all">The pair's features as <see cref="LinkFeatures.Compute"/> writes them.</param>
    /// <returns>The calibrated probability.</returns>
    internal double Probability(ReadOnlySpan<double> all) => Evaluator.Probability(all);
}
