using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCompare.Tests.Api;

namespace ClaimCompare.Tests.Samples;

/// <summary>
/// samples/quickstart.ipynb stays runnable: its code cells, with the kernel magics (#r, #i, #!) stripped and
/// the file-based-app directives prepended, run as one app. <c>display</c> is shimmed the way the kernel
/// formats text/plain: through the type's TypeFormatterSourceAttribute, found by name.
/// </summary>
[Category("Samples")]
[NonParallelizable]
public sealed class NotebookTests
{
    private const string DisplayShim = """

        static void display(object? value)
        {
            if (value is null)
            {
                Console.WriteLine("<null>");
                return;
            }

            // What the kernel does: the formatter source named by an attribute called TypeFormatterSourceAttribute.
            var attribute = value.GetType().GetCustomAttributes(true).FirstOrDefault(a => a.GetType().Name == "TypeFormatterSourceAttribute");
            if (attribute is not null)
            {
                var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
                var source = Activator.CreateInstance(sourceType)!;
                foreach (var formatter in (System.Collections.IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!)
                {
                    if ((string)formatter.GetType().GetProperty("MimeType")!.GetValue(formatter)! == "text/plain")
                    {
                        var writer = new StringWriter();
                        formatter.GetType().GetMethod("Format", new[] { typeof(object), typeof(TextWriter) })!.Invoke(formatter, new object[] { value, writer });
                        Console.WriteLine("[display text/plain] " + writer);
                        return;
                    }
                }
            }

            Console.WriteLine("[display] " + value);
        }
        """;

    [Test]
    public async Task Notebook_code_cells_run_as_a_file_based_app()
    {
        var notebook = Path.Combine(TestRepository.Root, "samples", "quickstart.ipynb");
        var code = ExtractCode(notebook);
        Assert.That(code, Does.Contain("ClaimComparer.Compare(documents)"));

        var directory = Directory.CreateTempSubdirectory("claimcompare-notebook-");
        try
        {
            // Outside the repository on purpose: the repository's analyzers are for the library, not for notebook code.
            var app = Path.Combine(directory.FullName, "quickstart_notebook.cs");
            var project = Path.Combine(TestRepository.Root, "src", "ClaimCompare", "ClaimCompare.csproj");
            await File.WriteAllTextAsync(app, "#:property PublishAot=false\n#:project " + project + "\n" + code + DisplayShim);

            // The notebook's working folder is its own: ../seeds resolves from samples/.
            var result = await ProcessRunner.DotnetAsync(["run", "-c", TestRepository.Configuration, app], Path.Combine(TestRepository.Root, "samples"), TimeSpan.FromSeconds(240));
            TestContext.Out.WriteLine($"notebook: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:0.0}s");
            var report = ClaimComparer.Compare(TestRepository.Seeds());

            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Output, Does.Contain("[display text/plain] " + (report.HasDisagreements ? "Most severe: " : "No disagreement found.")), "the report shown through its formatter");
            foreach (var disagreement in report.Disagreements)
            {
                Assert.That(result.Output, Does.Contain("[display text/plain] " + disagreement), "each disagreement shown through its formatter");
            }

            Assert.That(result.Output, Does.Contain("quickstart-report.html: ").And.Contain(report.Events.Count.ToString(CultureInfo.InvariantCulture) + " events"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Notebook_is_a_csharp_notebook_that_references_the_package()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestRepository.Root, "samples", "quickstart.ipynb")));
        var kernel = json.RootElement.GetProperty("metadata").GetProperty("kernelspec");
        Assert.That(kernel.GetProperty("language").GetString(), Is.EqualTo("C#"));
        Assert.That(json.RootElement.GetProperty("nbformat").GetInt32(), Is.EqualTo(4));
        Assert.That(Cells(json, "code").First(), Does.Contain("#r \"nuget: ClaimCompare"));
        Assert.That(Cells(json, "markdown"), Is.Not.Empty, "the notebook tells a story, not just code");
    }

    /// <summary>The code cells, joined, without the kernel's magic commands.</summary>
    internal static string ExtractCode(string notebookPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(notebookPath));
        var builder = new StringBuilder();
        foreach (var cell in Cells(json, "code"))
        {
            foreach (var line in cell.Split('\n'))
            {
                var trimmed = line.TrimStart();
                if (!trimmed.StartsWith("#r ", StringComparison.Ordinal) && !trimmed.StartsWith("#i ", StringComparison.Ordinal) && !trimmed.StartsWith("#!", StringComparison.Ordinal))
                {
                    builder.Append(line).Append('\n');
                }
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static List<string> Cells(JsonDocument json, string type) =>
        [.. json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => string.Equals(c.GetProperty("cell_type").GetString(), type, StringComparison.Ordinal))
            .Select(c => c.GetProperty("source") is { ValueKind: JsonValueKind.Array } source ? string.Concat(source.EnumerateArray().Select(s => s.GetString())) : c.GetProperty("source").GetString() ?? string.Empty)];
}
