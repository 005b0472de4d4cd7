using System.Globalization;
using System.Text.Json;
using ClaimCompare.Claims;

namespace ClaimCompare.Training;

/// <summary>
/// A gold-annotated corpus in the public gold format: its documents (from <c>DIR/docs</c>, or <c>DIR</c> itself),
/// its gold claims with their spans and events, and the outlets and publication dates of <c>outlets.csv</c> when present.
/// </summary>
/// <param name="Name">The corpus's name (the gold file's <c>corpus</c>, else the folder's name).</param>
/// <param name="Documents">The documents, with outlet and publication date where known.</param>
/// <param name="Claims">The gold claims.</param>
internal sealed record GoldCorpus(string Name, IReadOnlyList<Document> Documents, IReadOnlyList<GoldClaim> Claims)
{
    /// <summary>Gets the gold conflicts: pairs of gold claim ids a comparison should set against each other.</summary>
    public IReadOnlyList<(string A, string B)> Conflicts { get; init; } = [];

    /// <summary>Gets the gold compatible pairs: pairs of gold claim ids a comparison must not set against each other.</summary>
    public IReadOnlyList<(string A, string B)> Compatible { get; init; } = [];

    /// <summary>Loads a corpus folder.</summary>
    /// <param name="directory">The folder with <c>gold.json</c>.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="FileNotFoundException">The folder has no <c>gold.json</c>, or a document it names is missing.</exception>
    /// <exception cref="InvalidDataException">A gold quote is not in its document.</exception>
    public static GoldCorpus Load(string directory)
    {
        var goldPath = Path.Combine(directory, "gold.json");
        if (!File.Exists(goldPath))
        {
            throw new FileNotFoundException($"A corpus folder holds gold.json; {directory} does not.", goldPath);
        }

        var docs = Directory.Exists(Path.Combine(directory, "docs")) ? Path.Combine(directory, "docs") : directory;
        var outlets = ReadOutlets(Path.Combine(directory, "outlets.csv"));
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = gold.RootElement;
        var name = root.TryGetProperty("corpus", out var corpus) && corpus.GetString() is { Length: > 0 } n ? n : Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var documents = new List<Document>();
        foreach (var entry in root.GetProperty("documents").EnumerateArray())
        {
            var id = entry.GetProperty("id").GetString()!;
            var document = Document.FromFile(Path.Combine(docs, id));
            if (outlets.TryGetValue(id, out var meta))
            {
                document = document with { Outlet = meta.Outlet, PublishedOn = meta.Published };
            }

            documents.Add(document);
        }

        var texts = documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        var claims = new List<GoldClaim>();
        foreach (var c in root.GetProperty("claims").EnumerateArray())
        {
            var doc = c.GetProperty("doc").GetString()!;
            var quote = c.GetProperty("quote").GetString()!;
            var start = texts[doc].IndexOf(quote, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidDataException($"Gold quote of {c.GetProperty("id").GetString()} is not in {doc}.");
            }

            claims.Add(new GoldClaim(
                c.GetProperty("id").GetString()!,
                doc,
                Enum.Parse<ClaimKind>(c.GetProperty("kind").GetString()!, ignoreCase: true),
                start,
                start + quote.Length,
                c.GetProperty("event").GetString()!,
                GoldBound.Read(c, "low"),
                GoldBound.Read(c, "high"),
                Names(c, "actor"),
                c.TryGetProperty("polarity", out var polarity) && polarity.ValueKind == JsonValueKind.String ? polarity.GetString() : null));
        }

        return new GoldCorpus(name, documents, claims) { Conflicts = Pairs(root, "conflicts"), Compatible = Pairs(root, "compatible") };
    }

    private static (string, string)[] Pairs(JsonElement root, string property) =>
        !root.TryGetProperty(property, out var pairs) ? []
        : [.. pairs.EnumerateArray().Select(p => p.GetProperty("claims")).Select(c => (c[0].GetString()!, c[1].GetString()!))];

    private static string[] Names(JsonElement claim, string property) =>
        !claim.TryGetProperty(property, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString() ?? string.Empty)]
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : [];

    /// <summary>Reads <c>file,outlet,published,url</c> rows (fields may be quoted); a missing file is no metadata.</summary>
    internal static Dictionary<string, (string? Outlet, DateOnly? Published)> ReadOutlets(string path)
    {
        var result = new Dictionary<string, (string?, DateOnly?)>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = SplitCsv(line);
            if (fields.Count >= 3)
            {
                var published = DateOnly.TryParseExact(fields[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
                result[fields[0]] = (fields[1].Length > 0 ? fields[1] : null, published);
            }
        }

        return result;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
