using BenchmarkDotNet.Attributes;
using ClaimCompare.Benchmarks.Corpus;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// The whole comparison of 10³ to 10⁵ generated articles (about 300 MB at 10⁵), streamed from the generator
/// so no benchmark holds the corpus: the library's parallel pipeline against a sequential single-thread
/// run of the same pipeline, plus the generator alone so its share of each figure is visible.
/// </summary>
/// <remarks>
/// Target: 10⁵ articles in under 60 s on two cores with peak memory under 2 GB (the peak working set is
/// printed to the log as "// PeakWorkingSet"). The sequential baseline runs only up to
/// <see cref="BenchmarkConfig.SequentialEndToEndLimit"/> articles.
/// </remarks>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class EndToEndBenchmarks : IWorkload
{
    // The same pipeline restricted to one thread: the only difference from ClaimComparer.Default is parallelism.
    private readonly ClaimComparerPipeline _sequential = ClaimComparer.CreateBuilder()
        .UseOptions(ClaimComparerOptions.Default with { MaxDegreeOfParallelism = 1 })
        .Build();

    /// <summary>Gets or sets the number of articles.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Articles { get; set; }

    /// <summary>Gets the sizes: 1,000, 10,000, 100,000, or those in <see cref="BenchmarkSizes.ArticlesVariable"/>.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.From(BenchmarkSizes.ArticlesVariable, 1_000, 10_000, 100_000);

    /// <summary>Checks, at the smallest size, that the parallel pipeline's report equals the sequential one.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (Articles <= 1_000)
        {
            var documents = new CorpusGenerator(Articles).Documents();
            var parallel = ReportText.Of(ClaimComparer.Compare(documents));
            var sequential = ReportText.Of(_sequential.Compare(documents));
            if (!string.Equals(parallel, sequential, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The parallel pipeline's report differs from the sequential run's.");
            }
        }
    }

    /// <summary>Prints the process's peak memory.</summary>
    [GlobalCleanup]
    public void Cleanup() => PeakMemory.Report(nameof(EndToEndBenchmarks) + " " + Articles.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The baseline: the same stages, one document at a time on one thread.</summary>
    /// <returns>The report.</returns>
    [Benchmark(Baseline = true)]
    public ComparisonReport Sequential() => _sequential.Compare(new CorpusGenerator(Articles).Documents());

    /// <summary>The library's entry point, parallel across cores.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public ComparisonReport Parallel() => ClaimComparer.Compare(new CorpusGenerator(Articles).Documents());

    /// <summary>Only generating the articles: the part of the other figures that is not the library's.</summary>
    /// <returns>The number of characters generated.</returns>
    [Benchmark]
    public long GenerateOnly()
    {
        long characters = 0;
        foreach (var document in new CorpusGenerator(Articles).Documents())
        {
            characters += document.Text.Length;
        }

        return characters;
    }

    /// <inheritdoc/>
    public (double Amount, string Unit) Work(string method, IReadOnlyDictionary<string, object> parameters) =>
        (CorpusSize.Megabytes((int)parameters[nameof(Articles)]), "MB");
}
