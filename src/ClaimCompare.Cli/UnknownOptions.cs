using System.CommandLine;

namespace ClaimCompare.Cli;

/// <summary>
/// Finds a token that looks like an option but names none, before the parser sees it: <c>compare</c> takes any
/// number of paths, so the parser would take <c>--fromat</c> for a file and report it missing. The message names
/// the nearest real option.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>Returns the error message for the first unknown option in <paramref name="args"/>, or null.</summary>
    public static string? Find(RootCommand root, IReadOnlyList<string> args)
    {
        Command command = root;
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (string.Equals(token, "--", StringComparison.Ordinal))
            {
                return null; // everything after "--" is a path, even "-x.txt"
            }

            if (command.Subcommands.FirstOrDefault(c => string.Equals(c.Name, token, StringComparison.Ordinal)) is { } sub)
            {
                command = sub;
                continue;
            }

            if (token.Length < 2 || token[0] != '-' || char.IsAsciiDigit(token[1]))
            {
                continue; // a path, "-" (standard input) or a negative number
            }

            var options = command.Options.Concat(root.Options.Where(o => o.Recursive)).ToList();
            var name = token.Split('=', ':')[0];
            var option = options.FirstOrDefault(o => Names(o).Contains(name, StringComparer.Ordinal));
            if (option is not null)
            {
                // The value of an option is never an option name: "-o -report.txt" is a file called "-report.txt".
                i += !token.Contains('=', StringComparison.Ordinal) && !token.Contains(':', StringComparison.Ordinal) && TakesValue(option) ? 1 : 0;
                continue;
            }

            if (IsBundle(token, options))
            {
                continue; // "-qr": short flags together
            }

            var nearest = options.SelectMany(Names).Where(n => n.StartsWith("--", StringComparison.Ordinal))
                .Select(n => (Name: n, Distance: Distance(name, n)))
                .Where(c => c.Distance <= Math.Max(2, c.Name.Length / 4))
                .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            var hint = nearest.Name is null ? " (see --help)" : $"; did you mean '{nearest.Name}'?";
            return $"unknown option '{name}' for '{command.Name}'{hint}";
        }

        return null;
    }

    private static IEnumerable<string> Names(Option option) => option.Aliases.Prepend(option.Name);

    private static bool TakesValue(Option option) => option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);

    private static bool IsBundle(string token, List<Option> options) =>
        token.Length > 2 && token[1] != '-'
        && token.Skip(1).All(c => options.Exists(o => o.ValueType == typeof(bool) && Names(o).Contains("-" + c, StringComparer.Ordinal)));

    /// <summary>Edit distance counting a swap of two neighbours as one edit ("fromat" is one from "format").</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
