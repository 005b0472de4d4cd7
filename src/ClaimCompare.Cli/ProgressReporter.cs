using ClaimCompare.Pipeline;

namespace ClaimCompare.Cli;

/// <summary>Writes progress to standard error on one rewritten line; a synchronous reporter, so lines never arrive out of order.</summary>
internal sealed class ProgressReporter(TextWriter error) : IProgress<CompareProgress>
{
    private readonly Lock _gate = new();
    private long _lastTicks;

    public void Report(CompareProgress value)
    {
        lock (_gate)
        {
            var now = Environment.TickCount64;
            if (value.DocumentsDone != value.DocumentsTotal && now - _lastTicks < 200)
            {
                return; // at most five updates a second
            }

            _lastTicks = now;
            error.Write($"\r{value}   ");
            if (value.DocumentsDone == value.DocumentsTotal)
            {
                error.WriteLine();
            }
        }
    }
}
