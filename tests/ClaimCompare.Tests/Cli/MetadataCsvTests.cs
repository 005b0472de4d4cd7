using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCompare.Cli;

namespace ClaimCompare.Tests.Cli;

/// <summary><c>compare --metadata FILE.csv</c>: the outlet, date and address of each article, and a clear error naming the line of a bad row.</summary>
public sealed class MetadataCsvTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "claimcompare-meta-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Metadata_fills_outlet_and_date_of_the_files_it_names()
    {
        var a = Write("a.txt", "Police said 7 people were killed in Kyiv on Monday.");
        Write("b.txt", "Officials said 9 people were killed in Kyiv on Monday.");
        // A quoted outlet holding a comma and a doubled quote (RFC 4180); b.txt by the path as typed, a.txt by file name.
        var csv = Write("meta.csv", "file,outlet,published,url\r\na.txt,\"TVC News, \"\"Nigeria\"\"\",2021-04-25,https://example.org/a\r\n" + Path.Combine(_folder, "b.txt") + ",,,\r\n");
        var (code, output, error) = await RunAsync("compare", a, Path.Combine(_folder, "b.txt"), "--metadata", csv, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.AnyOf(0, 1), error);
            Assert.That(documents["a.txt"].GetProperty("outlet").GetString(), Is.EqualTo("TVC News, \"Nigeria\""));
            Assert.That(documents["a.txt"].GetProperty("publishedOn").GetString(), Is.EqualTo("2021-04-25"));
            Assert.That(documents["b.txt"].GetProperty("outlet").ValueKind, Is.EqualTo(JsonValueKind.Null), "an empty cell means not known");
            Assert.That(error, Is.Empty);
        });
    }

    [Test]
    public void Every_column_reaches_the_document_including_the_address()
    {
        var csv = Write("meta.csv", "file,outlet,published,url\nfolder/a.txt,AP,2019-01-27,https://example.org/a?x=1\n");
        var inputs = new List<(string Path, Document Document)> { (Path.Combine(_folder, "folder", "a.txt"), new Document("a.txt", "text")) };
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var ok = MetadataCsv.TryApply(csv, inputs, error);
        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.True, error.ToString());
            Assert.That(inputs[0].Document.Outlet, Is.EqualTo("AP"));
            Assert.That(inputs[0].Document.PublishedOn, Is.EqualTo(new DateOnly(2019, 1, 27)));
            Assert.That(inputs[0].Document.Url, Is.EqualTo(new Uri("https://example.org/a?x=1")));
        });
    }

    [Test]
    public void A_quoted_field_may_span_lines_and_errors_count_the_lines_it_took()
    {
        var ok = MetadataCsv.TryParse("file,outlet,published,url\na.txt,\"Two\nlines\",,\nb.txt,X,yesterday,\n", out _, out var problem);
        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False);
            Assert.That(problem, Does.StartWith("4:").And.Contain("yesterday"));
        });
    }

    // Each row: CSV text, the line the message must name, and a word it must hold.
    private static readonly object[] BadFiles =
    [
        new object[] { "file,source,date,url\na.txt,,,\n", 1, "header" },                     // wrong header
        new object[] { string.Empty, 1, "header" },                                             // no header at all
        new object[] { "file,outlet,published,url\na.txt,AP,2019-02-30,\n", 2, "YYYY-MM-DD" }, // no such day
        new object[] { "file,outlet,published,url\na.txt,AP,27/01/2019,\n", 2, "YYYY-MM-DD" }, // another date order
        new object[] { "file,outlet,published,url\na.txt,AP,,\nzzz.txt,AP,,\n", 3, "zzz.txt" }, // a file not compared
        new object[] { "file,outlet,published,url\na.txt,AP\n", 2, "4 fields" },              // a short row
        new object[] { "file,outlet,published,url\na.txt,AP,,\na.txt,Reuters,,\n", 3, "line 2" }, // two rows for one file
        new object[] { "file,outlet,published,url\na.txt,AP,,not an address\n", 2, "url" },    // an address that is not one
        new object[] { "file,outlet,published,url\na.txt,\"AP,,\n", 2, "never closed" },        // an open quote
    ];

    [TestCaseSource(nameof(BadFiles))]
    public async Task A_bad_row_exits_2_naming_its_line(string csvText, int line, string word)
    {
        var a = Write("a.txt", "Police said 7 people were killed in Kyiv on Monday.");
        var csv = Write("meta.csv", csvText);
        var (code, output, error) = await RunAsync("compare", a, "--metadata", csv);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain($"meta.csv:{line}:").And.Contain(word));
            Assert.That(error, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public async Task Help_lists_the_option_so_the_evaluation_passes_it()
    {
        var (_, output, _) = await RunAsync("compare", "--help");
        Assert.That(output, Does.Contain("--metadata"));
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
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = await CliApp.RunAsync(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
