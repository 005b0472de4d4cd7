using System.Globalization;
using ClaimCompare.Training;

// claimcompare-train [train] --corpus DIR [--corpus DIR…] --out model.json [--folds N] [--commit SHA]
var corpora = new List<string>();
string? outPath = null;
string? commit = Environment.GetEnvironmentVariable("CLAIMCOMPARE_COMMIT");
var folds = 5;
var rest = args.Length > 0 && string.Equals(args[0], "train", StringComparison.Ordinal) ? args[1..] : args;
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
            Console.Error.WriteLine("usage: claimcompare-train [train] --corpus DIR [--corpus DIR...] --out model.json [--folds N] [--commit SHA]");
            return 2;
    }
}

if (corpora.Count == 0 || outPath is null)
{
    Console.Error.WriteLine("usage: claimcompare-train [train] --corpus DIR [--corpus DIR...] --out model.json [--folds N] [--commit SHA]");
    return 2;
}

new TrainCommand(Console.Out).Run(corpora, outPath, folds, commit);
return 0;
