using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCompare.Claims;
using ClaimCompare.Pipeline;

namespace ClaimCompare.Tests.Reliability;

/// <summary>Peak memory and cost per byte of one very large document; explicit because they need seconds and a quiet machine.</summary>
public sealed class MemoryTests
{
    private const long Budget = 1536L * 1024 * 1024;

    // The claims stage's share of the budget: the rest is for event clustering and the report.
    private const long ClaimsBudget = 1024L * 1024 * 1024;

    [Test]
    [Explicit("Builds a 50 MB document; run alone so the process peak belongs to this test.")]
    [Category("Memory")]
    public void Fifty_megabytes_of_text_compare_in_under_one_and_a_half_gigabytes()
    {
        var megabytes = Megabytes();
        var text = BigText(FuzzInputs.LoadSeeds(), megabytes);
        var (report, seconds, peak, before, peakManaged) = Measure(() => ClaimComparer.Compare([new Document("big.txt", text)]));
        TestContext.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{megabytes} MB document ({text.Length:N0} chars): {report.Claims.Count:N0} claims in {seconds:0.0} s; peak working set {peak / 1048576.0:0} MB (before the run {before / 1048576.0:0} MB); peak managed heap sampled {peakManaged / 1048576.0:0} MB"));
        Assert.That(peak, Is.LessThan(Budget));
    }

    [Test]
    [Explicit("Reads a 50 MB document; run alone so the process peak belongs to this test.")]
    [Category("Memory")]
    public void Fifty_megabytes_in_one_document_are_read_for_claims_at_the_cost_per_byte_of_articles()
    {
        // No claim limit, so every sentence of the large document is read as it would be in an article.
        var extractor = ClaimComparer.CreateBuilder()
            .UseOptions(new ClaimComparerOptions { Limits = new ClaimExtractorOptions { MaxClaimsPerDocument = int.MaxValue } })
            .Build().Extractor;
        var seeds = FuzzInputs.LoadSeeds();
        var megabytes = Megabytes();

        // The same articles one by one, 2 MB of text read twice (the first pass warms the JIT), give the cost per character of articles.
        var articles = new List<Document>();
        for (var length = 0; length < 2 * 1024 * 1024; length += seeds[articles.Count % seeds.Count].Length + 2)
        {
            articles.Add(new Document("a" + articles.Count.ToString(CultureInfo.InvariantCulture), seeds[articles.Count % seeds.Count] + "\n\n"));
        }

        foreach (var article in articles)
        {
            extractor.Extract(article);
        }

        var stopwatch = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            extractor.Extract(article);
        }

        var articleCost = stopwatch.Elapsed.TotalSeconds / articles.Sum(a => a.Text.Length);

        var text = BigText(seeds, megabytes);
        var (read, seconds, peak, before, peakManaged) = Measure(() => extractor.Extract(new Document("big.txt", text)));
        var ratio = seconds / text.Length / articleCost;
        TestContext.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{megabytes} MB document ({text.Length:N0} chars): {read.Claims.Count:N0} claims read in {seconds:0.0} s, {ratio:0.00}× the cost per character of the same text as {articles.Count:N0} articles; peak working set {peak / 1048576.0:0} MB (before the run {before / 1048576.0:0} MB); peak managed heap sampled {peakManaged / 1048576.0:0} MB"));
        Assert.Multiple(() =>
        {
            Assert.That(peak, Is.LessThan(ClaimsBudget));
            Assert.That(ratio, Is.LessThan(2.0), "a long document must not cost more per byte than articles (no per-sentence work that grows with the document)");
        });
    }

    private static int Megabytes() =>
        // CLAIMCOMPARE_MEMORY_MB lowers the size for a quick partial measurement; the default is the target.
        int.TryParse(Environment.GetEnvironmentVariable("CLAIMCOMPARE_MEMORY_MB"), NumberStyles.None, CultureInfo.InvariantCulture, out var mb) ? mb : 50;

    private static string BigText(IReadOnlyList<string> seeds, int megabytes)
    {
        var builder = new StringBuilder((megabytes * 1024 * 1024) + 8192);
        for (var i = 0; builder.Length < megabytes * 1024 * 1024; i++)
        {
            builder.Append(seeds[i % seeds.Count]).Append("\n\n");
        }

        return builder.ToString();
    }

    /// <summary>Runs <paramref name="work"/> and returns its result, seconds, the process's peak working set after and before it, and the peak managed heap sampled every 50 ms.</summary>
    private static (T Result, double Seconds, long Peak, long Before, long PeakManaged) Measure<T>(Func<T> work)
    {
        GC.Collect();
        ResetPeak();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var stopwatch = Stopwatch.StartNew();
        long peakManaged = 0;
        T result;
        using (new Timer(_ => InterlockedMax(ref peakManaged, GC.GetTotalMemory(false)), null, 0, 50))
        {
            result = work();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        InterlockedMax(ref peakManaged, GC.GetGCMemoryInfo().HeapSizeBytes);
        process.Refresh();
        return (result, seconds, process.PeakWorkingSet64, before, peakManaged);
    }

    /// <summary>On Linux, restarts the process's peak resident size from now, so a test's peak is its own and not a test's run before it.</summary>
    private static void ResetPeak()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without it the peak is the process's own since start: still an upper bound, so the assertion stays sound.
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
