namespace ClaimCompare.Claims;

/// <summary>How a responsibility claim relates its actor to the event.</summary>
public enum Polarity
{
    /// <summary>Someone says the actor did it: "X was behind", "blamed X", "carried out by X".</summary>
    Asserted,

    /// <summary>The actor says it did it: "X claimed responsibility".</summary>
    Claimed,

    /// <summary>The actor, or someone, says it did not: "X denied involvement".</summary>
    Denied,

    /// <summary>The actor did not claim it: "no group has claimed responsibility".</summary>
    Unclaimed,

    /// <summary>Who did it is said to be unknown: "had not determined who carried it out", "no evidence that X directed it".</summary>
    Unknown,
}
