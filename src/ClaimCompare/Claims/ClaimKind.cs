namespace ClaimCompare.Claims;

/// <summary>What a claim is about.</summary>
public enum ClaimKind
{
    /// <summary>People dead.</summary>
    Killed,

    /// <summary>People wounded or hurt.</summary>
    Injured,

    /// <summary>Any other counted thing a report turns on: trucks, facilities, rockets, attackers.</summary>
    Count,

    /// <summary>Who is, or is not, behind an event.</summary>
    Responsibility,
}
