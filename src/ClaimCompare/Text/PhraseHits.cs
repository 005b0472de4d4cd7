namespace ClaimCompare.Text;

/// <summary>
/// The hits of one <see cref="PhraseIndex"/> that lie wholly inside a span, by start: a view of the document's
/// hits, read in place, so a span's hits cost no list.
/// </summary>
/// <remarks>A stack-only view of an array the owning <see cref="AnalyzedText"/> never changes; not thread-safe to enumerate twice at once.</remarks>
internal ref struct PhraseHits
{
    private readonly ReadOnlySpan<PhraseHit> candidates;
    private readonly int end;
    private int index;

    /// <summary>Initializes a new instance of the <see cref="PhraseHits"/> struct.</summary>
    /// <param name="candidates">The hits that start inside the span, by start.</param>
    /// <param name="span">The span; hits that run past its end are skipped.</param>
    public PhraseHits(ReadOnlySpan<PhraseHit> candidates, TextSpan span)
    {
        this.candidates = candidates;
        end = span.End;
        index = -1;
    }

    /// <summary>Gets the current match.</summary>
    public readonly PhraseHit Current => candidates[index];

    /// <summary>Returns this view, to be enumerated once.</summary>
    /// <returns>The enumerator.</returns>
    public readonly PhraseHits GetEnumerator() => this;

    /// <summary>Moves to the next hit inside the span.</summary>
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
