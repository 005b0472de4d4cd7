using ClaimCompare.Claims;

namespace ClaimCompare.Events;

/// <summary>
/// An events reader that can read a document the pipeline has analysed (<see cref="AnalyzedDocument"/>): its words,
/// phrase hits and entity scan, made once and shared with the claims stage. The pipeline asks for it by this
/// interface; a reader without it is given the claims alone.
/// </summary>
/// <remarks>Implementations are immutable and safe to call from many threads at once, as <see cref="IEventReader"/> requires.</remarks>
internal interface IAnalyzedDocumentReader : IEventReader
{
    /// <summary>Reads the local events of one analysed document.</summary>
    /// <param name="document">The document's claims.</param>
    /// <param name="analyzed">The same document, analysed.</param>
    /// <param name="context">What the readings of one comparison share.</param>
    /// <returns>The reading, as <see cref="IEventReader.Read"/> returns it for the document.</returns>
    DocumentEventReading Read(DocumentClaims document, AnalyzedDocument analyzed, EventReadingContext context);
}
