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
        ["NormalNews", "MillionDigits", "HedgeChain", "QuoteMarks", "LongWord", "CasualtyWords", "NestedParentheses"];

    /// <summary>Creates the input called <paramref name="name"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The name is unknown.</exception>
    public static Document Create(string name) => new(name, name switch
    {
        // About a megabyte of ordinary generated articles, one after another, as the per-byte yardstick.
        "NormalNews" => NormalNews(1_000_000),

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
    });

    /// <summary>Returns the length in characters of the input called <paramref name="name"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The length.</returns>
    public static int Length(string name) => Create(name).Text.Length;

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    private static string NormalNews(int length)
    {
        var generator = new CorpusGenerator(1_000);
        var text = new StringBuilder(length + 4000);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(generator.Article(i).Document.Text).Append('\n');
        }

        return text.ToString();
    }
}
