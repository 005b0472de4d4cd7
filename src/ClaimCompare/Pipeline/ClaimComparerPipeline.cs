using System.Diagnostics;
using ClaimCompare.Claims;
using ClaimCompare.Diff;
using ClaimCompare.Events;
using Microsoft.Extensions.Logging;

namespace ClaimCompare.Pipeline;

/// <summary>
/// A built comparison pipeline: segment, recognise quantities, resolve entities, extract claims (in
/// parallel, one document per task), cluster events, diff. Build it once with
/// <see cref="ClaimComparer.CreateBuilder"/> and reuse it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one pipeline may run many comparisons at once. Output is canonical —
/// documents ordered by id, claims by position, ids assigned after ordering — so it does not depend on
/// the order of the input or on the degree of parallelism.
/// </remarks>
public sealed class ClaimComparerPipeline
{
    private readonly ILogger _logger;

    // The semantic subject merge, awaited by CompareAsync; null without an embedding generator.
    private readonly SemanticSubjectMerger? _merger;

    // The same merge for the synchronous entry points (Compare, incremental comparisons), which wait for the generator.
    private readonly Func<IReadOnlyList<Claim>, CancellationToken, IReadOnlyList<Claim>>? _mergeSubjects;

    internal ClaimComparerPipeline(IClaimExtractor extractor, EventStage events, IDisagreementFinder differ, ClaimComparerOptions options)
    {
        Extractor = extractor;
        Clusterer = events.Clusterer;
        EventReader = events.Reader;
        EventLinker = events.Linker;
        Differ = differ;
        Options = options;
        _logger = options.LoggerFactory.CreateLogger<ClaimComparerPipeline>();
        _merger = SemanticSubjectMerger.For(options);
        _mergeSubjects = _merger is { } merger ? merger.Merge : null;
    }

    /// <summary>Gets the claims stage.</summary>
    public IClaimExtractor Extractor { get; }

    /// <summary>
    /// Gets the entity resolver the stages were built with, whose scan of each document the pipeline makes once and
    /// hands to the claims and events stages with the document's analysed text; <see langword="null"/> for none.
    /// </summary>
    internal Entities.IEntityResolver? Resolver { get; init; }

    /// <summary>Gets the events stage as one call; with the built-in stage, its reader and linker together.</summary>
    public IEventClusterer Clusterer { get; }

    /// <summary>
    /// Gets the per-document half of the events stage, which the pipeline runs in the pass that extracts each document's
    /// claims; <see langword="null"/> when a custom <see cref="IEventClusterer"/> replaced the whole stage.
    /// </summary>
    public IEventReader? EventReader { get; }

    /// <summary>
    /// Gets the corpus-wide half of the events stage, which links the documents' local events;
    /// <see langword="null"/> when a custom <see cref="IEventClusterer"/> replaced the whole stage.
    /// </summary>
    public IEventLinker? EventLinker { get; }

    /// <summary>Gets the diff stage.</summary>
    public IDisagreementFinder Differ { get; }

    /// <summary>Gets the options the pipeline was built with.</summary>
    public ClaimComparerOptions Options { get; }

    /// <summary>Compares documents.</summary>
    /// <param name="documents">
    /// The documents; ids must be unique. They are read as they are enumerated, so a lazily produced sequence is
    /// never held whole: each document is let go once read, and only its claims and event cues stay.
    /// </param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    /// <returns>The canonical report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ComparisonReport Compare(IEnumerable<Document> documents, CancellationToken cancellationToken = default) =>
        Run(documents, progress: null, cancellationToken);

