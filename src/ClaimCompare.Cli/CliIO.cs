namespace ClaimCompare.Cli;

/// <summary>The streams a command reads and writes: standard ones in the tool, captured ones in tests.</summary>
/// <param name="Input">Standard input.</param>
/// <param name="Output">Standard output: results only.</param>
/// <param name="Error">Standard error: progress, warnings and errors.</param>
internal sealed record CliIO(TextReader Input, TextWriter Output, TextWriter Error);
