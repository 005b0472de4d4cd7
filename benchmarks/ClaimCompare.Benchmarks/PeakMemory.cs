using System.Diagnostics;
using System.Globalization;

namespace ClaimCompare.Benchmarks;

/// <summary>Reports the benchmark process's peak working set, which BenchmarkDotNet's memory diagnoser (allocations only) does not show.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class PeakMemory
{
    /// <summary>Writes "// PeakWorkingSet label: N MB" to standard output, which BenchmarkDotNet copies into its log.</summary>
    /// <param name="label">What was measured.</param>
    public static void Report(string label)
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine("// PeakWorkingSet " + label + ": " + (process.PeakWorkingSet64 / (1024.0 * 1024.0)).ToString("N0", CultureInfo.InvariantCulture) + " MB");
    }
}
