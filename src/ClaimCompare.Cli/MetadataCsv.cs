using System.Globalization;
using System.Text;

namespace ClaimCompare.Cli;

/// <summary>
/// Reads <c>--metadata FILE.csv</c>: a header <c>file,outlet,published,url</c>, then one row per article
/// (RFC 4180 quoting: a field in double quotes may hold commas, line breaks and doubled quotes). Empty cells
/// mean "not known". Every problem names the CSV line it is on, so a user can fix the file.
/// </summary>
internal static class MetadataCsv
{
    private static readonly string[] Header = ["file", "outlet", "published", "url"];

    /// <summary>One row: the file it names and what it says about it.</summary>
    /// <param name="Line">The CSV line the row starts on (1 is the header).</param>
    /// <param name="File">The file name as given on the command line or found in a folder.</param>
    /// <param name="Outlet">The outlet, or null when the cell is empty.</param>
    /// <param name="PublishedOn">The publication date, or null when the cell is empty.</param>
    /// <param name="Url">The address, or null when the cell is empty.</param>
    internal sealed record Row(int Line, string File, string? Outlet, DateOnly? PublishedOn, Uri? Url);

    /// <summary>
    /// Reads the CSV and fills the metadata of the inputs its rows name; returns false (after writing the reason,
    /// with the CSV line, to <paramref name="error"/>) on a wrong header, a malformed row, a bad date or address,
    /// a file that is not among the inputs, or two rows for one file. Inputs without a row keep what they had.
    /// </summary>
    public static bool TryApply(string csvPath, List<(string Path, Document Document)> inputs, TextWriter error)
    {
        string text;
        try
        {
            text = File.ReadAllText(csvPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read metadata file '{csvPath}': {exception.Message}");
            return false;
        }

        if (!TryParse(text, out var rows, out var problem))
        {
            error.WriteLine($"error: {csvPath}:{problem}");
            return false;
        }

        var csvFolder = Path.GetDirectoryName(Path.GetFullPath(csvPath)) ?? string.Empty;
        var claimed = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            var index = inputs.FindIndex(input => Names(row.File, input.Path, input.Document.Id, csvFolder));
            if (index < 0)
            {
                error.WriteLine($"error: {csvPath}:{row.Line}: '{row.File}' is not among the files compared");
                return false;
            }

            if (!claimed.TryAdd(index, row.Line))
            {
                error.WriteLine($"error: {csvPath}:{row.Line}: '{row.File}' already has a row (line {claimed[index]})");
                return false;
            }

            var (path, document) = inputs[index];
            inputs[index] = (path, document with
            {
                Outlet = row.Outlet ?? document.Outlet,
                PublishedOn = row.PublishedOn ?? document.PublishedOn,
                Url = row.Url ?? document.Url,
            });
        }

        return true;
    }

    /// <summary>
    /// Parses the whole CSV into rows; on failure <paramref name="problem"/> reads "LINE: what is wrong".
    /// </summary>
    internal static bool TryParse(string text, out List<Row> rows, out string problem)
    {
        rows = [];
        problem = string.Empty;
        var records = new List<(int Line, List<string> Fields)>();
        if (!TrySplitRecords(text, records, out problem))
        {
            return false;
        }

        if (records.Count == 0 || !records[0].Fields.Select(f => f.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            var found = records.Count == 0 ? "an empty file" : "'" + string.Join(",", records[0].Fields) + "'";
            problem = $"1: the header must be 'file,outlet,published,url', found {found}";
            return false;
        }

        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // a blank line, such as the one an editor leaves at the end
            }

            if (!TryReadRow(line, fields, out var row, out problem))
            {
                return false;
            }

            rows.Add(row);
        }

        return true;
    }

    private static bool TryReadRow(int line, List<string> fields, out Row row, out string problem)
    {
        row = null!;
        problem = string.Empty;
        if (fields.Count != Header.Length)
        {
            problem = $"{line}: expected 4 fields (file,outlet,published,url), found {fields.Count}";
            return false;
        }

        var file = fields[0].Trim();
        if (file.Length == 0)
        {
            problem = $"{line}: the file cell is empty";
            return false;
        }

        DateOnly? published = null;
        var date = fields[2].Trim();
        if (date.Length > 0)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                problem = $"{line}: published '{date}' is not a date written YYYY-MM-DD";
                return false;
            }

            published = parsed;
        }

        Uri? url = null;
        var address = fields[3].Trim();
        if (address.Length > 0 && !Uri.TryCreate(address, UriKind.Absolute, out url))
        {
            problem = $"{line}: url '{address}' is not an absolute address";
            return false;
        }

        var outlet = fields[1].Trim();
        row = new Row(line, file, outlet.Length == 0 ? null : outlet, published, url);
        return true;
    }

    /// <summary>
    /// Splits RFC 4180 text into records of fields, each with the line it starts on. Line breaks inside quotes
    /// belong to the field; CRLF and LF both end a record.
    /// </summary>
    private static bool TrySplitRecords(string text, List<(int Line, List<string> Fields)> records, out string problem)
    {
        problem = string.Empty;
        var line = 1;
        var start = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var atFieldStart = true;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                    if (i + 1 < text.Length && text[i + 1] is not (',' or '\r' or '\n'))
                    {
                        problem = $"{line}: text after a closing quote (a quote inside a field is written \"\")";
                        return false;
                    }
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break; // the '\n' ends the record
                case '\n' or '\r':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add((start, fields));
                    fields = [];
                    atFieldStart = true;
                    start = ++line;
                    break;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    break;
            }
        }

        if (quoted)
        {
            problem = $"{start}: a quoted field is never closed";
            return false;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((start, fields));
        }

        return true;
    }

    /// <summary>
    /// Whether a row's file names an input: the path as typed, the file name (the document's id), or the same
    /// file when the row's path is taken relative to the working folder or to the CSV's own folder.
    /// </summary>
    private static bool Names(string file, string inputPath, string id, string csvFolder)
    {
        if (string.Equals(file, inputPath, StringComparison.Ordinal) || string.Equals(file, id, StringComparison.Ordinal))
        {
            return true;
        }

        if (string.Equals(inputPath, "-", StringComparison.Ordinal))
        {
            return false;
        }

        var full = Path.GetFullPath(inputPath);
        return string.Equals(Path.GetFullPath(file), full, StringComparison.Ordinal)
            || string.Equals(Path.GetFullPath(file, csvFolder), full, StringComparison.Ordinal);
    }
}
