using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// The configuration the stage benchmarks share (each class adds <c>[MemoryDiagnoser]</c>): ratio to the baseline, throughput,
/// and a filter that skips a baseline at sizes where it cannot finish in reasonable time.
/// </summary>
/// <remarks>Immutable after construction; BenchmarkDotNet creates it through <c>[Config]</c>.</remarks>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>The largest claim count the all-pairs clustering baseline is run at: 10⁴ claims are 5·10⁷ pairs; 10⁵ would be 5·10⁹.</summary>
    public const int NaiveClusteringLimit = 10_000;

    /// <summary>The largest article count the sequential end-to-end baseline is run at (it would take minutes per iteration beyond).</summary>
    public const int SequentialEndToEndLimit = 10_000;

    /// <summary>Initializes a new instance of the <see cref="BenchmarkConfig"/> class.</summary>
    public BenchmarkConfig()
    {
        AddColumn(ThroughputColumn.Instance, BaselineRatioColumn.RatioMean);
        AddFilter(new SimpleFilter(Runs));
        WithOption(ConfigOptions.JoinSummary, false);

        // BenchmarkDotNet rebuilds the project for each run; on a busy two-core machine that takes longer than its two-minute default.
        WithBuildTimeout(TimeSpan.FromMinutes(20));
    }

    private static bool Runs(BenchmarkCase benchmarkCase)
    {
        if (!benchmarkCase.Descriptor.Baseline)
        {
            return true;
        }

        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (string.Equals(parameter.Name, "Claims", StringComparison.Ordinal) && parameter.Value is int claims && claims > NaiveClusteringLimit)
            {
                return false;
            }

            if (string.Equals(parameter.Name, "Articles", StringComparison.Ordinal) && parameter.Value is int articles && articles > SequentialEndToEndLimit)
            {
                return false;
            }
        }

        return true;
    }
}
