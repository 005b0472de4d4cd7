using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimCompare.Quantities;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// The Quantities stage alone on long runs of one token (a digit run, number words, connectors, hyphens, hedges with no
/// number) and on about 8 MB of news: the timing half of what the unit tests check for correctness
/// (<c>QuantityRecognizerPropertyTests</c>), moved here because unit tests hold no wall-clock assertions. Linear time
/// shows as a Throughput (M chars/s) of the same order for every input; a quadratic scan collapses on the long runs.
/// </summary>
/// <remarks>The old unit test allowed 10 s per input (20 s for the news); these runs are a few hundred milliseconds.</remarks>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class QuantityPathologicalBenchmarks : IWorkload
{
    private const string News =
        "The strike killed at least 22 fighters and wounded dozens, officials said on February 15, 2021. "
        + "Between 25 and 50 people, including a 12-year-old, were hurt; up to a handful died at 3pm. ";

    private readonly QuantityRecognizer recognizer = new();
    private string text = string.Empty;

    /// <summary>Gets or sets the input: a repeated token by name, or the news paragraph repeated 40,000 times.</summary>
    [Params("digits", "number-words", "connectors", "grouped-number", "hyphens", "hedges", "news")]
    public string Input { get; set; } = "digits";

    /// <summary>Builds the input once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (unit, repeat) = Shape(Input);
        text = new StringBuilder(unit.Length * repeat).Insert(0, unit, repeat).ToString();
    }

    /// <summary>Recognises the number phrases of the whole input.</summary>
    /// <returns>How many were found.</returns>
    [Benchmark]
    public int Recognize() => recognizer.Recognize(text).Count;

    /// <inheritdoc/>
    public (double Amount, string Unit) Work(string method, IReadOnlyDictionary<string, object> parameters)
    {
        var (unit, repeat) = Shape(Convert.ToString(parameters["Input"], CultureInfo.InvariantCulture)!);
        return (unit.Length * (double)repeat / 1e6, "M chars");
    }

    // The inputs of the unit test it replaces, with the same sizes.
    private static (string Unit, int Repeat) Shape(string input) => input switch
    {
        "digits" => ("1", 2_000_000),
        "number-words" => ("one ", 500_000),
        "connectors" => ("and ", 500_000),
        "grouped-number" => ("1,000", 400_000),
        "hyphens" => ("- ", 500_000),
        "hedges" => ("at least ", 300_000),
        "news" => (News, 40_000),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "Not an input of this benchmark."),
    };
}
