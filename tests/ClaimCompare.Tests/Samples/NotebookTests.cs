using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ClaimCompare.Tests.Api;

namespace ClaimCompare.Tests.Samples;

/// <summary>
/// samples/quickstart.ipynb runs top to bottom on the real .NET Interactive kernel, through
/// <c>jupyter nbconvert --to notebook --execute</c>, as a user runs it; its outputs are checked against the
/// library's own report. A shim that ran the cells as a file-based app once hid two kernel failures (a relative
/// <c>#i</c> path, a missing <c>using System.IO;</c>), so nothing stands in for the kernel here.
/// </summary>
/// <remarks>
/// Without Jupyter or the kernel the test is ignored with the reason; <c>.ci/run</c> installs both and fails when
/// any test was not executed. The package is packed from the test build with a unique prerelease version (NuGet
/// caches by version), handed to the notebook through <c>CLAIMCOMPARE_PACKAGES</c>, and removed from the cache afterwards.
/// </remarks>
[Category("Samples")]
[NonParallelizable]
public sealed class NotebookTests
{
    private const string KernelName = ".net-csharp";

    private static readonly string Notebook = Path.Combine(TestRepository.Root, "samples", "quickstart.ipynb");

    [Test]
    public async Task Notebook_runs_top_to_bottom_on_the_dotnet_interactive_kernel()
    {
        if (FindOnPath("jupyter-nbconvert") is null)
        {
            Assert.Ignore("jupyter-nbconvert is not installed (Debian: jupyter-nbconvert, python3-nbclient); .ci/run installs it");
        }

        var kernel = FindKernel();
        if (kernel is null)
        {
            Assert.Ignore($"the .NET Interactive Jupyter kernel '{KernelName}' is not installed (dotnet tool Microsoft.dotnet-interactive and its kernel.json); .ci/run installs it");
        }

        var work = Directory.CreateTempSubdirectory("claimcompare-notebook-");
        var version = "0.0.0-notebook." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        try
        {
            var feed = Path.Combine(work.FullName, "packages");
            var pack = await ProcessRunner.DotnetAsync(
                ["pack", Path.Combine(TestRepository.Root, "src", "ClaimCompare", "ClaimCompare.csproj"), "-c", TestRepository.Configuration, "--no-build", "-o", feed, "-p:PackageVersion=" + version],
                TestRepository.Root,
                TimeSpan.FromSeconds(180));
            Assert.That(pack.ExitCode, Is.Zero, pack.ToString());

            // The executed copy goes to the work folder; the kernel runs in samples/, so ../seeds is the repository's.
            var run = await ProcessRunner.RunAsync(
                "jupyter-nbconvert",
                ["--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.kernel_name=" + KernelName, Notebook, "--output-dir", work.FullName, "--output", "executed.ipynb"],
                Path.Combine(TestRepository.Root, "samples"),
                TimeSpan.FromSeconds(600),
                new Dictionary<string, string>(StringComparer.Ordinal) { ["CLAIMCOMPARE_PACKAGES"] = feed });
            TestContext.Out.WriteLine($"notebook on kernel {kernel!}: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:0.0}s");
            Assert.That(run.ExitCode, Is.Zero, run.ToString());

            var cells = CodeCellOutputs(Path.Combine(work.FullName, "executed.ipynb"));
            var report = ClaimComparer.Compare(TestRepository.Seeds());
            Assert.Multiple(() =>
            {
                Assert.That(cells.SelectMany(c => c.Errors), Is.Empty, "no cell failed");
                Assert.That(cells.Select(c => c.Text), Has.All.Not.Empty, "every code cell ran and showed something");
                Assert.That(cells[0].Text, Does.Contain($"ClaimCompare {version} loaded from {feed}"), "the package found by its absolute path");
                foreach (var document in report.Documents)
                {
                    Assert.That(cells[1].Text, Does.Contain(document.Id + " ("), "each seed article loaded");
                }

                Assert.That(cells[2].Text, Does.Contain("class=\"claimcompare\""), "the report shown through the library's formatter");
                if (report.HasDisagreements)
                {
                    Assert.That(cells[3].Text, Does.Contain($"{report.Disagreements.Count} disagreement(s); the most severe: {report.Disagreements[0].Explanation}"));
                }

                Assert.That(cells[4].Text, Does.Contain($"{report.Disagreements.Count} disagreement(s), {report.Events.Count} events"));
            });
        }
        finally
        {
            work.Delete(recursive: true);
            RemoveFromNuGetCache(version);
        }
    }

