namespace ClaimCompare.Quantities.Scanning;

/// <summary>A number read from the text before hedges and context are applied. A mutable scratch value, local to one scan.</summary>
internal struct NumberCore
{
    /// <summary>Start of the number (sign included).</summary>
    public int Start;

    /// <summary>One past the end of the number.</summary>
    public int End;

    /// <summary>The value read.</summary>
    public double Value;

    /// <summary>The scale word or suffix that multiplied it (1 when none).</summary>
    public double Scale;

    /// <summary>Whether any number word was used (not only digits).</summary>
    public bool HasWords;

    /// <summary>Whether the number is a bare run of digits without separators, decimals or scale.</summary>
    public bool IsPlainInteger;

    /// <summary>Number of digits in a plain integer.</summary>
    public int DigitCount;

    /// <summary>Whether the digits start with a leading zero ("01").</summary>
    public bool LeadingZero;

    /// <summary>Whether it was read from fraction words or a slash fraction.</summary>
    public bool IsFraction;

    /// <summary>A non-count reason the number's own form shows (ordinal suffix, unit suffix, time).</summary>
    public NonCountReason Reason;

    /// <summary>Whether the phrase is just the word "one".</summary>
    public bool IsBareOne;

    /// <summary>Whether the number is an unrecognisable value (phone numbers): no value is reported.</summary>
    public bool NoValue;

    /// <summary>Whether the number was read with a "-" or "−" glued to its digits ("-22"): a sign, or punctuation before a count.</summary>
    public bool DashSign;
}
