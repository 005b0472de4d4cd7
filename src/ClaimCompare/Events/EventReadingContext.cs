using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>
/// What the event readings of one comparison share: one numbering of content terms, so that linking compares
/// terms by number, and whether each claim's own cues are kept. Make one per comparison and pass it to every
/// <see cref="IEventReader.Read"/> of that comparison; an incremental comparison keeps one for all its versions.
/// </summary>
/// <remarks>
/// Thread-safe: documents read in parallel share one context. It grows with the distinct terms of the documents
/// read with it, so it lives as long as the comparison and no longer. Readings made with different contexts can
/// still be linked together, at the cost of comparing their terms by text.
/// </remarks>
public sealed class EventReadingContext
{
    /// <summary>
    /// Gets a value indicating whether readings keep each claim's cues (<see cref="DocumentEventReading.ClaimCues"/>).
    /// Linking does not need them, so a comparison leaves them out; default <see langword="false"/>.
    /// </summary>
    public bool WithClaimCues { get; init; }

    /// <summary>Gets the numbering of content terms shared by the readings.</summary>
    internal TermVocabulary Terms { get; } = new();

    /// <inheritdoc/>
    public override string ToString() => $"EventReadingContext({Terms.Count} terms{(WithClaimCues ? ", with claim cues" : string.Empty)})";
}
