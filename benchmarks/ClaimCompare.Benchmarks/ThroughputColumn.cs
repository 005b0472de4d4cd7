using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// A summary column that turns the mean time into throughput (MB/s of text, claims/s, articles/s), so
/// results read as rates a user can scale to a day's news rather than as absolute times.
/// </summary>
/// <remarks>
/// The amount of work per operation comes from <see cref="IWorkload"/>, computed in the host process from
/// the benchmark's parameters (the inputs are deterministic, so host and benchmark process agree).
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class ThroughputColumn : IColumn
{
    /// <summary>Gets the shared instance.</summary>
    public static ThroughputColumn Instance { get; } = new();

    /// <inheritdoc/>
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc/>
    public string ColumnName => "Throughput";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => false;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Work per second at the mean time: MB of UTF-8 text, claims, or articles, as the benchmark states";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || statistics.Mean <= 0)
        {
            return "-";
        }

        if (Activator.CreateInstance(benchmarkCase.Descriptor.Type) is not IWorkload workload)
        {
            return "-";
        }

        var parameters = benchmarkCase.Parameters.Items.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var (amount, unit) = workload.Work(benchmarkCase.Descriptor.WorkloadMethod.Name, parameters);
        if (amount <= 0)
        {
            return "-";
        }

        var perSecond = amount / (statistics.Mean / 1e9);
        return perSecond.ToString(perSecond >= 100 ? "N0" : "0.###", CultureInfo.InvariantCulture) + " " + unit + "/s";
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public override string ToString() => ColumnName;
}
