namespace ClaimCompare.Text;

/// <summary>One sentence (or headline, byline, bullet line) of a document, with its place in the text.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Span">Where the sentence lies, trailing whitespace excluded.</param>
/// <param name="Index">The sentence's position in the document, from 0.</param>
/// <param name="Paragraph">The index of the paragraph (a run of lines without a blank line or line break between them) the sentence belongs to, from 0.</param>
public sealed record Sentence(TextSpan Span, int Index, int Paragraph)
{
    /// <inheritdoc/>
    public override string ToString() => $"#{Index} ¶{Paragraph} {Span}";
}
