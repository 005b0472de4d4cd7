using ClaimCompare.Claims;
using ClaimCompare.Entities;

namespace ClaimCompare.Events;

/// <summary>
/// The built-in events stage as one <see cref="IEventClusterer"/>: each document is first read into local events
/// (its main event and any earlier or related events its sentences recall) by <see cref="CueExtractor"/>, then local
/// events are linked across documents by <see cref="Linker"/> when their triggers and dates agree and their content
/// terms are similar enough.
/// </summary>
/// <remarks>
/// <para>The pipeline uses the two halves on their own: it reads each document's events in the pass that extracts its
/// claims, while the text is at hand, and an incremental comparison reads only the document it adds. Each document's
/// cues are read in parallel. The result does not depend on the order of the documents.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class EventClusterer : IEventClusterer
{
    /// <summary>Initializes a new instance of the <see cref="EventClusterer"/> class.</summary>
    /// <param name="resolver">Resolves place and actor names, or <see langword="null"/>.</param>
    public EventClusterer(IEntityResolver? resolver = null)
        : this(new EventClustererOptions { Resolver = resolver })
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EventClusterer"/> class.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A link bonus of <paramref name="options"/> is out of range.</exception>
    public EventClusterer(EventClustererOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CueExtractor = new EventCueExtractor(options.Resolver, options.Lexicon);
        Linker = new EventLinker(options);
    }

    /// <summary>Gets the cue extractor the clusterer reads documents with: the per-document half (<see cref="IEventReader"/>).</summary>
    public EventCueExtractor CueExtractor { get; }

    /// <summary>Gets the linker the clusterer links local events with: the corpus-wide half (<see cref="IEventLinker"/>).</summary>
    public EventLinker Linker { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<EventCluster> Cluster(IReadOnlyList<DocumentClaims> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Linker.Link(documents, ReadAll(documents, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public override string ToString() => $"EventClusterer({Linker})";

    /// <summary>Reads the local events of documents to be linked together; the first half of <see cref="Cluster"/>.</summary>
    /// <param name="documents">The documents' claims.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>Each document's reading, in the order of <paramref name="documents"/>, without the cues read per claim.</returns>
    internal DocumentEventReading[] ReadAll(IReadOnlyList<DocumentClaims> documents, CancellationToken cancellationToken) =>
        EventStages.ReadAll(CueExtractor, documents, cancellationToken);

    /// <summary>Reads one document's local events on its own.</summary>
    /// <param name="document">The document's claims.</param>
    /// <param name="withClaimCues">Whether to keep each claim's cues.</param>
    internal DocumentEventReading Read(DocumentClaims document, bool withClaimCues = true) =>
        CueExtractor.Read(document, new EventReadingContext { WithClaimCues = withClaimCues });

    /// <summary>Describes the local events and every scored candidate link, for diagnosing clustering.</summary>
    internal IEnumerable<string> Diagnose(IReadOnlyList<DocumentClaims> documents) =>
        Linker.Diagnose([.. documents.OrderBy(d => d.Document.Id, StringComparer.Ordinal).SelectMany(d => Read(d).Events)]);
}
