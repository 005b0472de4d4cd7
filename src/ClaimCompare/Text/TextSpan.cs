namespace ClaimCompare.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text, the same
/// indexing as <see cref="string"/>.
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="End">Index one past the last code unit; never less than <paramref name="Start"/>.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Gets the number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Gets a value indicating whether the span covers no text.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Returns whether this span and <paramref name="other"/> share at least one code unit.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Returns whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> when this span contains <paramref name="other"/>.</returns>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    /// <summary>Returns whether <paramref name="position"/> lies inside this span.</summary>
    /// <param name="position">A code-unit index.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= position &lt; End</c>.</returns>
    public bool Contains(int position) => Start <= position && position < End;

    /// <summary>Returns the text this span covers in <paramref name="text"/>.</summary>
    /// <param name="text">The text the span indexes.</param>
    /// <returns>The covered substring.</returns>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[Start..End];
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}, {End})";
}
