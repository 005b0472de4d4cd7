using System.Globalization;
using System.Text.Json;

namespace ClaimCompare.Cli.Input;

/// <summary>
/// Reads JSON Lines, one article per line, in the shape news crawlers (news-please, trafilatura) write:
/// <c>text</c>, and optionally <c>title</c>, <c>outlet</c> or <c>source</c>, <c>published</c> or <c>date</c>, <c>url</c>.
/// Each article's id is the file name and its line, <c>feed.jsonl#3</c>.
/// </summary>
internal static class JsonLinesArticles
{
    /// <summary>Reads every line; throws <see cref="InvalidDataException"/> naming the line that is not a JSON object.</summary>
    public static List<Document> Read(string name, string text, TextWriter error)
    {
        var documents = new List<Document>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"{name}#{lineNumber}");
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: not a JSON object: {exception.Message}", exception);
            }

            using (json)
            {
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException($"{name}:{lineNumber}: not a JSON object");
                }

                var document = ReadArticle(id, json.RootElement, error);
                if (document is not null)
                {
                    documents.Add(document);
                }
            }
        }

        return documents;
    }

    private static Document? ReadArticle(string id, JsonElement article, TextWriter error)
    {
        var body = Text(article, "text");
        if (body is null)
        {
            error.WriteLine($"warning: '{id}': no \"text\"; the line is skipped");
            return null;
        }

        var title = Text(article, "title");
        var published = Text(article, "published") ?? Text(article, "date");
        var url = Text(article, "url");
        var text = title is null || body.StartsWith(title, StringComparison.Ordinal) ? body : title + "\n\n" + body;
        return new Document(id, text)
        {
            Outlet = Text(article, "outlet") ?? Text(article, "source"),
            PublishedOn = published is null ? null : ParseDate(id, published, error),
            Url = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var address) ? address : null,
        };
    }

    /// <summary>A date as crawlers write it: <c>2019-01-27</c>, or a timestamp whose day is taken as written.</summary>
    private static DateOnly? ParseDate(string id, string value, TextWriter error)
    {
        if (value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        error.WriteLine($"warning: '{id}': published date '{value}' is not YYYY-MM-DD; it is ignored");
        return null;
    }

    private static string? Text(JsonElement article, string property) =>
        article.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s.Trim()
            : null;
}
