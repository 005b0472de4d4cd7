using System.Text;

namespace ClaimCompare.Cli;

/// <summary>Expands command-line paths into documents: folders give their <c>*.txt</c> files; bad input is reported, never a stack trace.</summary>
internal static class InputFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // "NOTES.TXT" is a text file on every system: matching the extension case-sensitively (the default on
    // Linux) dropped it without a word. Hidden and unreadable files are not skipped silently either.
    private static readonly EnumerationOptions TextFiles = new() { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = FileAttributes.None, IgnoreInaccessible = false };

    /// <summary>
    /// Expands paths and reads every file, with the warnings of <see cref="Read"/>; returns false (after writing
    /// the reason to <paramref name="error"/>) when a path does not exist or a file cannot be read. Each input
    /// keeps the path it was found under, for commands that print it.
    /// </summary>
    public static bool TryReadAll(IEnumerable<string> paths, TextWriter error, out List<(string Path, Document Document)> inputs)
    {
        inputs = [];
        if (!TryExpand(paths, error, out var files))
        {
            return false;
        }

        foreach (var file in files)
        {
            try
            {
                inputs.Add((file, Read(file, error)));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot read '{file}': {exception.Message}");
                return false;
            }
        }

        return true;
    }

    /// <summary>Expands paths; returns false (after writing the reason to <paramref name="error"/>) when one does not exist.</summary>
    private static bool TryExpand(IEnumerable<string> paths, TextWriter error, out List<string> files)
    {
        files = [];
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.txt", TextFiles);
                Array.Sort(found, StringComparer.Ordinal);
                if (found.Length == 0)
                {
                    error.WriteLine($"warning: folder '{path}' holds no *.txt files");
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                error.WriteLine($"error: no such file or folder: '{path}'");
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a file as UTF-8; invalid bytes become U+FFFD with a warning naming the file.</summary>
    private static Document Read(string path, TextWriter error)
    {
        var bytes = File.ReadAllBytes(path);
        var body = bytes.AsSpan();
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        if (body.IndexOf((byte)0) >= 0)
        {
            error.WriteLine($"warning: '{path}' looks binary (it holds NUL bytes); reading it as text anyway");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            error.WriteLine($"warning: '{path}' is not valid UTF-8; invalid bytes were replaced with U+FFFD");
            text = Encoding.UTF8.GetString(body);
        }

        return new Document(Path.GetFileName(path), text);
    }
}
