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

    // The semantic subject merge batch and incremental comparisons share; null without an embedding generator.
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
        _mergeSubjects = SemanticSubjectMerger.For(options) is { } merger ? merger.Merge : null;
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

    /// <summary>Compares documents on the thread pool, reporting progress per document read.</summary>
    /// <param name="documents">The documents; ids must be unique.</param>
    /// <param name="progress">Receives progress after each document; may be <see langword="null"/>. Reports may arrive from several threads.</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    /// <returns>The canonical report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task<ComparisonReport> CompareAsync(IEnumerable<Document> documents, IProgress<CompareProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList(); // enumerate on the caller's thread so argument errors surface here
        return Task.Run(() => Run(list, progress, cancellationToken), cancellationToken);
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
        var total = documents.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var stopwatch = Stopwatch.StartNew();
        var done = 0;

        // Event cues are read per document, so they are read here, in the extraction pass, while the document is at hand.
        var events = EventReader;
        var context = new EventReadingContext();

        // Documents are read as they come and put in canonical order afterwards, so a streamed input is never
        // held whole: each document is let go once read, and only its claims and event reading stay.
        var read = new System.Collections.Concurrent.ConcurrentBag<(DocumentClaims Claims, DocumentEventReading? Reading)>();
        try
        {
            Parallel.ForEach(
                documents,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.MaxDegreeOfParallelism), CancellationToken = cancellationToken },
                document =>
                {
                    if (document is null)
                    {
                        throw new ArgumentNullException(nameof(documents), "A document is null.");
                    }

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
                    if (events is not null)
                    {
                        // Linking needs the reading's events, not the per-claim cues; the report needs the document's id,
                        // outlet and date, not its text. Dropping both keeps a large comparison's memory to what it reports.
                        reading = analyzed is not null && events is IAnalyzedDocumentReader analyzedReader
                            ? analyzedReader.Read(extracted, analyzed, context)
                            : events.Read(extracted, context);
                        extracted = extracted with { Document = extracted.Document with { Text = string.Empty }, Sentences = [] };
                    }

                    read.Add((extracted, reading));
                    var doneNow = Interlocked.Increment(ref done);
                    progress?.Report(new CompareProgress(doneNow, total, stopwatch.Elapsed));
                });
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions[0] is ArgumentException or OperationCanceledException)
        {
            // Parallel.ForEach wraps what a document or the caller's enumerator threw; the caller expects the documented exception itself.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
            throw;
        }

        var ordered = read.OrderBy(r => r.Claims.Document.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (string.Equals(ordered[i].Claims.Document.Id, ordered[i - 1].Claims.Document.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Two documents share the id '{ordered[i].Claims.Document.Id}'; ids must be unique.", nameof(documents));
            }
        }

        var results = Array.ConvertAll(ordered, r => r.Claims);
        readings = events is null ? null : Array.ConvertAll(ordered, r => r.Reading!);

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
    internal ComparisonReport Assemble(IReadOnlyList<DocumentClaims> documents, DocumentEventReading[]? readings, CancellationToken cancellationToken)
    {
        var events = readings is not null && EventLinker is { } linker
            ? linker.Link(documents, readings, cancellationToken)
            : Clusterer.Cluster(documents, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return ReportAssembly.Build(documents, events, Differ, _mergeSubjects, cancellationToken);
    }

    private ComparisonReport Run(IEnumerable<Document> documents, IProgress<CompareProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var read = ExtractAll(documents, progress, out var readings, cancellationToken);
        var report = Assemble(read, readings, cancellationToken);
        PipelineLog.Compared(_logger, report.Documents.Count, report.Claims.Count, report.Events.Count, report.Disagreements.Count, stopwatch.ElapsedMilliseconds);
        return report;
    }

    /// <inheritdoc/>
    public override string ToString() => $"ClaimComparerPipeline({Extractor.GetType().Name}, {Clusterer.GetType().Name}, {Differ.GetType().Name})";

    /// <summary>The events stage the builder made: the stage as one call, and its two halves when it has them.</summary>
    /// <param name="Clusterer">The stage as one call.</param>
    /// <param name="Reader">The per-document half, or <see langword="null"/> for a custom clusterer.</param>
    /// <param name="Linker">The corpus-wide half, or <see langword="null"/> for a custom clusterer.</param>
    internal sealed record EventStage(IEventClusterer Clusterer, IEventReader? Reader, IEventLinker? Linker);
}
