using System.Text;
using System.Text.Json;
using ClaimCompare.Cli;

namespace ClaimCompare.Tests.Cli;

/// <summary>The compare command on bad input: exit codes, one-line messages, and always a result or a clear error.</summary>
public sealed class CompareCommandTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "claimcompare-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Missing_file_exits_2_and_names_the_file()
    {
        var missing = Path.Combine(_folder, "nope.txt");
        var (code, output, error) = await RunAsync("compare", missing);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain(missing));
            Assert.That(output, Is.Empty);
            AssertNoStackTrace(error);
        });
    }

    [Test]
    public async Task Folder_expands_to_its_txt_files_only()
    {
        Write("a.txt", "Police said 7 people were killed in Kyiv on Monday.");
        Write("b.txt", "Officials said 9 people were killed in Kyiv on Monday.");
        Write("C.TXT", "Witnesses said 8 people were killed in Kyiv on Monday."); // upper-case extension: once dropped on Linux
        Write("notes.md", "Police said 100 people were killed.");
        var (code, output, error) = await RunAsync("compare", _folder, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var ids = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.EqualTo(new[] { "C.TXT", "a.txt", "b.txt" }));
            Assert.That(code, Is.AnyOf(0, 1));
            AssertNoStackTrace(error);
        });
    }

    [Test]
    public async Task Empty_file_gives_a_valid_empty_result()
    {
        var path = Write("empty.txt", string.Empty);
        var (code, output, error) = await RunAsync("compare", path, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(root.GetProperty("documents").GetArrayLength(), Is.EqualTo(1));
            Assert.That(root.GetProperty("claims").GetArrayLength(), Is.Zero);
            Assert.That(root.GetProperty("events").GetArrayLength(), Is.Zero);
            Assert.That(root.GetProperty("disagreements").GetArrayLength(), Is.Zero);
            Assert.That(root.GetProperty("unclassified").GetArrayLength(), Is.Zero);
            AssertNoStackTrace(error);
        });
    }

    [Test]
    public async Task Invalid_utf8_warns_and_still_gives_a_result()
    {
        var path = Path.Combine(_folder, "latin1.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("Police said 7 people were killed in Kyiv. Caf"), 0xE9, 0xFF, 0xC3, .. Encoding.UTF8.GetBytes(" 3 dead.")]);
        var (code, output, error) = await RunAsync("compare", path, "--format", "json");
        using var json = JsonDocument.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.AnyOf(0, 1));
            Assert.That(error, Does.Contain("warning").And.Contain("UTF-8").And.Contain("latin1.txt"));
            Assert.That(json.RootElement.GetProperty("documents").GetArrayLength(), Is.EqualTo(1));
            AssertNoStackTrace(error);
        });
    }

    [Test]
    public async Task Binary_input_gives_a_clear_warning_and_no_stack_trace()
    {
        var path = Path.Combine(_folder, "image.txt");
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes); // fixed seed: the same "binary file" on every run
        bytes[10] = 0;
        File.WriteAllBytes(path, bytes);
        var (code, output, error) = await RunAsync("compare", path, "--format", "json");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.AnyOf(0, 1, 2));
            Assert.That(error, Does.Contain("binary").And.Contain("image.txt"));
            AssertNoStackTrace(error);
        });
        if (code != 2)
        {
            Assert.That(() => JsonDocument.Parse(output).Dispose(), Throws.Nothing);
        }
    }

    [Test]
    public async Task Disagreements_exit_1_and_agreement_exits_0()
    {
        var a = Write("a.txt", "Police said at least 40 people were killed in an attack in Kyiv on Monday.");
        var b = Write("b.txt", "Officials said 3 people were killed in an attack in Kyiv on Monday.");
        var c = Write("c.txt", "Police said at least 40 people were killed in an attack in Kyiv on Monday.");
        var (conflict, _, error1) = await RunAsync("compare", a, b);
        var (agreement, _, error2) = await RunAsync("compare", a, c);
        Assert.Multiple(() =>
        {
            Assert.That(conflict, Is.EqualTo(1), "40+ against 3 is a disagreement");
            Assert.That(agreement, Is.Zero, "the same claim twice is no disagreement");
            AssertNoStackTrace(error1);
            AssertNoStackTrace(error2);
        });
    }

    // Each row: arguments that must fail cleanly with exit 2 and a one-line message.
    private static readonly object[] UsageErrors =
    [
        new object[] { new[] { "compare" } },                             // no paths at all
        new object[] { new[] { "compare", "--format", "xml", "x.txt" } }, // an unknown format
        new object[] { new[] { "frobnicate" } },                          // an unknown command
    ];

    [TestCaseSource(nameof(UsageErrors))]
    public async Task Usage_errors_exit_2_without_a_stack_trace(string[] args)
    {
        var (code, _, error) = await RunAsync(args);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Not.Zero);
            AssertNoStackTrace(error);
        });
    }

    [Test]
    public async Task Every_format_writes_a_report_for_hostile_text()
    {
        var path = Write("hostile.txt", "<script>alert(1)</script> \uD800 \"\"\" (((( 5 killed )))) " + new string('9', 5000) + " people died.\0");
        foreach (var format in new[] { "text", "json", "markdown", "html" })
        {
            var (code, output, error) = await RunAsync("compare", path, "--format", format);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.AnyOf(0, 1), format);
                Assert.That(output, Is.Not.Empty, format);
                AssertNoStackTrace(error);
            });
            if (string.Equals(format, "html", StringComparison.Ordinal))
            {
                Assert.That(output, Does.Not.Contain("<script>alert"), "article text is HTML-encoded");
            }
        }
    }

    [Test]
    public void Limits_hit_while_reading_are_warned_on_stderr_in_every_format()
    {
        // A 64-million-character document is too slow for this suite; the report it would give is built by hand.
        var report = new ComparisonReport(
            [new DocumentSummary("big.txt", null, null, 0, ["document truncated: read 67,108,864 of 70,000,000 characters (MaxDocumentLength)"]), new DocumentSummary("small.txt", null, null, 0, [])],
            [],
            [],
            [],
            []);
        using var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CompareCommand.WriteDiagnostics(report, error);
        Assert.That(error.ToString(), Is.EqualTo("warning: 'big.txt': document truncated: read 67,108,864 of 70,000,000 characters (MaxDocumentLength)" + Environment.NewLine));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var input = new StringReader(string.Empty);
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var code = await CliApp.RunAsync(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static void AssertNoStackTrace(string error) =>
        Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "stderr shows a stack trace");
}
