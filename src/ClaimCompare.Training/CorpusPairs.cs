using ClaimCompare.Claims;
using ClaimCompare.Events;
using ClaimCompare.Events.Linking;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Training;

/// <summary>
/// One corpus read for training: the pairs of local events linking's blocking proposes, each labelled same or different
/// event from the gold, and the hand-set linker's report on the corpus (the baseline on the same claims).
/// </summary>
/// <param name="Corpus">The corpus.</param>
/// <param name="Rows">The labelled pairs; a pair is left out when either event has no matched gold claim.</param>
/// <param name="UnlabelledPairs">The proposed pairs left out for want of a gold event.</param>
/// <param name="HandSet">The hand-set linker's report.</param>
/// <param name="ReadDocuments">The documents as linking received them (read and numbered), so another linker can link them again.</param>
/// <param name="Readings">Their event readings.</param>
internal sealed record CorpusPairs(GoldCorpus Corpus, IReadOnlyList<PairRow> Rows, int UnlabelledPairs, ComparisonReport HandSet, IReadOnlyList<DocumentClaims> ReadDocuments, IReadOnlyList<DocumentEventReading> Readings)
{
    /// <summary>Links and diffs the corpus again with a learned model, without reading it again: the report a pipeline with <c>UseLinkModel</c> gives.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The report.</returns>
    public ComparisonReport Link(LinkModel model) =>
        new ClaimComparerBuilder().UseLinkModel(model).Build().Assemble(ReadDocuments, [.. Readings], CancellationToken.None);

    /// <summary>Runs the pipeline on the corpus and labels the pairs its blocking proposes.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <returns>The labelled pairs and the hand-set report.</returns>
    /// <remarks>
    /// A local event's gold event is the one most of its claims are matched to (document, kind and overlapping span,
    /// as score.py matches; ties go to the event named first in the gold).
    /// </remarks>
    public static CorpusPairs Read(GoldCorpus corpus)
    {
        var recorder = new RecordingLinker();
        var report = new ClaimComparerBuilder().UseEventLinker(recorder).Build().Compare(corpus.Documents);
        var claims = recorder.ClaimEvents.Select(x => x.Claim).ToArray();
        var match = ClaimMatcher.Match(corpus.Claims, claims, strict: false);
        var votes = new Dictionary<EventKey, Dictionary<string, int>>();
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var gold in corpus.Claims)
        {
            firstSeen.TryAdd(gold.Event, firstSeen.Count);
            if (match.TryGetValue(gold.Id, out var c))
            {
                var local = recorder.ClaimEvents[c].Event;
                if (!votes.TryGetValue(local, out var tally))
                {
                    votes[local] = tally = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                tally[gold.Event] = tally.GetValueOrDefault(gold.Event) + 1;
            }
        }

        var eventOf = votes.ToDictionary(v => v.Key, v => v.Value.OrderByDescending(t => t.Value).ThenBy(t => firstSeen[t.Key]).First().Key);
        var rows = new List<PairRow>();
        var unlabelled = 0;

        // Pairs sorted by their events, so the rows (and so the fitted model) do not depend on thread timing.
        foreach (var pair in recorder.Pairs.OrderBy(p => p.A.Document, StringComparer.Ordinal).ThenBy(p => p.A.Index).ThenBy(p => p.B.Document, StringComparer.Ordinal).ThenBy(p => p.B.Index))
        {
            if (eventOf.TryGetValue(pair.A, out var a) && eventOf.TryGetValue(pair.B, out var b))
            {
                rows.Add(new PairRow
                {
                    Label = string.Equals(a, b, StringComparison.Ordinal),
                    Features = [.. pair.Features.Select(f => (float)f)],
                    Group = corpus.Name + "/" + pair.A.Document,
                    GoldA = corpus.Name + "/" + a,
                    GoldB = corpus.Name + "/" + b,
                });
            }
            else
            {
                unlabelled++;
            }
        }

        return new CorpusPairs(corpus, rows, unlabelled, report, recorder.Documents, recorder.Readings);
    }
}
