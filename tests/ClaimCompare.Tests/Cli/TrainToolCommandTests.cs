using ClaimCompare.Cli;

namespace ClaimCompare.Tests.Cli;

/// <summary>
/// <c>claimcompare train</c> runs the separately installed training tool: a clear exit 2 when it is absent, and its
/// output, errors and exit code passed through when present (the training project's app host is built into this test's
/// output, since the tests reference it).
/// </summary>
public sealed class TrainToolCommandTests
{
    private string _empty = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _empty = Path.Combine(Path.GetTempPath(), "claimcompare-train-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_empty);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_empty, recursive: true);

    [Test]
    public async Task Absent_tool_exits_2_and_says_how_to_install_it()
    {
        var (code, output, error) = await RunAsync(["--corpus", "dev", "--out", "m.json"], [_empty], _empty);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("claimcompare-train"));
            Assert.That(error, Does.Contain("dotnet tool install --global ClaimCompare.Training"));
        });
    }

    [Test]
    public void A_file_without_an_execute_bit_is_not_taken_for_the_tool()
    {
        File.WriteAllText(Path.Combine(_empty, "claimcompare-train"), "not a program");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(_empty, "claimcompare-train"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Assert.That(TrainToolCommand.Locate([_empty], null), Is.Null);
        }
    }

    [Test]
    public void The_tool_beside_claimcompare_comes_before_the_one_on_the_path()
    {
        var beside = TrainToolCommand.Locate([TestContext.CurrentContext.TestDirectory], _empty);
        Assert.That(beside, Is.Not.Null);
        Assert.That(Path.GetDirectoryName(beside), Is.EqualTo(Path.TrimEndingDirectorySeparator(TestContext.CurrentContext.TestDirectory)));
    }

    [Test]
    public async Task Present_tool_output_and_exit_code_pass_through()
    {
        var (code, output, error) = await RunAsync(["--help"], [TestContext.CurrentContext.TestDirectory], null);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.StartWith("usage: claimcompare-train"));
        });
    }

    [Test]
    public async Task Present_tool_errors_and_its_exit_code_pass_through()
    {
        var (code, output, error) = await RunAsync(["--no-such-option"], [TestContext.CurrentContext.TestDirectory], null);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("unknown or incomplete option: --no-such-option"));
        });
    }

    [Test]
    public async Task A_corpus_without_gold_is_one_line_and_exit_2_through_claimcompare()
    {
        var (code, output, error) = await RunAsync(["--corpus", _empty, "--out", Path.Combine(_empty, "m.json")], [TestContext.CurrentContext.TestDirectory], null);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error.Trim(), Does.StartWith("error: ").And.Contain("gold.json").And.Not.Contain(Environment.NewLine));
        });
    }

    [Test]
    public async Task Claimcompare_train_forwards_options_it_does_not_know_itself()
    {
        // The training tool's options are not claimcompare's: the command forwards them before its own parser sees them.
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(["train", "--help"], TextReader.Null, output, error);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error.ToString());
            Assert.That(output.ToString(), Does.StartWith("usage: claimcompare-train"));
        });
    }

    [Test]
    public async Task Claimcompare_help_lists_train()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        await CliApp.RunAsync(["--help"], TextReader.Null, output, error);
        Assert.That(output.ToString(), Does.Contain("train").And.Contain("claimcompare-train"));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] arguments, string[] directories, string? path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await TrainToolCommand.RunAsync(arguments, new CliIO(TextReader.Null, output, error), directories, path, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
