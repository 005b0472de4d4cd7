namespace ClaimCompare.Diff;

/// <summary>Whether a disagreement sets sources against each other or shows one source revising itself.</summary>
public enum DisagreementType
{
    /// <summary>Sources that cannot both be right.</summary>
    Conflict,

    /// <summary>One source, or one outlet, updating its own earlier figure.</summary>
    Revision,
}
