namespace ClaimCompare.Claims;

/// <summary>Safety limits of the claims stage; each limit hit is reported in <see cref="DocumentClaims.Diagnostics"/>, never silently.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ClaimExtractorOptions
{
    /// <summary>Gets the default limits.</summary>
    public static ClaimExtractorOptions Default { get; } = new();

    /// <summary>
    /// Gets the longest document text read, in UTF-16 code units (default 64 Mi, about 128 MB); text past it is
    /// not read and the document's diagnostics say so. Memory grows linearly with it.
    /// </summary>
    public int MaxDocumentLength { get; init; } = 64 * 1024 * 1024;

    /// <summary>Gets the most claims read from one document (default 100 000); numbers past it are listed as unclassified with <see cref="UnclassifiedReason.LimitReached"/>.</summary>
    public int MaxClaimsPerDocument { get; init; } = 100_000;

    /// <summary>
    /// Gets the longest sentence read as one, in UTF-16 code units (default 4 000): longer runs without a
    /// sentence end (tables, spam, a megabyte of digits) are read in pieces so the cost stays linear.
    /// </summary>
    public int MaxSentenceLength { get; init; } = 4_000;
}
