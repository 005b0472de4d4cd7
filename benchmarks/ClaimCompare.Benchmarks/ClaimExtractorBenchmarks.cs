using BenchmarkDotNet.Attributes;
using ClaimCompare.Benchmarks.Corpus;
using ClaimCompare.Claims;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Claim extraction (segmentation, quantities, entities, predicates, attribution) over generated articles,
/// one thread against all cores; the Throughput column gives MB/s of UTF-8 text.
/// </summary>
/// <remarks>The articles are generated once per size and held (30 MB at 10,000), so generation is not timed.</remarks>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class ClaimExtractorBenchmarks : IWorkload
{
    // The extractor of the default pipeline: default segmenter, quantity recogniser, entity resolver and limits.
    private readonly IClaimExtractor _extractor = ClaimComparer.Default.Extractor;
    private Document[] _documents = [];

    /// <summary>Gets or sets the number of articles.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    /// <summary>Gets the sizes: 1,000, 10,000, or those in <see cref="BenchmarkSizes.ArticlesVariable"/>.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.From(BenchmarkSizes.ArticlesVariable, 1_000, 10_000);

    /// <summary>Generates the articles.</summary>
    [GlobalSetup]
    public void Setup() => _documents = [.. new CorpusGenerator(Articles).Documents()];

    /// <summary>The baseline: every document in turn on one thread.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark(Baseline = true)]
    public int Sequential()
    {
        var claims = 0;
        foreach (var document in _documents)
        {
            claims += _extractor.Extract(document).Claims.Count;
        }

        return claims;
    }

    /// <summary>Documents spread over all cores; the extractor is stateless, so this is how a pipeline scales.</summary>
    /// <returns>The number of claims read.</returns>
    [Benchmark]
    public int Parallel()
    {
        var results = new DocumentClaims[_documents.Length];
        System.Threading.Tasks.Parallel.For(0, _documents.Length, i => results[i] = _extractor.Extract(_documents[i]));
        return results.Sum(r => r.Claims.Count);
    }

    /// <inheritdoc/>
    public (double Amount, string Unit) Work(string method, IReadOnlyDictionary<string, object> parameters) =>
        (CorpusSize.Megabytes((int)parameters[nameof(Articles)]), "MB");
}
