using System.Runtime.CompilerServices;
using ClaimCompare.Claims;
using ClaimCompare.Entities;
using ClaimCompare.Events;

namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>
/// Reads synthetic documents' events as the pipeline does: with each document's entity scan made beforehand, as the
/// pipeline makes it once for the claims and events stages both (<see cref="AnalyzedDocument"/>), so clustering them
/// measures what clustering does in the pipeline rather than a second scan of every text.
/// </summary>
/// <remarks>Immutable after construction and thread-safe.</remarks>
internal sealed class PrescannedReader : IEventReader
{
    private readonly IAnalyzedDocumentReader reader;
    private readonly IEntityResolver resolver;
    private readonly ConditionalWeakTable<DocumentClaims, DocumentEntities> scans = [];

    /// <summary>Initializes a new instance of the <see cref="PrescannedReader"/> class, scanning every document in parallel.</summary>
    /// <param name="reader">The built-in reader.</param>
    /// <param name="documents">The documents whose scans to make.</param>
    public PrescannedReader(EventCueExtractor reader, IReadOnlyList<DocumentClaims> documents)
    {
        this.reader = reader;
        resolver = reader.Resolver ?? throw new ArgumentException("The reader has no entity resolver.", nameof(reader));
        var made = new DocumentEntities[documents.Count];
        Parallel.For(0, documents.Count, i => made[i] = new MentionsOnly(resolver.ScanDocument(documents[i].Document.Text).Mentions));
        for (var i = 0; i < documents.Count; i++)
        {
            scans.AddOrUpdate(documents[i], made[i]);
        }
    }

    /// <inheritdoc/>
    public DocumentEventReading Read(DocumentClaims document, EventReadingContext context)
    {
        scans.TryGetValue(document, out var scanned);
        using var analyzed = new AnalyzedDocument(document.Document, resolver, scanned);
        return reader.Read(document, analyzed, context);
    }

    /// <summary>A scan's mentions alone, which is all events reading asks of it: a large run keeps no more.</summary>
    private sealed class MentionsOnly(IReadOnlyList<EntityMention> mentions) : DocumentEntities
    {
        public override IReadOnlyList<EntityMention> Mentions => mentions;

        public override Entity? Resolve(string phrase, int position) => throw new NotSupportedException("Events reading asks only for mentions.");
    }
}
