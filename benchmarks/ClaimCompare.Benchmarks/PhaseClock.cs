using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Times the phases of one <see cref="ScaleRun"/> back to back, with the processor time each took (both cores
/// busy shows as twice the wall time), what it allocated, how long the collector paused the process during it
/// and the peak working set at its end: at 10⁶ claims the garbage a phase makes costs as much as its work, and
/// the peak shows which phase the memory target hangs on.
/// </summary>
/// <remarks>Not thread-safe; one run marks its phases in order from one thread.</remarks>
internal sealed class PhaseClock
{
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private readonly StringBuilder phases = new();
    private TimeSpan lastElapsed;
    private long lastAllocated = GC.GetTotalAllocatedBytes();
    private TimeSpan lastPaused = GC.GetTotalPauseDuration();
    private TimeSpan lastProcessor = ProcessorTime();

    /// <summary>Gets the time since the clock started.</summary>
    public TimeSpan Total => stopwatch.Elapsed;

    /// <summary>Ends the current phase and starts the next.</summary>
    /// <param name="name">The phase that just ended.</param>
    public void Mark(string name)
    {
        var (elapsed, allocated, paused, processor) = (stopwatch.Elapsed, GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), ProcessorTime());
        if (phases.Length > 0)
        {
            phases.Append(", ");
        }

        phases.Append(CultureInfo.InvariantCulture, $"{name} {(elapsed - lastElapsed).TotalSeconds:0.0} s [CPU {(processor - lastProcessor).TotalSeconds:0.0} s, {(allocated - lastAllocated) / (1024.0 * 1024.0 * 1024.0):0.00} GB allocated, GC paused {(paused - lastPaused).TotalSeconds:0.0} s, peak working set so far {PeakWorkingSetMiB():N0} MB]");
        (lastElapsed, lastAllocated, lastPaused, lastProcessor) = (elapsed, allocated, paused, processor);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static double PeakWorkingSetMiB()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>Describes the phases marked so far.</summary>
    /// <returns>"name time [processor time, allocation, pause, peak]" for each phase, in order.</returns>
    public override string ToString() => phases.ToString();
}
