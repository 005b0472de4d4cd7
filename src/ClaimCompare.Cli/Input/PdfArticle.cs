using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace ClaimCompare.Cli.Input;

/// <summary>
/// Reads the text layer of a PDF with PdfPig, page by page in reading order. Read as bytes, a PDF's compressed
/// streams once yielded a claim from its binary; a PDF without a text layer (a scan) gives a warning, and one
/// PdfPig cannot open (damaged, encrypted) a clear error.
/// </summary>
internal static class PdfArticle
{
    /// <summary>Whether the bytes open as a PDF does (<c>%PDF-</c>).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);

    /// <summary>Reads the PDF's text; throws <see cref="InvalidDataException"/> when it cannot be opened.</summary>
    public static Document Read(string id, byte[] bytes, TextWriter error)
    {
        var text = new StringBuilder();
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            foreach (var page in pdf.GetPages())
            {
                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }

                text.Append(ContentOrderTextExtractor.GetText(page).Trim());
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PdfPig throws its own types for damaged and encrypted files; the user needs the file and the reason.
            throw new InvalidDataException($"'{id}' cannot be read as a PDF: {exception.Message}", exception);
        }

        var result = text.ToString().Trim();
        if (result.Length == 0)
        {
            error.WriteLine($"warning: '{id}': the PDF has no text layer (a scan?); nothing was read from it");
        }

        return new Document(id, result);
    }
}
