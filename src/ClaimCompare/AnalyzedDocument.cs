using ClaimCompare.Entities;
using ClaimCompare.Text;

namespace ClaimCompare;

/// <summary>
/// One document as the reading stages share it: its analysed text (words split and folded once, phrase hits) and
/// the entity mentions one resolver finds in it, each made once, on first use. The pipeline makes one per document
/// and hands it to the claims and events stages in the pass that reads the document; it is dropped after reading,
/// as the text is.
/// </summary>
/// <remarks>
/// Built and used by the one thread that reads the document; not thread-safe. The analysed text is rented: dispose
/// the instance when the document is read, and keep no view of it past that.
/// </remarks>
internal sealed class AnalyzedDocument : IDisposable
{
    private DocumentEntities? entities;

    /// <summary>Initializes a new instance of the <see cref="AnalyzedDocument"/> class; nothing is read until asked.</summary>
    /// <param name="document">The document.</param>
    /// <param name="resolver">The resolver whose scan of the text the stages share.</param>
    /// <param name="scanned">The resolver's scan of the text when already made, or <see langword="null"/> to scan on first use.</param>
    public AnalyzedDocument(Document document, IEntityResolver resolver, DocumentEntities? scanned = null)
    {
        Document = document;
        Resolver = resolver;
        Text = new AnalyzedText(document.Text);
        entities = scanned;
    }

    /// <summary>Gets the document.</summary>
    public Document Document { get; }

    /// <summary>Gets the resolver that scans the document's entities.</summary>
    public IEntityResolver Resolver { get; }

    /// <summary>Gets the document's analysed text.</summary>
    public AnalyzedText Text { get; }

    /// <summary>Returns the entities <paramref name="resolver"/> finds in the whole text, scanning it the first time.</summary>
    /// <param name="resolver">The resolver a stage reads with.</param>
    /// <returns>The document's entities, or <see langword="null"/> when the stage reads with another resolver than the shared scan's.</returns>
    public DocumentEntities? EntitiesFor(IEntityResolver? resolver) =>
        resolver is not null && ReferenceEquals(resolver, Resolver) ? entities ??= Resolver.ScanDocument(Document.Text) : null;

    /// <summary>Returns the analysed text's rented buffers.</summary>
    public void Dispose() => Text.Dispose();
}
