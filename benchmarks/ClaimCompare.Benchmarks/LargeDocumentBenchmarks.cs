using BenchmarkDotNet.Attributes;
using ClaimCompare.Benchmarks.Corpus;
using ClaimCompare.Reporting;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// A whole comparison (claims, events, diff and the JSON report) of generated news as one long document, against the same
/// text as separate articles, at doubling sizes: a step that grows faster than the text shows as a ratio that grows from
/// row to row (issue 23, item 3). The 50 MB measurement with peak memory is <c>tools/bigdoc</c>'s, in fresh processes.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class LargeDocumentBenchmarks : IWorkload
{
    private IReadOnlyList<Document> _articles = [];
    private IReadOnlyList<Document> _oneDocument = [];

    /// <summary>Gets or sets the size of the text in millions of characters.</summary>
    [Params(1, 2, 4)]
    public int Megabytes { get; set; }

    /// <summary>Generates the articles and joins them into one document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var generator = new CorpusGenerator(100_000);
        var articles = new List<Document>();
        for (var (i, total) = (0, 0); total < Megabytes * 1_000_000; i++)
        {
            articles.Add(generator.Article(i).Document);
            total += articles[^1].Text.Length + 2;
        }

        _articles = articles;
        _oneDocument = [new Document("one.txt", string.Join("\n\n", articles.Select(a => a.Text)))];
    }

    /// <summary>The text as separate articles.</summary>
    /// <returns>The number of disagreements reported.</returns>
    [Benchmark(Baseline = true)]
    public int AsArticles() => CompareAndWrite(_articles);

    /// <summary>The same text as one document.</summary>
    /// <returns>The number of disagreements reported.</returns>
    [Benchmark]
    public int AsOneDocument() => CompareAndWrite(_oneDocument);

    /// <inheritdoc/>
    public (double Amount, string Unit) Work(string method, IReadOnlyDictionary<string, object> parameters) =>
        (Convert.ToDouble(parameters[nameof(Megabytes)], System.Globalization.CultureInfo.InvariantCulture), "M chars");

    private static int CompareAndWrite(IReadOnlyList<Document> documents)
    {
        var report = ClaimComparer.Compare(documents);
        ReportWriter.Write(report, ReportFormat.Json, Stream.Null);
        return report.Disagreements.Count;
    }
}
