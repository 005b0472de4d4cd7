#!/usr/bin/env dotnet
#:property PublishAot=false
#:project ../src/ClaimCompare/ClaimCompare.csproj

// A configured pipeline: a user table of entities, the async API with progress, and the JSON report.
// Run from anywhere:  dotnet run samples/custom-pipeline.cs [folder-of-articles]
using System.Text;
using System.Text.Json;
using ClaimCompare;
using ClaimCompare.Entities;
using ClaimCompare.Pipeline;
using ClaimCompare.Reporting;
using Samples;

var folder = args.Length > 0
    ? args[0]
    : Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", "seeds");
var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Document.FromFile).ToList();

// A user table merges into the built-in gazetteer and wins over it: here a group's short forms, with provenance.
const string table = """
    name,type,aliases,source
    Kataib Hezbollah,ArmedGroup,KH;Kata'ib Hizballah;Hezbollah Brigades,sample table
    """;
using var tableStream = new MemoryStream(Encoding.UTF8.GetBytes(table));

// Build once, reuse everywhere: the pipeline is immutable and thread-safe.
var pipeline = ClaimComparer.CreateBuilder()
    .UseEntityTable(EntityRegistry.FromCsv(tableStream))
    .UseOptions(ClaimComparerOptions.Default with { MaxDegreeOfParallelism = 2 })
    .Build();

// Progress arrives from worker threads; a synchronous reporter keeps it in order (Progress<T> posts out of order).
var report = await pipeline.CompareAsync(documents, new ConsoleProgress());

// JSON through the library's source-generated context: the same shape the claimcompare tool writes.
var json = ReportWriter.ToString(report, ReportFormat.Json);
using var parsed = JsonDocument.Parse(json);
Console.WriteLine($"JSON report: {json.Length} characters");
foreach (var section in new[] { "documents", "claims", "events", "disagreements", "unclassified" })
{
    Console.WriteLine($"  {section}: {parsed.RootElement.GetProperty(section).GetArrayLength()}");
}

foreach (var disagreement in parsed.RootElement.GetProperty("disagreements").EnumerateArray())
{
    Console.WriteLine($"{disagreement.GetProperty("id").GetString()} ({disagreement.GetProperty("kind").GetString()}): {disagreement.GetProperty("explanation").GetString()}");
}

return report.HasDisagreements ? 1 : 0;

namespace Samples
{
    /// <summary>Writes each progress report as it arrives.</summary>
    /// <remarks>Stateless and thread-safe: Console serialises writes.</remarks>
    internal sealed class ConsoleProgress : IProgress<CompareProgress>
    {
        /// <inheritdoc/>
        public void Report(CompareProgress value) => Console.Error.WriteLine("progress: " + value);
    }
}
