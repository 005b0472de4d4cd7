using System.Globalization;
using System.Text;
using ClaimCompare.Claims;
using ClaimCompare.Cli.Input;

namespace ClaimCompare.Cli;

/// <summary>
/// Expands command-line paths into documents: folders give their articles (<c>.txt</c>, <c>.html</c>/<c>.htm</c>,
/// <c>.pdf</c>, <c>.jsonl</c>), <c>-</c> is standard input; each file is read by its kind. Bad input is reported
/// in one line, never a stack trace; what is not read (other file types, subfolders) is said, never skipped silently.
/// </summary>
internal static class InputFiles
{
    /// <summary>The extensions a folder is searched for.</summary>
    internal static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", ".pdf", ".jsonl"];

    // "NOTES.TXT" is a text file on every system: matching the extension case-sensitively (the default on
    // Linux) dropped it without a word. Hidden and unreadable files are not skipped silently either.
    private static readonly EnumerationOptions FolderTop = new() { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = FileAttributes.None, IgnoreInaccessible = false };
    private static readonly EnumerationOptions FolderTree = new() { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = FileAttributes.None, IgnoreInaccessible = false, RecurseSubdirectories = true };

    /// <summary>How inputs are found and read.</summary>
    /// <param name="Recursive">Whether folders are searched below their top level.</param>
    /// <param name="StandardInput">What <c>-</c> reads; null where <c>-</c> is not accepted.</param>
    /// <param name="MaxChars">Characters read from one input at most (the library's MaxDocumentLength): a huge file is never read whole.</param>
    internal sealed record Options(bool Recursive = false, TextReader? StandardInput = null, int MaxChars = 64 * 1024 * 1024)
    {
        /// <summary>The options of <c>compare</c> by default, bounded as the library bounds a document.</summary>
        public static Options Default { get; } = new(MaxChars: new ClaimExtractorOptions().MaxDocumentLength);
    }

    /// <summary>Expands and reads paths with the default options (no recursion, no standard input).</summary>
    public static bool TryReadAll(IEnumerable<string> paths, TextWriter error, out List<(string Path, Document Document)> inputs) =>
        TryReadAll(paths, Options.Default, error, out inputs);

