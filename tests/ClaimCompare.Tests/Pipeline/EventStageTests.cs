using ClaimCompare.Claims;
using ClaimCompare.Events;
using ClaimCompare.Pipeline;
using ClaimCompare.Reporting;

namespace ClaimCompare.Tests.Pipeline;

/// <summary>The events stage runs through its two public halves, whichever implementations the builder was given.</summary>
public sealed class EventStageTests
{
    private static string SeedsDir => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");

    [Test]
    public void The_default_pipeline_exposes_the_built_in_reader_and_linker()
    {
        var pipeline = ClaimComparer.CreateBuilder().Build();
        Assert.Multiple(() =>
        {
            Assert.That(pipeline.EventReader, Is.InstanceOf<EventCueExtractor>());
            Assert.That(pipeline.EventLinker, Is.InstanceOf<EventLinker>());
            Assert.That(pipeline.Clusterer, Is.InstanceOf<EventClusterer>());
        });
    }

    [Test]
    public void Custom_halves_are_used_for_batch_and_incremental_comparison_and_change_nothing_when_they_delegate()
    {
        CountingReader? reader = null;
        var linker = new CountingLinker(new EventLinker());
        var pipeline = ClaimComparer.CreateBuilder().UseEventReader(resolver => reader = new CountingReader(new EventCueExtractor(resolver))).UseEventLinker(linker).Build();
        var documents = Seeds();

        var batch = pipeline.Compare(documents);
        var readsInBatch = reader!.Reads;
        var incremental = pipeline.CreateIncremental();
        foreach (var document in documents)
        {
            incremental = pipeline.Add(incremental, document);
        }

        var grown = ReportWriter.ToString(incremental.Report, ReportFormat.Json);
        var expected = ReportWriter.ToString(ClaimComparer.Default.Compare(documents), ReportFormat.Json);
        Assert.Multiple(() =>
        {
            Assert.That(readsInBatch, Is.EqualTo(documents.Length), "each document read once, in the extraction pass");
            Assert.That(reader.Reads, Is.EqualTo(2 * documents.Length), "then once per added document");
            Assert.That(linker.Links, Is.EqualTo(2), "one link for the batch, one for the incremental report");
            Assert.That(ReportWriter.ToString(batch, ReportFormat.Json), Is.EqualTo(expected));
            Assert.That(grown, Is.EqualTo(expected));
        });
    }

    [Test]
    public void A_custom_clusterer_still_compares_in_batch_but_cannot_grow_incrementally()
    {
        var custom = new OneEventClusterer();
        var pipeline = ClaimComparer.CreateBuilder().UseEventReader(r => new EventCueExtractor(r)).UseEventClusterer(_ => custom).Build();
        var report = pipeline.Compare(Seeds());
        Assert.Multiple(() =>
        {
            Assert.That(pipeline.EventReader, Is.Null, "the custom clusterer replaced the whole stage");
            Assert.That(pipeline.EventLinker, Is.Null);
            Assert.That(report.Events, Has.Count.EqualTo(1));
            Assert.That(report.Claims.Select(c => c.EventId), Is.All.EqualTo("e1"));
            Assert.That(() => pipeline.CreateIncremental(), Throws.InstanceOf<NotSupportedException>());
        });
    }

    [Test]
    public void A_reader_or_linker_set_after_a_custom_clusterer_replaces_it()
    {
        var pipeline = ClaimComparer.CreateBuilder().UseEventClusterer(_ => new OneEventClusterer()).UseEventLinker(new EventLinker()).Build();
        Assert.Multiple(() =>
        {
            Assert.That(pipeline.EventReader, Is.InstanceOf<EventCueExtractor>());
            Assert.That(pipeline.EventLinker, Is.InstanceOf<EventLinker>());
            Assert.That(pipeline.Clusterer, Is.Not.InstanceOf<OneEventClusterer>());
            Assert.That(pipeline.CreateIncremental().Count, Is.Zero);
        });
    }

    private static Document[] Seeds() =>
        [.. Directory.GetFiles(SeedsDir, "*.txt").Order(StringComparer.Ordinal).Select(p => Document.FromText(Path.GetFileName(p), File.ReadAllText(p)))];

    private sealed class CountingReader(IEventReader inner) : IEventReader
    {
        private int reads;

        public int Reads => Volatile.Read(ref reads);

        public DocumentEventReading Read(DocumentClaims document, EventReadingContext context)
        {
            Interlocked.Increment(ref reads);
            return inner.Read(document, context);
        }
    }

    private sealed class CountingLinker(IEventLinker inner) : IEventLinker
    {
        public int Links { get; private set; }

        public IReadOnlyList<EventCluster> Link(IReadOnlyList<DocumentClaims> documents, IList<DocumentEventReading> readings, CancellationToken cancellationToken = default)
        {
            Links++;
            return inner.Link(documents, readings, cancellationToken);
        }
    }

    private sealed class OneEventClusterer : IEventClusterer
    {
        public IReadOnlyList<EventCluster> Cluster(IReadOnlyList<DocumentClaims> documents, CancellationToken cancellationToken = default) =>
            [new EventCluster("e1", "everything", EventCues.None, [.. documents.SelectMany(d => d.Claims).Select(c => c.Id)], "One event for every claim.")];
    }
}
