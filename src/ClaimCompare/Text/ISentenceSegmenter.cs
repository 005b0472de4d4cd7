namespace ClaimCompare.Text;

/// <summary>Splits a document into sentences, headlines, bylines and bullet lines, keeping their offsets.</summary>
/// <remarks>Implementations must be immutable after construction and safe to call from many threads at once.</remarks>
public interface ISentenceSegmenter
{
    /// <summary>Splits <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The document text.</param>
    /// <returns>The sentences in order; their spans never overlap and hold no leading or trailing whitespace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    IReadOnlyList<Sentence> Segment(string text);
}