    /// <summary>
    /// Expands paths and reads every input, writing warnings to <paramref name="error"/>; returns false (after
    /// writing the reason) when a path does not exist, is not a regular file, or cannot be read. Each input keeps
    /// the path it was found under, for commands that print it.
    /// </summary>
    public static bool TryReadAll(IEnumerable<string> paths, Options options, TextWriter error, out List<(string Path, Document Document)> inputs)
    {
        inputs = [];
        if (!TryExpand(paths, options, error, out var files))
        {
            return false;
        }

        foreach (var (path, id) in files)
        {
            try
            {
                foreach (var document in Read(path, id, options, error))
                {
                    inputs.Add((path, document));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error.WriteLine(exception is InvalidDataException ? $"error: {exception.Message}" : $"error: cannot read '{path}': {exception.Message}");
                return false;
            }
        }

        return true;
    }

    /// <summary>Expands paths into (path, id) pairs; returns false (after writing the reason) when one does not exist.</summary>
    private static bool TryExpand(IEnumerable<string> paths, Options options, TextWriter error, out List<(string Path, string Id)> files)
    {
        files = [];
        foreach (var path in paths)
        {
            if (string.Equals(path, "-", StringComparison.Ordinal) && options.StandardInput is not null)
            {
                if (files.Exists(f => string.Equals(f.Path, "-", StringComparison.Ordinal)))
                {
                    error.WriteLine("error: standard input ('-') can be named only once");
                    return false;
                }

                files.Add((path, "stdin"));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(ExpandFolder(path, options.Recursive, error));
            }
            else if (File.Exists(path))
            {
                files.Add((path, Path.GetFileName(path)));
            }
            else
            {
                error.WriteLine($"error: no such file or folder: '{path}'");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A folder's articles, sorted; the files of other types and, without recursion, the subfolders are counted in
    /// a warning. Found deeper down, a file's id is its path below the folder, so two "index.html" stay apart.
    /// </summary>
    private static IEnumerable<(string Path, string Id)> ExpandFolder(string folder, bool recursive, TextWriter error)
    {
        var all = Directory.GetFiles(folder, "*", recursive ? FolderTree : FolderTop);
        Array.Sort(all, StringComparer.Ordinal);
        var articles = all.Where(IsArticle).ToList();
        var others = all.Length - articles.Count;
        if (others > 0)
        {
            var kinds = all.Where(f => !IsArticle(f)).Select(f => Path.GetExtension(f) is { Length: > 0 } e ? e.ToLowerInvariant() : "(none)").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: folder '{folder}': {others} file(s) of other types not read ({string.Join(", ", kinds)}); articles are {string.Join(", ", ArticleExtensions)}"));
        }

        if (!recursive)
        {
            var subfolders = Directory.GetDirectories(folder, "*", FolderTop);
            if (subfolders.Length > 0)
            {
                Array.Sort(subfolders, StringComparer.Ordinal);
                var names = string.Join(", ", subfolders.Take(5).Select(Path.GetFileName)) + (subfolders.Length > 5 ? ", ..." : string.Empty);
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: folder '{folder}' has {subfolders.Length} subfolder(s) not read ({names}); add --recursive to read them"));
            }
        }

        if (articles.Count == 0)
        {
            error.WriteLine($"warning: folder '{folder}' holds no articles ({string.Join(", ", ArticleExtensions)})");
        }

        return articles.Select(f => (f, recursive ? Path.GetRelativePath(folder, f).Replace('\\', '/') : Path.GetFileName(f)));
    }

    private static bool IsArticle(string path) =>
        ArticleExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads one input by its kind: standard input, PDF, JSON Lines, HTML or plain text.</summary>
    private static List<Document> Read(string path, string id, Options options, TextWriter error)
    {
        if (string.Equals(path, "-", StringComparison.Ordinal))
        {
            var text = ReadBounded(options.StandardInput!, options.MaxChars, out var cut);
            WarnIfCut(id, cut, options.MaxChars, error);
            return [HtmlArticle.LooksLikeHtml(text) ? HtmlArticle.Read(id, text, error) : new Document(id, text)];
        }

        // The type is checked before the file is opened: opening a FIFO blocks, and a device never ends.
        if (FileType.DescribeIfNotRegular(path) is { } what)
        {
            throw new InvalidDataException($"'{path}' is {what}, not a regular file; only regular files are read");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (extension is ".pdf" || StartsAsPdf(stream))
        {
            return [PdfArticle.Read(id, ReadPdfBytes(path, stream, options.MaxChars), error)];
        }

        var decoded = TextDecoder.Read(stream, options.MaxChars);
        Warn(path, decoded, options.MaxChars, error);
        if (extension is ".jsonl")
        {
            return JsonLinesArticles.Read(id, decoded.Text, error);
        }

        return [extension is ".html" or ".htm" || HtmlArticle.LooksLikeHtml(decoded.Text) ? HtmlArticle.Read(id, decoded.Text, error) : new Document(id, decoded.Text)];
    }

    /// <summary>Whether the file opens as a PDF; the stream is put back at its start.</summary>
    private static bool StartsAsPdf(FileStream stream)
    {
        Span<byte> head = stackalloc byte[5];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return PdfArticle.LooksLikePdf(head[..read]);
    }

    private static byte[] ReadPdfBytes(string path, FileStream stream, int maxBytes)
    {
        if (stream.Length > maxBytes)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"'{path}' is a PDF of {stream.Length:N0} bytes, more than the {maxBytes:N0} read at most"));
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static void Warn(string path, TextDecoder.Decoded decoded, int maxChars, TextWriter error)
    {
        WarnIfCut(path, decoded.Truncated, maxChars, error);
        if (decoded.InvalidSequences > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: '{path}' is not valid {decoded.EncodingName}; {decoded.InvalidSequences} invalid byte sequence(s) were replaced with U+FFFD"));
        }

        if (decoded.Text.Contains('\0', StringComparison.Ordinal))
        {
            // Most often UTF-16 saved without a byte-order mark, which no reader can tell from binary for sure.
            error.WriteLine($"warning: '{path}' looks binary (it holds NUL bytes; UTF-16 needs a byte-order mark); reading it as text anyway");
        }
    }

    private static void WarnIfCut(string path, bool cut, int maxChars, TextWriter error)
    {
        if (cut)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: '{path}' is longer than {maxChars:N0} characters (MaxDocumentLength); only the first {maxChars:N0} were read"));
        }
    }

    /// <summary>Reads a text reader to its end or to <paramref name="maxChars"/> characters, whichever comes first.</summary>
    private static string ReadBounded(TextReader reader, int maxChars, out bool cut)
    {
        var text = new StringBuilder();
        var buffer = new char[64 * 1024];
        int read;
        while (text.Length <= maxChars && (read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
        }

        cut = text.Length > maxChars;
        if (cut)
        {
            text.Length = maxChars;
        }

        return text.ToString();
    }
}
