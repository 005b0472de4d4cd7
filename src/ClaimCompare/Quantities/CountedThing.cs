namespace ClaimCompare.Quantities;

/// <summary>Whether a count is of people or of things, judged from the noun that follows it.</summary>
public enum CountedThing
{
    /// <summary>The following noun did not settle it.</summary>
    Unknown,

    /// <summary>People: "22 fighters", "five service members".</summary>
    People,

    /// <summary>Things: "three trucks", "two rockets".</summary>
    Things,
}
