namespace ClaimCompare.Notebooks;

/// <summary>One formatter of the kernel's naming convention: a MIME type and a <c>Format</c> method.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="mimeType">The MIME type it writes.</param>
/// <param name="write">Writes an instance, or returns <see langword="false"/> for a type it does not know.</param>
internal sealed class NotebookFormatter(string mimeType, Func<object, TextWriter, bool> write)
{
    /// <summary>The HTML MIME type.</summary>
    public const string Html = "text/html";

    /// <summary>The plain-text MIME type.</summary>
    public const string PlainText = "text/plain";

    /// <summary>Gets the MIME type this formatter writes.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>Writes <paramref name="instance"/> to <paramref name="writer"/>.</summary>
    /// <param name="instance">The value the kernel displays.</param>
    /// <param name="writer">Where to write.</param>
    /// <returns><see langword="true"/> when the value was written; <see langword="false"/> when this formatter does not know its type.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return instance is not null && write(instance, writer);
    }

    /// <inheritdoc/>
    public override string ToString() => "NotebookFormatter(" + MimeType + ")";
}
