using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>
/// The matches of one <see cref="PhraseTable"/> that lie wholly inside a span, by start: a view of the document's
/// matches, read in place, so a span's matches cost no list.
/// </summary>
/// <remarks>A stack-only view of an array the owning <see cref="CueText"/> never changes; not thread-safe to enumerate twice at once.</remarks>
internal ref struct PhraseMatches
{
    private readonly ReadOnlySpan<PhraseMatch> candidates;
    private readonly int end;
    private int index;

    /// <summary>Initializes a new instance of the <see cref="PhraseMatches"/> struct.</summary>
    /// <param name="candidates">The matches that start inside the span, by start.</param>
    /// <param name="span">The span; matches that run past its end are skipped.</param>
    public PhraseMatches(ReadOnlySpan<PhraseMatch> candidates, TextSpan span)
    {
        this.candidates = candidates;
        end = span.End;
        index = -1;
    }

    /// <summary>Gets the current match.</summary>
    public readonly PhraseMatch Current => candidates[index];

    /// <summary>Returns this view, to be enumerated once.</summary>
    /// <returns>The enumerator.</returns>
    public readonly PhraseMatches GetEnumerator() => this;

    /// <summary>Moves to the next match inside the span.</summary>
    /// <returns><see langword="false"/> when none is left.</returns>
    public bool MoveNext()
    {
        while (++index < candidates.Length)
        {
            if (candidates[index].End <= end)
            {
                return true;
            }
        }

        return false;
    }
}
