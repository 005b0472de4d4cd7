using BenchmarkDotNet.Attributes;
using ClaimCompare.Benchmarks.Corpus;
using ClaimCompare.Claims;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Claim extraction (segmentation, quantities, entities, predicates) over the hostile inputs of issue 7,
/// against about a megabyte of normal news as baseline; compare the Throughput column for cost per byte.
/// </summary>
/// <remarks>Each input is one document; a stage that is quadratic on any of them shows up as a throughput collapse.</remarks>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class PathologicalInputBenchmarks : IWorkload
{
    // The extractor of the default pipeline: default segmenter, quantity recogniser, entity resolver and limits.
    private readonly IClaimExtractor _extractor = ClaimComparer.Default.Extractor;
    private readonly Dictionary<string, IReadOnlyList<Document>> _inputs = new(StringComparer.Ordinal);
    private readonly Diff.DisagreementFinder _finder = new();
    private IReadOnlyList<Claim> _oneEvent = [];
    private IReadOnlyList<Events.EventCluster> _oneEventCluster = [];
    private readonly Pipeline.ClaimComparerPipeline _pipeline = ClaimComparer.Default;
    private Document _oneEventFile = new("empty.txt", string.Empty);

    /// <summary>Builds the inputs once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        foreach (var name in PathologicalInputs.Names)
        {
            _inputs[name] = PathologicalInputs.Create(name);
        }

        _oneEvent = [.. Corpus.SyntheticClaims.Create(OneEventClaims, claimsPerDocument: 1_024).SelectMany(d => d.Claims).Select(c => c with { EventId = "e1" })];
        _oneEventCluster = [new Events.EventCluster("e1", "one event", Events.EventCues.None, [.. _oneEvent.Select(c => c.Id)], "every claim")];
        _oneEventFile = PathologicalInputs.OneEventFile(OneEventClaims);
    }

    /// <summary>About a megabyte of ordinary generated articles, each its own document.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark(Baseline = true)]
    public int NormalNews() => Extract(nameof(NormalNews));

    /// <summary>The same megabyte of news as one document.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark]
    public int OneMegabyteArticle() => Extract(nameof(OneMegabyteArticle));

    /// <summary>A number a million digits long.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark]
    public int MillionDigits() => Extract(nameof(MillionDigits));

    /// <summary>"at least up to more than " thirty thousand times.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark]
    public int HedgeChain() => Extract(nameof(HedgeChain));

    /// <summary>400,000 quotation marks.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark]
    public int QuoteMarks() => Extract(nameof(QuoteMarks));

    /// <summary>One two-megabyte word.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark]
    public int LongWord() => Extract(nameof(LongWord));

    /// <summary>Fifty thousand casualty words and no number.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark]
    public int CasualtyWords() => Extract(nameof(CasualtyWords));

    /// <summary>A claim inside 100,000 nested parentheses.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark]
    public int NestedParentheses() => Extract(nameof(NestedParentheses));

    /// <summary>
    /// The diff of 65,536 claims in one event (64 documents of 1,024 claims, the figures and sources of generated news):
    /// no step of the diff may be quadratic in one event's claims (issue 18, item 3: under 5 s).
    /// </summary>
    /// <returns>The number of disagreements found.</returns>
    [Benchmark]
    public int OneEventOf64kClaims() => _finder.Find(_oneEvent, _oneEventCluster).Count;

    /// <summary>
    /// The repro as a file: one document of 65,536 toll sentences about one air strike, compared through the
    /// whole pipeline (claims, events, diff); it took 23 s when clustering and diff were quadratic in one event's claims
    /// (issue 18, item 3: under 5 s).
    /// </summary>
    /// <returns>The number of disagreements found.</returns>
    [Benchmark]
    public int OneEventOf64kClaimsInOneFile() => _pipeline.Compare([_oneEventFile]).Disagreements.Count;

    private const int OneEventClaims = 65_536;

    private int Extract(string name)
    {
        var claims = 0;
        foreach (var document in _inputs[name])
        {
            claims += _extractor.Extract(document).Claims.Count;
        }

        return claims;
    }

    /// <inheritdoc/>
    public (double Amount, string Unit) Work(string method, IReadOnlyDictionary<string, object> parameters) =>
        method is nameof(OneEventOf64kClaims) or nameof(OneEventOf64kClaimsInOneFile) ? (OneEventClaims, "claims") : (PathologicalInputs.Length(method) / 1e6, "M chars");
}
