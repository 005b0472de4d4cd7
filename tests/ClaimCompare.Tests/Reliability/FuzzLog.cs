using System.Globalization;

namespace ClaimCompare.Tests.Reliability;

/// <summary>
/// Progress of the long fuzz run: to the test runner's progress stream and, when a path is given, appended
/// to a file with a UTC time, so a run in the background can be followed with <c>tail -f</c>. Thread-safe.
/// </summary>
internal sealed class FuzzLog(string? path)
{
    private readonly Lock _gate = new();

    /// <summary>Writes one line.</summary>
    public void Line(string message)
    {
        TestContext.Progress.WriteLine(message);
        if (path is null)
        {
            return;
        }

        lock (_gate)
        {
            File.AppendAllText(path, DateTime.UtcNow.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " " + message + Environment.NewLine);
        }
    }
}
