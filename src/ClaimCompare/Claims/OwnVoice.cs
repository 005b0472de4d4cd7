using System.Buffers;
using System.Runtime.CompilerServices;

namespace ClaimCompare.Claims;

/// <summary>
/// Who speaks when an article states a figure in its own voice: the news agency its copy is credited to, else
/// its outlet. A credit is the agency's name in brackets before the story ("JAKARTA (AFP) -", "Jun 17 (PTI) At
/// least …", "(Bloomberg) --") or alone on a byline line ("The Associated Press"). A bracketed acronym after a
/// lower-case word or before a lower-case verb expands a name ("the Armed Forces of the Philippines (AFP)
/// believe") and is no credit. Without a credit line, the agency the story's reporters spoke to ("told Reuters",
/// "described the scenes to The Associated Press") carries the copy. An outlet citing another's reporting
/// ("according to AFP", "Reuters reported") gives no credit: it names a source for one figure, not its own copy.
/// </summary>
internal static class OwnVoice
{
    // One multi-string searcher per agency list: a single pass over the text finds every agency's occurrences,
    // instead of two scans of the whole text per agency (issue 16: profiled at 2.6 % of claim extraction).
    private static readonly ConditionalWeakTable<List<string>, SearchValues<string>> Searchers = [];

    /// <summary>Returns the agency credited in <paramref name="text"/>, else <paramref name="outlet"/>.</summary>
    public static string? Of(string text, string? outlet, List<string> agencies) => Of(text, outlet, agencies, null);

    /// <summary>
    /// Returns the agency credited in <paramref name="text"/>, else the agency the article cites for what it states in its
    /// own voice, else <paramref name="outlet"/>. A citation ("…, Efe news reported.", "…, according to the AP.") names
    /// the copy's agency only when the agency speaks alone in its sentence (<paramref name="speaksAlone"/>), not when it
    /// relays another speaker ("officials said …, the AP reported"), and only when the article does not name its own
    /// outlet as its reporters' interlocutor ("told Asia Times").
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="outlet">The outlet from metadata, if any.</param>
    /// <param name="agencies">The news agencies' names.</param>
    /// <param name="speaksAlone">Whether the sentence holding a text position names no speaker but the one there.</param>
    public static string? Of(string text, string? outlet, List<string> agencies, Func<int, bool>? speaksAlone) =>
        Agency(text, agencies) ?? (speaksAlone is null || (outlet is not null && NamedAsInterlocutor(text, outlet)) ? null : Cited(text, agencies, speaksAlone)) ?? outlet;

    // "told Asia Times": the outlet's own reporters spoke to the speaker.
    private static bool NamedAsInterlocutor(string text, string outlet)
    {
        for (var at = text.IndexOf(outlet, StringComparison.Ordinal); at >= 0; at = text.IndexOf(outlet, at + outlet.Length, StringComparison.Ordinal))
        {
            if (IsWordAt(text, at, outlet.Length) && SpokenTo(text, at))
            {
                return true;
            }
        }

        return false;
    }

    // The first agency cited as the reporter of a sentence it speaks alone: "…, Efe news reported", "…, according to the AP".
    private static string? Cited(string text, List<string> agencies, Func<int, bool> speaksAlone)
    {
        (int At, string Agency)? first = null;
        foreach (var agency in agencies)
        {
            for (var at = text.IndexOf(agency, StringComparison.Ordinal); at >= 0 && (first is null || at < first.Value.At); at = text.IndexOf(agency, at + agency.Length, StringComparison.Ordinal))
            {
                if (IsWordAt(text, at, agency.Length) && (AccordingTo(text, at) || ReportedAfter(text, at + agency.Length)) && speaksAlone(at))
                {
                    first = (at, agency);
                    break;
                }
            }
        }

        return first is { } found ? Canonical(found.Agency) : null;
    }

    // "according to the AP", "according to Reuters".
    private static bool AccordingTo(string text, int at)
    {
        var end = SkipSpacesBack(text, at);
        var word = WordEndingAt(text, end);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            end = SkipSpacesBack(text, end - word.Length);
            word = WordEndingAt(text, end);
        }

        if (!word.Equals("to", StringComparison.Ordinal))
        {
            return false;
        }

