using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>
/// The dates of a span, read word by word as they are enumerated (see <see cref="CueScanner.Dates"/>): callers that
/// want only the first, or only the weekdays, keep no list of them.
/// </summary>
/// <remarks>A stack-only view of the document's words; enumerate it once, on the thread that reads the document.</remarks>
internal ref struct DateScan
{
    private readonly AnalyzedText text;
    private readonly ReadOnlySpan<TextSpan> words;
    private readonly ReadOnlySpan<bool> mayStartDate;
    private readonly DateOnly? documentDate;
    private int index;

    /// <summary>Initializes a new instance of the <see cref="DateScan"/> struct.</summary>
    /// <param name="text">The document.</param>
    /// <param name="words">The words of the span.</param>
    /// <param name="mayStartDate">For each word, whether <see cref="CueScanner.MayStartDate"/> holds: the only words worth reading.</param>
    /// <param name="documentDate">The document's date, when known.</param>
    public DateScan(AnalyzedText text, ReadOnlySpan<TextSpan> words, ReadOnlySpan<bool> mayStartDate, DateOnly? documentDate)
    {
        this.text = text;
        this.words = words;
        this.mayStartDate = mayStartDate;
        this.documentDate = documentDate;
        index = -1;
        Current = default;
    }

    /// <summary>Gets the current date and where it is written.</summary>
    public (int Start, DateCue Cue) Current { get; private set; }

    /// <summary>Returns this scan, to be enumerated once.</summary>
    /// <returns>The enumerator.</returns>
    public readonly DateScan GetEnumerator() => this;

    /// <summary>Reads on to the next date.</summary>
    /// <returns><see langword="false"/> when no date is left.</returns>
    public bool MoveNext()
    {
        while (++index < words.Length)
        {
            if (mayStartDate[index] && CueScanner.DateAt(text, words, index, documentDate) is { } cue)
            {
                Current = (words[index].Start, cue);
                return true;
            }
        }

        return false;
    }
}
