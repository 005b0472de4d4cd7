namespace ClaimCompare.Reporting;

/// <summary>Renders a <see cref="ComparisonReport"/> as text, JSON, Markdown or a self-contained HTML page.</summary>
/// <remarks>
/// Output is deterministic: the same report gives the same characters, with invariant-culture numbers and
/// "\n" line ends. All article text is HTML-encoded in the HTML page. The class is stateless and thread-safe.
/// </remarks>
public static class ReportWriter
{
    /// <summary>Writes a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(ComparisonReport report, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Text:
                TextReportFormatter.Write(report, writer);
                break;
            case ReportFormat.Json:
                JsonReportFormatter.Write(report, writer);
                break;
            case ReportFormat.Markdown:
                MarkdownReportFormatter.Write(report, writer);
                break;
            case ReportFormat.Html:
                HtmlReportFormatter.Write(report, writer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    /// <summary>Renders a report to a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <returns>The rendered report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string ToString(ComparisonReport report, ReportFormat format)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(report, format, writer);
        return writer.ToString();
    }
}
