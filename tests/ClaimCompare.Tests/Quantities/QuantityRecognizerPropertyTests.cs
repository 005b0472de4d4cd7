using System.Text;
using ClaimCompare.Quantities;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCompare.Tests.Quantities;

/// <summary>Invariants that hold for any text: spans inside the text, ordered, non-overlapping, no negative count, no exceptions, on inputs of any length.</summary>
public sealed class QuantityRecognizerPropertyTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    // Tokens that exercise every path of the scanner when strung together at random.
    private static readonly string[] Tokens =
    [
        "at", "least", "more", "than", "up", "to", "a", "handful", "of", "between", "and", "from", "or", "no", "one",
        "twenty", "-", "two", "hundred", "thousand", "million", "dozen", "half", "point", "five", "thirds", "over",
        "out", "in", "1", "22", "2,500", "1.5", "4.5k", "2019", "10:30", "3pm", "$", "%", "F-16", "+1-222", "/",
        "½", "~", "<", ">=", "=", ",", ".", " ", "  ", "\n", "year-old", "years", "old", "people", "several", "dozens",
        "nought", "minus", "e", "^", "x10^", "—", "–", "'", "\u202F", "000", "0", "07", "May", "February", "th",
    ];

    [Test]
    public void Spans_are_ordered_non_overlapping_and_match_their_text()
    {
        var gen = Gen.Elements(Tokens).ListOf().Select(parts => string.Concat(parts.Select((p, i) => i % 2 == 0 ? p : p + " ")));
        Prop.ForAll(gen.ToArbitrary(), text => Holds(text)).QuickCheckThrowOnFailure();
    }

    [Test]
    public void Arbitrary_strings_never_throw()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => text is null || Holds(text)).QuickCheckThrowOnFailure();
    }

    [Test]
    public void Null_text_throws_ArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => Recognizer.Recognize(null!));

    [TestCase("1", 2_000_000)]                     // one long digit run
    [TestCase("one ", 500_000)]                    // a long run of number words
    [TestCase("and ", 500_000)]                    // connectors with nothing to connect
    [TestCase("1,000", 400_000)]                   // a long grouped number
    [TestCase("- ", 500_000)]                      // hyphens and spaces
    [TestCase("at least ", 300_000)]               // hedges with no number
    public void Pathological_input_is_read_whole_with_its_invariants(string unit, int repeat)
    {
        // Its time is measured by QuantityPathologicalBenchmarks (benchmarks/): unit tests hold no wall-clock assertions.
        var text = new StringBuilder(unit.Length * repeat).Insert(0, unit, repeat).ToString();
        Assert.That(Holds(text, Recognizer.Recognize(text)), Is.True);
    }

    [Test]
    public void A_large_news_document_is_read_whole()
    {
        // Its time is measured by QuantityPathologicalBenchmarks ("news").
        var paragraph = "The strike killed at least 22 fighters and wounded dozens, officials said on February 15, 2021. "
            + "Between 25 and 50 people, including a 12-year-old, were hurt; up to a handful died at 3pm. ";
        var text = new StringBuilder().Insert(0, paragraph, 40_000).ToString(); // about 8 MB of UTF-16
        Assert.That(Recognizer.Recognize(text), Has.Count.EqualTo(40_000 * 8));
    }

    private static bool Holds(string text) => Holds(text, Recognizer.Recognize(text));

    private static bool Holds(string text, IReadOnlyList<Quantity> found)
    {
        var previousEnd = 0;
        foreach (var q in found)
        {
            if (q.Span.Start < previousEnd || q.Span.End > text.Length || q.Span.IsEmpty
                || !string.Equals(q.Text, q.Span.Slice(text), StringComparison.Ordinal))
            {
                return false;
            }

            // A count is never negative: a dash before it is punctuation, and a signed number is no count.
            if (q.IsCount && (q.Value < 0 || q.Interval.Low < 0))
            {
                return false;
            }

            previousEnd = q.Span.End;
        }

        return true;
    }
}
