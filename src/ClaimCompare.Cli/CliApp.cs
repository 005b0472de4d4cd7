using System.CommandLine;

namespace ClaimCompare.Cli;

/// <summary>Builds the <c>claimcompare</c> command tree; tests call <see cref="RunAsync"/> with their own writers.</summary>
internal static class CliApp
{
    /// <summary>Exit code for usage and input errors, as <c>diff</c> uses it.</summary>
    public const int ErrorExitCode = 2;

    public static RootCommand Build(CliIO io)
    {
        var root = new RootCommand("Compares what news sources claim about the same events: tolls, counts and responsibility.")
        {
            CompareCommand.Create(io),
            QuantitiesCommand.Create(io),
            TrainToolCommand.Create(),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var io = new CliIO(input, output, error);
        if (TrainToolCommand.Handles(args))
        {
            return await TrainToolCommand.RunAsync(args[1..], io, cancellationToken).ConfigureAwait(false);
        }

        var root = Build(io);
        if (UnknownOptions.Find(root, args) is { } unknown)
        {
            await error.WriteLineAsync("error: " + unknown).ConfigureAwait(false);
            return ErrorExitCode;
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?" or "--version"))
        {
            // Usage errors exit 2, as diff does, with the parser's own message.
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync("error: " + parseError.Message).ConfigureAwait(false);
            }

            return ErrorExitCode;
        }

        // Our own handler: a user sees one line naming the problem, never a stack trace.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ErrorExitCode;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or InvalidDataException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return ErrorExitCode;
        }
        catch (Exception exception)
        {
            // A bug of ours: still one line, and the exit code of an error.
            await error.WriteLineAsync($"internal error: {exception.GetBaseException().GetType().Name}: {exception.GetBaseException().Message}").ConfigureAwait(false);
            return ErrorExitCode;
        }
    }
}
