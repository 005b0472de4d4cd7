using System.Globalization;
using ClaimCompare.Tests.Api;

namespace ClaimCompare.Tests.Samples;

/// <summary>
/// Every file-based app in samples/ runs as a user runs it (<c>dotnet run samples/x.cs</c> from the repository
/// root) and prints what the README promises, so no sample can rot. Slow (a build each), so few and tagged.
/// </summary>
[Category("Samples")]
[NonParallelizable]
public sealed class SampleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(240);

    private static readonly Lazy<ComparisonReport> SeedReport = new(() => ClaimComparer.Compare(TestRepository.Seeds()));

    [Test]
    public async Task Quickstart_prints_the_report_and_exits_1_on_disagreements()
    {
        var result = await RunSampleAsync("quickstart.cs");
        var report = SeedReport.Value;

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.StartWith(report.ToString() + "\n"), "first line is the report's ToString()");
        Assert.That(result.Output, Does.Contain(report.Disagreements[0].ToString()));
        Assert.That(result.Output, Does.Contain("\nMost severe: "));
        Assert.That(result.Output, Does.Contain(report.Documents.Count.ToString(CultureInfo.InvariantCulture) + " documents, " + report.Claims.Count.ToString(CultureInfo.InvariantCulture) + " claims"));
        Assert.That(result.Output, Does.Not.Contain("System."), "readable ToString() everywhere");
    }

    [Test]
    public async Task Custom_pipeline_writes_json_with_every_section_and_reports_progress()
    {
        var result = await RunSampleAsync("custom-pipeline.cs");
        var report = SeedReport.Value;

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Output, Does.Contain("  claims: " + report.Claims.Count.ToString(CultureInfo.InvariantCulture) + "\n"));
        Assert.That(result.Output, Does.Contain("  disagreements: " + report.Disagreements.Count.ToString(CultureInfo.InvariantCulture) + "\n"));
        Assert.That(result.Error, Does.Contain("progress: " + report.Documents.Count.ToString(CultureInfo.InvariantCulture) + "/" + report.Documents.Count.ToString(CultureInfo.InvariantCulture) + " documents"));
    }

    [Test]
    public void Every_sample_is_covered_by_a_test_and_starts_with_the_file_based_app_directives()
    {
        var samples = Directory.GetFiles(Path.Combine(TestRepository.Root, "samples"), "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(samples, Is.EqualTo(new[] { "custom-pipeline.cs", "quickstart.cs" }), "a new sample needs a test here");
        foreach (var sample in samples)
        {
            var lines = File.ReadLines(Path.Combine(TestRepository.Root, "samples", sample!)).Take(3).ToList();
            Assert.That(lines, Is.EqualTo(new[] { "#!/usr/bin/env dotnet", "#:property PublishAot=false", "#:project ../src/ClaimCompare/ClaimCompare.csproj" }), sample);
        }
    }

    /// <summary>Runs a sample from the repository root, as CI does, reusing the configuration the tests were built in.</summary>
    internal static async Task<ProcessRunner.Result> RunSampleAsync(string sample)
    {
        var result = await ProcessRunner.DotnetAsync(["run", "-c", TestRepository.Configuration, Path.Combine("samples", sample)], TestRepository.Root, Timeout);
        TestContext.Out.WriteLine($"{sample}: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:0.0}s");
        return result;
    }
}