    /// <summary>
    /// Compares documents without blocking the caller: each document is read on the thread pool, and the embedding
    /// generator, when the options set one, is awaited.
    /// </summary>
    /// <param name="documents">
    /// The documents; ids must be unique. They are read as they are enumerated, on pool threads, so a lazily produced
    /// sequence is never held whole.
    /// </param>
    /// <param name="progress">Receives progress after each document; may be <see langword="null"/>. Reports may arrive from several threads.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    /// <returns>The canonical report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task<ComparisonReport> CompareAsync(IEnumerable<Document> documents, IProgress<CompareProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var total = documents.TryGetNonEnumeratedCount(out var count) ? count : 0;
        return RunAsync((options, read) => Parallel.ForEachAsync(documents, options, (d, t) => read(NotNull(d, nameof(documents)), t)), total, progress, cancellationToken);
    }

    /// <summary>
    /// Compares documents as they arrive (read from a network, a queue or a crawler's output), reading each on the thread
    /// pool while the next is awaited and awaiting the embedding generator when the options set one.
    /// </summary>
    /// <param name="documents">The documents; ids must be unique. Each is let go once read.</param>
    /// <param name="progress">Receives progress after each document (with a total of 0: unknown); may be <see langword="null"/>. Reports may arrive from several threads.</param>
    /// <param name="cancellationToken">Cancels the comparison; it is passed to the enumeration.</param>
    /// <returns>The canonical report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task<ComparisonReport> CompareAsync(IAsyncEnumerable<Document> documents, IProgress<CompareProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return RunAsync((options, read) => Parallel.ForEachAsync(documents, options, (d, t) => read(NotNull(d, nameof(documents)), t)), total: 0, progress, cancellationToken);
    }

    /// <summary>
    /// Starts a comparison that grows one document at a time: add documents with
    /// <see cref="Add(IncrementalComparison, Document, CancellationToken)"/>; its report equals a batch comparison of the same documents.
    /// </summary>
    /// <returns>
    /// An empty incremental comparison using this pipeline's event reader and linker, its diff stage and, when the options
    /// set an embedding generator, its semantic subject merge.
    /// </returns>
    /// <exception cref="NotSupportedException">A custom <see cref="IEventClusterer"/> replaced the events stage, so there is no reader and linker to grow with.</exception>
    public IncrementalComparison CreateIncremental() =>
        EventReader is { } reader && EventLinker is { } linker
            ? IncrementalComparison.Create(reader, linker, Differ, _mergeSubjects)
            : throw new NotSupportedException("Incremental comparison needs an event reader and linker; a custom IEventClusterer replaced them (see ClaimComparerBuilder.UseEventReader and UseEventLinker).");

    /// <summary>Reads one document and adds it to an incremental comparison; only that document is read again.</summary>
    /// <param name="comparison">The comparison to extend (it is not changed).</param>
    /// <param name="document">The document to add; a document with the same id is replaced.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The extended comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IncrementalComparison Add(IncrementalComparison comparison, Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(document);
        // One analysis of the document (its entity scan above all) serves the claims and the events reading both.
        using var analyzed = Resolver is { } resolver ? new AnalyzedDocument(document, resolver) : null;
        var extracted = analyzed is not null && Extractor is IAnalyzedDocumentExtractor reads
            ? reads.Extract(analyzed, cancellationToken)
            : Extractor.Extract(document, cancellationToken);
        return comparison.AddAnalyzed(extracted, analyzed);
    }

    /// <summary>Reads the claims of documents, in canonical order, with ids assigned; the first half of a comparison.</summary>
    /// <param name="documents">The documents; ids must be unique.</param>
    /// <param name="progress">Receives progress after each document; may be <see langword="null"/>.</param>
    /// <param name="readings">
    /// With an event reader, each document's event reading, made in the same pass; the documents then come back
    /// without their text and sentences, which nothing after the reading needs. Otherwise <see langword="null"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>Each document's claims, ordered by document id.</returns>
    internal IReadOnlyList<DocumentClaims> ExtractAll(IEnumerable<Document> documents, IProgress<CompareProgress>? progress, out DocumentEventReading[]? readings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var pass = new ReadingPass(this, documents.TryGetNonEnumeratedCount(out var count) ? count : 0, progress, cancellationToken);
        try
        {
            Parallel.ForEach(documents, ParallelOptionsFor(cancellationToken), document => pass.Read(NotNull(document, nameof(documents))));
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions[0] is ArgumentException or OperationCanceledException)
        {
            // Parallel.ForEach wraps what a document or the caller's enumerator threw; the caller expects the documented exception itself.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
            throw;
        }

        return pass.Finish(out readings);
    }

    // A null item of the caller's sequence is the caller's bug, named after the sequence.
    private static Document NotNull(Document? document, string parameter) =>
        document ?? throw new ArgumentNullException(parameter, "A document is null.");

    private ParallelOptions ParallelOptionsFor(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, Options.MaxDegreeOfParallelism), CancellationToken = cancellationToken };

    /// <summary>
    /// Reads one document: its claims and, with an event reader, its event reading, made from one analysis of the text.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="context">The comparison's event reading context.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The document's claims in position order, and its event reading or <see langword="null"/>.</returns>
    private (DocumentClaims Claims, DocumentEventReading? Reading) ReadOne(Document document, EventReadingContext context, CancellationToken cancellationToken)
    {
        // The document's words, phrase hits and entity scan are made once, for the claims and events stages both,
        // and let go with the text once both have read it.
        using var analyzed = Resolver is { } resolver ? new AnalyzedDocument(document, resolver) : null;
        var extracted = analyzed is not null && Extractor is IAnalyzedDocumentExtractor reads
            ? reads.Extract(analyzed, cancellationToken)
            : Extractor.Extract(document, cancellationToken);
        extracted = extracted with
        {
            Claims = [.. extracted.Claims.OrderBy(c => c.Evidence.Start).ThenBy(c => c.Evidence.End).ThenBy(c => c.Kind).ThenBy(c => c.Actor, StringComparer.Ordinal)],
        };
        DocumentEventReading? reading = null;
        if (EventReader is { } events)
        {
            // Linking needs the reading's events, not the per-claim cues; the report needs the document's id,
            // outlet and date, not its text. Dropping both keeps a large comparison's memory to what it reports.
            reading = analyzed is not null && events is IAnalyzedDocumentReader analyzedReader
                ? analyzedReader.Read(extracted, analyzed, context)
                : events.Read(extracted, context);
            extracted = extracted with { Document = extracted.Document with { Text = string.Empty }, Sentences = [] };
        }

        return (extracted, reading);
    }

    /// <summary>Orders what a reading pass read, checks the ids are unique, and numbers the claims.</summary>
    private DocumentClaims[] Order(IEnumerable<(DocumentClaims Claims, DocumentEventReading? Reading)> documents, out DocumentEventReading[]? readings)
    {
        var ordered = documents.OrderBy(r => r.Claims.Document.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (string.Equals(ordered[i].Claims.Document.Id, ordered[i - 1].Claims.Document.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Two documents share the id '{ordered[i].Claims.Document.Id}'; ids must be unique.", nameof(documents));
            }
        }

        var results = Array.ConvertAll(ordered, r => r.Claims);
        readings = EventReader is null ? null : Array.ConvertAll(ordered, r => r.Reading!);

        // Ids after ordering: c1, c2, ... by document id, then position.
        var next = 1;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = ReportAssembly.Number(results[i], ref next);
            foreach (var diagnostic in results[i].Diagnostics)
            {
                PipelineLog.DocumentDiagnostic(_logger, results[i].Document.Id, diagnostic);
            }
        }

        return results;
    }

    /// <summary>Clusters and diffs documents already read; the second half of a comparison.</summary>
    /// <param name="documents">The documents' claims, numbered, in canonical order.</param>
    /// <param name="readings">Their event readings, when <see cref="ExtractAll"/> made them; the linker may let them go as it links.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    internal ComparisonReport Assemble(IReadOnlyList<DocumentClaims> documents, DocumentEventReading[]? readings, CancellationToken cancellationToken) =>
        ReportAssembly.Build(documents, Link(documents, readings, cancellationToken), Differ, _mergeSubjects, cancellationToken);

    /// <summary>As <see cref="Assemble"/>, awaiting the embedding generator when one merges subjects.</summary>
    private async Task<ComparisonReport> AssembleAsync(IReadOnlyList<DocumentClaims> documents, DocumentEventReading[]? readings, CancellationToken cancellationToken)
    {
        var events = Link(documents, readings, cancellationToken);
        IReadOnlyList<Claim> claims = ReportAssembly.StampEvents(documents, events);
        if (_merger is not null)
        {
            claims = await _merger.MergeAsync(claims, cancellationToken).ConfigureAwait(false);
        }

        return ReportAssembly.Finish(documents, events, claims, Differ);
    }

    private IReadOnlyList<EventCluster> Link(IReadOnlyList<DocumentClaims> documents, DocumentEventReading[]? readings, CancellationToken cancellationToken)
    {
        var events = readings is not null && EventLinker is { } linker
            ? linker.Link(documents, readings, cancellationToken)
            : Clusterer.Cluster(documents, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return events;
    }

    private ComparisonReport Run(IEnumerable<Document> documents, IProgress<CompareProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var read = ExtractAll(documents, progress, out var readings, cancellationToken);
        return Logged(Assemble(read, readings, cancellationToken), stopwatch);
    }

    /// <summary>The comparison as <see cref="Run"/> makes it, without blocking: reading, then linking, then the awaited merge and the diff.</summary>
    /// <param name="forEach">Runs the reading of each document over the input, as many at once as the options allow (<c>Parallel.ForEachAsync</c>).</param>
    /// <param name="total">How many documents there are, or 0 when unknown.</param>
    /// <param name="progress">Receives progress after each document; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    private async Task<ComparisonReport> RunAsync(Func<ParallelOptions, Func<Document, CancellationToken, ValueTask>, Task> forEach, int total, IProgress<CompareProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var pass = new ReadingPass(this, total, progress, cancellationToken);

        // Reading a document is CPU work: each runs synchronously on a pool thread while the next documents are awaited.
        await forEach(ParallelOptionsFor(cancellationToken), (document, _) =>
        {
            pass.Read(document);
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
        var read = pass.Finish(out var readings);
        return Logged(await AssembleAsync(read, readings, cancellationToken).ConfigureAwait(false), stopwatch);
    }

    private ComparisonReport Logged(ComparisonReport report, Stopwatch stopwatch)
    {
        PipelineLog.Compared(_logger, report.Documents.Count, report.Claims.Count, report.Events.Count, report.Disagreements.Count, stopwatch.ElapsedMilliseconds);
        return report;
    }

    /// <summary>
    /// One reading pass over a comparison's documents, sync or async: reads each document as it comes, on whichever
    /// thread, and reports progress; <see cref="Finish"/> puts them in canonical order.
    /// </summary>
    /// <remarks>
    /// Documents are read as they come and put in canonical order afterwards, so a streamed input is never held whole:
    /// each document is let go once read, and only its claims and event reading stay. Thread-safe for <see cref="Read"/>.
    /// </remarks>
    private sealed class ReadingPass(ClaimComparerPipeline pipeline, int total, IProgress<CompareProgress>? progress, CancellationToken cancellationToken)
    {
        private readonly Stopwatch stopwatch = Stopwatch.StartNew();
        private readonly EventReadingContext context = new();
        private readonly System.Collections.Concurrent.ConcurrentBag<(DocumentClaims Claims, DocumentEventReading? Reading)> read = [];
        private int done;

        public void Read(Document document)
        {
            read.Add(pipeline.ReadOne(document, context, cancellationToken));
            progress?.Report(new CompareProgress(Interlocked.Increment(ref done), total, stopwatch.Elapsed));
        }

        public DocumentClaims[] Finish(out DocumentEventReading[]? readings) => pipeline.Order(read, out readings);
    }

    /// <inheritdoc/>
    public override string ToString() => $"ClaimComparerPipeline({Extractor.GetType().Name}, {Clusterer.GetType().Name}, {Differ.GetType().Name})";

    /// <summary>The events stage the builder made: the stage as one call, and its two halves when it has them.</summary>
    /// <param name="Clusterer">The stage as one call.</param>
    /// <param name="Reader">The per-document half, or <see langword="null"/> for a custom clusterer.</param>
    /// <param name="Linker">The corpus-wide half, or <see langword="null"/> for a custom clusterer.</param>
    internal sealed record EventStage(IEventClusterer Clusterer, IEventReader? Reader, IEventLinker? Linker);
}
