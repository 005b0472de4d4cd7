using System.Diagnostics;
using System.Globalization;
using ClaimCompare.Benchmarks.Corpus;
using ClaimCompare.Events;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// One timed run at a size BenchmarkDotNet cannot repeat in reasonable time (10⁵ articles, 10⁶ claims):
/// <c>scale articles N</c> compares N generated articles end to end, <c>scale claims N</c> clusters and diffs N synthetic claims
/// that carry their documents' entity scans as the claims stage hands them on, and <c>scale bare-claims N</c> the same claims without them.
/// </summary>
/// <remarks>Run it in a fresh process so the peak working set it prints belongs to that one run. Stateless.</remarks>
public static class ScaleRun
{
    private const string Usage = "usage: scale articles N | scale claims N | scale bare-claims N";

    /// <summary>Runs the measurement named by the arguments and prints one line of figures.</summary>
    /// <param name="args">"articles", "claims" or "bare-claims", then the size.</param>
    /// <returns>0, or 2 for arguments it does not understand.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size <= 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        string figures;
        switch (args[0])
        {
            case "articles":
                // The generator streams its articles, so the input is never held twice. The two halves of
                // ClaimComparerPipeline.Compare, timed apart: extraction with event cue reading (parallel), then the rest.
                var pipeline = ClaimComparer.Default;
                var clock = new PhaseClock();
                var read = pipeline.ExtractAll(new CorpusGenerator(size).Documents(), progress: null, out var cues, CancellationToken.None);
                clock.Mark("extraction");
                var report = pipeline.Assemble(read, cues, CancellationToken.None);
                clock.Mark("linking, diff and report");
                figures = $"{size:N0} articles compared in {clock.Total.TotalSeconds:0.0} s: {clock}; {report.Claims.Count:N0} claims, {report.Events.Count:N0} events, {report.Disagreements.Count:N0} disagreements";
                break;
            case "claims" or "bare-claims":
                // "claims" are read with their entity scan made beforehand, as the pipeline makes it once for claims and events; "bare-claims" are not, so reading scans each text.
                var clusterer = (EventClusterer)ClaimComparer.Default.Clusterer;
                var scanned = string.Equals(args[0], "claims", StringComparison.Ordinal);
                var documents = SyntheticClaims.Create(size);
                IEventReader reader = scanned ? new PrescannedReader(clusterer.CueExtractor, documents) : clusterer.CueExtractor;

                // The two halves of EventClusterer.Cluster, timed apart: per-document cue reading (parallel), then linking.
                var phases = new PhaseClock();
                var readings = EventStages.ReadAll(reader, documents, CancellationToken.None);
                phases.Mark("reading");
                var events = clusterer.Linker.Link(documents, readings, CancellationToken.None);
                phases.Mark("linking");

                // Then the diff, as EventClusteringBenchmarks.ClusterAndDiff does: the target is clustering and diff together.
                var disagreements = ClaimComparer.Default.Differ.Find(Diff.ReportAssembly.StampEvents(documents, events), events);
                phases.Mark("diff");
                figures = $"{size:N0} {(scanned ? "claims" : "claims without entity scans")} in {documents.Count:N0} documents clustered and diffed in {phases.Total.TotalSeconds:0.0} s: {phases}; {events.Count:N0} events, {disagreements.Count:N0} disagreements, hash {Hash(events)}, diff hash {Hash(disagreements)}";
                break;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{figures}; peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB; whole process: {GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0 * 1024.0):0.0} GB allocated, GC paused {GC.GetTotalPauseDuration().TotalSeconds:0.0} s in {GC.CollectionCount(0):N0}/{GC.CollectionCount(1):N0}/{GC.CollectionCount(2):N0} gen0/1/2 collections"));
        return 0;
    }

    // A digest of every cluster's description and claims, in order, so a change meant only to be faster can show it
    // clusters exactly as before.
    private static string Hash(IReadOnlyList<EventCluster> events) =>
        Digest(events.Select(cluster => cluster.Id + "\n" + cluster.Label + "\n" + cluster.Reason + "\n" + string.Join(",", cluster.ClaimIds) + "\n"));

    // The same for the disagreements: every member that reaches a report, in rank order, so a faster diff can show it
    // decides exactly as before.
    private static string Hash(IReadOnlyList<Diff.Disagreement> disagreements) =>
        Digest(disagreements.Select(d =>
        {
            var text = new System.Text.StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{d.Id}\n{d.Type}\n{d.Kind}\n{d.EventId}\n{d.Subject}\n{d.Severity:R}\n{d.Explanation}\n");
            foreach (var side in d.Sides)
            {
                text.Append(CultureInfo.InvariantCulture, $"{string.Join(",", side.ClaimIds)}|{side.Interval}|{side.Label}|{string.Join(";", side.Voices.Select(v => v.Source + ":" + string.Join(",", v.Documents)))}\n");
            }

            return text.ToString();
        }));

    private static string Digest(IEnumerable<string> records)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var record in records)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(record));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }
}
