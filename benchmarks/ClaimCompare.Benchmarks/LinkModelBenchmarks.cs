using BenchmarkDotNet.Attributes;
using ClaimCompare.Benchmarks.Corpus;
using ClaimCompare.Claims;
using ClaimCompare.Events;
using ClaimCompare.Events.Linking;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Linking synthetic claims' local events with a learned link model (<c>UseLinkModel</c>) against the hand-set linker,
/// the baseline, in one run: the documents are read once in setup, so only linking is timed. The model is
/// <c>link-model.json</c> beside this file, written by the training tool (its provenance is in the file: corpora,
/// commit, trainer, cross-validated scores); it is the FastTree model the tool chose on dev + dev2 at commit 4da8780,
/// the costlier kind to evaluate (60 trees per proposed pair against one dot product for a linear model).
/// <c>link-model.sdca.json</c> is the SDCA logistic regression the tool chose on dev + dev2 at 191d1bf, the linear kind.
/// </summary>
/// <remarks>Target (issue 17): linking with the model costs at most 10 % more than without at 10⁵ claims.</remarks>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class LinkModelBenchmarks : IWorkload
{
    private IReadOnlyList<DocumentClaims> _documents = [];
    private DocumentEventReading[] _readings = [];
    private EventLinker _handSet = new();
    private EventLinker _learned = new();
    private EventLinker _linear = new();

    /// <summary>Gets or sets the number of claims.</summary>
    /// <remarks>Not named <c>Claims</c>: <see cref="BenchmarkConfig"/> drops a baseline above 10⁴ claims, meant for the all-pairs one; this baseline is the library's own linker.</remarks>
    [ParamsSource(nameof(Sizes))]
    public int ClaimCount { get; set; }

    /// <summary>Gets the sizes: 100,000, or those in <see cref="BenchmarkSizes.ClaimsVariable"/>.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.From(BenchmarkSizes.ClaimsVariable, 100_000);

    /// <summary>Builds the claims, reads their local events once as the pipeline does, and loads the model.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _documents = SyntheticClaims.Create(ClaimCount);
        var builtIn = (EventClusterer)ClaimComparer.Default.Clusterer;
        _readings = EventStages.ReadAll(new PrescannedReader(builtIn.CueExtractor, _documents), _documents, CancellationToken.None);
        _handSet = new EventLinker(new EventClustererOptions());
        var model = LinkModel.Load(Path.Combine(AppContext.BaseDirectory, "link-model.json"));
        _learned = new EventLinker(new EventClustererOptions(), new LinkModelScorer(model));
        var linear = LinkModel.Load(Path.Combine(AppContext.BaseDirectory, "link-model.sdca.json"));
        _linear = new EventLinker(new EventClustererOptions(), new LinkModelScorer(linear));
    }

    /// <summary>The hand-set linker (the default).</summary>
    /// <returns>The events.</returns>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<EventCluster> HandSet() => _handSet.Link(_documents, Copy());

    /// <summary>The same linking with the learned model scoring each proposed pair.</summary>
    /// <returns>The events.</returns>
    [Benchmark]
    public IReadOnlyList<EventCluster> LearnedModel() => _learned.Link(_documents, Copy());

    /// <summary>The same linking with the learned linear (SDCA) model scoring each proposed pair.</summary>
    /// <returns>The events.</returns>
    [Benchmark]
    public IReadOnlyList<EventCluster> LearnedLinearModel() => _linear.Link(_documents, Copy());

    /// <inheritdoc/>
    public (double Amount, string Unit) Work(string method, IReadOnlyDictionary<string, object> parameters) =>
        ((int)parameters[nameof(ClaimCount)], "claims");

    // Linking may let go of the readings as it links them; each run gets the readings afresh (a copy of references).
    private DocumentEventReading[] Copy() => (DocumentEventReading[])_readings.Clone();
}
