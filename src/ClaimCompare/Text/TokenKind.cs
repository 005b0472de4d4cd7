namespace ClaimCompare.Text;

/// <summary>The shape of a token.</summary>
public enum TokenKind
{
    /// <summary>Letters, with inner hyphens and apostrophes: "pro-Iran", "Kait'ib".</summary>
    Word,

    /// <summary>Digits, with inner separators: "2,500", "1.5".</summary>
    Number,

    /// <summary>Any other single character that is not whitespace: punctuation, quotes, symbols.</summary>
    Punctuation,
}
