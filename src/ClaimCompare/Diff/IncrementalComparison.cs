using System.Collections.Immutable;
using ClaimCompare.Claims;
using ClaimCompare.Events;

namespace ClaimCompare.Diff;

/// <summary>
/// A comparison that grows one document at a time: adding a document reads only that document's
/// events (<see cref="IEventReader"/>), then relinks the kept local events (<see cref="IEventLinker"/>) and diffs
/// again, and the report equals a batch comparison of the same documents (<see cref="Build"/>).
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe: <see cref="Add"/> returns a new comparison and leaves this
/// one unchanged. The report is canonical: documents by id, claims by document then position, ids
/// assigned after ordering, so the order documents are added in does not matter. The comparisons that grow from
/// one <see cref="Create(EventClusterer?, IDisagreementFinder?)"/> share one <see cref="EventReadingContext"/>, whose
/// numbering of content terms holds every term of every document they have read, replaced ones included. A comparison
/// made by a pipeline with an embedding generator (<c>ClaimComparerPipeline.CreateIncremental</c>) merges
/// near-synonymous subjects before the diff, as the pipeline's batch comparison does.
/// </remarks>
public sealed class IncrementalComparison
{
    private readonly Stages stages;
    private readonly ImmutableSortedDictionary<string, (DocumentClaims Claims, DocumentEventReading Reading)> documents;
    private readonly Lazy<ComparisonReport> report;

    private IncrementalComparison(Stages stages, ImmutableSortedDictionary<string, (DocumentClaims, DocumentEventReading)> documents)
    {
        this.stages = stages;
        this.documents = documents;
        report = new Lazy<ComparisonReport>(Compute, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the number of documents compared.</summary>
    public int Count => documents.Count;

    /// <summary>Gets the report over every document added so far; computed once per instance.</summary>
    public ComparisonReport Report => report.Value;

    /// <summary>Starts an empty comparison.</summary>
    /// <param name="clusterer">The built-in events stage, whose reader and linker are used, or <see langword="null"/> for one without an entity resolver.</param>
    /// <param name="finder">The disagreement finder, or <see langword="null"/> for <see cref="DisagreementFinder"/>.</param>
    /// <returns>The empty comparison.</returns>
    public static IncrementalComparison Create(EventClusterer? clusterer = null, IDisagreementFinder? finder = null)
    {
        clusterer ??= new EventClusterer();
        return Create(clusterer.CueExtractor, clusterer.Linker, finder, mergeSubjects: null);
    }

    /// <summary>Starts an empty comparison from the two halves of an events stage.</summary>
    /// <param name="reader">Reads each added document's local events.</param>
    /// <param name="linker">Links the local events of all documents into events.</param>
    /// <param name="finder">The disagreement finder, or <see langword="null"/> for <see cref="DisagreementFinder"/>.</param>
    /// <returns>The empty comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="linker"/> is <see langword="null"/>.</exception>
    public static IncrementalComparison Create(IEventReader reader, IEventLinker linker, IDisagreementFinder? finder = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(linker);
        return Create(reader, linker, finder, mergeSubjects: null);
    }

    /// <summary>Compares a batch of documents at once.</summary>
    /// <param name="documents">The documents' claims, in any order; ids must be unique (a later one with the same id replaces an earlier).</param>
    /// <param name="clusterer">The event clusterer, or <see langword="null"/>.</param>
    /// <param name="finder">The disagreement finder, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public static ComparisonReport Build(IEnumerable<DocumentClaims> documents, EventClusterer? clusterer = null, IDisagreementFinder? finder = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Create(clusterer, finder).AddRange(documents).Report;
    }

    /// <summary>Adds (or replaces, by id) one document.</summary>
    /// <param name="document">The document's claims.</param>
    /// <returns>The comparison with the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public IncrementalComparison Add(DocumentClaims document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return AddAnalyzed(document, analyzed: null);
    }

    /// <summary>Adds (or replaces, by id) one document the pipeline has analysed, whose entity scan the claims stage shared.</summary>
    /// <param name="document">The document's claims.</param>
    /// <param name="analyzed">The same document, analysed, or <see langword="null"/>.</param>
    /// <returns>The comparison with the document.</returns>
    internal IncrementalComparison AddAnalyzed(DocumentClaims document, AnalyzedDocument? analyzed)
    {
        var reading = stages.Read(document, analyzed);
        return new IncrementalComparison(stages, documents.SetItem(document.Document.Id, (document, reading)));
    }

    /// <summary>Adds (or replaces, by id) several documents.</summary>
    /// <param name="documents">The documents' claims.</param>
    /// <returns>The comparison with the documents.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public IncrementalComparison AddRange(IEnumerable<DocumentClaims> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var builder = this.documents.ToBuilder();
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            builder[document.Document.Id] = (document, stages.Read(document));
        }

        return new IncrementalComparison(stages, builder.ToImmutable());
    }

    /// <inheritdoc/>
    public override string ToString() => $"IncrementalComparison({Count} documents)";

    /// <summary>Starts an empty comparison that merges near-synonymous subjects as the pipeline's batch comparison does.</summary>
    /// <param name="reader">Reads each added document's local events.</param>
    /// <param name="linker">Links the local events of all documents.</param>
    /// <param name="finder">The disagreement finder, or <see langword="null"/>.</param>
    /// <param name="mergeSubjects">The pipeline's semantic subject merge, or <see langword="null"/>.</param>
    internal static IncrementalComparison Create(IEventReader reader, IEventLinker linker, IDisagreementFinder? finder, Func<IReadOnlyList<Claim>, CancellationToken, IReadOnlyList<Claim>>? mergeSubjects) =>
        new(
            new Stages(reader, linker, finder ?? new DisagreementFinder(), mergeSubjects, new EventReadingContext()),
            ImmutableSortedDictionary.Create<string, (DocumentClaims, DocumentEventReading)>(StringComparer.Ordinal));

    private ComparisonReport Compute()
    {
        var withIds = new List<DocumentClaims>(documents.Count);
        var readings = new List<DocumentEventReading>(documents.Count);
        var next = 1;
        foreach (var (_, (claims, reading)) in documents)
        {
            withIds.Add(ReportAssembly.Number(claims, ref next));
            readings.Add(reading);
        }

        // The list is this computation's own, so the linker may let its items go as it links; the kept readings stay whole.
        var events = stages.Linker.Link(withIds, readings, CancellationToken.None);
        return ReportAssembly.Build(withIds, events, stages.Finder, stages.MergeSubjects, CancellationToken.None);
    }

    /// <summary>What every version grown from one <c>Create</c> shares: the stages, the subject merge and the reading context.</summary>
    /// <remarks>Immutable and thread-safe.</remarks>
    private sealed record Stages(
        IEventReader Reader,
        IEventLinker Linker,
        IDisagreementFinder Finder,
        Func<IReadOnlyList<Claim>, CancellationToken, IReadOnlyList<Claim>>? MergeSubjects,
        EventReadingContext Context)
    {
        // Linking reads the events, not each claim's cues; one context numbers the terms of every version's documents.
        public DocumentEventReading Read(DocumentClaims document, AnalyzedDocument? analyzed = null) =>
            analyzed is not null && Reader is IAnalyzedDocumentReader reads ? reads.Read(document, analyzed, Context) : Reader.Read(document, Context);
    }
}
