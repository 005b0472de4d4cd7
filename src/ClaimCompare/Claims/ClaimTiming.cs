namespace ClaimCompare.Claims;

/// <summary>Whether a figure presents itself as an update or as an earlier, superseded figure.</summary>
public enum ClaimTiming
{
    /// <summary>A plain statement.</summary>
    Current,

    /// <summary>A figure that replaces an earlier one: "the toll rose to 31".</summary>
    Updated,

    /// <summary>A figure the text marks as earlier: "earlier reported 50", "initially said".</summary>
    Earlier,
}
