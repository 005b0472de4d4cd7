using System.Diagnostics;
using System.Text.Json;
using ClaimCompare.Diff;
using ClaimCompare.Reporting;
using ClaimCompare.Tests.Events;

namespace ClaimCompare.Tests.Reporting;

public sealed class ReportWriterTests
{
    private static string SeedsDir => Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");

    private static ComparisonReport SeedsReport() =>
        IncrementalComparison.Build(GoldCorpus.Load(Path.Combine(SeedsDir, "gold.json"), SeedsDir).Documents);

    [Test]
    public void Json_follows_the_gold_format_contract()
    {
        var json = ReportWriter.ToString(SeedsReport(), ReportFormat.Json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var claim = root.GetProperty("claims")[0];
        var disagreement = root.GetProperty("disagreements")[0];
        Assert.Multiple(() =>
        {
            Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "schemaVersion", "documents", "claims", "events", "disagreements", "unclassified" }));
            Assert.That(claim.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "id", "document", "kind", "low", "high", "start", "end", "event", "actor", "polarity", "source", "subject", "outlet", "hedge", "evidence" }));
            Assert.That(root.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("kind").GetString()), Is.All.AnyOf("killed", "injured", "count", "responsibility"));
            Assert.That(disagreement.GetProperty("type").GetString(), Is.AnyOf("conflict", "revision"));
            Assert.That(disagreement.GetProperty("sides").GetArrayLength(), Is.GreaterThanOrEqualTo(2));
            Assert.That(disagreement.GetProperty("sides")[0][0].GetString(), Does.StartWith("c"));
            Assert.That(disagreement.GetProperty("sideDetails")[0].GetProperty("voices")[0].GetProperty("documents").GetArrayLength(), Is.GreaterThanOrEqualTo(1));
            Assert.That(root.GetProperty("events")[0].GetProperty("reason").GetString(), Is.Not.Empty);
            Assert.That(json, Does.Not.Contain("22.0"), "whole numbers are printed without a fraction");
            Assert.That(json, Does.Contain("\"low\":22,"), "compact by default");
            Assert.That(json.TrimEnd('\n'), Does.Not.Contain("\n"), "one line");
        });
    }

    [Test]
    public void Json_matches_the_golden_file()
    {
        // Indented, so that a change to the snapshot reads line by line.
        var json = ReportWriter.ToString(SeedsReport(), ReportFormat.Json, new ReportWriterOptions { Indented = true });
        var expectedPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Specs", "Reporting", "seeds.expected.json");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : string.Empty;
        if (!string.Equals(expected, json, StringComparison.Ordinal))
        {
            // Accept a new snapshot by copying this file over Specs/Reporting/seeds.expected.json.
            var received = Path.ChangeExtension(expectedPath, null).Replace(".expected", ".received", StringComparison.Ordinal) + ".json";
            Directory.CreateDirectory(Path.GetDirectoryName(received)!);
            File.WriteAllText(received, json);
            TestContext.Out.WriteLine("Wrote " + received);
        }

        Assert.That(json, Is.EqualTo(expected));
    }

    [TestCase(ReportFormat.Text, "Most severe: killed, event")]
    [TestCase(ReportFormat.Markdown, "| # | Type | Kind |")]
    [TestCase(ReportFormat.Html, "<svg class=\"chart\"")]
    public void Each_format_leads_with_the_disagreements(ReportFormat format, string expected)
    {
        var output = ReportWriter.ToString(SeedsReport(), format);
        Assert.That(output, Does.Contain(expected));
    }

    [Test]
    public void Html_encodes_article_text_and_loads_nothing_from_outside()
    {
        var report = SeedsReport();
        var evil = report with { Claims = [.. report.Claims.Select((c, i) => i == 0 ? c with { EvidenceText = "<script>alert(1)</script>" } : c)] };
        var html = ReportWriter.ToString(evil, ReportFormat.Html);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>alert(1)"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)"));
            Assert.That(html, Does.Not.Contain("src=\"http").And.Not.Contain("href=\"http").And.Not.Contain("<link"));
        });
    }

    [Test]
    public void An_empty_report_writes_in_every_format()
    {
        var empty = new ComparisonReport([], [], [], [], []);
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            Assert.That(ReportWriter.ToString(empty, format), Is.Not.Empty, format.ToString());
        }
    }

    [Test]
    [CancelAfter(120_000)]
    public void Html_chart_is_drawn_in_a_real_browser()
    {
        const string Chromium = "/usr/bin/chromium";
        if (!File.Exists(Chromium))
        {
            // Only the SDK is needed to run the suite; CI installs chromium and fails when a test was not executed.
            Assert.Ignore("Chromium is not installed at " + Chromium + " (Debian: chromium); .ci/run installs it and fails if this test is ignored there.");
        }

        var report = SeedsReport();
        var charts = report.Disagreements.Count(d => d.Kind != ClaimCompare.Claims.ClaimKind.Responsibility);
        var folder = Path.Combine(Path.GetTempPath(), "claimcompare-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var page = Path.Combine(folder, "report.html");
            File.WriteAllText(page, ReportWriter.ToString(report, ReportFormat.Html));
            var start = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(folder, "profile"), "--dump-dom", new Uri(page).AbsoluteUri })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(90_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not finish within 90 s.");
            }

            Assert.Multiple(() =>
            {
                Assert.That(charts, Is.GreaterThan(0), "the seeds have a numeric disagreement to chart");
                Assert.That(dom, Does.Contain("data-charts=\"" + charts.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\""), "the page script ran: " + stderr.Result);
                Assert.That(CountOf(dom, "data-drawn=\"true\""), Is.EqualTo(charts), "every chart has a laid-out box and bars");
                Assert.That(dom, Does.Not.Contain("data-drawn=\"false\""));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
