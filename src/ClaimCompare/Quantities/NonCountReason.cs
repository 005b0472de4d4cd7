namespace ClaimCompare.Quantities;

/// <summary>Why a number in the text is not a count of people or things.</summary>
public enum NonCountReason
{
    /// <summary>The quantity is a count.</summary>
    None,

    /// <summary>An age: "a 22-year-old".</summary>
    Age,

    /// <summary>A calendar year: "2019".</summary>
    Year,

    /// <summary>A date or day of month: "February 15", "the 4th".</summary>
    Date,

    /// <summary>A clock time or duration: "3pm", "10:30", "five weeks".</summary>
    Time,

    /// <summary>An amount of money: "$5 million".</summary>
    Money,

    /// <summary>A percentage: "40%".</summary>
    Percentage,

    /// <summary>An ordinal: "the second", "5th".</summary>
    Ordinal,

    /// <summary>An identifier or model number: "F-16", "COVID-19", "Resolution 2254", "route 66".</summary>
    Identifier,

    /// <summary>A phone number.</summary>
    PhoneNumber,

    /// <summary>A measurement with a unit: "29km", "180ml".</summary>
    Measurement,

    /// <summary>A fraction or proportion rather than a count: "half", "two thirds", "3/4".</summary>
    Fraction,

    /// <summary>
    /// A signed number: a score, a balance or a change ("minus five", "the score was -3"). A count is
    /// never negative; a dash before a count ("-22 people") is punctuation and the count is 22.
    /// </summary>
    Negative,
}
