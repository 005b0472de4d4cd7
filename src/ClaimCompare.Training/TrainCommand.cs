using System.Diagnostics;
using System.Globalization;
using ClaimCompare.Events.Linking;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Training;

/// <summary>
/// <c>train --corpus DIR [--corpus DIR…] --out model.json</c>: reads each corpus with the pipeline, labels the pairs
/// blocking proposes, chooses the trainer by cross-validation, fits it on all corpora, writes the model, and measures
/// how it generalises: leave-one-corpus-out and leave-one-event-out event pair precision and recall and conflicts found,
/// beside the hand-set linker's on the same split (<see cref="HeldOutEvaluation"/>).
/// </summary>
/// <param name="output">Where the report goes.</param>
internal sealed class TrainCommand(TextWriter output)
{
    /// <summary>Runs the command.</summary>
    /// <param name="corpusDirectories">The corpus folders.</param>
    /// <param name="outPath">The model file to write.</param>
    /// <param name="folds">Cross-validation folds.</param>
    /// <param name="commit">The commit to record, when known.</param>
    /// <returns>The fitted model and the leave-one-corpus-out results.</returns>
    public TrainResult Run(IReadOnlyList<string> corpusDirectories, string outPath, int folds, string? commit)
    {
        var clock = Stopwatch.StartNew();
        var corpora = corpusDirectories.Select(d => CorpusPairs.Read(GoldCorpus.Load(d))).ToArray();
        foreach (var c in corpora)
        {
            Line($"corpus {c.Corpus.Name}: {c.Corpus.Documents.Count} documents, {c.Rows.Count} labelled candidate pairs ({c.Rows.Count(r => r.Label)} same event), {c.UnlabelledPairs} without a gold event");
        }

        var trainer = new LinkTrainer();
        var all = trainer.Load(corpora.SelectMany(c => c.Rows));
        var (scores, chosen) = trainer.Choose(all, folds);
        Line();
        Line($"cross-validation ({folds} folds, a document's pairs in one fold), candidate pairs, cut 0.5:");
        Line("  trainer                    AUC     F1      P       R       log-loss");
        foreach (var s in scores)
        {
            Line($"  {s.Trainer,-25} {s.Auc,6:0.000}  {s.F1,6:0.000}  {s.Precision,6:0.000}  {s.Recall,6:0.000}  {s.LogLoss,6:0.000}");
        }

        Line($"  chosen: {chosen} (best AUC)");
        var evaluation = new HeldOutEvaluation(output);
        var held = corpora.Length > 1 ? evaluation.LeaveOneCorpusOut(corpora, folds) : [];
        var heldEvents = evaluation.LeaveOneEventOut(corpora, chosen);
        var provenance = new LinkModelProvenance([.. corpora.Select(c => c.Corpus.Name)], commit, Scores(scores, held, heldEvents));
        var fitted = trainer.Fit(all, chosen, provenance);
        Line();
        Line($"permutation feature importance ({chosen} on all rows, drop in AUC, 3 permutations):");
        foreach (var (feature, drop) in fitted.Importance.OrderBy(i => i.AucDrop))
        {
            Line($"  {feature,-27} {-drop,7:0.0000}");
        }

        Line($"exported model vs ML.NET, largest probability difference on the training rows: {fitted.ExportError:0.0e+0}");
        File.WriteAllText(outPath, fitted.Model.ToJson());
        Line($"wrote {outPath}: {fitted.Model}");
        if (held.Count > 0)
        {
            var learned = held.Average(h => h.Learned.F1);
            var handSet = held.Average(h => h.HandSet.F1);
            Line(learned > handSet
                ? $"default: the learned model generalises better (mean held-out event pair F1 {learned:0.000} vs hand-set {handSet:0.000})"
                : $"default: the hand-set linker stays (mean held-out event pair F1 {handSet:0.000} vs learned {learned:0.000})");
        }

        Line($"train time: {clock.Elapsed.TotalSeconds:0.0} s");
        return new TrainResult(fitted, held, heldEvents);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, double>> Scores(IEnumerable<TrainerScore> scores, IEnumerable<HeldOutResult> held, IEnumerable<HeldOutResult> heldEvents)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var s in scores)
        {
            result["cross-validation/" + s.Trainer] = new Dictionary<string, double>(StringComparer.Ordinal) { ["auc"] = s.Auc, ["f1"] = s.F1, ["precision"] = s.Precision, ["recall"] = s.Recall, ["logLoss"] = s.LogLoss };
        }

        foreach (var (split, h) in held.Select(h => ("leave-one-corpus-out/", h)).Concat(heldEvents.Select(h => ("leave-one-event-out/", h))))
        {
            result[split + h.Held] = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["learnedPairPrecision"] = h.Learned.Precision,
                ["learnedPairRecall"] = h.Learned.Recall,
                ["learnedConflictsFound"] = h.LearnedConflicts.Found,
                ["learnedFalseAlarms"] = h.LearnedConflicts.FalseAlarms,
                ["handSetPairPrecision"] = h.HandSet.Precision,
                ["handSetPairRecall"] = h.HandSet.Recall,
                ["handSetConflictsFound"] = h.HandSetConflicts.Found,
                ["handSetFalseAlarms"] = h.HandSetConflicts.FalseAlarms,
                ["goldConflicts"] = h.LearnedConflicts.Gold,
                ["goldCompatiblePairs"] = h.LearnedConflicts.Compatible,
            };
        }

        return result;
    }

    private void Line(string text = "") => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
