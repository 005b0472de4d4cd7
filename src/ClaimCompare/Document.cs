using System.Text;

namespace ClaimCompare;

/// <summary>One article to compare: its text and what is known about where it came from.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Id">A name unique within a comparison, such as the file name; reports order documents by it.</param>
/// <param name="Text">The article's plain text.</param>
/// <param name="Outlet">The outlet that published it, when known.</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="PublishedOn">Its publication date, when known; relative dates ("Thursday") are resolved against it.</param>
public sealed record Document(string Id, string Text, string? Outlet = null, Uri? Url = null, DateOnly? PublishedOn = null)
{
    /// <summary>Gets the article's plain text.</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>Gets the document's id.</summary>
    public string Id { get; init; } = string.IsNullOrEmpty(Id) ? throw new ArgumentException("A document needs a non-empty id.", nameof(Id)) : Id;

    /// <summary>Creates a document from a string.</summary>
    /// <param name="id">A name unique within the comparison.</param>
    /// <param name="text">The article's text.</param>
    /// <returns>The document.</returns>
    public static Document FromText(string id, string text) => new(id, text);

    /// <summary>
    /// Reads a document from a UTF-8 text file (a byte-order mark is honoured); its id is the file name.
    /// Invalid UTF-8 bytes become U+FFFD replacement characters rather than failing.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Document FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return FromStream(Path.GetFileName(path), stream);
    }

    /// <summary>Reads a document from a stream of UTF-8 text; invalid bytes become U+FFFD.</summary>
    /// <param name="id">A name unique within the comparison.</param>
    /// <param name="stream">The stream to read to its end; it is not closed.</param>
    /// <returns>The document.</returns>
    public static Document FromStream(string id, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return new Document(id, reader.ReadToEnd());
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Text.Length} chars{(Outlet is null ? string.Empty : ", " + Outlet)}{(PublishedOn is { } d ? ", " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)})";
}
