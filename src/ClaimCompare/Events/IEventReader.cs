using ClaimCompare.Claims;

namespace ClaimCompare.Events;

/// <summary>
/// The per-document half of the events stage: reads one document's claims into its local events (its main event
/// and the earlier or related events its sentences recall) and says which local event each claim belongs to.
/// </summary>
/// <remarks>
/// The pipeline calls it once per document, in the same parallel pass that extracts the claims, while the text is
/// at hand; an incremental comparison calls it once per added document and keeps the reading. Implementations must
/// be immutable after construction and safe to call from many threads at once. The built-in reader is
/// <see cref="EventCueExtractor"/>.
/// </remarks>
public interface IEventReader
{
    /// <summary>Reads the local events of one document.</summary>
    /// <param name="document">The document's claims, with its text and sentences.</param>
    /// <param name="context">What the readings of one comparison share.</param>
    /// <returns>The reading; <see cref="DocumentEventReading.ClaimEvents"/> has one entry per claim of <paramref name="document"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    DocumentEventReading Read(DocumentClaims document, EventReadingContext context);
}
