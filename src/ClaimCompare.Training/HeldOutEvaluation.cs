using System.Globalization;
using ClaimCompare.Events.Linking;

namespace ClaimCompare.Training;

/// <summary>
/// Measures how the learned linker generalises, beside the hand-set linker on the same split: leave-one-corpus-out
/// (train on the other corpora, link the held one) and leave-one-event-out (per gold event, train without the pairs that
/// touch it, link its corpus again, and count the pairs and gold conflicts of that event). Figures are score.py's: event
/// pair precision and recall over matched claims, gold conflicts found and false alarms on gold compatible pairs.
/// </summary>
/// <param name="output">Where the tables go.</param>
internal sealed class HeldOutEvaluation(TextWriter output)
{
    private const string Header = "learned pair P / R / F1   conflicts  alarms   hand-set pair P / R / F1  conflicts  alarms";

    /// <summary>Per corpus: trains on the others (trainer chosen by their own cross-validation) and links the held corpus.</summary>
    /// <param name="corpora">Two corpora or more.</param>
    /// <param name="folds">Cross-validation folds for choosing the trainer.</param>
    /// <returns>One result per held corpus.</returns>
    public List<HeldOutResult> LeaveOneCorpusOut(IReadOnlyList<CorpusPairs> corpora, int folds)
    {
        Line();
        Line("leave-one-corpus-out (score.py's figures on the held corpus):");
        Line($"  held    trained on       trainer                   {Header}");
        var results = new List<HeldOutResult>();
        foreach (var held in corpora)
        {
            var trainer = new LinkTrainer();
            var rest = corpora.Where(c => !ReferenceEquals(c, held)).ToArray();
            var data = trainer.Load(rest.SelectMany(c => c.Rows));
            var (_, chosen) = trainer.Choose(data, folds);
            var report = held.Link(trainer.Fit(data, chosen, LinkModelProvenance.None, importance: false).Model);
            var result = new HeldOutResult(
                held.Corpus.Name,
                chosen,
                ClaimMatcher.EventPairs(held.Corpus.Claims, report.Claims),
                ClaimMatcher.EventPairs(held.Corpus.Claims, held.HandSet.Claims),
                ClaimMatcher.Conflicts(held.Corpus, report, _ => true),
                ClaimMatcher.Conflicts(held.Corpus, held.HandSet, _ => true));
            Line($"  {held.Corpus.Name,-7} {string.Join("+", rest.Select(c => c.Corpus.Name)),-16} {chosen,-25} {Figures(result)}");
            results.Add(result);
        }

        Line("  (the hand-set linker's thresholds were tuned on these corpora, so its figures are not held out)");
        return results;
    }

    /// <summary>
    /// Per gold event of each corpus: fits <paramref name="trainer"/> on every corpus's rows except those touching the
    /// event, links the event's corpus with it, and counts the pairs of matched claims whose first gold event (in
    /// ordinal order) is the held one, so each pair is counted once and by a model that never saw it, and the gold
    /// conflicts and compatible pairs whose first claim is in the held event.
    /// </summary>
    /// <param name="corpora">The corpora.</param>
    /// <param name="trainer">The trainer, chosen once by cross-validation on all rows (choosing per fold would cost a cross-validation per event).</param>
    /// <returns>One result per corpus, its folds summed.</returns>
    public List<HeldOutResult> LeaveOneEventOut(IReadOnlyList<CorpusPairs> corpora, string trainer)
    {
        Line();
        Line($"leave-one-event-out ({trainer}; per gold event, trained without the pairs touching it; counts summed over the events):");
        Line($"  corpus  events (skipped)  {Header}");
        var all = corpora.SelectMany(c => c.Rows).ToArray();
        var results = new List<HeldOutResult>();
        foreach (var corpus in corpora)
        {
            var result = new HeldOutResult(corpus.Corpus.Name, trainer, default, default, default, default) { Folds = 0 };
            foreach (var held in corpus.Corpus.Claims.Select(g => g.Event).Distinct(StringComparer.Ordinal))
            {
                var key = corpus.Corpus.Name + "/" + held;
                var rows = all.Where(r => !string.Equals(r.GoldA, key, StringComparison.Ordinal) && !string.Equals(r.GoldB, key, StringComparison.Ordinal)).ToArray();
                if (rows.Select(r => r.Label).Distinct().Count() < 2)
                {
                    result = result with { Skipped = result.Skipped + 1 };
                    continue;
                }

                var fitter = new LinkTrainer();
                var report = corpus.Link(fitter.Fit(fitter.Load(rows), trainer, LinkModelProvenance.None, importance: false).Model);
                bool InFold(GoldClaim a, GoldClaim b) => string.Equals(string.CompareOrdinal(a.Event, b.Event) <= 0 ? a.Event : b.Event, held, StringComparison.Ordinal);
                bool InEvent(GoldClaim g) => string.Equals(g.Event, held, StringComparison.Ordinal);
                result += new HeldOutResult(
                    string.Empty,
                    trainer,
                    ClaimMatcher.EventPairs(corpus.Corpus.Claims, report.Claims, InFold),
                    ClaimMatcher.EventPairs(corpus.Corpus.Claims, corpus.HandSet.Claims, InFold),
                    ClaimMatcher.Conflicts(corpus.Corpus, report, InEvent),
                    ClaimMatcher.Conflicts(corpus.Corpus, corpus.HandSet, InEvent));
            }

            result = result with { Held = corpus.Corpus.Name };
            Line($"  {result.Held,-7} {$"{result.Folds} ({result.Skipped})",-17} {Figures(result)}");
            results.Add(result);
        }

        if (results.Count > 1)
        {
            var total = results.Aggregate((a, b) => a + b);
            Line($"  {"all",-7} {$"{total.Folds} ({total.Skipped})",-17} {Figures(total)}");
        }

        return results;
    }

    private static string Figures(HeldOutResult r) =>
        $"{r.Learned,-25} {Count(r.LearnedConflicts.Found, r.LearnedConflicts.Gold),-10} {Count(r.LearnedConflicts.FalseAlarms, r.LearnedConflicts.Compatible),-8} " +
        $"{r.HandSet,-25} {Count(r.HandSetConflicts.Found, r.HandSetConflicts.Gold),-10} {Count(r.HandSetConflicts.FalseAlarms, r.HandSetConflicts.Compatible)}";

    private static string Count(int part, int whole) => string.Create(CultureInfo.InvariantCulture, $"{part}/{whole}");

    private void Line(string text = "") => output.WriteLine(text);
}
