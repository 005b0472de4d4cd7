using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ClaimCompare.Quantities;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Throughput of the Quantities stage on news text: the seed articles concatenated to the given size.
/// The baseline is a naive source-generated regular expression that only finds hedged digit and
/// word numbers (no intervals, no context), labelled as such; the MB/s column is UTF-8 megabytes
/// of input per second on one thread.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public partial class QuantityRecognizerBenchmarks
{
    private readonly QuantityRecognizer recognizer = new();
    private string text = string.Empty;

    /// <summary>Gets or sets the size of the input in UTF-16 characters: one typical article, and a large batch.</summary>
    [Params(10_000, 1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "seeds");
        var seeds = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var builder = new StringBuilder(Size + 20_000);
        for (var i = 0; builder.Length < Size; i++)
        {
            builder.Append(seeds[i % seeds.Length]).Append('\n');
        }

        text = builder.ToString(0, Size);
    }

    [Benchmark(Baseline = true, Description = "Naive regex scan (baseline)")]
    public int NaiveRegex()
    {
        var count = 0;
        foreach (var _ in NaiveNumberPattern().EnumerateMatches(text))
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "QuantityRecognizer.Recognize")]
    public int Recognize() => recognizer.Recognize(text).Count;

    [GeneratedRegex(@"\b(?:(?:at least|more than|over|up to|about|around|nearly|almost|some|between)\s+)?(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|dozens?|several|few)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex NaiveNumberPattern();

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>UTF-8 megabytes of input read per second, from the mean time and the Size parameter.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6 bytes, UTF-8) of input per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats)
            {
                return "-";
            }

            var size = (int)benchmarkCase.Parameters["Size"];

            // The seeds are almost all ASCII, so characters are close to UTF-8 bytes.
            var megabytes = size / 1e6;
            var seconds = stats.Mean / 1e9;
            return (megabytes / seconds).ToString("0.0", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
