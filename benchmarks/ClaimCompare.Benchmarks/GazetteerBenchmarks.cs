using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ClaimCompare.Places;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// The place gazetteer's costs: reading the embedded data file and answering the first lookup (what the lazy
/// built-in instance adds to the first call that needs places), and warm lookups and mention comparisons.
/// </summary>
/// <remarks>The load benchmark reads a fresh copy each invocation (not the shared lazy instance), so it measures
/// the copy out of the assembly's resource and the header parse every time.</remarks>
[MemoryDiagnoser]
[Config(typeof(BenchmarkConfig))]
public class GazetteerBenchmarks
{
    // Names of every kind: towns, regions, countries, a demonym, an alternative spelling, an ambiguous name, an unknown name.
    private static readonly string[] Names =
    [
        "Aleppo", "Deir ez-Zor", "Nasiriyah", "Dhi Qar", "East Java", "Malang", "Texas", "Houston", "Paris", "Kiev",
        "São Paulo", "Syrian", "Ivory Coast", "Georgia", "Springfield", "Qwxzbury",
    ];

    private Gazetteer gazetteer = null!;

    /// <summary>Loads one gazetteer for the warm benchmarks.</summary>
    [GlobalSetup]
    public void Setup() => gazetteer = Gazetteer.LoadBuiltIn();

    /// <summary>Reads the embedded data file and looks one name up: the first-use cost.</summary>
    /// <returns>The number of candidates, so the work is not optimised away.</returns>
    [Benchmark(Baseline = true)]
    public int LoadAndFirstLookup() => Gazetteer.LoadBuiltIn().Lookup("Aleppo").Count;

    /// <summary>Looks up sixteen names on a loaded gazetteer.</summary>
    /// <returns>The number of candidates found.</returns>
    [Benchmark(OperationsPerInvoke = 16)]
    public int WarmLookup()
    {
        var found = 0;
        foreach (var name in Names)
        {
            found += gazetteer.Lookup(name).Count;
        }

        return found;
    }

    /// <summary>Compares eight pairs of mentions on a loaded gazetteer.</summary>
    /// <returns>The number of compatible pairs.</returns>
    [Benchmark(OperationsPerInvoke = 8)]
    public int WarmCompare()
    {
        var compatible = 0;
        for (var i = 0; i + 1 < Names.Length; i += 2)
        {
            compatible += gazetteer.Compare(Names[i], Names[i + 1]).IsCompatible ? 1 : 0;
        }

        return compatible;
    }
}
