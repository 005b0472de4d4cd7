using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace ClaimCompare.Tests.Reliability;

/// <summary>Seeded fuzzing of the whole pipeline: a short run in every build, a long one on request.</summary>
public sealed class FuzzTests
{
    // A whole run holds one input per worker at a time; the seeds and the pipeline's tables are in the
    // baseline. Measured over 124,000 inputs, the retained heap stays within 5 MB of it (huge inputs
    // included); anything that keeps a little of every input crosses this bound long before 10^6.
    private const long MaxRetainedGrowth = 256L * 1024 * 1024;

    // The slowest input seen takes seconds (each over the budget is counted); minutes on one input is a
    // loop that does not end, and the run stops with it named.
    private static readonly TimeSpan MaxInputTime = TimeSpan.FromMinutes(10);

    // A full collection per sample: often enough to see growth, rare enough not to slow the workers.
    private static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ReportInterval = TimeSpan.FromSeconds(30);

    [Test]
    public void Short_fuzz_keeps_every_invariant()
    {
        var seeds = FuzzInputs.LoadSeeds();
        var inputs = new FuzzInputs(20261121, seeds);
        for (var i = 0; i < 300; i++)
        {
            var text = inputs.Next(allowHuge: i == 150);
            Assert.DoesNotThrow(() => PipelineInvariants.FuzzOne(text), $"input #{i} (seed 20261121)");
        }
    }

    [Test]
    public void Short_fuzz_of_invalid_utf8_bytes_keeps_every_invariant()
    {
        var inputs = new FuzzInputs(7, FuzzInputs.LoadSeeds());
        for (var i = 0; i < 60; i++)
        {
            var bytes = inputs.NextBytes();
            Assert.DoesNotThrow(() => PipelineInvariants.FuzzOne(bytes), $"byte input #{i} (seed 7)");
        }
    }

