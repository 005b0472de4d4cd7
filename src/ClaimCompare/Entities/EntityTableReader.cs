using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace ClaimCompare.Entities;

/// <summary>Reads entity tables from JSON and CSV without reflection (the library is AOT-compatible).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class EntityTableReader
{
    private const string UserTable = "user table";

    /// <summary>Reads a JSON table.</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="defaultSource">The provenance of entries that cite none.</param>
    /// <returns>The entities, in file order.</returns>
    /// <exception cref="InvalidDataException">The JSON is malformed or not a table of entities.</exception>
    public static List<Entity> ReadJson(Stream stream, string defaultSource)
    {
        try
        {
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var sources = new Dictionary<string, string>(StringComparer.Ordinal);
            JsonElement entries;
            if (root.ValueKind == JsonValueKind.Array)
            {
                entries = root;
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("entities", out entries) && entries.ValueKind == JsonValueKind.Array)
            {
                if (root.TryGetProperty("sources", out var sourceTable) && sourceTable.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in sourceTable.EnumerateObject())
                    {
                        if (property.Value.ValueKind == JsonValueKind.String)
                        {
                            sources[property.Name] = property.Value.GetString()!;
                        }
                    }
                }
            }
            else
            {
                throw new InvalidDataException("An entity table must be a JSON array of entries or an object with an \"entities\" array.");
            }

            var result = new List<Entity>();
            var index = 0;
            foreach (var entry in entries.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException($"Entry {index} of the entity table is not an object.");
                }

                var name = GetString(entry, "name") ?? throw new InvalidDataException($"Entry {index} of the entity table has no \"name\".");
                var source = GetString(entry, "source") ?? GetString(entry, "provenance");
                if (source is not null && sources.TryGetValue(source, out var cited))
                {
                    source = cited;
                }

                result.Add(Build(GetString(entry, "id"), name, GetString(entry, "type"), GetList(entry, "aliases"), GetList(entry, "demonyms"), GetList(entry, "heads"), source ?? defaultSource, index));
                index++;
            }

            return result;
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException("The entity table is not valid JSON: " + exception.Message, exception);
        }
    }

    /// <summary>Reads a CSV table with a header row.</summary>
    /// <param name="stream">The CSV.</param>
    /// <returns>The entities, in file order.</returns>
    /// <exception cref="InvalidDataException">The header has no name column or a row has no name.</exception>
    public static List<Entity> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var rows = ParseCsv(reader.ReadToEnd());
        var result = new List<Entity>();
        if (rows.Count == 0)
        {
            return result;
        }

        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => header.IndexOf(name);
        var nameColumn = Column("name");
        if (nameColumn < 0)
        {
            throw new InvalidDataException("The CSV entity table needs a header row with a \"name\" column.");
        }

        var columns = (id: Column("id"), type: Column("type"), aliases: Column("aliases"), demonyms: Column("demonyms"), heads: Column("heads"), source: Math.Max(Column("source"), Column("provenance")));
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string? Cell(int column) => column >= 0 && column < row.Count && !string.IsNullOrWhiteSpace(row[column]) ? row[column].Trim() : null;
            var name = Cell(nameColumn) ?? throw new InvalidDataException($"Row {r + 1} of the CSV entity table has no name.");
            result.Add(Build(Cell(columns.id), name, Cell(columns.type), Split(Cell(columns.aliases)), Split(Cell(columns.demonyms)), Split(Cell(columns.heads)), Cell(columns.source) ?? UserTable, r));
        }

        return result;
    }

    private static Entity Build(string? id, string name, string? type, IReadOnlyList<string> aliases, IReadOnlyList<string> demonyms, IReadOnlyList<string> heads, string source, int index)
    {
        name = name.Trim();
        var entityType = Enum.TryParse<EntityType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : EntityType.Unknown;
        id = string.IsNullOrWhiteSpace(id) ? EntityNormalizer.Skeleton(name) : id.Trim();
        if (id.Length == 0)
        {
            id = "entry-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new Entity(id, name, entityType, Clean(aliases, name), source)
        {
            Demonyms = Clean(demonyms, null),
            Heads = Clean(heads, null),
        };
    }

    private static ImmutableArray<string> Clean(IReadOnlyList<string> items, string? exclude) =>
        items.Select(s => s.Trim()).Where(s => s.Length > 0 && !string.Equals(s, exclude, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToImmutableArray();

    private static string? GetString(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> GetList(JsonElement entry, string property)
    {
        if (!entry.TryGetProperty(property, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList(),
            JsonValueKind.String => Split(value.GetString()),
            _ => [],
        };
    }

    private static string[] Split(string? cell) =>
        cell is null ? [] : cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<List<string>> ParseCsv(string text)
    {
        // RFC 4180: quoted fields may hold commas, newlines and doubled quotes.
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
