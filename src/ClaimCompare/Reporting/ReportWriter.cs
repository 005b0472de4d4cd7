using System.Text;

namespace ClaimCompare.Reporting;

/// <summary>Renders a <see cref="ComparisonReport"/> as text, JSON, Markdown or a self-contained HTML page.</summary>
/// <remarks>
/// Output is deterministic: the same report gives the same characters, with invariant-culture numbers and
/// "\n" line ends. All article text is HTML-encoded in the HTML page. JSON is written as it is produced, never
/// held whole, compact unless <see cref="ReportWriterOptions.Indented"/> asks otherwise. The class is stateless
/// and thread-safe.
/// </remarks>
public static class ReportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a report with the default options.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(ComparisonReport report, ReportFormat format, TextWriter writer) =>
        Write(report, format, writer, ReportWriterOptions.Default);

    /// <summary>Writes a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    /// <param name="options">How to lay it out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/>, <paramref name="writer"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(ComparisonReport report, ReportFormat format, TextWriter writer, ReportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        switch (format)
        {
            case ReportFormat.Text:
                TextReportFormatter.Write(report, writer);
                break;
            case ReportFormat.Json:
                using (var stream = new TextWriterStream(writer))
                {
                    JsonReportFormatter.Write(report, stream, options);
                }

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

    /// <summary>Writes a report to a stream as UTF-8 without a byte order mark.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="stream">Where to write; it is flushed, not closed.</param>
    /// <param name="options">How to lay it out; <see langword="null"/> for <see cref="ReportWriterOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static void Write(ComparisonReport report, ReportFormat format, Stream stream, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReportWriterOptions.Default;
        if (format == ReportFormat.Json)
        {
            // JSON goes to the bytes directly, without a text writer between.
            JsonReportFormatter.Write(report, stream, options);
            stream.Flush();
            return;
        }

        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Write(report, format, writer, options);
        writer.Flush();
    }

    /// <summary>Renders a report to a string with the default options.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <returns>The rendered report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string ToString(ComparisonReport report, ReportFormat format) => ToString(report, format, ReportWriterOptions.Default);

    /// <summary>Renders a report to a string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">How to lay it out.</param>
    /// <returns>The rendered report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public static string ToString(ComparisonReport report, ReportFormat format, ReportWriterOptions options)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(report, format, writer, options);
        return writer.ToString();
    }
}
