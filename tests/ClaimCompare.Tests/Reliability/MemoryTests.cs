using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClaimCompare.Tests.Reliability;

/// <summary>Peak memory of one very large document; explicit because it needs seconds and a quiet machine.</summary>
public sealed class MemoryTests
{
    private const long Budget = 1536L * 1024 * 1024;

    [Test]
    [Explicit("Builds a 50 MB document; run alone so the process peak belongs to this test.")]
    [Category("Memory")]
    public void Fifty_megabytes_of_text_compare_in_under_one_and_a_half_gigabytes()
    {
        // CLAIMCOMPARE_MEMORY_MB lowers the size for a quick partial measurement; the default is the target.
        var megabytes = int.TryParse(Environment.GetEnvironmentVariable("CLAIMCOMPARE_MEMORY_MB"), NumberStyles.None, CultureInfo.InvariantCulture, out var mb) ? mb : 50;
        var seeds = FuzzInputs.LoadSeeds();
        var builder = new StringBuilder((megabytes * 1024 * 1024) + 8192);
        for (var i = 0; builder.Length < megabytes * 1024 * 1024; i++)
        {
            builder.Append(seeds[i % seeds.Count]).Append("\n\n");
        }

        var text = builder.ToString();
        builder = null;
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var stopwatch = Stopwatch.StartNew();
        long peakManaged = 0;
        using var sampler = new Timer(_ => InterlockedMax(ref peakManaged, GC.GetTotalMemory(false)), null, 0, 50);
        var report = ClaimComparer.Compare([new Document("big.txt", text)]);
        sampler.Dispose();
        InterlockedMax(ref peakManaged, GC.GetGCMemoryInfo().HeapSizeBytes);
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        TestContext.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{megabytes} MB document ({text.Length:N0} chars): {report.Claims.Count:N0} claims in {stopwatch.Elapsed.TotalSeconds:0.0} s; peak working set {peak / 1048576.0:0} MB (before the run {before / 1048576.0:0} MB); peak managed heap sampled {peakManaged / 1048576.0:0} MB"));
        Assert.That(peak, Is.LessThan(Budget));
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
