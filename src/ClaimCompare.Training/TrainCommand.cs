using System.Diagnostics;
using System.Globalization;
using ClaimCompare.Events.Linking;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Training;

/// <summary>
/// <c>train --corpus DIR [--corpus DIR…] --out model.json</c>: reads each corpus with the pipeline, labels the pairs
/// blocking proposes, chooses the trainer by cross-validation, fits it on all corpora, writes the model, and measures
/// how it generalises: leave-one-corpus-out event pair precision and recall beside the hand-set linker's.
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
        var held = corpora.Length > 1 ? LeaveOneCorpusOut(corpora, folds) : [];
        var provenance = new LinkModelProvenance([.. corpora.Select(c => c.Corpus.Name)], commit, Scores(scores, held));
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
        return new TrainResult(fitted, held);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, double>> Scores(IEnumerable<TrainerScore> scores, IEnumerable<HeldOutResult> held)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (var s in scores)
        {
            result["cross-validation/" + s.Trainer] = new Dictionary<string, double>(StringComparer.Ordinal) { ["auc"] = s.Auc, ["f1"] = s.F1, ["precision"] = s.Precision, ["recall"] = s.Recall, ["logLoss"] = s.LogLoss };
        }

        foreach (var h in held)
        {
            result["leave-one-corpus-out/" + h.Held] = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["learnedPairPrecision"] = h.Learned.Precision,
                ["learnedPairRecall"] = h.Learned.Recall,
                ["handSetPairPrecision"] = h.HandSet.Precision,
                ["handSetPairRecall"] = h.HandSet.Recall,
            };
        }

        return result;
    }

    /// <summary>Per corpus: trains on the others (trainer chosen by their own cross-validation) and links the held corpus.</summary>
    private List<HeldOutResult> LeaveOneCorpusOut(CorpusPairs[] corpora, int folds)
    {
        Line();
        Line("leave-one-corpus-out, event pairs over matched claims (score.py's definition):");
        Line("  held    trained on       trainer                    learned P / R / F1      hand-set P / R / F1");
        var results = new List<HeldOutResult>();
        foreach (var held in corpora)
        {
            var trainer = new LinkTrainer();
            var rest = corpora.Where(c => !ReferenceEquals(c, held)).ToArray();
            var data = trainer.Load(rest.SelectMany(c => c.Rows));
            var (_, chosen) = trainer.Choose(data, folds);
            var model = trainer.Fit(data, chosen, LinkModelProvenance.None).Model;
            var report = new ClaimComparerBuilder().UseLinkModel(model).Build().Compare(held.Corpus.Documents);
            var learned = ClaimMatcher.EventPairs(held.Corpus.Claims, report.Claims);
            var handSet = ClaimMatcher.EventPairs(held.Corpus.Claims, held.HandSet.Claims);
            var names = string.Join("+", rest.Select(c => c.Corpus.Name));
            Line($"  {held.Corpus.Name,-7} {names,-16} {chosen,-25} {learned.Precision:0.000} / {learned.Recall:0.000} / {learned.F1:0.000}   {handSet.Precision:0.000} / {handSet.Recall:0.000} / {handSet.F1:0.000}");
            results.Add(new HeldOutResult(held.Corpus.Name, chosen, learned, handSet));
        }

        Line("  (the hand-set linker's thresholds were tuned on these corpora, so its figures are not held out)");
        return results;
    }

    private void Line(string text = "") => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
