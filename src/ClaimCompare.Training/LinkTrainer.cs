using ClaimCompare.Events.Linking;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace ClaimCompare.Training;

/// <summary>
/// Fits the event-link model with Microsoft.ML: cross-validates each candidate trainer, fits the chosen one, and
/// exports the fitted model as a <see cref="LinkModel"/> (weights or trees and the Platt calibration), checking that
/// the exported model gives ML.NET's own probabilities.
/// </summary>
/// <remarks>Holds one seeded <see cref="MLContext"/>, so results repeat; not thread-safe.</remarks>
internal sealed class LinkTrainer
{
    /// <summary>The trainers tried, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> TrainerNames = ["LbfgsLogisticRegression", "SdcaLogisticRegression", "FastTree"];

    private readonly MLContext ml = new(seed: 1);

    /// <summary>Loads rows as an ML.NET data view whose feature column is a vector of <see cref="LinkFeatures.Count"/> floats.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The data view.</returns>
    public IDataView Load(IEnumerable<PairRow> rows)
    {
        var schema = SchemaDefinition.Create(typeof(PairRow));
        schema[nameof(PairRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, LinkFeatures.Count);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>Cross-validates a trainer, folds keeping each group's rows together.</summary>
    /// <param name="data">The rows.</param>
    /// <param name="trainer">One of <see cref="TrainerNames"/>.</param>
    /// <param name="folds">The number of folds.</param>
    /// <returns>The mean figures over the folds, or <see langword="null"/> when a fold cannot be scored (too few rows of a class).</returns>
    public TrainerScore? CrossValidate(IDataView data, string trainer, int folds)
    {
        try
        {
            var results = ml.BinaryClassification.CrossValidate(data, Estimator(trainer), folds, nameof(PairRow.Label), samplingKeyColumnName: nameof(PairRow.Group), seed: 1);
            return new TrainerScore(
                trainer,
                results.Average(r => r.Metrics.AreaUnderRocCurve),
                results.Average(r => r.Metrics.F1Score),
                results.Average(r => r.Metrics.PositivePrecision),
                results.Average(r => r.Metrics.PositiveRecall),
                results.Average(r => r.Metrics.LogLoss));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Picks the trainer with the best cross-validated area under the ROC curve (ties: the simpler, listed first).</summary>
    /// <param name="data">The rows.</param>
    /// <param name="folds">The number of folds.</param>
    /// <returns>Every trainer's figures and the chosen trainer.</returns>
    public (IReadOnlyList<TrainerScore> Scores, string Chosen) Choose(IDataView data, int folds)
    {
        var scores = TrainerNames.Select(t => CrossValidate(data, t, folds)).OfType<TrainerScore>().ToArray();
        var chosen = scores.Length == 0 ? TrainerNames[0] : scores.OrderByDescending(s => s.Auc).First().Trainer;
        return (scores, chosen);
    }

    /// <summary>Fits a trainer on all rows and exports the model.</summary>
    /// <param name="data">The rows.</param>
    /// <param name="trainer">One of <see cref="TrainerNames"/>.</param>
    /// <param name="provenance">What to record of the model's origin and scores.</param>
    /// <param name="importance">Whether to measure permutation feature importance (the costly part; held-out folds skip it).</param>
    /// <returns>The model, the permutation importance of each feature (drop in AUC), and the largest difference between the exported model's and ML.NET's probabilities on the rows.</returns>
    public FittedLinkModel Fit(IDataView data, string trainer, LinkModelProvenance provenance, bool importance = true)
    {
        var fitted = Estimator(trainer).Fit(data);
        return fitted switch
        {
            BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> linear => Finish(linear, data, Linear(trainer, linear.Model, provenance), importance),
            BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> trees => Finish(trees, data, Trees(trainer, trees.Model, provenance), importance),
            _ => throw new NotSupportedException($"{trainer} fitted a {fitted.GetType().Name}, which cannot be exported."),
        };
    }

    // ML.NET's Platt calibration is 1 / (1 + e^(Slope·x + Offset)); the model file's is 1 / (1 + e^-(slope·x + offset)).
    private static (double, double) Calibration(PlattCalibrator calibrator) => (-calibrator.Slope, -calibrator.Offset);

    private static LinkModel Linear(string trainer, CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> model, LinkModelProvenance provenance) =>
        new(trainer, LinkFeatures.Names, [.. model.SubModel.Weights.Select(w => (double)w)], model.SubModel.Bias, [], Calibration(model.Calibrator), 0.5, provenance);

    private static LinkModel Trees(string trainer, CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> model, LinkModelProvenance provenance)
    {
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        var trees = ensemble.Trees.Select((tree, i) => new LinkModelTree(
            [.. tree.NumericalSplitFeatureIndexes],
            [.. tree.NumericalSplitThresholds.Select(t => (double)t)],
            [.. tree.LeftChild],
            [.. tree.RightChild],
            [.. tree.LeafValues.Select(v => v * ensemble.TreeWeights[i])])).ToArray();
        return new LinkModel(trainer, LinkFeatures.Names, [], ensemble.Bias, trees, Calibration(model.Calibrator), 0.5, provenance);
    }

    private FittedLinkModel Finish<TModel>(ISingleFeaturePredictionTransformer<TModel> transformer, IDataView data, LinkModel model, bool importance)
        where TModel : class
    {
        (string, double)[] drops = [];
        if (importance)
        {
            var pfi = ml.BinaryClassification.PermutationFeatureImportance(transformer, data, nameof(PairRow.Label), permutationCount: 3);
            drops = [.. LinkFeatures.Names.Select((name, i) => (name, pfi[i].AreaUnderRocCurve.Mean))];
        }

        // The exported model must give ML.NET's probabilities: evaluate both on every row.
        var scored = transformer.Transform(data);
        var probabilities = scored.GetColumn<float>("Probability").ToArray();
        var features = data.GetColumn<float[]>(nameof(PairRow.Features)).ToArray();
        var worst = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            var mine = model.Probability([.. features[i].Select(f => (double)f)]);
            worst = Math.Max(worst, Math.Abs(mine - probabilities[i]));
        }

        return new FittedLinkModel(model, drops, worst);
    }

    private IEstimator<ITransformer> Estimator(string trainer) => trainer switch
    {
        "LbfgsLogisticRegression" => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(nameof(PairRow.Label), nameof(PairRow.Features)),
        "SdcaLogisticRegression" => ml.BinaryClassification.Trainers.SdcaLogisticRegression(nameof(PairRow.Label), nameof(PairRow.Features)),
        "FastTree" => ml.BinaryClassification.Trainers.FastTree(nameof(PairRow.Label), nameof(PairRow.Features), numberOfLeaves: 8, numberOfTrees: 60, minimumExampleCountPerLeaf: 10),
        _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "Unknown trainer."),
    };
}
