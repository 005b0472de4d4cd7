namespace ClaimCompare.Claims;

/// <summary>
/// A claims stage that can read a document the pipeline has analysed (<see cref="AnalyzedDocument"/>), sharing its
/// entity scan with the events stage instead of scanning the text again. The pipeline asks for it by this interface;
/// an extractor without it is given the document alone.
/// </summary>
/// <remarks>Implementations are immutable and safe to call from many threads at once, as <see cref="IClaimExtractor"/> requires.</remarks>
internal interface IAnalyzedDocumentExtractor : IClaimExtractor
{
    /// <summary>Reads the claims of an analysed document.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>What the claims stage read, as <see cref="IClaimExtractor.Extract"/> returns it for the document.</returns>
    DocumentClaims Extract(AnalyzedDocument document, CancellationToken cancellationToken);
}
