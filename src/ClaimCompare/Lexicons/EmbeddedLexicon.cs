using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ClaimCompare.Lexicons;

/// <summary>
/// The one reader of the data files embedded in the library (<c>*.lexicon.json</c> beside their stage, the shared
/// closed-class words in <c>Lexicons/</c>, the places gazetteer): every stage opens its data here, by its path in the
/// source tree, and JSON is read with source-generated metadata only (<see cref="LexiconJsonContext"/>), so reading
/// stays trimming- and AOT-safe.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class EmbeddedLexicon
{
    /// <summary>Opens an embedded data file.</summary>
    /// <param name="path">The file's path under <c>src/ClaimCompare</c>, with forward slashes ("Events/events.lexicon.json").</param>
    /// <returns>A stream the caller disposes.</returns>
    /// <exception cref="InvalidOperationException">The file is not embedded in the assembly.</exception>
    public static Stream Open(string path) =>
        typeof(EmbeddedLexicon).Assembly.GetManifestResourceStream("ClaimCompare." + path)
            ?? throw new InvalidOperationException($"The embedded lexicon {path} is missing from the assembly.");

    /// <summary>Reads an embedded JSON data file into its shape.</summary>
    /// <typeparam name="T">The file's shape.</typeparam>
    /// <param name="path">The file's path under <c>src/ClaimCompare</c> ("Diff/subjects.lexicon.json").</param>
    /// <param name="shape">The shape's source-generated metadata, from <see cref="LexiconJsonContext.Default"/>.</param>
    /// <returns>The file's contents.</returns>
    /// <exception cref="InvalidOperationException">The file is not embedded in the assembly.</exception>
    /// <exception cref="JsonException">The file does not have the shape.</exception>
    public static T Read<T>(string path, JsonTypeInfo<T> shape)
    {
        using var stream = Open(path);
        return Read(stream, shape);
    }

    /// <summary>Reads JSON data of a lexicon's shape from a stream (a user's table or an embedded file).</summary>
    /// <typeparam name="T">The shape.</typeparam>
    /// <param name="json">A stream of UTF-8 JSON; it is not closed.</param>
    /// <param name="shape">The shape's source-generated metadata.</param>
    /// <returns>The contents.</returns>
    /// <exception cref="JsonException">The JSON is null or does not have the shape.</exception>
    public static T Read<T>(Stream json, JsonTypeInfo<T> shape) =>
        JsonSerializer.Deserialize(json, shape) ?? throw new JsonException($"The {typeof(T).Name} JSON is null.");
}
