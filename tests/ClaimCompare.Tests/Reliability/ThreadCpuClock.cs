using System.Globalization;

namespace ClaimCompare.Tests.Reliability;

/// <summary>
/// CPU time the calling thread has used, read from Linux's <c>/proc/thread-self/stat</c> (user and system time in
/// clock ticks, 10 ms each). On two cores shared with other builds a wall clock charges an input for the time it
/// waited; this charges it for the work it did, so an input over the fuzz budget is slow, not unlucky.
/// </summary>
internal static class ThreadCpuClock
{
    private const string StatPath = "/proc/thread-self/stat";

    // USER_HZ: the unit of utime and stime, 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>Gets whether the clock is available; elsewhere <see cref="Now"/> returns <see langword="null"/>.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && File.Exists(StatPath);

    /// <summary>The calling thread's user plus system CPU time so far, or <see langword="null"/> where unavailable.</summary>
    public static TimeSpan? Now()
    {
        if (!IsAvailable)
        {
            return null;
        }

        // "tid (name) state ppid ...": the name may hold spaces and parentheses, so fields are counted after the last ')';
        // utime and stime are fields 14 and 15, the 12th and 13th after it.
        var stat = File.ReadAllText(StatPath);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
