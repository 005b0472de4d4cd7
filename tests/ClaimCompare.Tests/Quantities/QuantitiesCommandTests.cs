using ClaimCompare.Cli;

namespace ClaimCompare.Tests.Quantities;

public sealed class QuantitiesCommandTests
{
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
}
