using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>
/// The place names of a span, read word by word as they are enumerated (see <see cref="CueScanner.Places"/>), as
/// spans of the text: a caller makes a string only of the names it keeps.
/// </summary>
/// <remarks>A stack-only view of the document's words; enumerate it once, on the thread that reads the document.</remarks>
internal ref struct PlaceScan
{
    private readonly AnalyzedText text;
    private readonly ReadOnlySpan<TextSpan> words;
    private readonly bool allowOn;
    private int index;

    /// <summary>Initializes a new instance of the <see cref="PlaceScan"/> struct.</summary>
    /// <param name="text">The document.</param>
    /// <param name="words">The words of the span.</param>
    /// <param name="allowOn">Whether "on" also introduces a place.</param>
    public PlaceScan(AnalyzedText text, ReadOnlySpan<TextSpan> words, bool allowOn)
    {
        this.text = text;
        this.words = words;
        this.allowOn = allowOn;
        index = -1;
        Current = default;
    }

    /// <summary>Gets where the current place name is written.</summary>
    public TextSpan Current { get; private set; }

    /// <summary>Returns this scan, to be enumerated once.</summary>
    /// <returns>The enumerator.</returns>
    public readonly PlaceScan GetEnumerator() => this;

    /// <summary>Reads on to the next place name.</summary>
    /// <returns><see langword="false"/> when no name is left.</returns>
    public bool MoveNext()
    {
        while (++index < words.Length)
        {
            if (CueScanner.PlaceAt(text, words, index, allowOn) is { } place)
            {
                Current = place;
                return true;
            }
        }

        return false;
    }
}
