using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ClaimCompare.Notebooks;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/>: the kernel creates it with the
/// parameterless constructor and asks for its formatters, one per MIME type.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class NotebookFormatterSource
{
    /// <summary>Creates the text/html and text/plain formatters.</summary>
    /// <returns>The formatters, each exposing <c>MimeType</c> and <c>Format(object, TextWriter)</c>.</returns>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The kernel calls it on an instance, by naming convention.")]
    public IEnumerable CreateTypeFormatters() =>
        new[]
        {
            new NotebookFormatter(NotebookFormatter.Html, NotebookHtml.TryWrite),
            new NotebookFormatter(NotebookFormatter.PlainText, NotebookPlainText.TryWrite),
        };
}
