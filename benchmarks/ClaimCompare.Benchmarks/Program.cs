using BenchmarkDotNet.Running;
using ClaimCompare.Benchmarks;

// "scale articles 100000" and "scale claims 1000000" time one run at sizes BenchmarkDotNet cannot repeat.
if (args.Length > 0 && string.Equals(args[0], "scale", StringComparison.Ordinal))
{
    return ScaleRun.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
