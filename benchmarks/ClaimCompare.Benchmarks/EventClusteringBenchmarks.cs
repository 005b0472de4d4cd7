using BenchmarkDotNet.Attributes;
using ClaimCompare.Benchmarks.Baselines;
using ClaimCompare.Benchmarks.Corpus;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Event clustering and disagreement finding over 10³ to 10⁶ synthetic claims (built directly, with
/// cue-bearing sentences, by <see cref="SyntheticClaims"/>, read with their entity scans made beforehand as the pipeline makes them),
/// against a naive all-pairs clustering baseline that is run only up to <see cref="BenchmarkConfig.NaiveClusteringLimit"/> claims.
/// </summary>
/// <remarks>Target: clustering and diff of 10⁶ claims in under 10 s; growth from 10⁴ to 10⁶ no worse than n log n.</remarks>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class EventClusteringBenchmarks : IWorkload
{
    // The stages the default pipeline uses, with its entity resolver, so the figures are the ones users get.
    private IEventClusterer _clusterer = ClaimComparer.Default.Clusterer;
    private readonly IDisagreementFinder _finder = ClaimComparer.Default.Differ;
    private readonly NaiveEventClusterer _naive = new(((EventClusterer)ClaimComparer.Default.Clusterer).CueExtractor);
    private IReadOnlyList<DocumentClaims> _documents = [];

    /// <summary>Gets or sets the number of claims.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Claims { get; set; }

    /// <summary>Gets the sizes: 1,000, 10,000, 100,000, 1,000,000, or those in <see cref="BenchmarkSizes.ClaimsVariable"/>.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.From(BenchmarkSizes.ClaimsVariable, 1_000, 10_000, 100_000, 1_000_000);

    /// <summary>Builds the claims once per size, and the clusterer that reads them with their entity scans made beforehand, as the pipeline makes them once for claims and events.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _documents = SyntheticClaims.Create(Claims);
        var builtIn = (EventClusterer)ClaimComparer.Default.Clusterer;
        _clusterer = new EventStages.ReadThenLink(new PrescannedReader(builtIn.CueExtractor, _documents), builtIn.Linker);
    }

    /// <summary>Prints the process's peak memory so a run shows it next to the times.</summary>
    [GlobalCleanup]
    public void Cleanup() => PeakMemory.Report(nameof(EventClusteringBenchmarks) + " " + Claims.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The naive baseline: every claim compared with every other.</summary>
    /// <returns>The events.</returns>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<EventCluster> NaiveAllPairs() => _naive.Cluster(_documents);

    /// <summary>The library's blocked clustering.</summary>
    /// <returns>The events.</returns>
    [Benchmark]
    public IReadOnlyList<EventCluster> Cluster() => _clusterer.Cluster(_documents);

    /// <summary>Clustering, then stamping event ids on the claims and finding disagreements, as the pipeline does.</summary>
    /// <returns>The disagreements.</returns>
    [Benchmark]
    public IReadOnlyList<Disagreement> ClusterAndDiff()
    {
        var events = _clusterer.Cluster(_documents);
        return _finder.Find(ReportAssembly.StampEvents(_documents, events), events);
    }

    /// <inheritdoc/>
    public (double Amount, string Unit) Work(string method, IReadOnlyDictionary<string, object> parameters) =>
        ((int)parameters[nameof(Claims)], "claims");
}
