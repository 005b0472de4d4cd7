#!/usr/bin/env dotnet
#:property PublishAot=false
#:project ../src/ClaimCompare/ClaimCompare.csproj

// Quickstart: compare the seed articles and print where the sources disagree.
// Run from anywhere:  dotnet run samples/quickstart.cs [folder-of-articles]
using ClaimCompare;
using ClaimCompare.Reporting;

// The articles: a folder given on the command line, else ../seeds next to this file.
var folder = args.Length > 0
    ? args[0]
    : Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", "seeds");
var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Document.FromFile).ToList();

// One call: read every article, cluster the claims by event, diff them.
var report = ClaimComparer.Compare(documents);

Console.WriteLine(report);
foreach (var disagreement in report.Disagreements)
{
    Console.WriteLine(disagreement);
    foreach (var side in disagreement.Sides)
    {
        Console.WriteLine("  " + side);
    }
}

// The same report as the terminal text the claimcompare tool prints.
Console.WriteLine();
Console.Write(ReportWriter.ToString(report, ReportFormat.Text));
return report.HasDisagreements ? 1 : 0;
