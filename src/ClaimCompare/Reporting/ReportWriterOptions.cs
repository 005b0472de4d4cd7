namespace ClaimCompare.Reporting;

/// <summary>How <see cref="ReportWriter"/> lays a report out.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record ReportWriterOptions
{
    /// <summary>Gets the default options: compact JSON.</summary>
    public static ReportWriterOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether JSON is indented, two spaces a level with "\n" line ends, for reading by eye.</summary>
    /// <value><see langword="false"/> by default: one line, about a third smaller. The other formats ignore it.</value>
    public bool Indented { get; init; }
}