    [Test]
    [Explicit("Replays inputs of a long fuzz run named by CLAIMCOMPARE_FUZZ_REPLAY.")]
    [Category("LongFuzz")]
    public void Replay_long_fuzz_inputs()
    {
        // CLAIMCOMPARE_FUZZ_REPLAY lists input numbers ("8440,4827") of the run the other settings describe (seed,
        // workers); each is regenerated, saved beside the log (or in the temp folder), timed and checked again.
        var settings = LongFuzzSettings.FromEnvironment();
        var wanted = (Environment.GetEnvironmentVariable("CLAIMCOMPARE_FUZZ_REPLAY") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture))
            .ToList();
        Assume.That(wanted, Is.Not.Empty, "set CLAIMCOMPARE_FUZZ_REPLAY");
        var seeds = FuzzInputs.LoadSeeds();
        var log = new FuzzLog(settings.LogPath);
        var folder = Path.GetDirectoryName(settings.LogPath) is { Length: > 0 } directory ? directory : Path.GetTempPath();
        var failures = new List<string>();
        foreach (var input in wanted)
        {
            var worker = input % settings.Workers;
            var inputs = new FuzzInputs(unchecked((settings.Seed * 1_000_003) + worker), seeds);
            var text = string.Empty;
            for (var i = worker; i <= input; i += settings.Workers)
            {
                text = inputs.Next(allowHuge: i % 5000 == 0);
            }

            // Saved as raw UTF-16 code units: lone surrogates, which no UTF encoder writes, survive byte for byte.
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"fuzz-seed{settings.Seed}-w{settings.Workers}-input{input}.utf16le"));
            File.WriteAllBytes(path, System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()).ToArray());
            var stopwatch = Stopwatch.StartNew();
            var cpuBefore = ThreadCpuClock.Now();
            try
            {
                PipelineInvariants.FuzzOne(text);
                log.Line(string.Create(CultureInfo.InvariantCulture, $"replay input {input} ({text.Length} chars, {path}): passed in {stopwatch.Elapsed.TotalSeconds:0.000} s wall, {(ThreadCpuClock.Now() - cpuBefore)?.TotalSeconds:0.00} s CPU"));
            }
            catch (Exception exception)
            {
                failures.Add($"input {input}: {exception.GetType().Name}: {exception.Message}");
                log.Line(string.Create(CultureInfo.InvariantCulture, $"replay input {input} ({text.Length} chars, {path}): {exception.GetType().Name}: {exception.Message} after {stopwatch.Elapsed.TotalSeconds:0.000} s"));
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    [Explicit("Runs 10^6 inputs; takes hours on two cores.")]
    [Category("LongFuzz")]
    public void Long_fuzz_keeps_every_invariant()
    {
        // Settings come from the environment so one command line replays a run (see LongFuzzSettings):
        // count, seed, per-input budget, worker threads and a progress log file.
        var settings = LongFuzzSettings.FromEnvironment();
        var seeds = FuzzInputs.LoadSeeds();
        var failures = new ConcurrentQueue<string>();
        var workers = settings.Workers;
        var inFlight = new long[workers]; // input number << 32 | length, so a stuck or runaway input can be named and replayed
        var startedAt = new long[workers]; // Stopwatch timestamp the current input started, 0 between inputs
        var slowest = new long[workers]; // longest input per worker, in Stopwatch ticks (wall clock)
        var slowestCpu = new TimeSpan[workers]; // most CPU time one input took, per worker
        var overBudget = 0;
        var done = 0;
        var stop = false;
        var log = new FuzzLog(settings.LogPath);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var workingSetStart = process.WorkingSet64;
        log.Line(string.Create(CultureInfo.InvariantCulture, $"long fuzz start: count {settings.Count}, seed {settings.Seed}, budget {settings.InputBudget.TotalSeconds:0.###} s per input, {workers} workers, time limit {(settings.TimeLimit is { } limit ? limit.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " min" : "none")}; heap {baseline / 1048576.0:0.0} MB, working set {workingSetStart / 1048576.0:0} MB"));
        var stopwatch = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Factory.StartNew(
            () =>
            {
                // One generator per worker; input i of a run is replayed from (seed, worker = i % workers, i).
                var inputs = new FuzzInputs(unchecked((settings.Seed * 1_000_003) + worker), seeds);
                for (var i = worker; i < settings.Count && !Volatile.Read(ref stop) && !(stopwatch.Elapsed >= settings.TimeLimit); i += workers)
                {
                    var text = inputs.Next(allowHuge: i % 5000 == 0);
                    Volatile.Write(ref inFlight[worker], ((long)i << 32) | (uint)text.Length);
                    var began = Stopwatch.GetTimestamp();
                    var cpuBefore = ThreadCpuClock.Now();
                    Volatile.Write(ref startedAt[worker], began);
                    try
                    {
                        PipelineInvariants.FuzzOne(text);
                    }
                    catch (Exception exception)
                    {
                        var failure = $"worker {worker} input {i}: {exception.GetType().Name}: {exception.Message}";
                        failures.Enqueue(failure);
                        log.Line("long fuzz failure: " + failure); // seen even if the run is stopped early
                    }

                    var took = Stopwatch.GetTimestamp() - began;
                    var cpu = ThreadCpuClock.Now() - cpuBefore;
                    Volatile.Write(ref startedAt[worker], 0);
                    slowest[worker] = Math.Max(slowest[worker], took);
                    slowestCpu[worker] = cpu is { } used && used > slowestCpu[worker] ? used : slowestCpu[worker];

                    // The budget is on the input's own CPU time where the clock exists: on a shared machine the wall
                    // clock also counts the time the thread waited for a core.
                    if ((cpu ?? TimeSpan.FromSeconds(took / (double)Stopwatch.Frequency)) > settings.InputBudget)
                    {
                        Interlocked.Increment(ref overBudget);
                        log.Line(string.Create(CultureInfo.InvariantCulture, $"long fuzz slow input: worker {worker} input {i} ({text.Length} chars) took {cpu?.TotalSeconds:0.00} s CPU, {took / (double)Stopwatch.Frequency:0.00} s wall"));
                    }

                    Interlocked.Increment(ref done);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        // This thread watches the workers: retained memory after a full collection, the working set, and
        // progress. A runaway input (a scan that never ends, a cache that keeps every document) fails the run
        // with the inputs in flight named, before it takes the machine's memory; the stuck worker dies with
        // the test process.
        long peak = 0;
        var workingSetPeak = workingSetStart;
        var lastReport = TimeSpan.Zero;
        var all = Task.WhenAll(tasks);
        while (!all.Wait(SampleInterval))
        {
            var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            peak = Math.Max(peak, retained);
            process.Refresh();
            workingSetPeak = Math.Max(workingSetPeak, process.WorkingSet64);
            var count = Volatile.Read(ref done);
            var now = Stopwatch.GetTimestamp();
            var longest = Enumerable.Range(0, workers).Select(w => Volatile.Read(ref startedAt[w])).Where(t => t != 0).Select(t => (now - t) / (double)Stopwatch.Frequency).DefaultIfEmpty(0).Max();
            var problem = retained > MaxRetainedGrowth ? $"retained memory grew by {retained / 1048576.0:0} MB (bound {MaxRetainedGrowth / 1048576} MB)"
                : longest > MaxInputTime.TotalSeconds ? $"an input has run for {MaxInputTime.TotalMinutes:0} minutes"
                : null;
            if (problem is not null)
            {
                Volatile.Write(ref stop, true);
                var flight = string.Join(", ", inFlight.Select((f, w) => string.Create(CultureInfo.InvariantCulture, $"worker {w} input {f >> 32} ({(uint)f} chars)")));
                var message = string.Create(CultureInfo.InvariantCulture, $"long fuzz stopped after {count} inputs: {problem}; in flight: {flight}");
                log.Line(message);
                Assert.Fail(message);
            }

            if (stopwatch.Elapsed - lastReport >= ReportInterval)
            {
                lastReport = stopwatch.Elapsed;
                log.Line(string.Create(CultureInfo.InvariantCulture, $"long fuzz: {count} inputs, {stopwatch.Elapsed.TotalSeconds:0} s, {count / stopwatch.Elapsed.TotalSeconds:0.0} inputs/s, {failures.Count} failures, {Volatile.Read(ref overBudget)} over budget, slowest {slowestCpu.Max().TotalSeconds:0.00} s CPU, {slowest.Max() / (double)Stopwatch.Frequency:0.00} s wall, retained {retained / 1048576.0:0.0} MB (peak {peak / 1048576.0:0.0} MB), working set {process.WorkingSet64 / 1048576.0:0} MB"));
            }
        }

        var end = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        peak = Math.Max(peak, end);
        process.Refresh();
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        log.Line(string.Create(CultureInfo.InvariantCulture, $"long fuzz summary: {done} of {settings.Count} inputs (seed {settings.Seed}{(done < settings.Count ? ", stopped at the time limit" : "")}) in {elapsed:0.0} s on {workers} threads = {done / elapsed:0.0} inputs/s; {failures.Count} exceptions; {overBudget} inputs over {settings.InputBudget.TotalSeconds:0.###} s ({(ThreadCpuClock.IsAvailable ? "thread CPU time" : "wall clock")}), slowest {slowestCpu.Max().TotalSeconds:0.00} s CPU, {slowest.Max() / (double)Stopwatch.Frequency:0.000} s wall; retained heap growth peak {peak / 1048576.0:0.0} MB, end {end / 1048576.0:0.0} MB (start heap {baseline / 1048576.0:0.0} MB); working set start {workingSetStart / 1048576.0:0} MB, peak sampled {workingSetPeak / 1048576.0:0} MB, process peak {process.PeakWorkingSet64 / 1048576.0:0} MB, end {process.WorkingSet64 / 1048576.0:0} MB"));
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(overBudget, Is.Zero, "inputs over the per-input budget");
        });
    }
}
