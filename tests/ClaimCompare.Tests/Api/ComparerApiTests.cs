using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ClaimCompare.Pipeline;
using ClaimCompare.Reporting;
using Microsoft.Extensions.Logging;

namespace ClaimCompare.Tests.Api;

/// <summary>The entry point, the builder, the async variant, logging and documents, as a user of the package meets them.</summary>
public sealed class ComparerApiTests
{
    [Test]
    public async Task CompareAsync_reports_progress_for_every_document()
    {
        var seeds = TestRepository.Seeds();
        var progress = new RecordingProgress();
        var report = await ClaimComparer.CompareAsync(seeds, progress);

        var reports = progress.Reports.OrderBy(p => p.DocumentsDone).ToList();
        Assert.That(reports.Select(p => p.DocumentsDone), Is.EqualTo(Enumerable.Range(1, seeds.Count)));
        Assert.That(reports, Has.All.Matches<CompareProgress>(p => p.DocumentsTotal == seeds.Count));
        Assert.That(report.Documents, Has.Count.EqualTo(seeds.Count));
    }

    [Test]
    public async Task A_cancelled_token_throws_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => ClaimComparer.CompareAsync(TestRepository.Seeds(), progress: null, cancellation.Token));
        Assert.Throws(Is.InstanceOf<OperationCanceledException>(), () => ClaimComparer.Compare(TestRepository.Seeds(), cancellation.Token));
    }

    [Test]
    public async Task A_built_pipeline_reused_and_shared_gives_equal_results()
    {
        var pipeline = ClaimComparer.CreateBuilder().UseOptions(ClaimComparerOptions.Default with { MaxDegreeOfParallelism = 2 }).Build();
        var seeds = TestRepository.Seeds();
        var first = Json(pipeline.Compare(seeds));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => pipeline.CompareAsync(seeds.Reverse())));
        var again = Json(pipeline.Compare(seeds));

        Assert.That(again, Is.EqualTo(first));
        Assert.That(concurrent.Select(Json), Has.All.EqualTo(first), "concurrent runs on one pipeline, input order reversed");
        Assert.That(Json(ClaimComparer.Compare(seeds)), Is.EqualTo(first), "the default pipeline agrees with a built one");
    }

    [Test]
    public void A_supplied_logger_receives_the_summary_and_the_default_is_silent()
    {
        using var sink = new ListLoggerFactory();
        var pipeline = ClaimComparer.CreateBuilder().UseOptions(new ClaimComparerOptions { LoggerFactory = sink }).Build();

        var report = pipeline.Compare(TestRepository.Seeds());

        var summary = sink.Messages.Where(m => m.Level == LogLevel.Information && m.Text.StartsWith("Compared ", StringComparison.Ordinal)).ToList();
        Assert.That(summary, Has.Count.EqualTo(1));
        Assert.That(summary[0].Text, Does.Contain(report.Documents.Count.ToString(CultureInfo.InvariantCulture) + " documents"));
        Assert.That(summary[0].Text, Does.Contain(report.Disagreements.Count.ToString(CultureInfo.InvariantCulture) + " disagreements"));
        Assert.That(ClaimComparerOptions.Default.LoggerFactory, Is.SameAs(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));
        Assert.That(ClaimComparerOptions.Default.EmbeddingGenerator, Is.Null, "lexical only unless a generator is supplied");
    }

    [Test]
    public void Documents_from_text_file_and_stream_compare_alike()
    {
        var path = Directory.GetFiles(TestRepository.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).First();
        var fromFile = Document.FromFile(path);
        using var stream = File.OpenRead(path);
        var fromStream = Document.FromStream(fromFile.Id, stream);
        var fromText = Document.FromText(fromFile.Id, File.ReadAllText(path));
        var withMetadata = fromText with { Outlet = "Example Times", Url = new Uri("https://example.org/a"), PublishedOn = new DateOnly(2021, 2, 26) };

        Assert.That(fromStream, Is.EqualTo(fromFile));
        Assert.That(fromText, Is.EqualTo(fromFile));
        Assert.That(withMetadata.ToString(), Does.Contain("Example Times").And.Contain("2021-02-26"));
        Assert.That(Json(ClaimComparer.Compare([fromStream])), Is.EqualTo(Json(ClaimComparer.Compare([fromFile]))));
    }

    // Each row: a caller bug that must surface as the documented exception, not as a crash deeper in.
    private static IEnumerable<TestCaseData> CallerBugs()
    {
        yield return new TestCaseData(new Action(() => ClaimComparer.Compare(null!)), typeof(ArgumentNullException)).SetName("Null document list");
        yield return new TestCaseData(new Action(() => ClaimComparer.Compare([Document.FromText("a", "x"), null!])), typeof(ArgumentNullException)).SetName("Null document in the list");
        yield return new TestCaseData(new Action(() => ClaimComparer.Compare([Document.FromText("a", "x"), Document.FromText("a", "y")])), typeof(ArgumentException)).SetName("Two documents share an id");
        yield return new TestCaseData(new Action(() => Document.FromText("a", null!)), typeof(ArgumentNullException)).SetName("Null text");
        yield return new TestCaseData(new Action(() => Document.FromStream("a", null!)), typeof(ArgumentNullException)).SetName("Null stream");
        yield return new TestCaseData(new Action(() => ReportWriter.Write(null!, ReportFormat.Text, TextWriter.Null)), typeof(ArgumentNullException)).SetName("Null report to the writer");
    }

    [Test]
    public void A_streamed_input_compares_as_a_list_does()
    {
        static IEnumerable<Document> Stream()
        {
            for (var i = 0; i < 50; i++)
            {
                yield return Document.FromText("d" + i.ToString("D3", CultureInfo.InvariantCulture), "A bomb killed " + (i % 7 + 2).ToString(CultureInfo.InvariantCulture) + " people in Kabul on Monday, police said.");
            }
        }

        var progress = new RecordingProgress();
        var streamed = ClaimComparer.Default.CompareAsync(Stream(), progress).GetAwaiter().GetResult();
        var listed = ClaimComparer.Compare([.. Stream().Reverse()]);
        Assert.Multiple(() =>
        {
            Assert.That(ReportWriter.ToString(streamed, ReportFormat.Json), Is.EqualTo(ReportWriter.ToString(listed, ReportFormat.Json)));
            Assert.That(progress.Reports.Max(p => p.DocumentsDone), Is.EqualTo(50));
        });
    }

    [Test]
    public void A_streamed_input_lets_each_document_go_once_read()
    {
        const int Count = 200;
        var texts = new List<WeakReference>();
        var aliveAtLast = -1;
        IEnumerable<Document> Stream()
        {
            for (var i = 0; i < Count; i++)
            {
                if (i == Count - 1)
                {
                    // By the last document, the ones read long ago must be collectable: the input is never copied whole.
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    aliveAtLast = texts.Count(t => t.IsAlive);
                }

                var text = string.Concat("A bomb killed ", (i + 2).ToString(CultureInfo.InvariantCulture), " people in Kabul on Monday, police said.");
                texts.Add(new WeakReference(text));
                yield return Document.FromText("d" + i.ToString("D3", CultureInfo.InvariantCulture), text);
            }
        }

        var report = ClaimComparer.Compare(Stream());
        Assert.Multiple(() =>
        {
            Assert.That(report.Documents, Has.Count.EqualTo(Count));
            Assert.That(aliveAtLast, Is.LessThan(Count / 2), "documents still held when the last one was produced");
        });
    }

    [TestCaseSource(nameof(CallerBugs))]
    public void Caller_bugs_throw_the_documented_exception(Action call, Type exception) =>
        Assert.Throws(exception, call);

    [Test]
    public void Every_part_of_the_seed_report_prints_readably()
    {
        var report = ClaimComparer.Compare(TestRepository.Seeds());
        var parts = new List<object> { report };
        parts.AddRange(report.Documents);
        parts.AddRange(report.Claims);
        parts.AddRange(report.Events);
        parts.AddRange(report.Events.Select(e => e.Cues));
        parts.AddRange(report.Disagreements);
        parts.AddRange(report.Disagreements.SelectMany(d => d.Sides));
        parts.AddRange(report.Disagreements.SelectMany(d => d.Sides).SelectMany(s => s.Voices));
        parts.AddRange(report.Unclassified);
        var unreadable = parts.Select(p => p.ToString() ?? string.Empty).Where(s => s.Contains("System.", StringComparison.Ordinal) || s.Length == 0).ToList();
        Assert.That(unreadable, Is.Empty, "ToString() printing a type name such as System.String[]");
    }

    [Test]
    public void Report_summary_line_counts_in_words_with_singulars()
    {
        var summary = new DocumentSummary("a.txt", null, null, 0, []);
        Assert.That(new ComparisonReport([], [], [], [], []).ToString(), Is.EqualTo("0 documents, 0 claims, 0 events, 0 disagreements"));
        Assert.That(new ComparisonReport([summary], [], [], [], []).ToString(), Is.EqualTo("1 document, 0 claims, 0 events, 0 disagreements"), "no '1 documents'");
    }

    [Test]
    public void Json_goes_through_the_source_generated_context_and_reads_back()
    {
        var report = ClaimComparer.Compare(TestRepository.Seeds());
        using var json = System.Text.Json.JsonDocument.Parse(Json(report));
        Assert.That(json.RootElement.GetProperty("claims").GetArrayLength(), Is.EqualTo(report.Claims.Count));
        Assert.That(json.RootElement.GetProperty("disagreements").GetArrayLength(), Is.EqualTo(report.Disagreements.Count));
    }

    private static string Json(ComparisonReport report) => ReportWriter.ToString(report, ReportFormat.Json);

    /// <summary>Records synchronously, unlike <see cref="Progress{T}"/>, which posts reports out of order.</summary>
    private sealed class RecordingProgress : IProgress<CompareProgress>
    {
        private readonly ConcurrentQueue<CompareProgress> _reports = new();

        public IReadOnlyList<CompareProgress> Reports => [.. _reports];

        public void Report(CompareProgress value) => _reports.Enqueue(value);
    }

    /// <summary>A logger factory that keeps every message; the abstractions package has no in-memory one.</summary>
    private sealed class ListLoggerFactory : ILoggerFactory
    {
        private readonly ConcurrentQueue<(LogLevel Level, string Text)> _messages = new();

        public IReadOnlyList<(LogLevel Level, string Text)> Messages => [.. _messages];

        public ILogger CreateLogger(string categoryName) => new ListLogger(_messages);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class ListLogger(ConcurrentQueue<(LogLevel Level, string Text)> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
