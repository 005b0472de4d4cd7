using System.CommandLine;
using ClaimCompare.Pipeline;
using ClaimCompare.Reporting;

namespace ClaimCompare.Cli;

/// <summary><c>claimcompare compare [FILES or FOLDERS...]</c>: the main job. Exit codes as <c>diff</c>: 0 none, 1 disagreements, 2 error.</summary>
internal static class CompareCommand
{
    // Progress is worth showing only when a run takes a while.
    private const int ProgressThreshold = 20;

    public static Command Create(CliIO io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (UTF-8 text) or folders of *.txt files.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json, markdown or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "html");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var metadata = new Option<string?>("--metadata") { Description = "A CSV with header file,outlet,published,url (published as YYYY-MM-DD; empty cells allowed) giving each article's outlet, date and address." };
        var command = new Command("compare", "Compares claims across articles and reports disagreements.") { paths, format, quiet, metadata };
        command.SetAction((parse, cancellationToken) => RunAsync(io, parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(quiet), parse.GetValue(metadata), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliIO io, string[] paths, string format, bool quiet, string? metadata, CancellationToken cancellationToken)
    {
        if (!InputFiles.TryReadAll(paths, io.Error, out var inputs))
        {
            return CliApp.ErrorExitCode;
        }

        if (metadata is not null && !MetadataCsv.TryApply(metadata, inputs, io.Error))
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

        var showProgress = !quiet && !Console.IsErrorRedirected && ReferenceEquals(io.Error, Console.Error) && documents.Count >= ProgressThreshold;
        var report = await ClaimComparer.Default
            .CompareAsync(documents, showProgress ? new ProgressReporter(io.Error) : null, cancellationToken)
            .ConfigureAwait(false);
        WriteDiagnostics(report, io.Error);
        ReportWriter.Write(report, ParseFormat(format), io.Output);
        await io.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return report.HasDisagreements ? 1 : 0;
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
