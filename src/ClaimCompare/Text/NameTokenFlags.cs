namespace ClaimCompare.Text;

/// <summary>Facts about a <see cref="NameToken"/>; plain flags, immutable and thread-safe.</summary>
[Flags]
internal enum NameTokenFlags
{
    /// <summary>Nothing noted.</summary>
    None = 0,

    /// <summary>At least two letters and none of them lower case.</summary>
    AllUpper = 1,

    /// <summary>The first letter is upper case.</summary>
    InitialUpper = 2,

    /// <summary>The first letter belongs to a script without case.</summary>
    Uncased = 4,

    /// <summary>A hyphen follows the token directly.</summary>
    HyphenAfter = 8,

    /// <summary>An upper-case letter follows the first letter ("LeT", "DoD", "McCain").</summary>
    InnerUpper = 16,
}
