namespace ClaimCompare.Claims;

/// <summary>
/// Who speaks when an article states a figure in its own voice: the news agency its copy is credited to, else
/// its outlet. A credit is the agency's name in brackets before the story ("JAKARTA (AFP) -", "Jun 17 (PTI) At
/// least …", "(Bloomberg) --") or alone on a byline line ("The Associated Press"). A bracketed acronym after a
/// lower-case word or before a lower-case verb expands a name ("the Armed Forces of the Philippines (AFP)
/// believe") and is no credit.
/// </summary>
internal static class OwnVoice
{
    /// <summary>Returns the agency credited in <paramref name="text"/>, else <paramref name="outlet"/>.</summary>
    public static string? Of(string text, string? outlet, List<string> agencies) => Agency(text, agencies) ?? outlet;

    private static string? Agency(string text, List<string> agencies)
    {
        foreach (var agency in agencies)
        {
            for (var at = text.IndexOf(agency, StringComparison.Ordinal); at >= 0; at = text.IndexOf(agency, at + agency.Length, StringComparison.Ordinal))
            {
                if (IsBracketCredit(text, at, agency.Length) || IsBylineLine(text, at, agency.Length))
                {
                    return Canonical(agency);
                }
            }
        }

        return null;
    }

    // "AP" is credited for the Associated Press; the other credits are the names news English uses.
    private static string Canonical(string agency) => agency switch
    {
        "AP" => "Associated Press",
        "EFE" => "Efe",
        "ANTARA" => "Antara",
        _ => agency,
    };

    private static bool IsBracketCredit(string text, int at, int length)
    {
        if (at == 0 || text[at - 1] != '(' || at + length >= text.Length || text[at + length] != ')')
        {
            return false;
        }

        // What follows the credit opens the story: a dash, a colon, or a capitalised word.
        var next = at + length + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next >= text.Length || !(text[next] is '-' or '—' or '–' or ':' || char.IsUpper(text[next])))
        {
            return false;
        }

        // What precedes it is a dateline (a capitalised place or a date), or nothing.
        var previous = at - 2;
        while (previous >= 0 && text[previous] == ' ')
        {
            previous--;
        }

        return previous < 0 || text[previous] == '\n' || char.IsDigit(text[previous]) || IsCapitalisedWordEndingAt(text, previous);
    }

    private static bool IsCapitalisedWordEndingAt(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start <= end && char.IsUpper(text[start]) && (end - start < 2 || char.IsUpper(text[end]) || char.IsLower(text[end]));
    }

    // A line that holds only the credit: "The Associated Press", "PTI".
    private static bool IsBylineLine(string text, int at, int length)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var lineEnd = text.IndexOf('\n', at + length);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        var before = text.AsSpan(lineStart, at - lineStart).Trim();
        var after = text.AsSpan(at + length, lineEnd - at - length).Trim();
        return after.IsEmpty && (before.IsEmpty || before.Equals("The", StringComparison.Ordinal) || before.Equals("By", StringComparison.Ordinal));
    }
}
