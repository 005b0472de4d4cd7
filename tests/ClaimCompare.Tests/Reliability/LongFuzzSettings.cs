using System.Globalization;

namespace ClaimCompare.Tests.Reliability;

/// <summary>
/// The long fuzz run's settings, read from the environment so one command line states and replays a run:
/// <c>CLAIMCOMPARE_FUZZ_COUNT</c> (inputs, default 10^6), <c>CLAIMCOMPARE_FUZZ_SEED</c> (default 1),
/// <c>CLAIMCOMPARE_FUZZ_TIMEOUT</c> (per-input budget in seconds, default 5), <c>CLAIMCOMPARE_FUZZ_WORKERS</c>
/// (threads, default the processor count), <c>CLAIMCOMPARE_FUZZ_MINUTES</c> (optional wall-clock limit: no input
/// is started after it, so a run that cannot reach its count reports exactly how many it ran) and
/// <c>CLAIMCOMPARE_FUZZ_LOG</c> (a file progress lines are appended to).
/// </summary>
internal sealed record LongFuzzSettings(int Count, int Seed, TimeSpan InputBudget, int Workers, TimeSpan? TimeLimit, string? LogPath)
{
    /// <summary>Reads the settings; a variable that is missing or not a positive number takes its default.</summary>
    public static LongFuzzSettings FromEnvironment() => new(
        Positive("CLAIMCOMPARE_FUZZ_COUNT") ?? 1_000_000,
        Positive("CLAIMCOMPARE_FUZZ_SEED") ?? 1,
        TimeSpan.FromSeconds(Positive("CLAIMCOMPARE_FUZZ_TIMEOUT") ?? 5),
        Positive("CLAIMCOMPARE_FUZZ_WORKERS") ?? Environment.ProcessorCount,
        Positive("CLAIMCOMPARE_FUZZ_MINUTES") is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
        Environment.GetEnvironmentVariable("CLAIMCOMPARE_FUZZ_LOG") is { Length: > 0 } path ? path : null);

    private static int? Positive(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
