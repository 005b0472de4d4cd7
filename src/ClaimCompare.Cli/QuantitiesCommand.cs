using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCompare.Quantities;

namespace ClaimCompare.Cli;

/// <summary>
/// <c>claimcompare quantities [FILES or FOLDERS...] [--format json|text] [--lines]</c>: prints the number
/// phrases the recogniser reads, with their intervals. Files are read as <c>compare</c> reads them (same
/// warnings, same errors). With <c>--lines</c> every line of standard input is its own text and gets
/// exactly one output line.
/// </summary>
internal static class QuantitiesCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliIO io)
    {
        var files = new Argument<string[]>("files") { Description = "Text files (UTF-8) or folders of *.txt files; standard input when none is given.", Arity = ArgumentArity.ZeroOrMore };
        var format = CompareCommand.FormatOption(["json", "text"], "json");
        var lines = new Option<bool>("--lines") { Description = "Read standard input line by line; write one JSON line per input line." };
        var command = new Command("quantities", "Lists the number phrases in texts and the intervals they state.") { files, format, lines };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var recognizer = new QuantityRecognizer();
            var asText = string.Equals(parseResult.GetValue(format), "text", StringComparison.Ordinal);
            var paths = parseResult.GetValue(files) ?? [];
            if (parseResult.GetValue(lines))
            {
                if (paths.Length > 0)
                {
                    // Reading standard input while files were named would drop the files without a word.
                    await io.Error.WriteLineAsync("error: --lines reads standard input; name no files with it").ConfigureAwait(false);
                    return CliApp.ErrorExitCode;
                }

                await RunLinesAsync(recognizer, io, asText, cancellationToken).ConfigureAwait(false);
                return 0;
            }

            if (paths.Length == 0)
            {
                var all = await io.Input.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                await WriteDocumentAsync(io.Output, null, recognizer.Recognize(all), asText).ConfigureAwait(false);
                return 0;
            }

            if (!InputFiles.TryReadAll(paths, io.Error, out var inputs))
            {
                return CliApp.ErrorExitCode;
            }

            foreach (var (path, document) in inputs)
            {
                await WriteDocumentAsync(io.Output, path, recognizer.Recognize(document.Text), asText).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static async Task RunLinesAsync(QuantityRecognizer recognizer, CliIO io, bool asText, CancellationToken cancellationToken)
    {
        while (await io.Input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var found = recognizer.Recognize(line);
            await io.Output.WriteLineAsync(asText ? FormatTextLine(found) : FormatJson(null, found)).ConfigureAwait(false);
        }
    }

    private static async Task WriteDocumentAsync(TextWriter output, string? path, IReadOnlyList<Quantity> found, bool asText)
    {
        if (!asText)
        {
            await output.WriteLineAsync(FormatJson(path, found)).ConfigureAwait(false);
            return;
        }

        foreach (var q in found)
        {
            var where = path is null ? string.Empty : path + ":";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{where}{q.Span.Start}-{q.Span.End}\t{Describe(q)}")).ConfigureAwait(false);
        }
    }

    private static string FormatTextLine(IReadOnlyList<Quantity> found) =>
        string.Join("; ", found.Select(Describe));

    private static string Describe(Quantity q) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{q.Text}\" {q.Interval} {q.Hedge}{(q.IsCount ? (q.Counted == CountedThing.Unknown ? string.Empty : " " + q.Counted) : " not a count: " + q.NonCountReason)}");

    /// <summary>Writes <c>{"quantities":[...]}</c> (with <c>"file"</c> first when a path is given) on one line.</summary>
    internal static string FormatJson(string? path, IReadOnlyList<Quantity> found)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            if (path is not null)
            {
                w.WriteString("file", path);
            }

            w.WriteStartArray("quantities");
            foreach (var q in found)
            {
                w.WriteStartObject();
                w.WriteString("text", q.Text);
                w.WriteNumber("start", q.Span.Start);
                w.WriteNumber("end", q.Span.End);
                WriteNumber(w, "value", q.Value);
                WriteNumber(w, "low", q.Interval.Low);
                WriteNumber(w, "high", q.Interval.High);
                w.WriteString("hedge", JsonNamingPolicy.CamelCase.ConvertName(q.Hedge.ToString()));
                w.WriteBoolean("count", q.IsCount);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is not { } v || double.IsNaN(v) || double.IsInfinity(v))
        {
            w.WriteNull(name);
        }
        else if (v == Math.Floor(v) && Math.Abs(v) < 9e15)
        {
            // Whole numbers print without ".0".
            w.WriteNumber(name, (long)v);
        }
        else
        {
            w.WriteNumber(name, v);
        }
    }
}
