using System.Runtime.CompilerServices;
using ClaimCompare.Pipeline;
using Microsoft.Extensions.AI;

namespace ClaimCompare.Tests.Api;

/// <summary>CompareAsync awaits what it waits for: documents that arrive asynchronously and the embedding generator.</summary>
public sealed class AsyncCompareTests
{
    private const string Soldiers = "At least 22 soldiers were killed in the air strike on Monday.";
    private const string Paratroopers = "Up to five paratroopers were killed in the air strike on Monday.";

    [Test]
    public async Task Documents_that_arrive_asynchronously_compare_as_a_list_does()
    {
        var seeds = TestRepository.Seeds();
        var progress = new RecordingProgress();
        var streamed = await ClaimComparer.CompareAsync(Arriving(seeds), progress);
        Assert.Multiple(() =>
        {
            Assert.That(streamed, Is.EqualTo(ClaimComparer.Compare(seeds)));
            Assert.That(progress.Reports.Select(p => p.DocumentsDone).Max(), Is.EqualTo(seeds.Count));
            Assert.That(progress.Reports.Select(p => p.DocumentsTotal).Distinct(), Is.EqualTo(new[] { 0 }), "an asynchronous sequence has no count");
        });
    }

    [Test]
    public async Task An_asynchronous_input_reports_the_caller_bugs_a_list_does()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => ClaimComparer.CompareAsync(Arriving([Document.FromText("a", "x"), null!])));
        await Assert.ThrowsAsync<ArgumentException>(() => ClaimComparer.CompareAsync(Arriving([Document.FromText("a", "x"), Document.FromText("a", "y")])));
        Assert.Throws<ArgumentNullException>(() => _ = ClaimComparer.CompareAsync((IAsyncEnumerable<Document>)null!));
    }

    [Test]
    public void Cancelling_while_the_next_document_is_awaited_stops_the_comparison()
    {
        using var cancellation = new CancellationTokenSource();
        async IAsyncEnumerable<Document> ThenNothing([EnumeratorCancellation] CancellationToken token = default)
        {
            yield return Document.FromText("a", Soldiers);
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, token); // a source that never sends again, until cancelled
            yield return Document.FromText("b", Paratroopers);
        }

        Assert.That(async () => await ClaimComparer.CompareAsync(ThenNothing(), progress: null, cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task The_embedding_generator_is_awaited_not_waited_for()
    {
        // The generator answers only when the test says so: CompareAsync must hand back an unfinished task meanwhile.
        var generator = new PendingGenerator();
        var pipeline = ClaimComparer.CreateBuilder().UseOptions(new ClaimComparerOptions { EmbeddingGenerator = generator }).Build();
        var comparing = pipeline.CompareAsync([Document.FromText("a.txt", Soldiers), Document.FromText("b.txt", Paratroopers)]);
        await generator.Called.Task.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.That(comparing.IsCompleted, Is.False, "still waiting for the embeddings");
        generator.Answer(new Dictionary<string, float[]>(StringComparer.Ordinal) { ["paratroopers"] = [1, 0.05f, 0], ["soldiers"] = [1, 0, 0] });
        var report = await comparing;
        Assert.That(report.Claims.Select(c => c.Subject), Is.All.EqualTo("paratroopers"), "merged once the embeddings came");
    }

    [Test]
    public async Task Cancelling_reaches_the_embedding_generator()
    {
        using var cancellation = new CancellationTokenSource();
        var generator = new PendingGenerator();
        var pipeline = ClaimComparer.CreateBuilder().UseOptions(new ClaimComparerOptions { EmbeddingGenerator = generator }).Build();
        var comparing = pipeline.CompareAsync([Document.FromText("a.txt", Soldiers), Document.FromText("b.txt", Paratroopers)], progress: null, cancellation.Token);
        await generator.Called.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await cancellation.CancelAsync();
        Assert.That(async () => await comparing, Throws.InstanceOf<OperationCanceledException>());
    }

    private static async IAsyncEnumerable<Document> Arriving(IEnumerable<Document> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield(); // each document arrives later, as from a network
            yield return document;
        }
    }

    private sealed class RecordingProgress : IProgress<CompareProgress>
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<CompareProgress> reports = new();

        public IReadOnlyCollection<CompareProgress> Reports => reports;

        public void Report(CompareProgress value) => reports.Enqueue(value);
    }

    /// <summary>A generator whose answer the test gives; it honours the token it is called with, as a remote one does.</summary>
    private sealed class PendingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        private readonly TaskCompletionSource<Dictionary<string, float[]>> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Answer(Dictionary<string, float[]> table) => answer.SetResult(table);

        public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Called.TrySetResult();
            var table = await answer.Task.WaitAsync(cancellationToken);
            return new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(table.TryGetValue(v, out var vector) ? vector : [0, 0, 1])));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
