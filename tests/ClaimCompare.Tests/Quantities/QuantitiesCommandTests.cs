using System.Text;
using ClaimCompare.Cli;

namespace ClaimCompare.Tests.Quantities;

public sealed class QuantitiesCommandTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    // Each row: the bytes of a file, what standard error must say about it (empty: nothing), and the
    // first quantity's start, which shows the text still reaches the recogniser and where offsets count from.
    private static readonly object[] FileEncodings =
    [
        new object[] { Encoding.UTF8.GetBytes("Police said 7 died."), string.Empty, 12 },                      // clean UTF-8: silent
        new object[] { (byte[])[.. Bom, .. Encoding.UTF8.GetBytes("7 died.")], string.Empty, 0 },               // a BOM is not text: offsets count after it
        new object[] { (byte[])[.. Encoding.UTF8.GetBytes("Caf"), 0xE9, .. Encoding.UTF8.GetBytes(" 7 died.")], "is not valid UTF-8", 5 }, // Latin-1 byte: one U+FFFD, a warning, still a result
        new object[] { (byte[])[0, .. Encoding.UTF8.GetBytes(" 7 died.")], "looks binary", 2 },                  // a NUL byte: warned as binary, read anyway
    ];

    [TestCaseSource(nameof(FileEncodings))]
    public async Task Files_are_read_as_compare_reads_them(byte[] bytes, string warning, int start)
    {
        var folder = Directory.CreateTempSubdirectory("claimcompare-quantities-");
        try
        {
            var path = Path.Combine(folder.FullName, "input.txt");
            await File.WriteAllBytesAsync(path, bytes);
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await CliApp.RunAsync(["quantities", path], new StringReader(string.Empty), output, error);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.Zero);
                Assert.That(output.ToString(), Does.Contain($"\"start\":{start},"));
                Assert.That(error.ToString(), warning.Length == 0 ? Is.Empty : Does.Contain("warning").And.Contain(warning).And.Contain(path));
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task A_folder_gives_its_txt_files_in_order()
    {
        var folder = Directory.CreateTempSubdirectory("claimcompare-quantities-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "b.txt"), "9 died");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a.txt"), "3 died");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "notes.md"), "5 died");
            var output = new StringWriter();
            var code = await CliApp.RunAsync(["quantities", folder.FullName, "--format", "text"], new StringReader(string.Empty), output, new StringWriter());
            var files = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(FileOfTextLine);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.Zero);
                Assert.That(files, Is.EqualTo(new[] { "a.txt", "b.txt" }));
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Lines_with_files_is_a_usage_error_not_a_silent_drop()
    {
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["quantities", "--lines", "some.txt"], new StringReader("3 died\n"), new StringWriter(), error);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error.ToString(), Does.Contain("--lines"));
        });
    }

    [Test]
    public async Task Lines_writes_exactly_one_json_line_per_input_line()
    {
        var input = new StringReader("At least 22 people died.\n\nThe 22-year-old was hurt.\nBetween 25 and 50 died.\n");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["quantities", "--lines"], input, output, error);
        var lines = output.ToString().Split('\n', StringSplitOptions.None)[..^1];
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error.ToString());
            Assert.That(lines, Is.EqualTo(new[]
            {
                """{"quantities":[{"text":"At least 22","start":0,"end":11,"value":22,"low":22,"high":null,"hedge":"atLeast","count":true}]}""",
                """{"quantities":[]}""",
                """{"quantities":[{"text":"22","start":4,"end":6,"value":22,"low":22,"high":22,"hedge":"none","count":false}]}""",
                """{"quantities":[{"text":"Between 25 and 50","start":0,"end":17,"value":null,"low":25,"high":50,"hedge":"range","count":true}]}""",
            }));
        });
    }

    [Test]
    public async Task Lines_reads_offsets_per_line_not_per_input()
    {
        var output = new StringWriter();
        await CliApp.RunAsync(["quantities", "--lines"], new StringReader("x\nkilled 3 people\n"), output, new StringWriter());
        Assert.That(output.ToString(), Does.Contain("\"start\":7,\"end\":8"));
    }

    [Test]
    public async Task Missing_file_is_named_on_stderr_with_exit_code_2()
    {
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["quantities", "no-such-file.txt"], new StringReader(string.Empty), new StringWriter(), error);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error.ToString(), Does.Contain("no-such-file.txt"));
        });
    }

    [Test]
    public async Task Files_are_read_and_text_format_lists_intervals()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "seeds", "001_175442fad59b652b.txt");
        var output = new StringWriter();
        var code = await CliApp.RunAsync(["quantities", path, "--format", "text"], new StringReader(string.Empty), output, new StringWriter());
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(output.ToString(), Does.Contain("\"at least 22\" [22, ∞) AtLeast People"));
        });
    }

    [Test]
    public async Task Standard_input_without_lines_is_one_document()
    {
        var output = new StringWriter();
        await CliApp.RunAsync(["quantities"], new StringReader("Up to a handful\nof people died"), output, new StringWriter());
        Assert.That(output.ToString().TrimEnd(), Is.EqualTo("""{"quantities":[{"text":"Up to a handful","start":0,"end":15,"value":null,"low":0,"high":5,"hedge":"atMost","count":true}]}"""));
    }

    // A text line is "path:start-end<TAB>description"; the path may itself hold a colon (C:\).
    private static string FileOfTextLine(string line)
    {
        var where = line[..line.IndexOf('\t', StringComparison.Ordinal)];
        return Path.GetFileName(where[..where.LastIndexOf(':')]);
    }
}
