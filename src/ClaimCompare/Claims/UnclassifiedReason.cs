namespace ClaimCompare.Claims;

/// <summary>Why a number mention in the text became no claim.</summary>
public enum UnclassifiedReason
{
    /// <summary>The number is not a count (an age, year, date, amount, identifier, ...).</summary>
    NotACount,

    /// <summary>A count with no casualty, counted-thing or responsibility predicate around it.</summary>
    NoPredicate,

    /// <summary>A configured limit (document length, claims per document) was reached before it.</summary>
    LimitReached,

    /// <summary>The sentence took longer than the per-sentence time limit.</summary>
    Timeout,
}
