using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Pipeline;
using ClaimCompare.Reporting;
using Microsoft.Extensions.AI;

namespace ClaimCompare.Tests.Pipeline;

public sealed class SemanticSubjectTests
{
    private const string Soldiers = "At least 22 soldiers were killed in the air strike on Monday.";
    private const string Paratroopers = "Up to five paratroopers were killed in the air strike on Monday.";

    [Test]
    public void Without_a_generator_subjects_stay_lexical()
    {
        var report = ClaimComparer.CreateBuilder().Build().Compare(Documents());
        Assert.That(report.Claims.Select(c => c.Subject), Is.EquivalentTo(new[] { "soldiers", "paratroopers" }));
    }

    [Test]
    public void With_a_generator_near_synonymous_subjects_merge_and_are_compared()
    {
        // A local, deterministic generator: "paratroopers" and "soldiers" get the same direction.
        var generator = new TableEmbeddingGenerator(new Dictionary<string, float[]>(StringComparer.Ordinal)
        {
            ["paratroopers"] = [1, 0.05f, 0],
            ["soldiers"] = [1, 0, 0],
        });
        var pipeline = ClaimComparer.CreateBuilder().UseOptions(new ClaimComparerOptions { EmbeddingGenerator = generator }).Build();
        var report = pipeline.Compare(Documents());
        Assert.Multiple(() =>
        {
            Assert.That(report.Claims.Select(c => c.Subject), Is.All.EqualTo("paratroopers"), "the ordinally first subject represents the merged pair");
            Assert.That(generator.Calls, Is.EqualTo(1), "subjects are embedded once, in one batch");
        });
    }

    [Test]
    public void Dissimilar_subjects_do_not_merge()
    {
        var generator = new TableEmbeddingGenerator(new Dictionary<string, float[]>(StringComparer.Ordinal)
        {
            ["paratroopers"] = [0, 1, 0],
            ["soldiers"] = [1, 0, 0],
        });
        var pipeline = ClaimComparer.CreateBuilder().UseOptions(new ClaimComparerOptions { EmbeddingGenerator = generator }).Build();
        Assert.That(pipeline.Compare(Documents()).Claims.Select(c => c.Subject), Is.EquivalentTo(new[] { "soldiers", "paratroopers" }));
    }

    [Test]
    public void An_incremental_comparison_applies_the_same_semantic_merge_as_the_batch()
    {
        var generator = new TableEmbeddingGenerator(new Dictionary<string, float[]>(StringComparer.Ordinal)
        {
            ["paratroopers"] = [1, 0.05f, 0],
            ["soldiers"] = [1, 0, 0],
        });
        var pipeline = ClaimComparer.CreateBuilder().UseOptions(new ClaimComparerOptions { EmbeddingGenerator = generator }).Build();
        var batch = pipeline.Compare(Documents());
        var incremental = pipeline.CreateIncremental();
        foreach (var document in Documents().Reverse())
        {
            incremental = pipeline.Add(incremental, document);
        }

        Assert.Multiple(() =>
        {
            Assert.That(incremental.Report.Claims.Select(c => c.Subject), Is.All.EqualTo("paratroopers"), "merged as in the batch");
            Assert.That(ReportWriter.ToString(incremental.Report, ReportFormat.Json), Is.EqualTo(ReportWriter.ToString(batch, ReportFormat.Json)));
        });
    }

    private static Document[] Documents() => [Document.FromText("a.txt", Soldiers), Document.FromText("b.txt", Paratroopers)];

    private sealed class TableEmbeddingGenerator(Dictionary<string, float[]> table) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Calls { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            var embeddings = new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(table.TryGetValue(v, out var vector) ? vector : [0, 0, 1])));
            return Task.FromResult(embeddings);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
