using System.Globalization;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// The sizes a benchmark runs at: its defaults, or a comma-separated list from an environment variable,
/// so a quick run can pick sizes without editing code (BenchmarkDotNet has no command-line filter on
/// parameter values): <c>CLAIMCOMPARE_BENCH_CLAIMS=1000,10000</c>, <c>CLAIMCOMPARE_BENCH_ARTICLES=1000</c>.
/// </summary>
/// <remarks>Stateless and thread-safe; the variable is read when BenchmarkDotNet asks for the values.</remarks>
public static class BenchmarkSizes
{
    /// <summary>The variable that overrides claim counts.</summary>
    public const string ClaimsVariable = "CLAIMCOMPARE_BENCH_CLAIMS";

    /// <summary>The variable that overrides article counts.</summary>
    public const string ArticlesVariable = "CLAIMCOMPARE_BENCH_ARTICLES";

    /// <summary>Returns the sizes named by <paramref name="variable"/>, or <paramref name="defaults"/> when it is unset or unreadable.</summary>
    /// <param name="variable">The environment variable.</param>
    /// <param name="defaults">The sizes to use otherwise.</param>
    /// <returns>The sizes, each 1 or more.</returns>
    public static IEnumerable<int> From(string variable, params int[] defaults)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaults;
        }

        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
            {
                sizes.Add(size);
            }
        }

        return sizes.Count > 0 ? sizes : defaults;
    }
}
