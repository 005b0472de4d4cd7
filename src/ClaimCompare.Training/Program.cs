using System.Globalization;
using ClaimCompare.Training;

// claimcompare-train [train] --corpus DIR [--corpus DIR…] --out model.json [--folds N] [--commit SHA]
var corpora = new List<string>();
string? outPath = null;
string? commit = Environment.GetEnvironmentVariable("CLAIMCOMPARE_COMMIT");
var folds = 5;
const string Usage = "usage: claimcompare-train [train] --corpus DIR [--corpus DIR...] --out model.json [--folds N] [--commit SHA]";
var rest = args.Length > 0 && string.Equals(args[0], "train", StringComparison.Ordinal) ? args[1..] : args;
if (rest.Any(a => a is "-h" or "--help" or "-?"))
{
    // Help asked for is output, not an error: standard output and exit 0 (claimcompare train --help lands here).
    Console.Out.WriteLine(Usage);
    Console.Out.WriteLine("A corpus is a folder with gold.json (the public gold format), its documents in DIR/docs or DIR, and optionally outlets.csv.");
    return 0;
}

for (var i = 0; i < rest.Length; i++)
{
    var value = i + 1 < rest.Length ? rest[i + 1] : null;
    switch (rest[i])
    {
        case "--corpus" when value is not null:
            corpora.Add(value);
            i++;
            break;
        case "--out" when value is not null:
            outPath = value;
            i++;
            break;
        case "--folds" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2:
            folds = n;
            i++;
            break;
        case "--commit" when value is not null:
            commit = value;
            i++;
            break;
        default:
            Console.Error.WriteLine($"unknown or incomplete option: {rest[i]}");
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

if (corpora.Count == 0 || outPath is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

try
{
    new TrainCommand(Console.Out).Run(corpora, outPath, folds, commit);
    return 0;
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException)
{
    // A corpus the tool cannot read (no gold.json, a missing document, a quote not in its document) is the user's to
    // fix: one line naming it and the exit code of a usage error, as claimcompare gives, not a stack trace.
    Console.Error.WriteLine($"error: {exception.Message}");
    return 2;
}
