using SmartReader;

namespace ClaimCompare.Cli.Input;

/// <summary>
/// Reduces a saved web page to its article with SmartReader (a port of Mozilla's Readability on AngleSharp):
/// navigation, scripts, styles, footers and related-story boxes go; the headline and publication date are kept.
/// Read as plain text, a page's title, menus and scripts made claims and conflicts of their own.
/// </summary>
internal static class HtmlArticle
{
    /// <summary>Whether decoded text is an HTML page rather than an article: it opens with a doctype or an html, head or body tag.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<!--", StringComparison.Ordinal))
        {
            // A prolog or a comment first: look a little further for the root element.
            var window = start[..Math.Min(start.Length, 2048)];
            return window.Contains("<html", StringComparison.OrdinalIgnoreCase);
        }

        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<body", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The article of a page: its headline as the first paragraph (a headline states the toll as often as the
    /// body does), then the readable text; the page's publication date and site name as metadata. A page where
    /// no article is found gives its headline alone, with a warning.
    /// </summary>
    public static Document Read(string id, string html, TextWriter error)
    {
        // The address only lets the reader resolve relative links; nothing is fetched from it.
        var reader = new Reader("https://localhost/" + Uri.EscapeDataString(id), html) { Debug = false };
        var article = reader.GetArticle();
        var title = Clean(article.Title);
        var body = Clean(article.TextContent);
        if (body.Length == 0)
        {
            error.WriteLine($"warning: '{id}': no article text found in the HTML page; only its title is read");
        }

        var text = title.Length == 0 || body.StartsWith(title, StringComparison.Ordinal) ? body
            : body.Length == 0 ? title
            : title + "\n\n" + body;
        var site = Clean(article.SiteName);
        return new Document(id, text)
        {
            Outlet = site.Length == 0 ? null : site,
            PublishedOn = article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null,
        };
    }

    /// <summary>Trims each line and drops runs of blank lines that the page's layout left behind.</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim());
        var paragraphs = new List<string>();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = paragraphs.Count > 0;
                continue;
            }

            if (blank)
            {
                paragraphs.Add(string.Empty);
            }

            paragraphs.Add(line);
            blank = false;
        }

        return string.Join("\n", paragraphs);
    }
}
