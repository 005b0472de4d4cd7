namespace ClaimCompare.Quantities;

/// <summary>What a lexicon phrase does when it matches.</summary>
internal enum PhraseKind
{
    /// <summary>A vague quantifier with a calibrated interval.</summary>
    Vague,

    /// <summary>An exact phrase without a number word: zero statements, "a single".</summary>
    Exact,

    /// <summary>A hedge before the number.</summary>
    PrefixHedge,

    /// <summary>A hedge after the number ("or more").</summary>
    PostfixHedge,

    /// <summary>A prefix that keeps the number exact ("equal to").</summary>
    ExactHedge,

    /// <summary>"between": a range closed by "and".</summary>
    Between,

    /// <summary>"from": a range closed by "to".</summary>
    From,

    /// <summary>"or equal": makes a strict bound inclusive.</summary>
    OrEqual,
}

/// <summary>One lexicon phrase, split into lower-case words. Immutable and thread-safe.</summary>
/// <param name="Words">The phrase's words, lower case.</param>
/// <param name="Kind">What the phrase does.</param>
/// <param name="Hedge">The hedge it applies.</param>
/// <param name="Low">The calibrated low bound for vague and exact phrases.</param>
/// <param name="High">The calibrated high bound, null for unbounded.</param>
/// <param name="Scales">Whether a following scale word multiplies it ("several hundred").</param>
internal sealed record PhraseEntry(string[] Words, PhraseKind Kind, Hedge Hedge, double? Low, double? High, bool Scales);
