namespace ClaimCompare.Text;

/// <summary>A word, number or punctuation mark in a text, by position.</summary>
/// <remarks>An immutable value type; thread-safe.</remarks>
/// <param name="Span">Where the token lies in the text.</param>
/// <param name="Kind">The token's shape.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    /// <summary>Gets the index of the first code unit.</summary>
    public int Start => Span.Start;

    /// <summary>Gets the index one past the last code unit.</summary>
    public int End => Span.End;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}{Span}";
}
