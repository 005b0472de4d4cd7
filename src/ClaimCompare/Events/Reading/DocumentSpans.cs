using ClaimCompare.Claims;
using ClaimCompare.Text;

namespace ClaimCompare.Events.Reading;

/// <summary>The parts of a document a reading looks at: a claim's sentence, a line (paragraph), the lead; and what a reading adds up over them.</summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class DocumentSpans
{
    /// <summary>How many characters of whole lines make the lead that names a report's main event.</summary>
    public const int LeadLength = 500;

    /// <summary>How many characters of whole lines are searched for the weekdays of a report's main event.</summary>
    public const int WeekdayLeadLength = 1000;

    // A lead never runs past this, however long its lines.
    private const int MaxLeadLength = 1500;

    /// <summary>The claim's sentence; else, when the sentence does not hold the evidence, the line that does.</summary>
    public static TextSpan SentenceOf(string text, Claim claim)
    {
        var s = claim.Sentence;
        if (s.IsEmpty || s.Start < 0 || s.End > text.Length || !s.Contains(claim.Evidence))
        {
            var evidence = claim.Evidence;
            var start = Math.Clamp(evidence.Start, 0, text.Length);
            var end = Math.Clamp(evidence.End, start, text.Length);
            return Line(text, new TextSpan(start, end));
        }

        return s;
    }

    /// <summary>Returns the line (paragraph) that holds the span.</summary>
    public static TextSpan Line(string text, TextSpan span) => AnalyzedText.Paragraph(text, span);

    /// <summary>The headline and opening lines: whole lines until about <paramref name="length"/> characters.</summary>
    public static TextSpan Lead(string text, int length = LeadLength) => AnalyzedText.Lead(text, length, MaxLeadLength);

    /// <summary>The set of weekdays the dates name, as bits, leaving out the dateline's date.</summary>
    public static int Weekdays(DateScan dates, int? dateline)
    {
        var set = 0;
        foreach (var (start, cue) in dates)
        {
            if (start != dateline && cue.StatedWeekday is { } day)
            {
                set |= 1 << (int)day;
            }
        }

        return set;
    }

    /// <summary>Adds a claim's figure as a term ("#93"): figures travel between outlets and tie their reports to one event.</summary>
    public static void AddFigure(TermBuffer figures, double? value)
    {
        // Small numbers (one, two, three) recur by chance; larger ones identify a report.
        Span<char> figure = stackalloc char[32];
        if (value is >= 10 and < 1e9 && Math.Round(value.Value).TryFormat(figure[1..], out var length, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            figure[0] = '#';
            figures.Add(figure[..(length + 1)]);
        }
    }
}
