namespace ClaimCompare.Claims.Clauses;

/// <summary>A run of a sentence's tokens, <c>[Start, End)</c>: a noun phrase, a clause's subject, an object.</summary>
/// <remarks>An immutable value type; thread-safe.</remarks>
/// <param name="Start">The first token.</param>
/// <param name="End">One past the last token.</param>
internal readonly record struct Phrase(int Start, int End)
{
    /// <summary>Gets the phrase of no tokens.</summary>
    public static Phrase None => new(0, 0);

    /// <summary>Gets whether the phrase holds no token.</summary>
    public bool IsEmpty => End <= Start;
}