    [Test]
    public void Notebook_loads_the_local_package_by_an_absolute_path_and_names_the_published_one()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Notebook));
        var kernel = json.RootElement.GetProperty("metadata").GetProperty("kernelspec");
        var first = Cells(json, "code")[0];
        Assert.Multiple(() =>
        {
            Assert.That(kernel.GetProperty("name").GetString(), Is.EqualTo(KernelName));
            Assert.That(kernel.GetProperty("language").GetString(), Is.EqualTo("C#"));
            Assert.That(json.RootElement.GetProperty("nbformat").GetInt32(), Is.EqualTo(4));
            Assert.That(first, Does.Contain("#r \"nuget: ClaimCompare\""), "how to use the published package");
            Assert.That(first, Does.Contain("Path.GetFullPath").And.Contain("using System.IO;"), "an absolute path, and System.IO declared: the kernel has no implicit usings");
            Assert.That(first, Does.Not.Contain("#i \"nuget: ../"), "the kernel rejects a relative #i path as an invalid URI");
            Assert.That(Cells(json, "markdown"), Is.Not.Empty, "the notebook tells a story, not just code");
        });
    }

    /// <summary>One executed code cell: the text of its outputs (HTML decoded) and the errors it raised.</summary>
    private sealed record CellOutput(string Text, IReadOnlyList<string> Errors);

    private static List<CellOutput> CodeCellOutputs(string executed)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(executed));
        var cells = new List<CellOutput>();
        foreach (var cell in json.RootElement.GetProperty("cells").EnumerateArray().Where(c => string.Equals(c.GetProperty("cell_type").GetString(), "code", StringComparison.Ordinal)))
        {
            var text = new StringBuilder();
            var errors = new List<string>();
            foreach (var output in cell.GetProperty("outputs").EnumerateArray())
            {
                if (string.Equals(output.GetProperty("output_type").GetString(), "error", StringComparison.Ordinal))
                {
                    errors.Add(output.GetProperty("ename").GetString() + ": " + output.GetProperty("evalue").GetString());
                }

                if (output.TryGetProperty("data", out var data))
                {
                    foreach (var value in data.EnumerateObject())
                    {
                        text.Append(WebUtility.HtmlDecode(Joined(value.Value))).Append('\n');
                    }
                }

                if (output.TryGetProperty("text", out var stream))
                {
                    text.Append(Joined(stream)).Append('\n');
                }
            }

            cells.Add(new CellOutput(text.ToString(), errors));
        }

        return cells;
    }

    private static string Joined(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Concat(value.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.String ? s.GetString() : s.GetRawText())),
        JsonValueKind.String => value.GetString() ?? string.Empty,
        _ => value.GetRawText(),
    };

    private static List<string> Cells(JsonDocument json, string type) =>
        [.. json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => string.Equals(c.GetProperty("cell_type").GetString(), type, StringComparison.Ordinal))
            .Select(c => c.GetProperty("source") is { ValueKind: JsonValueKind.Array } source ? string.Concat(source.EnumerateArray().Select(s => s.GetString())) : c.GetProperty("source").GetString() ?? string.Empty)];

    /// <summary>The kernel.json of the C# kernel in Jupyter's data folders, when its program exists.</summary>
    private static string? FindKernel()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var folders = (Environment.GetEnvironmentVariable("JUPYTER_PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat([Path.Combine(home, ".local", "share", "jupyter"), "/usr/local/share/jupyter", "/usr/share/jupyter"]);
        foreach (var spec in folders.Select(f => Path.Combine(f, "kernels", KernelName, "kernel.json")).Where(File.Exists))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(spec));
            var program = json.RootElement.GetProperty("argv")[0].GetString() ?? string.Empty;
            if (File.Exists(program) || FindOnPath(program) is not null)
            {
                return spec;
            }
        }

        return null;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    private static void RemoveFromNuGetCache(string version)
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var cached = Path.Combine(cache, "claimcompare", version);
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }
}
