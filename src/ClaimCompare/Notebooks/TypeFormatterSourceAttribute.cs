namespace ClaimCompare.Notebooks;

/// <summary>
/// Names the formatter source a notebook kernel (.NET Interactive, Jupyter with the C# kernel) uses to
/// display a type. The kernel matches this attribute by name, so the library needs no package reference
/// to Microsoft.DotNet.Interactive and stays usable anywhere else.
/// </summary>
/// <remarks>Attributes are immutable after construction; thread-safe.</remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="TypeFormatterSourceAttribute"/> class.</summary>
    /// <param name="formatterSourceType">A type with a parameterless constructor and a <c>CreateTypeFormatters()</c> method.</param>
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>Gets the formatter source type the kernel instantiates.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>Gets the MIME types the kernel should prefer, best first.</summary>
    public string[] PreferredMimeTypes { get; init; } = [NotebookFormatter.Html, NotebookFormatter.PlainText];
}
