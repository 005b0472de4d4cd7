using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;

namespace ClaimCompare.Cli;

/// <summary>
/// <c>claimcompare train ARGS…</c>: runs the training tool <c>claimcompare-train</c> with the same arguments, the way
/// <c>git</c> and <c>dotnet</c> run external subcommands. The training tool references Microsoft.ML and its native
/// libraries; this tool stays small and NativeAOT by not carrying them, so training is a separate install. Its standard
/// output, standard error and exit code pass through unchanged; when it is not installed, exit 2 says how to install it.
/// </summary>
internal static class TrainToolCommand
{
    /// <summary>The subcommand's name.</summary>
    public const string Name = "train";

    /// <summary>The training tool's command name (its package's <c>ToolCommandName</c>).</summary>
    public const string ToolName = "claimcompare-train";

    /// <summary>The training tool's package, for the install hint.</summary>
    public const string PackageId = "ClaimCompare.Training";

    // The name the training project's build writes its app host under, so a build output beside this tool is found too.
    private const string BuiltName = "ClaimCompare.Training";

    /// <summary>The command as <c>--help</c> lists it; <see cref="CliApp.RunAsync"/> forwards before parsing, so its options are the training tool's.</summary>
    public static Command Create()
    {
        var arguments = new Argument<string[]>("arguments") { Description = $"Passed to {ToolName} unchanged (see claimcompare train --help).", Arity = ArgumentArity.ZeroOrMore };
        return new Command(Name, $"Trains a link model on gold-annotated corpora: runs {ToolName} (install: dotnet tool install --global {PackageId}).") { arguments };
    }

    /// <summary>Whether the arguments name this subcommand, so they go to the training tool unparsed.</summary>
    public static bool Handles(IReadOnlyList<string> args) => args.Count > 0 && string.Equals(args[0], Name, StringComparison.Ordinal);

    /// <summary>Runs the training tool found beside this tool or on <c>PATH</c>.</summary>
    /// <param name="arguments">The arguments after <c>train</c>.</param>
    /// <param name="io">The streams the tool's output is copied to.</param>
    /// <param name="cancellationToken">Stops the training tool.</param>
    /// <returns>The training tool's exit code, or 2 when it cannot be run.</returns>
    public static Task<int> RunAsync(IReadOnlyList<string> arguments, CliIO io, CancellationToken cancellationToken) =>
        RunAsync(arguments, io, [AppContext.BaseDirectory], Environment.GetEnvironmentVariable("PATH"), cancellationToken);

    /// <summary>Runs the training tool found in <paramref name="directories"/> or on <paramref name="path"/>.</summary>
    /// <param name="arguments">The arguments after <c>train</c>.</param>
    /// <param name="io">The streams the tool's output is copied to.</param>
    /// <param name="directories">Folders searched first (this tool's own folder).</param>
    /// <param name="path">The <c>PATH</c> value searched next.</param>
    /// <param name="cancellationToken">Stops the training tool.</param>
    /// <returns>The training tool's exit code, or 2 when it cannot be run.</returns>
    internal static async Task<int> RunAsync(IReadOnlyList<string> arguments, CliIO io, IEnumerable<string> directories, string? path, CancellationToken cancellationToken)
    {
        var tool = Locate(directories, path);
        if (tool is null)
        {
            await io.Error.WriteLineAsync(
                $"error: 'claimcompare train' runs the training tool '{ToolName}', which was found neither beside claimcompare nor on PATH. " +
                $"Install it with: dotnet tool install --global {PackageId}").ConfigureAwait(false);
            return CliApp.ErrorExitCode;
        }

        var start = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("no process was started");
        }
        catch (Win32Exception exception)
        {
            await io.Error.WriteLineAsync($"error: cannot run {tool}: {exception.Message}").ConfigureAwait(false);
            return CliApp.ErrorExitCode;
        }

        using (process)
        {
            // Both streams are drained at once: a tool that fills one pipe while we wait on the other would block.
            var output = CopyAsync(process.StandardOutput, io.Output);
            var error = CopyAsync(process.StandardError, io.Error);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            await Task.WhenAll(output, error).ConfigureAwait(false);
            return process.ExitCode;
        }
    }

    /// <summary>Finds the training tool: its command name or its build's app host in a folder, then its command name on the path.</summary>
    /// <param name="directories">Folders searched first.</param>
    /// <param name="path">A <c>PATH</c> value.</param>
    /// <returns>The executable's path, or <see langword="null"/>.</returns>
    internal static string? Locate(IEnumerable<string> directories, string? path)
    {
        var beside = directories.SelectMany(d => new[] { Path.Combine(d, Executable(ToolName)), Path.Combine(d, Executable(BuiltName)) });
        var onPath = (path ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, Executable(ToolName)));
        return beside.Concat(onPath).FirstOrDefault(IsExecutable);
    }

    private static string Executable(string name) => OperatingSystem.IsWindows() ? name + ".exe" : name;

    private static bool IsExecutable(string file)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        // A file without an execute bit (a copied app host) cannot be started; look further rather than fail on it.
        return OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != UnixFileMode.None;
    }

    private static async Task CopyAsync(StreamReader from, TextWriter to)
    {
        // Chunks, not lines, and a flush after each: the training tool's progress shows as it is written.
        var buffer = new char[4096];
        int read;
        while ((read = await from.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read)).ConfigureAwait(false);
            await to.FlushAsync().ConfigureAwait(false);
        }
    }
}
