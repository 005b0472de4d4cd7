using System.Globalization;
using System.Text;
using ClaimCompare.Reporting;

namespace ClaimCompare.Tests.Pipeline;

/// <summary>
/// One long document made of many articles: what the report lists grows with its claims, not with claims times sides
/// (issues 18 and 23). Sizes are counted, never timed.
/// </summary>
/// <remarks>
/// The document is the dev and dev2 corpora again and again, each copy's numbers rewritten as
/// <c>tools/bigdoc/make-big-document.py</c> rewrites them, so that one event of the document gathers hundreds of distinct
/// figures and the open and ranged ones among them bridge many sides. Before the report was bounded, 1 MB of it gave a
/// JSON report of 7.8 times its size, listing 11.7 sides per claim.
/// </remarks>
public sealed class LargeDocumentTests
{
    private const int Size = 1_000_000;

    private static readonly Lazy<(string Text, ComparisonReport Report)> Compared = new(() =>
    {
        var text = BigText(Size);
        return (text, ClaimComparer.Compare([new Document("big.txt", text)]));
    });

    [Test]
    public void The_json_report_of_one_long_document_stays_within_five_times_its_size()
    {
        var (text, report) = Compared.Value;
        using var counted = new CountingStream();
        ReportWriter.Write(report, ReportFormat.Json, counted);
        var ratio = counted.Length / (double)Encoding.UTF8.GetByteCount(text);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Claims.Count:N0} claims, {report.Disagreements.Count:N0} disagreements, JSON {counted.Length:N0} bytes, {ratio:0.00}× the input"));
        Assert.That(ratio, Is.LessThan(5));
    }

    [Test]
    public void Sides_listed_grow_with_the_claims_and_a_bridge_lists_at_most_eight_sides_it_does_not_fit()
    {
        var report = Compared.Value.Report;
        var listed = report.Disagreements.Sum(d => d.Sides.Count);
        var capped = report.Disagreements.Where(d => d.Reason?.UnlistedSides > 0).ToList();
        Assert.Multiple(() =>
        {
            // Every bridge used to list every side it did not fit: 11.7 sides per claim at 1 MB, and twice as many at 2 MB.
            Assert.That(listed, Is.LessThan(3 * report.Claims.Count));
            Assert.That(capped, Is.Not.Empty, "the document must be long enough for a bridge to reach the bound");
            Assert.That(capped.Select(d => d.Sides.Count), Is.All.EqualTo(9), "the bridge's own side and eight it does not fit");
            Assert.That(capped.Select(d => d.Explanation), Has.All.Match(@"\d+ more figures?[ :.)]"));
        });
    }

    [Test]
    public void The_human_readable_reports_list_at_most_sixteen_claims_of_a_side_per_disagreement()
    {
        var (text, report) = Compared.Value;
        foreach (var format in new[] { ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html })
        {
            using var counted = new CountingStream();
            ReportWriter.Write(report, format, counted);
            var ratio = counted.Length / (double)Encoding.UTF8.GetByteCount(text);
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{format}: {counted.Length:N0} bytes, {ratio:0.00}× the input"));

            // Before the bound: text 4.8×, markdown 5.3×, HTML 29× at 1 MB, growing with the size.
            Assert.That(ratio, Is.LessThan(format == ReportFormat.Html ? 12 : 3), format.ToString());
        }
    }

    [Test]
    [Explicit("Compares a 15 MB document (about a minute on two idle cores); run by hand.")]
    [Category("Memory")]
    public void A_fifteen_megabyte_document_gets_its_whole_json_report()
    {
        // Issue 18, item 2: from about 15 MB this document's JSON report died with OutOfMemoryException and nothing
        // written (the report was one string past 2 GiB). Now it streams: a whole, valid report with every claim.
        var text = BigText(15_000_000);
        var report = ClaimComparer.Compare([new Document("big.txt", text)]);
        var path = Path.Combine(Path.GetTempPath(), "claimcompare-15mb-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            using (var file = File.Create(path))
            {
                ReportWriter.Write(report, ReportFormat.Json, file);
            }

            using var read = File.OpenRead(path);
            using var parsed = System.Text.Json.JsonDocument.Parse(read);
            var root = parsed.RootElement;
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{text.Length:N0} chars: {report.Claims.Count:N0} claims, {report.Disagreements.Count:N0} disagreements, JSON {new FileInfo(path).Length:N0} bytes"));
            Assert.Multiple(() =>
            {
                Assert.That(report.Claims, Is.Not.Empty);
                Assert.That(root.GetProperty("claims").GetArrayLength(), Is.EqualTo(report.Claims.Count));
                Assert.That(root.GetProperty("disagreements").GetArrayLength(), Is.EqualTo(report.Disagreements.Count));
                Assert.That(root.GetProperty("events").GetArrayLength(), Is.EqualTo(report.Events.Count));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The dev and dev2 test corpora, repeated until <paramref name="size"/> characters, each copy's integers n made n + copy × (1 + n mod 7).</summary>
    private static string BigText(int size)
    {
        var corpora = Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpora");
        var articles = new[] { "dev", "dev2" }
            .SelectMany(c => Directory.GetFiles(Path.Combine(corpora, c, "docs"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(p => File.ReadAllText(p).Trim())
            .ToList();
        var text = new StringBuilder(size + 65536);
        for (var copy = 0; text.Length < size; copy++)
        {
            foreach (var article in articles)
            {
                Rewrite(article, copy, text);
                text.Append("\n\n");
            }
        }

        return text.ToString();
    }

    private static void Rewrite(string article, int copy, StringBuilder into)
    {
        for (var i = 0; i < article.Length;)
        {
            if (copy == 0 || !char.IsAsciiDigit(article[i]))
            {
                into.Append(article[i++]);
                continue;
            }

            var start = i;
            while (i < article.Length && char.IsAsciiDigit(article[i]))
            {
                i++;
            }

            // Runs too long for a long are kept as they are.
            if (long.TryParse(article.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < long.MaxValue / 16)
            {
                into.Append((n + (copy * (1 + (n % 7)))).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                into.Append(article, start, i - start);
            }
        }
    }

    /// <summary>A write-only stream that counts the bytes written to it and keeps none.</summary>
    private sealed class CountingStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Position;

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Position += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Position += buffer.Length;
    }
}
