using System.Globalization;
using ClaimCompare.Cli;
using ClaimCompare.Tests.Api;
using ClaimCompare.Tests.Samples;

namespace ClaimCompare.Tests.Packaging;

/// <summary>
/// The linux-x64 native tool as a user meets it: the top-level package and the NativeAOT <c>ClaimCompare.Cli.linux-x64</c>
/// package in a local folder, <c>dotnet tool install --tool-path</c> from there, and <c>compare</c> on the seeds, which
/// must print what the JIT CLI prints.
/// </summary>
/// <remarks>
/// NativeAOT needs a C compiler (clang or gcc) and zlib headers; without them the tests are ignored with that reason
/// (<c>.ci/run</c> installs both, and fails when a test was ignored). <c>.ci/run</c> packs the native tool once and
/// hands the folder over in <c>CLAIMCOMPARE_NATIVE_TOOL_FEED</c>; elsewhere the packages are made here, in a scratch
/// artifacts folder so the repository's own build output is left alone (minutes: the native compile is slow).
/// </remarks>
[Category("Packaging")]
[NonParallelizable]
public sealed class NativeToolSmokeTests
{
    private const string FeedVariable = "CLAIMCOMPARE_NATIVE_TOOL_FEED";
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(180);

    private DirectoryInfo _work = null!;
    private string _feed = null!;
    private string _version = null!;

    [OneTimeSetUp]
    public async Task PackOrReuseTheNativeTool()
    {
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.OSArchitecture != System.Runtime.InteropServices.Architecture.X64)
        {
            Assert.Ignore("the native tool package is built for linux-x64 only; NativeAOT cannot cross-compile to another OS");
        }

        _work = Directory.CreateTempSubdirectory("claimcompare-native-");
        if (Environment.GetEnvironmentVariable(FeedVariable) is { Length: > 0 } given
            && Directory.GetFiles(given, "ClaimCompare.Cli.linux-x64.*.nupkg") is [var packed])
        {
            _feed = given;
            _version = Path.GetFileNameWithoutExtension(packed)["ClaimCompare.Cli.linux-x64.".Length..];
            return;
        }

        if (MissingToolchain() is { } missing)
        {
            Assert.Ignore($"NativeAOT needs {missing} to compile and link the linux-x64 tool (.ci/run installs it with apt-get)");
        }

        _feed = Path.Combine(_work.FullName, "feed");
        _version = "0.0.0-native." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var tool = Path.Combine(TestRepository.Root, "src/ClaimCompare.Cli/ClaimCompare.Cli.csproj");
        var pointer = await ProcessRunner.DotnetAsync(
            ["pack", tool, "-c", TestRepository.Configuration, "--no-build", "-o", _feed, "-p:PackageVersion=" + _version],
            TestRepository.Root,
            StepTimeout);
        Assert.That(pointer.ExitCode, Is.Zero, pointer.ToString());
        var native = await ProcessRunner.DotnetAsync(
            ["pack", tool, "-c", TestRepository.Configuration, "-r", "linux-x64", "-o", _feed, "-p:PackageVersion=" + _version, "--artifacts-path", Path.Combine(_work.FullName, "artifacts")],
            TestRepository.Root,
            PackTimeout);
        Assert.That(native.ExitCode, Is.Zero, native.ToString());
        Assert.That(native.Output, Does.Not.Match(@": warning [A-Z]+\d+"), "the NativeAOT publish has no warning");
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
        foreach (var id in new[] { "claimcompare.cli", "claimcompare.cli.linux-x64" })
        {
            var cached = Path.Combine(cache, id, _version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }

            var idFolder = Path.Combine(cache, id);
            if (Directory.Exists(idFolder) && !Directory.EnumerateFileSystemEntries(idFolder).Any())
            {
                Directory.Delete(idFolder);
            }
        }
    }

    [Test]
    public async Task The_native_tool_installs_and_compare_seeds_prints_what_the_jit_cli_prints()
    {
        var tools = Path.Combine(_work.FullName, "tools");
        var install = await ProcessRunner.DotnetAsync(
            ["tool", "install", "--tool-path", tools, "--add-source", _feed, "--version", _version, "ClaimCompare.Cli"],
            _work.FullName,
            StepTimeout);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());

        // The native package carries the compiled executable and no managed assembly of ours.
        var store = Path.Combine(tools, ".store", "claimcompare.cli", _version);
        var installed = Directory.GetFiles(store, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.That(installed, Does.Contain("ClaimCompare.Cli").And.Not.Contain("ClaimCompare.Cli.dll"), string.Join("\n", installed));

        var run = await ProcessRunner.RunAsync(Path.Combine(tools, "claimcompare"), ["compare", TestRepository.SeedsDirectory], _work.FullName, StepTimeout);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var jitCode = await CliApp.RunAsync(["compare", TestRepository.SeedsDirectory], new StringReader(string.Empty), output, error);
        TestContext.Out.WriteLine($"native tool: install {install.Elapsed.TotalSeconds:0.0}s, run exit {run.ExitCode} in {run.Elapsed.TotalSeconds:0.00}s");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), "disagreements found\n" + run);
            Assert.That(jitCode, Is.EqualTo(1), error.ToString());
            Assert.That(run.Output, Is.EqualTo(output.ToString().ReplaceLineEndings("\n")), "the native tool prints what the JIT CLI prints");
        });
    }

    /// <summary>What NativeAOT lacks here to link on Linux, or null: a C compiler driver on PATH and zlib's header.</summary>
    private static string? MissingToolchain()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var compiler = new[] { "clang", "gcc" }.Any(name => path.Any(folder => File.Exists(Path.Combine(folder, name))));
        var zlib = File.Exists("/usr/include/zlib.h");
        return (compiler, zlib) switch
        {
            (false, false) => "a C compiler (clang or gcc) and zlib headers (zlib1g-dev)",
            (false, true) => "a C compiler (clang or gcc)",
            (true, false) => "zlib headers (zlib1g-dev)",
            _ => null,
        };
    }
}
