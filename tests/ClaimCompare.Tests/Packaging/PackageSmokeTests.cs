using System.Globalization;
using System.IO.Compression;
using ClaimCompare.Tests.Api;
using ClaimCompare.Tests.Samples;

namespace ClaimCompare.Tests.Packaging;

/// <summary>
/// The package and the tool as a user meets them: packed to a local folder, restored by a consumer project
/// from that folder, installed with <c>dotnet tool install --tool-path --add-source</c>, and run.
/// </summary>
/// <remarks>
/// Packs reuse the build the tests run against (<c>--no-build</c>), except the tool's framework-dependent package,
/// which <c>dotnet pack -r any</c> builds in a scratch artifacts folder. The tool is installed as a platform without a
/// native package gets it: the top-level package is packed naming only <c>any</c>, so <c>dotnet tool install</c> takes
/// the framework-dependent one (the linux-x64 native package is <see cref="NativeToolSmokeTests"/>'s). Each run packs a unique prerelease version,
/// so a package cached by an earlier run is never what gets tested; those versions are removed from the
/// NuGet cache afterwards.
/// </remarks>
[Category("Packaging")]
[NonParallelizable]
public sealed class PackageSmokeTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(600);

    private DirectoryInfo _work = null!;
    private string _version = null!;

    [OneTimeSetUp]
    public async Task PackToALocalFolder()
    {
        _work = Directory.CreateTempSubdirectory("claimcompare-pack-");
        _version = "0.0.0-smoke." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var library = Path.Combine(TestRepository.Root, "src/ClaimCompare/ClaimCompare.csproj");
        var tool = Path.Combine(TestRepository.Root, "src/ClaimCompare.Cli/ClaimCompare.Cli.csproj");
        string[][] packs =
        [
            ["pack", library, "-c", TestRepository.Configuration, "--no-build", "-o", Feed, "-p:PackageVersion=" + _version],
            ["pack", tool, "-c", TestRepository.Configuration, "--no-build", "-o", Feed, "-p:PackageVersion=" + _version, "-p:ToolPackageRuntimeIdentifiers=any"],
            ["pack", tool, "-c", TestRepository.Configuration, "-r", "any", "-o", Feed, "-p:PackageVersion=" + _version, "--artifacts-path", Path.Combine(_work.FullName, "artifacts")],
        ];
        foreach (var arguments in packs)
        {
            var pack = await ProcessRunner.DotnetAsync(arguments, TestRepository.Root, StepTimeout);
            Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
        }

        // The local folder first; nuget.org for the dependencies (already in the NuGet cache, so no download in practice).
        await File.WriteAllTextAsync(Path.Combine(_work.FullName, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _work?.Delete(recursive: true);
        if (_version is null)
        {
            return;
        }

        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "claimcompare", "claimcompare.cli", "claimcompare.cli.any" })
        {
            var cached = Path.Combine(cache, id, _version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }

            // The id folder too, when this run was its only user.
            var idFolder = Path.Combine(cache, id);
            if (Directory.Exists(idFolder) && !Directory.EnumerateFileSystemEntries(idFolder).Any())
            {
                Directory.Delete(idFolder);
            }
        }
    }

    private string Feed => Path.Combine(_work.FullName, "feed");

    [Test]
    public void Library_package_carries_readme_xml_docs_and_symbols()
    {
        var package = Path.Combine(Feed, $"ClaimCompare.{_version}.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain("PACKAGE.md"));
        Assert.That(entries, Does.Contain("lib/net10.0/ClaimCompare.dll"));
        Assert.That(entries, Does.Contain("lib/net10.0/ClaimCompare.xml"));
        Assert.That(entries, Does.Contain("schema/report.schema.json"), "the JSON report's contract ships with the library");
        Assert.That(File.Exists(Path.ChangeExtension(package, ".snupkg")), Is.True, "symbols package next to the package");

        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var manifest = nuspec.ReadToEnd();
        Assert.That(manifest, Does.Contain("<license type=\"expression\">MIT</license>"));
        Assert.That(manifest, Does.Contain("<readme>PACKAGE.md</readme>"));
    }

    [Test]
    public async Task A_consumer_project_restores_the_package_from_the_folder_and_runs()
    {
        var consumer = Directory.CreateDirectory(Path.Combine(_work.FullName, "consumer")).FullName;
        await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ClaimCompare" Version="{_version}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), """
            using ClaimCompare;

            var documents = Directory.GetFiles(args[0], "*.txt").Select(Document.FromFile).ToList();
            var report = ClaimComparer.Compare(documents);
            Console.WriteLine("consumer: " + report);
            foreach (var disagreement in report.Disagreements)
            {
                Console.WriteLine(disagreement);
            }

            return report.HasDisagreements ? 1 : 0;
            """);

        var run = await ProcessRunner.DotnetAsync(["run", "-c", "Release", "--", TestRepository.SeedsDirectory], consumer, StepTimeout);
        TestContext.Out.WriteLine($"consumer: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:0.0}s");

        var report = ClaimComparer.Compare(TestRepository.Seeds());
        Assert.That(run.ExitCode, Is.EqualTo(report.HasDisagreements ? 1 : 0), run.ToString());
        Assert.That(run.Output, Does.StartWith("consumer: " + report + "\n"), run.ToString());
        Assert.That(File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json")), Does.Contain("\"ClaimCompare/" + _version + "\""), "restored from the local folder");
    }

    [Test]
    public async Task The_tool_installs_from_the_folder_and_compare_seeds_exits_1()
    {
        var tools = Path.Combine(_work.FullName, "tools");
        var install = await ProcessRunner.DotnetAsync(
            ["tool", "install", "--tool-path", tools, "--add-source", Feed, "--version", _version, "ClaimCompare.Cli"],
            _work.FullName,
            StepTimeout);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "claimcompare.exe" : "claimcompare");
        var run = await ProcessRunner.RunAsync(command, ["compare", TestRepository.SeedsDirectory], _work.FullName, StepTimeout);
        TestContext.Out.WriteLine($"tool: install {install.Elapsed.TotalSeconds:0.0}s, run exit {run.ExitCode} in {run.Elapsed.TotalSeconds:0.0}s");

        Assert.That(run.ExitCode, Is.EqualTo(1), "disagreements found\n" + run);
        Assert.That(run.Output, Does.StartWith("Most severe: "));
        Assert.That(run.Output, Does.Contain("\nConflicts, most severe first\n").Or.Contain("\nRevisions\n"));
        Assert.That(run.Output, Does.Contain("5 documents, "));
    }
}
