using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCompare.Cli;
using ClaimCompare.Cli.Input;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ClaimCompare.Tests.Cli;

/// <summary>
/// Articles as users have them: each kind of input gives the exit code and the claims a user expects, and an input
/// that cannot be compared is an error, never "no disagreement" with exit 0.
/// </summary>
public sealed class InputKindTests
{
    private const string Forty = "Police said at least 40 people were killed in an attack in Kyiv on Monday.";
    private const string Three = "Officials said 3 people were killed in an attack in Kyiv on Monday.";

    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "claimcompare-input-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    // Each row: an encoding with its byte-order mark, as Windows editors and PowerShell's ">" write them.
    private static readonly object[] Encodings =
    [
        new object[] { "UTF-8 with BOM", new UTF8Encoding(true) },
        new object[] { "UTF-16 LE", new UnicodeEncoding(bigEndian: false, byteOrderMark: true) },
        new object[] { "UTF-16 BE", new UnicodeEncoding(bigEndian: true, byteOrderMark: true) },
        new object[] { "UTF-32 LE", new UTF32Encoding(bigEndian: false, byteOrderMark: true) },
        new object[] { "UTF-32 BE", new UTF32Encoding(bigEndian: true, byteOrderMark: true) },
    ];

    [TestCaseSource(nameof(Encodings))]
    public async Task A_file_with_a_byte_order_mark_keeps_its_conflict(string name, Encoding encoding)
    {
        var a = WriteBytes("a.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Forty)]);
        var b = WriteBytes("b.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Three)]);
        var (code, output, error) = await RunAsync("compare", a, b, "--format", "json");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1), name + ": 40+ against 3 is a disagreement");
            Assert.That(Claims(output, "killed"), Is.EquivalentTo(new[] { "a.txt 40-", "b.txt 3-3" }), name);
            Assert.That(error, Is.Empty, name);
        });
    }

    [Test]
    public async Task Utf16_without_a_byte_order_mark_is_read_with_a_warning_never_silently()
    {
        // Issue 18, item 4: UTF-16 without a BOM gave 0 claims and exit 0 without a word. No reader can tell it from
        // binary for sure, so the tool reads it as UTF-8 and says why the result may be empty.
        var a = WriteBytes("a.txt", new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(Forty));
        var (_, _, error) = await RunAsync("compare", a, "--format", "json");
        Assert.That(error, Does.Contain("a.txt").And.Contain("looks binary").And.Contain("byte-order mark"));
    }

    [TestCaseSource(nameof(Encodings))]
    public void The_tool_decodes_as_Document_FromFile_does(string name, Encoding encoding)
    {
        var path = WriteBytes("x.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Caf\u00e9 \U0001F600 " + Forty)]);
        using var stream = File.OpenRead(path);
        var decoded = TextDecoder.Read(stream, int.MaxValue);
        Assert.Multiple(() =>
        {
            Assert.That(decoded.Text, Is.EqualTo(Document.FromFile(path).Text), name);
            Assert.That(decoded.InvalidSequences, Is.Zero, name);
        });
    }

    [Test]
    public void Invalid_bytes_become_what_the_library_makes_of_them_and_are_counted()
    {
        var path = WriteBytes("latin1.txt", [.. Encoding.UTF8.GetBytes("Caf"), 0xE9, 0x20, 0xFF, 0xC3, .. Encoding.UTF8.GetBytes(" 3 dead.")]);
        using var stream = File.OpenRead(path);
        var decoded = TextDecoder.Read(stream, int.MaxValue);
        Assert.Multiple(() =>
        {
            Assert.That(decoded.Text, Is.EqualTo(Document.FromFile(path).Text));
            Assert.That(decoded.InvalidSequences, Is.EqualTo(3));
        });
    }

    [Test]
    public void Reading_stops_at_the_limit_on_an_endless_stream()
    {
        using var endless = new EndlessStream((byte)'a');
        var decoded = TextDecoder.Read(endless, 100_000);
        Assert.Multiple(() =>
        {
            Assert.That(decoded.Text, Has.Length.EqualTo(100_000));
            Assert.That(decoded.Truncated, Is.True);
        });
    }

    [Test]
    public void A_file_past_the_limit_is_read_in_part_with_a_warning()
    {
        var path = Write("long.txt", Forty + " " + new string('x', 5000));
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var ok = InputFiles.TryReadAll([path], InputFiles.Options.Default with { MaxChars = 1000 }, error, out var inputs);
        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.True);
            Assert.That(inputs.Single().Document.Text, Has.Length.EqualTo(1000));
            Assert.That(error.ToString(), Does.Contain("long.txt").And.Contain("MaxDocumentLength"));
        });
    }

    [Test]
    public async Task An_html_page_gives_its_article_not_its_scripts_menus_or_footer()
    {
        var page = Write("page.html", Page(Forty + " Officials said 12 people were injured and taken to hospitals across the city."));
        var (code, output, error) = await RunAsync("compare", page, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(Claims(output, "killed"), Is.All.EqualTo("page.html 40-"), "nothing from the script (1000), the menu (900) or the footer (3)");
            Assert.That(Claims(output, "injured"), Is.EqualTo(new[] { "page.html 12-12" }));
            Assert.That(document.GetProperty("outlet").GetString(), Is.EqualTo("Daily Example"));
            Assert.That(document.GetProperty("publishedOn").GetString(), Is.EqualTo("2024-03-04"));
        });
    }

    [Test]
    public async Task An_html_page_saved_as_txt_is_recognised()
    {
        var a = Write("a.txt", Page(Forty));
        var b = Write("b.txt", Three);
        var (code, output, _) = await RunAsync("compare", a, b, "--format", "json");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(Claims(output, "killed"), Does.Not.Contain("a.txt 1000-1000").And.Contain("b.txt 3-3").And.Contain("a.txt 40-"));
        });
    }

    [Test]
    public async Task A_pdf_is_read_through_its_text_layer()
    {
        var a = WriteBytes("a.pdf", Pdf(Forty));
        var b = WriteBytes("b.pdf", Pdf(Three));
        var (code, output, error) = await RunAsync("compare", a, b, "--format", "json");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1), error);
            Assert.That(Claims(output, "killed"), Is.EquivalentTo(new[] { "a.pdf 40-", "b.pdf 3-3" }));
        });
    }

    [Test]
    public async Task A_damaged_pdf_is_a_clear_error()
    {
        var bad = WriteBytes("bad.pdf", [.. "%PDF-1.7\n"u8, .. new byte[300]]);
        var (code, output, error) = await RunAsync("compare", bad);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("bad.pdf").And.Contain("PDF"));
            AssertNoStackTrace(error);
        });
    }

    [Test]
    public async Task Json_lines_give_one_article_per_line_with_their_metadata()
    {
        var feed = Write(
            "feed.jsonl",
            "{\"title\":\"Attack in Kyiv\",\"text\":\"" + Forty + "\",\"source\":\"Example Wire\",\"date\":\"2024-03-04 10:00:00\",\"url\":\"https://example.org/1\"}\n"
            + "\n"
            + "{\"text\":\"" + Three + "\",\"outlet\":\"Example Times\",\"published\":\"2024-03-05\"}\n");
        var (code, output, error) = await RunAsync("compare", feed, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("outlet").GetString()} {d.GetProperty("publishedOn").GetString()}").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1), error);
            Assert.That(documents, Is.EqualTo(new[] { "feed.jsonl#1 Example Wire 2024-03-04", "feed.jsonl#3 Example Times 2024-03-05" }));
            Assert.That(Claims(output, "killed"), Is.EquivalentTo(new[] { "feed.jsonl#1 40-", "feed.jsonl#3 3-3" }));
        });
    }

    [Test]
    public async Task A_json_lines_line_that_is_not_json_is_an_error_naming_the_line()
    {
        var feed = Write("feed.jsonl", "{\"text\":\"" + Forty + "\"}\n{not json\n");
        var (code, _, error) = await RunAsync("compare", feed);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("feed.jsonl:2"));
            AssertNoStackTrace(error);
        });
    }

    [Test]
    public async Task An_empty_folder_compares_nothing_and_exits_2()
    {
        var (code, output, error) = await RunAsync("compare", _folder);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("nothing to compare"));
        });
    }

    [Test]
    public async Task A_folder_of_unsupported_files_says_what_it_skipped_and_exits_2()
    {
        Write("notes.md", Forty);
        Write("story.docx", Three);
        var (code, _, error) = await RunAsync("compare", _folder);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("2 file(s) of other types").And.Contain(".docx").And.Contain("nothing to compare"));
        });
    }

    [Test]
    public async Task A_nested_folder_is_read_with_recursive_and_reported_without_it()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "kyiv"));
        Write(Path.Combine("kyiv", "a.txt"), Forty);
        Write(Path.Combine("kyiv", "b.txt"), Three);
        var (flatCode, _, flatError) = await RunAsync("compare", _folder);
        var (code, output, error) = await RunAsync("compare", "--recursive", _folder, "--format", "json");
        Assert.Multiple(() =>
        {
            Assert.That(flatCode, Is.EqualTo(2), "nothing at the top level: nothing compared");
            Assert.That(flatError, Does.Contain("1 subfolder(s) not read (kyiv)").And.Contain("--recursive"));
            Assert.That(code, Is.EqualTo(1), error);
            Assert.That(Claims(output, "killed"), Is.EquivalentTo(new[] { "kyiv/a.txt 40-", "kyiv/b.txt 3-3" }));
        });
    }

    [Test]
    public async Task A_fifo_is_refused_without_being_opened()
    {
        var fifo = Path.Combine(_folder, "pipe.txt");
        MakeFifo(fifo);
        // Opening a FIFO with no writer would block forever: the guard turns a hang into a failure, it times nothing.
        var run = RunAsync("compare", fifo);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1)));
        Assert.That(finished, Is.SameAs(run), "compare blocked on a FIFO");
        var (code, _, error) = await run;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("pipe.txt").And.Contain("FIFO").And.Contain("not a regular file"));
        });
    }

    [Test]
    public async Task A_link_to_dev_zero_is_refused()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Ignore("no /dev/zero on this system");
        }

        var link = Path.Combine(_folder, "zero.txt");
        File.CreateSymbolicLink(link, "/dev/zero");
        var (code, _, error) = await RunAsync("compare", link);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("zero.txt").And.Contain("character device"));
        });
    }

    [Test]
    public async Task Standard_input_is_named_with_a_dash()
    {
        var b = Write("b.txt", Three);
        var (code, output, _) = await RunWithInputAsync(Forty, "compare", "-", b, "--format", "json");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(Claims(output, "killed"), Is.EquivalentTo(new[] { "stdin 40-", "b.txt 3-3" }));
        });
    }

    [Test]
    public async Task An_unknown_option_is_an_error_with_a_suggestion_not_a_missing_file()
    {
        var a = Write("a.txt", Forty);
        var (code, output, error) = await RunAsync("compare", "--fromat", "json", a);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("unknown option '--fromat'").And.Contain("did you mean '--format'"));
            Assert.That(error, Does.Not.Contain("no such file"));
        });
    }

    [Test]
    public async Task A_dash_path_after_double_dash_is_a_file()
    {
        var (code, _, error) = await RunAsync("compare", "--", "-weird.txt");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(error, Does.Contain("no such file or folder: '-weird.txt'"));
        });
    }

    [Test]
    public async Task Format_names_match_in_any_case_and_output_goes_to_the_named_file()
    {
        var a = Write("a.txt", Forty);
        var target = Path.Combine(_folder, "report.json");
        var (code, output, error) = await RunAsync("compare", a, "-f", "JSON", "-o", target);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Is.Empty, "the report goes to the file, not standard output");
            Assert.That(Claims(File.ReadAllText(target), "killed"), Is.EqualTo(new[] { "a.txt 40-" }));
            Assert.That(Directory.GetFiles(_folder, "*.tmp"), Is.Empty, "no temporary file is left behind");
        });
    }

    [Test]
    public async Task Json_is_compact_by_default_and_indented_with_indent_saying_the_same()
    {
        var a = Write("a.txt", Forty);
        var (compactCode, compact, _) = await RunAsync("compare", a, "-f", "json");
        var (indentedCode, indented, error) = await RunAsync("compare", a, "-f", "json", "--indent");
        Assert.Multiple(() =>
        {
            Assert.That(indentedCode, Is.EqualTo(compactCode), error);
            Assert.That(compact.TrimEnd('\n'), Does.Not.Contain('\n'), "compact JSON is one line");
            Assert.That(indented, Does.StartWith("{\n  \"schemaVersion\": 3,\n"), "two spaces a level, \\n line ends");
            Assert.That(Claims(indented, "killed"), Is.EqualTo(Claims(compact, "killed")), "the same report either way");
        });
    }

    /// <summary>The claims of one kind as "document low-high" (an open bound is left empty).</summary>
    private static string[] Claims(string json, string kind)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("claims").EnumerateArray()
            .Where(c => string.Equals(c.GetProperty("kind").GetString(), kind, StringComparison.Ordinal))
            .Select(c => $"{c.GetProperty("document").GetString()} {Bound(c.GetProperty("low"))}-{Bound(c.GetProperty("high"))}")];
    }

    private static string Bound(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble().ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A news page with everything a reader must drop: a script, a style, a menu and a footer that hold numbers.</summary>
    private static string Page(string article) => $"""
        <!DOCTYPE html>
        <html><head><title>Attack in Kyiv | Daily Example</title>
        <meta property="og:site_name" content="Daily Example">
        <meta property="article:published_time" content="2024-03-04T09:00:00Z">
        <style>body {"{"} font-family: serif; {"}"}</style>
        <script>var headline = "1000 people were killed";</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/x">Top story: 900 people were killed in a flood</a></nav>
        <article>
        <h1>Attack in Kyiv</h1>
        <p>{article}</p>
        <p>Rescue workers searched the rubble of a five-storey building through the night, and the city's mayor said the search would go on until every resident was found.</p>
        <p>The attack came hours after air-raid sirens sounded across the country, and residents sheltered in metro stations until the early morning.</p>
        </article>
        <footer>Copyright 2024 Daily Example. 3 people were killed in a footer.</footer>
        </body></html>
        """;

    /// <summary>A one-page PDF with a text layer, made by PdfPig's own builder.</summary>
    private static byte[] Pdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText(text, 10, new PdfPoint(25, 700), font);
        return builder.Build();
    }

    private static void MakeFifo(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Ignore("FIFOs are a Unix file type");
        }

        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    private static async Task<(int Code, string Output, string Error)> RunWithInputAsync(string standardInput, params string[] args)
    {
        using var input = new StringReader(standardInput);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = await CliApp.RunAsync(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static void AssertNoStackTrace(string error) =>
        Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "stderr shows a stack trace");

    /// <summary>A stream that never ends, as a device such as /dev/zero reads.</summary>
    private sealed class EndlessStream(byte value) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(value);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