        return WordEndingAt(text, SkipSpacesBack(text, end - word.Length)).Equals("according", StringComparison.OrdinalIgnoreCase);
    }

    // "Efe reported", "Efe news reported", "AFP news agency reported": the agency is the subject of "reported".
    private static bool ReportedAfter(string text, int from)
    {
        var rest = text.AsSpan(from, Math.Min(40, text.Length - from)).TrimStart();
        foreach (var word in (ReadOnlySpan<string>)["news agency ", "news ", "agency "])
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                rest = rest[word.Length..];
                break;
            }
        }

        return rest.StartsWith("reported", StringComparison.Ordinal);
    }

    private static string? Agency(string text, List<string> agencies)
    {
        var occurrences = Occurrences(text, agencies);
        return Credited(text, agencies, occurrences) ?? Interlocutor(text, agencies, occurrences);
    }

    /// <summary>
    /// Every occurrence of every agency, in text order, as (position, index in <paramref name="agencies"/>). An agency's
    /// occurrences do not overlap one another, as successive ordinal searches from the end of the last one find them.
    /// </summary>
    private static List<(int At, int Agency)> Occurrences(string text, List<string> agencies)
    {
        var occurrences = new List<(int At, int Agency)>();
        if (agencies.Count == 0)
        {
            return occurrences;
        }

        var searcher = Searchers.GetValue(agencies, static list => SearchValues.Create([.. list], StringComparison.Ordinal));
        Span<int> nextAllowed = agencies.Count <= 64 ? stackalloc int[agencies.Count] : new int[agencies.Count];
        nextAllowed.Clear();
        var span = text.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var found = span[from..].IndexOfAny(searcher);
            if (found < 0)
            {
                break;
            }

            var at = from + found;
            for (var a = 0; a < agencies.Count; a++)
            {
                if (at >= nextAllowed[a] && span[at..].StartsWith(agencies[a], StringComparison.Ordinal))
                {
                    occurrences.Add((at, a));
                    nextAllowed[a] = at + agencies[a].Length;
                }
            }

            from = at + 1;
        }

        return occurrences;
    }

    // The first agency of the list with a credit anywhere in the text.
    private static string? Credited(string text, List<string> agencies, List<(int At, int Agency)> occurrences)
    {
        var best = -1;
        foreach (var (at, a) in occurrences)
        {
            if ((best < 0 || a < best) && (IsBracketCredit(text, at, agencies[a].Length) || IsBylineLine(text, at, agencies[a].Length)))
            {
                best = a;
            }
        }

        return best >= 0 ? Canonical(agencies[best]) : null;
    }

    // The agency as the reporters' interlocutor: "told Reuters", "to The Associated Press". The first such
    // mention names the copy's agency (of two at one position, the one first in the list).
    private static string? Interlocutor(string text, List<string> agencies, List<(int At, int Agency)> occurrences)
    {
        foreach (var (at, a) in occurrences)
        {
            if (IsWordAt(text, at, agencies[a].Length) && SpokenTo(text, at))
            {
                return Canonical(agencies[a]);
            }
        }

        return null;
    }

    private static bool IsWordAt(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length >= text.Length || !char.IsLetterOrDigit(text[at + length]));

    // "told Reuters", "told The Associated Press", "to AFP" (not "according to AFP": that cites another's report).
    private static bool SpokenTo(string text, int at)
    {
        var end = SkipSpacesBack(text, at);
        var word = WordEndingAt(text, end);
        if (word.Equals("The", StringComparison.Ordinal) || word.Equals("the", StringComparison.Ordinal))
        {
            end = SkipSpacesBack(text, end - word.Length);
            word = WordEndingAt(text, end);
        }

        if (word.Equals("told", StringComparison.Ordinal))
        {
            return true;
        }

        if (!word.Equals("to", StringComparison.Ordinal))
        {
            return false;
        }

        var previous = WordEndingAt(text, SkipSpacesBack(text, end - word.Length));
        return !previous.Equals("according", StringComparison.OrdinalIgnoreCase) && !previous.IsEmpty;
    }

    private static int SkipSpacesBack(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    // The word of letters that ends just before <paramref name="end"/>, or empty.
    private static ReadOnlySpan<char> WordEndingAt(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
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
        // The Taipei-Times form of a credit line names the dateline after a comma: "AP, JAKARTA", "AFP, PARIS".
        var datelineAfter = after.Length > 2 && after[0] == ',' && IsUpperCaseWords(after[1..].Trim());
        return (after.IsEmpty || datelineAfter) && (before.IsEmpty || before.Equals("The", StringComparison.Ordinal) || before.Equals("By", StringComparison.Ordinal));
    }

    private static bool IsUpperCaseWords(ReadOnlySpan<char> words)
    {
        if (words.IsEmpty || words.Length > 40)
        {
            return false;
        }

        foreach (var c in words)
        {
            if (!(char.IsUpper(c) || c is ' ' or '.' or ',' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
