using System.Diagnostics;
using System.Text;

namespace ClaimCompare.Tests.Samples;

/// <summary>Runs a child process (dotnet run, dotnet pack, an installed tool) with a timeout, capturing its output.</summary>
internal static class ProcessRunner
{
    /// <summary>The outcome of a run.</summary>
    public sealed record Result(int ExitCode, string Output, string Error, TimeSpan Elapsed)
    {
        public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0}s\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
    }

    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild/vstest variables that would point a child build at the wrong SDK pieces.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + fileName);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"'{fileName} {string.Join(' ', arguments)}' timed out after {timeout.TotalSeconds:0}s.\n{await output}\n{await error}");
        }

        return new Result(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"), stopwatch.Elapsed);
    }

    /// <summary>Gets the dotnet host running the tests (dotnet test sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string DotnetPath { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> with arguments.</summary>
    public static Task<Result> DotnetAsync(IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync(DotnetPath, arguments, workingDirectory, timeout, environment);
}
