using System.CommandLine;
using System.Text;
using ClaimCompare.Pipeline;
using ClaimCompare.Reporting;

namespace ClaimCompare.Cli;

/// <summary><c>claimcompare compare [FILES or FOLDERS...]</c>: the main job. Exit codes as <c>diff</c>: 0 none, 1 disagreements, 2 error.</summary>
internal static class CompareCommand
{
    // Progress is worth showing only when a run takes a while.
    private const int ProgressThreshold = 20;

    /// <summary>The report formats, by the names a user types (any letter case).</summary>
    internal static readonly string[] FormatNames = ["text", "json", "markdown", "html"];

    public static Command Create(CliIO io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Articles: .txt (UTF-8, or UTF-16/32 with a byte-order mark), .html/.htm pages, .pdf, .jsonl (one article per line); folders of them; - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = FormatOption(FormatNames, "text");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var metadata = new Option<string?>("--metadata") { Description = "A CSV with header file,outlet,published,url (published as YYYY-MM-DD; empty cells allowed) giving each article's outlet, date and address." };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Read folders with their subfolders." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var indent = new Option<bool>("--indent") { Description = "Indent JSON (two spaces a level) for reading by eye; compact by default. Other formats ignore it." };
        var command = new Command("compare", "Compares claims across articles and reports disagreements.") { paths, format, quiet, metadata, recursive, output, indent };
        command.SetAction((parse, cancellationToken) => RunAsync(
            io,
            new Request(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(quiet), parse.GetValue(metadata), parse.GetValue(recursive), parse.GetValue(output), parse.GetValue(indent)),
            cancellationToken));
        return command;
    }

    /// <summary>A <c>--format</c> option whose names are matched in any letter case ("JSON" is json).</summary>
    internal static Option<string> FormatOption(string[] names, string defaultName)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", names) + ".",
            DefaultValueFactory = _ => defaultName,
            CustomParser = result => result.Tokens.Count == 0 ? defaultName : result.Tokens[^1].Value.ToLowerInvariant(),
        };
        format.CompletionSources.Add(names);
        format.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!names.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"unknown format '{value}'; use one of: {string.Join(", ", names)}");
            }
        });
        return format;
    }

    /// <summary>What one <c>compare</c> run was asked to do.</summary>
    private sealed record Request(string[] Paths, string Format, bool Quiet, string? Metadata, bool Recursive, string? Output, bool Indent);

    private static async Task<int> RunAsync(CliIO io, Request request, CancellationToken cancellationToken)
    {
        var options = InputFiles.Options.Default with { Recursive = request.Recursive, StandardInput = io.Input };
        if (!InputFiles.TryReadAll(request.Paths, options, io.Error, out var inputs))
        {
            return CliApp.ErrorExitCode;
        }

        if (inputs.Count == 0)
        {
            await io.Error.WriteLineAsync("error: nothing to compare: no article was found in " + string.Join(", ", request.Paths.Select(p => "'" + p + "'"))).ConfigureAwait(false);
            return CliApp.ErrorExitCode;
        }

        if (request.Metadata is not null && !MetadataCsv.TryApply(request.Metadata, inputs, io.Error))
        {
            return CliApp.ErrorExitCode;
        }

        var documents = inputs.ConvertAll(i => i.Document);
        var duplicate = documents.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            await io.Error.WriteLineAsync($"error: two inputs share the file name '{duplicate.Key}'; names must be unique").ConfigureAwait(false);
            return CliApp.ErrorExitCode;
        }

        var showProgress = !request.Quiet && !Console.IsErrorRedirected && ReferenceEquals(io.Error, Console.Error) && documents.Count >= ProgressThreshold;
        var report = await ClaimComparer.Default
            .CompareAsync(documents, showProgress ? new ProgressReporter(io.Error) : null, cancellationToken)
            .ConfigureAwait(false);
        WriteDiagnostics(report, io.Error);
        var layout = request.Indent ? new ReportWriterOptions { Indented = true } : ReportWriterOptions.Default;
        if (request.Output is null)
        {
            ReportWriter.Write(report, ParseFormat(request.Format), io.Output, layout);
            await io.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            WriteToFile(report, ParseFormat(request.Format), request.Output, layout);
        }

        return report.HasDisagreements ? 1 : 0;
    }

    /// <summary>
    /// Writes the report to a file next to the target and moves it into place, so a failure half-way never
    /// leaves a cut report under the name the user asked for.
    /// </summary>
    private static void WriteToFile(ComparisonReport report, ReportFormat format, string path, ReportWriterOptions layout)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                ReportWriter.Write(report, format, writer, layout);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Writes each document's diagnostics (a document cut at MaxDocumentLength, a claim limit reached) to
    /// standard error: only the JSON report carries them, and a text report must not hide that an input was
    /// read only in part.
    /// </summary>
    internal static void WriteDiagnostics(ComparisonReport report, TextWriter error)
    {
        foreach (var document in report.Documents)
        {
            foreach (var diagnostic in document.Diagnostics)
            {
                error.WriteLine($"warning: '{document.Id}': {diagnostic}");
            }
        }
    }

    private static ReportFormat ParseFormat(string format) => format switch
    {
        "json" => ReportFormat.Json,
        "markdown" => ReportFormat.Markdown,
        "html" => ReportFormat.Html,
        _ => ReportFormat.Text,
    };
}
