using System.Globalization;
using System.Text;

namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>
/// Hostile inputs from issue 7, each a single document, to show that cost per character stays near that of
/// normal news text: no input may make a stage quadratic, hang, or throw.
/// </summary>
/// <remarks>Stateless and thread-safe; every input is a pure function of its name.</remarks>
public static class PathologicalInputs
{
    /// <summary>Gets the names of the inputs, in the order the benchmarks list them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["NormalNews", "OneMegabyteArticle", "MillionDigits", "HedgeChain", "QuoteMarks", "LongWord", "CasualtyWords", "NestedParentheses"];

    /// <summary>Creates the input called <paramref name="name"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The documents: about 330 ordinary articles for "NormalNews", one document otherwise.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The name is unknown.</exception>
    public static IReadOnlyList<Document> Create(string name) =>
        string.Equals(name, "NormalNews", StringComparison.Ordinal) ? NormalNews(1_000_000) : [new Document(name, Text(name))];

    /// <summary>Returns the total length in characters of the input called <paramref name="name"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The length.</returns>
    public static int Length(string name) => Create(name).Sum(d => d.Text.Length);

    /// <summary>
    /// Creates one file whose <paramref name="claims"/> sentences each report a toll of the same air strike, with many
    /// different figures, hedges and speakers: every claim falls into one event (issue 18, item 3).
    /// </summary>
    /// <param name="claims">The number of sentences, one claim each.</param>
    /// <returns>The document.</returns>
    public static Document OneEventFile(int claims)
    {
        string[] speakers = ["Police", "The ministry", "A witness", "Officials", "The army", "Medics", "The governor", "Residents", "A hospital official", "The mayor"];
        string[] hedges = ["", "at least ", "more than ", "up to ", "nearly ", "about "];
        var text = new StringBuilder(claims * 80);
        for (var i = 0; i < claims; i++)
        {
            // Figures spread over 1..997 so sides bridge and overlap as a long story's updates do.
            var figure = 1 + ((i * 7919L) % 997);
            text.Append(speakers[i % speakers.Length]).Append(" said ").Append(hedges[(i / speakers.Length) % hedges.Length])
                .Append(figure.ToString(CultureInfo.InvariantCulture)).Append(" people were killed in the air strike on Testville.")
                .Append(i % 8 == 7 ? "\n\n" : " ");
        }

        return new Document("one-event.txt", text.ToString());
    }

    private static string Text(string name) => name switch
    {
        // The same ordinary news as the baseline, but as one document: cost per byte must not grow with document length.
        "OneMegabyteArticle" => string.Join('\n', NormalNews(1_000_000).Select(d => d.Text)),

        // One number a million digits long.
        "MillionDigits" => "The toll was " + new string('7', 1_000_000) + " people killed.",

        // A hedge that never reaches its number: the recogniser must not backtrack through 30,000 modifiers.
        "HedgeChain" => "Officials said " + Repeat("at least up to more than ", 30_000) + "22 people were killed.",

        // 400,000 quotation marks: attribution scanning must not pair every quote with every other.
        "QuoteMarks" => "He said " + Repeat("\"“”'", 100_000) + " killed 5.",

        // One 2 MB word: tokenisers and name scanners must not copy it per position.
        "LongWord" => "The " + new string('x', 2_000_000) + " killed 3 people.",

        // 50,000 casualty words with no number: every predicate looks for a count around it.
        "CasualtyWords" => "At least " + Repeat("killed wounded dead injured ", 12_500) + "in the attack.",

        // 100,000 nested parentheses around a claim.
        "NestedParentheses" => new string('(', 100_000) + "22 people were killed" + new string(')', 100_000),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown pathological input."),
    };

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    // About a megabyte of ordinary generated articles, each its own document, as the per-byte yardstick.
    private static List<Document> NormalNews(int length)
    {
        var generator = new CorpusGenerator(1_000);
        var documents = new List<Document>();
        for (var (i, total) = (0, 0); total < length; i++)
        {
            documents.Add(generator.Article(i).Document);
            total += documents[^1].Text.Length;
        }

        return documents;
    }
}
