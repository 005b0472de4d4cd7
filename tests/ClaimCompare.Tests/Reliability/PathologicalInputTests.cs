using System.Diagnostics;
using System.Text;

namespace ClaimCompare.Tests.Reliability;

/// <summary>
/// Inputs built to hit worst cases: each must finish and keep the invariants. The bound here is a hang
/// guard only; the per-byte cost against normal news is measured by PathologicalInputBenchmarks.
/// </summary>
public sealed class PathologicalInputTests
{
    // Generous: two cores shared with other builds, and a 2 MB input costs seconds at normal per-byte speed.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    // (name, generator) — each row names the worst case it provokes.
    private static readonly object[][] Cases =
    [
        ["a million digits", (Func<string>)(() => "Officials said " + new string('7', 1_000_000) + " people were killed.")],       // number parsing of a huge literal
        ["repeated hedges", (Func<string>)(() => Repeat("at least up to more than ", 30_000) + "10 people were killed.")],             // hedge chains scanned left and right
        ["400k quote marks", (Func<string>)(() => new string('"', 400_000))],                                                           // quote pairing and speaker attribution
        ["a 2 MB word", (Func<string>)(() => new string('x', 2 << 20))],                                                                // token and entity scanning of one token
        ["50k casualty words", (Func<string>)(() => "12 " + Repeat("killed ", 50_000))],                                                 // predicate search from each quantity
        ["100k nested parentheses", (Func<string>)(() => new string('(', 100_000) + "5 killed" + new string(')', 100_000))],             // any recursion on brackets
        ["a 2 MB line without spaces", (Func<string>)(() => Repeat("5,killed.by-IS;", 140_000))],                                      // one sentence, many tokens, no whitespace
        ["1 MB of abbreviations", (Func<string>)(() => Repeat("U.S. ", 200_000))],                                                       // sentence-boundary lookups after each period
        ["50k number words", (Func<string>)(() => Repeat("twenty-one thousand ", 50_000) + "people died.")],                             // number-word composition over a long run
        ["50k ranges", (Func<string>)(() => Repeat("between 1 and 2 ", 50_000))],                                                        // range readers that look ahead
        ["many short sentences with numbers", (Func<string>)(() => Repeat("At least 3 people were killed, police said. ", 20_000))],     // claim count, clustering and diff sizes
        ["bridging claims", (Func<string>)(() => Repeat("Exactly 5 people were killed, police said. Exactly 50 people were killed, officials said. At least 5 people were killed, a witness said. ", 1_000))], // one diff group whose sides are bridged thousands of times
        ["lone surrogates", (Func<string>)(() => Repeat("\uD800 5 \uDC00 killed ", 50_000))],                                          // code-point iteration over broken UTF-16
    ];

    [TestCaseSource(nameof(Cases))]
    public void Pathological_input_finishes_and_keeps_the_invariants(string name, Func<string> make)
    {
        var text = make();
        var stopwatch = Stopwatch.StartNew();
        var run = Task.Run(() => PipelineInvariants.FuzzOne(text));
        var finished = run.Wait(HangGuard);
        Assert.That(finished, Is.True, $"{name} did not finish within {HangGuard.TotalSeconds} s");
        TestContext.Out.WriteLine($"{name}: {text.Length} chars in {stopwatch.ElapsedMilliseconds} ms");
    }

    private static string Repeat(string unit, int count)
    {
        var builder = new StringBuilder(unit.Length * count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
