using System.Globalization;
using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>Span scanning for event cues: phrases on word boundaries, dates, content terms and place names.</summary>
/// <remarks>Stateless and thread-safe; every method runs in time linear in the scanned span times the table size.</remarks>
internal static class CueScanner
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] WeekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    // Words that report rather than date an event: in "said Monday" the weekday is the day of speaking.
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "announced", "stated", "added", "reported", "confirmed", "posted", "published", "updated", "tweeted",
    };

    // Function words and reporting vocabulary that say nothing about which event a text is about.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "this", "with", "from", "have", "has", "had", "were", "was", "are", "been", "being", "their", "they", "them",
        "there", "which", "who", "whom", "whose", "what", "when", "where", "while", "will", "would", "could", "should", "said", "says", "told",
        "also", "after", "before", "about", "into", "over", "under", "than", "then", "more", "most", "some", "such", "only", "other", "others",
        "many", "much", "very", "just", "like", "near", "including", "according", "since", "during", "against", "among", "between", "because",
        "however", "though", "although", "still", "even", "both", "each", "every", "least", "people", "killed", "injured", "wounded", "dead",
        "death", "toll", "attack", "attacks", "statement", "reported", "report", "reports", "news", "added", "reporters", "official", "officials",
        "spokesman", "spokesperson", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "year", "years", "week", "weeks", "month", "months",
        "time", "first", "second", "last", "earlier", "later", "today", "yesterday", "your", "these", "those", "does", "did", "done", "made", "make",
        "take", "took", "upon", "within", "without", "through", "across", "around", "whether", "another", "several", "number", "photo", "image",
        "here", "said.", "mr", "mrs", "ms", "dr", "per", "cent", "percent", "via", "amid", "told", "asked", "confirmed", "announced", "updated",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case words allowed inside or before a place name: "in eastern Syria", "near the town of Albu Kamal".
    private static readonly HashSet<string> PlaceFillers = new(StringComparer.Ordinal)
    {
        "the", "eastern", "western", "northern", "southern", "central", "northeast", "northwest", "southeast", "southwest", "north", "south",
        "east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "city", "town", "village", "province", "region", "of",
    };

    private static readonly string[] PlacePrepositions = ["in", "near", "at", "outside", "from"];

    /// <summary>Finds <paramref name="phrase"/> in <paramref name="text"/> within <paramref name="span"/>, case-insensitively, on word boundaries.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="phrase">The phrase.</param>
    /// <returns>The start of each match.</returns>
    public static IEnumerable<int> FindPhrase(string text, TextSpan span, string phrase)
    {
        var start = span.Start;
        while (start < span.End)
        {
            var index = text.IndexOf(phrase, start, span.End - start, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                yield break;
            }

            var end = index + phrase.Length;
            if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return index;
            }

            start = index + 1;
        }
    }

    /// <summary>Returns whether any of <paramref name="phrases"/> occurs in the span.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="phrases">The phrases.</param>
    /// <returns>The first phrase found, or <see langword="null"/>.</returns>
    public static string? FirstOf(string text, TextSpan span, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            foreach (var unused in FindPhrase(text, span, phrase))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>Splits a span into words with their starts; a word is a run of letters, digits, hyphens and apostrophes.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>The words in order.</returns>
    public static List<(int Start, string Word)> Words(string text, TextSpan span)
    {
        var words = new List<(int, string)>();
        var i = span.Start;
        while (NextWord(text, span.End, ref i, out var start))
        {
            words.Add((start, text[start..i]));
        }

        return words;
    }

    /// <summary>Moves past the next word before <paramref name="end"/>: a run of letters, digits, and hyphens or apostrophes between them.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="end">Where the scanned span ends; a word never runs past it.</param>
    /// <param name="i">Where to look from; on return, the end of the word found.</param>
    /// <param name="start">The start of the word found.</param>
    /// <returns><see langword="false"/> when no word is left.</returns>
    public static bool NextWord(string text, int end, ref int i, out int start)
    {
        while (i < end && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        while (i < end && (char.IsLetterOrDigit(text[i]) || ((text[i] == '-' || text[i] == '\'' || text[i] == '’') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        return i > start;
    }

    /// <summary>Collects the content terms of a span: lower-cased words of four letters or more that are not function words.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="into">The set to add to.</param>
    /// <param name="pool">Supplies one shared string per term, so documents of one run do not each keep their own copies.</param>
    public static void AddTerms(string text, TextSpan span, HashSet<string> into, TermPool pool)
    {
        // Words are folded in a buffer and looked up by span: most words are stop words or terms already pooled, and allocate nothing.
        Span<char> buffer = stackalloc char[64];
        var i = span.Start;
        while (NextWord(text, span.End, ref i, out var start))
        {
            var length = i - start;
            if (length < 4 || char.IsDigit(text[start]))
            {
                continue;
            }

            var marked = length < buffer.Length ? buffer[..(length + 1)] : new char[length + 1];
            marked[0] = '^';
            var term = marked[1..];
            text.AsSpan(start, length).ToLowerInvariant(term);
            term.Replace('’', '\'');
            if (!StopWordLookup.Contains(term))
            {
                into.Add(pool.Get(term));

                // Names tell events apart better than common words: a capitalised word counts twice.
                if (char.IsUpper(text[start]))
                {
                    into.Add(pool.Get(marked));
                }
            }
        }
    }

    /// <summary>Reads place names written after a preposition: "in eastern Syria" → Syria, "near the town of Albu Kamal" → Albu Kamal.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>The places, as written, in order.</returns>
    /// <param name="allowOn">Whether "on" also introduces a place ("the attack on Erbil"); only right after a trigger.</param>
    public static List<(int Start, string Name)> Places(string text, TextSpan span, bool allowOn = false) =>
        Places(text, Words(text, span).ToArray(), allowOn);

    /// <summary>Reads place names written after a preposition, from the document's words.</summary>
    /// <param name="text">The document.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="allowOn">Whether "on" also introduces a place.</param>
    /// <returns>The places, as written, in order.</returns>
    public static List<(int Start, string Name)> Places(CueText text, TextSpan span, bool allowOn = false) =>
        Places(text.Text, text.Words(span), allowOn);

    /// <summary>Reads dates in a span, from the document's words; see <see cref="Dates(string, TextSpan, DateOnly?)"/>.</summary>
    /// <param name="text">The document.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="documentDate">The document's date, when known.</param>
    /// <returns>Each cue with its position, in order.</returns>
    public static List<(int Start, DateCue Cue)> Dates(CueText text, TextSpan span, DateOnly? documentDate)
    {
        var words = text.Words(span, out var folded);
        return Dates(words, folded, documentDate);
    }

    /// <summary>Reads the dateline or byline date, from the document's words; see <see cref="Dateline(string)"/>.</summary>
    /// <param name="text">The document.</param>
    /// <returns>The first full date in the opening 600 characters and where it is written, or <see langword="null"/>.</returns>
    public static (DateOnly Date, int Start)? Dateline(CueText text) =>
        FirstExact(Dates(text, new TextSpan(0, Math.Min(text.Text.Length, 600)), null));

    private static List<(int Start, string Name)> Places(string text, ArraySegment<(int Start, string Word)> words, bool allowOn)
    {
        var places = new List<(int, string)>();
        for (var i = 0; i < words.Count; i++)
        {
            var preposition = PlacePrepositions.Contains(words[i].Word, StringComparer.Ordinal) || (allowOn && string.Equals(words[i].Word, "on", StringComparison.Ordinal));
            if (!preposition)
            {
                continue;
            }

            var j = i + 1;
            while (j < words.Count && j - i <= 4 && PlaceFillers.Contains(words[j].Word))
            {
                j++;
            }

            var first = j;
            while (j < words.Count && j - first < 4 && IsCapitalisedName(words[j].Word) && !IsCalendarWord(words[j].Word)
                && (j == first || OnlySpacesBetween(text, words[j - 1], words[j])))
            {
                j++;
            }

            if (j > first)
            {
                var start = words[first].Start;
                var end = words[j - 1].Start + words[j - 1].Word.Length;
                var name = text[start..end];
                if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
                {
                    name = name[..^2];
                }

                places.Add((start, name));
            }
        }

        return places;
    }

    /// <summary>Reads dates in a span against the document's date: absolute dates, years, months, weekdays and relative phrases.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="documentDate">The document's date, when known; relative dates stay partial without it.</param>
    /// <returns>Each cue with its position, in order.</returns>
    public static List<(int Start, DateCue Cue)> Dates(string text, TextSpan span, DateOnly? documentDate)
    {
        var words = Words(text, span).ToArray();
        return Dates(words, Array.ConvertAll(words, w => Fold(w.Word)), documentDate);
    }

    // folded[i] is Fold(words[i].Word): each word is folded once, not once for each neighbour that looks at it.
    private static List<(int Start, DateCue Cue)> Dates(ArraySegment<(int Start, string Word)> words, ArraySegment<string> folded, DateOnly? documentDate)
    {
        var cues = new List<(int, DateCue)>();
        for (var i = 0; i < words.Count; i++)
        {
            var (start, word) = words[i];
            var lower = folded[i];

            // "The deadliest attack since 2018" measures against another time; it does not date the event.
            var afterSince = i > 0 && words[i - 1].Word.Equals("since", StringComparison.OrdinalIgnoreCase);
            var month = MonthToken(words, folded, i);
            if (month > 0)
            {
                int? day = null;
                int? year = null;
                if (i + 1 < words.Count && TryDay(words[i + 1].Word, out var d))
                {
                    day = d;
                    if (i + 2 < words.Count && TryYear(words[i + 2].Word, out var y))
                    {
                        year = y;
                    }
                }
                else if (i + 1 < words.Count && TryYear(words[i + 1].Word, out var y2))
                {
                    year = y2;
                }

                if (day is null && i > 0 && TryDay(words[i - 1].Word, out var before))
                {
                    day = before;
                    if (i + 1 < words.Count && TryYear(words[i + 1].Word, out var y3))
                    {
                        year = y3;
                    }
                }

                if (year is null && documentDate is { } docDate && day is not null)
                {
                    year = docDate.Year;
                    if (new DateOnly(year.Value, month, Math.Min(day.Value, DateTime.DaysInMonth(year.Value, month))).DayNumber > docDate.DayNumber + 1)
                    {
                        year--;
                    }
                }

                if (year is null && day is null && documentDate is { } now && i > 0 && words[i - 1].Word.Equals("last", StringComparison.OrdinalIgnoreCase))
                {
                    // "Last March" in a January report is March of the year before.
                    year = month < now.Month ? now.Year : now.Year - 1;
                }

                var cue = new DateCue(year, month, day, null);
                if (!afterSince)
                {
                    cues.Add((start, cue.Exact is { } exact ? DateCue.Of(exact) : cue));
                }

                continue;
            }

            // "last Sunday's attack" dates the attack as surely as "on Sunday".
            var weekday = Array.IndexOf(WeekdayNames, lower.EndsWith("'s", StringComparison.Ordinal) ? lower[..^2] : lower);
            if (weekday >= 0)
            {
                if (i > 0 && (ReportingVerbs.Contains(words[i - 1].Word) || (i > 1 && words[i - 1].Word.Equals("on", StringComparison.OrdinalIgnoreCase) && ReportingVerbs.Contains(words[i - 2].Word))))
                {
                    continue;
                }

                var dayOfWeek = (DayOfWeek)weekday;
                cues.Add((start, documentDate is { } docDate ? DateCue.Of(MostRecent(docDate, dayOfWeek)) : new DateCue(null, null, null, dayOfWeek)));
                continue;
            }

            if (TryYear(word, out var bare) && !(i > 0 && MonthIndex(folded[i - 1]) > 0) && !(i > 1 && MonthIndex(folded[i - 2]) > 0))
            {
                if (!afterSince)
                {
                    cues.Add((start, new DateCue(bare, null, null, null)));
                }

                continue;
            }

            if (documentDate is { } reference)
            {
                var relative = Relative(lower, i + 1 < words.Count ? folded[i + 1] : null, i > 0 ? folded[i - 1] : null, reference);
                if (relative is { } r)
                {
                    cues.Add((start, r));
                }
            }
        }

        return cues;
    }

    /// <summary>Finds "last March": a month named as before the report's, with no day that could make it this month's date.</summary>
    /// <param name="text">The text.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>Where the phrase starts and the phrase as written, or <see langword="null"/>.</returns>
    public static (int Start, string Phrase)? LastMonth(CueText text, TextSpan span)
    {
        var words = text.Words(span, out var folded);
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1].Word.Equals("last", StringComparison.OrdinalIgnoreCase) && MonthToken(words, folded, i) > 0 && !(i + 1 < words.Count && TryDay(words[i + 1].Word, out _)))
            {
                return (words[i - 1].Start, words[i - 1].Word + " " + words[i].Word);
            }
        }

        return null;
    }

    /// <summary>Reads the dateline or byline date in a document's first lines: "— Feb 26, 2021", "Posted at Jan 28 2019", "January 1, 2023".</summary>
    /// <param name="text">The document text.</param>
    /// <returns>The first full date in the opening 600 characters and where it is written, or <see langword="null"/>.</returns>
    public static (DateOnly Date, int Start)? Dateline(string text) =>
        FirstExact(Dates(text, new TextSpan(0, Math.Min(text.Length, 600)), null));

    private static (DateOnly Date, int Start)? FirstExact(List<(int Start, DateCue Cue)> dates)
    {
        foreach (var (start, cue) in dates)
        {
            if (cue.Exact is { } exact)
            {
                return (exact, start);
            }
        }

        return null;
    }

    /// <summary>
    /// Returns whether two place names are the same place as written in Latin script: equal ignoring case,
    /// or with the same consonant skeleton ("Erbil" and "Irbil", "al-Bukamal" and "Albu Kamal" differ only in vowels and articles).
    /// </summary>
    /// <param name="a">A place name.</param>
    /// <param name="b">Another place name.</param>
    /// <returns><see langword="true"/> when they match.</returns>
    public static bool SamePlace(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Skeletons are compared letter by letter as they are read: linking compares many pairs of places, and
        // building two strings per pair cost more than the rest of the comparison.
        var x = new SkeletonReader(a);
        var y = new SkeletonReader(b);
        var length = 0;
        while (true)
        {
            var cx = x.Next();
            var cy = y.Next();
            if (cx != cy)
            {
                return false;
            }

            if (cx == '\0')
            {
                return length >= 3;
            }

            length++;
        }
    }

    /// <summary>Consonants of a name, lower-cased, without a leading Arabic article and without doubled letters.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The skeleton.</returns>
    public static string Skeleton(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("al-", StringComparison.Ordinal) || lower.StartsWith("el-", StringComparison.Ordinal) || lower.StartsWith("al ", StringComparison.Ordinal))
        {
            lower = lower[3..];
        }

        var builder = new System.Text.StringBuilder(lower.Length);
        foreach (var ch in lower)
        {
            if (char.IsLetter(ch) && "aeiouy".IndexOf(ch, StringComparison.Ordinal) < 0 && (builder.Length == 0 || builder[^1] != ch))
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    /// <summary>Reads the letters of <see cref="Skeleton"/> one at a time, without building it.</summary>
    private struct SkeletonReader
    {
        private readonly string name;
        private int index;
        private char last;

        public SkeletonReader(string name)
        {
            this.name = name;
            var article = name.Length >= 3 && char.ToLowerInvariant(name[0]) is 'a' or 'e' && char.ToLowerInvariant(name[1]) == 'l'
                && (name[2] == '-' || (name[2] == ' ' && char.ToLowerInvariant(name[0]) == 'a'));
            index = article ? 3 : 0;
            last = '\0';
        }

        /// <summary>Returns the next letter of the skeleton, or '\0' at its end.</summary>
        public char Next()
        {
            while (index < name.Length)
            {
                var ch = char.ToLowerInvariant(name[index++]);
                if (char.IsLetter(ch) && "aeiouy".IndexOf(ch, StringComparison.Ordinal) < 0 && ch != last)
                {
                    last = ch;
                    return ch;
                }
            }

            return '\0';
        }
    }

    /// <summary>Lower-cases a word with the invariant culture and folds typographic apostrophes.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The folded word.</returns>
    public static string Fold(string word) => word.ToLowerInvariant().Replace('’', '\'');

    private static DateOnly MostRecent(DateOnly reference, DayOfWeek day)
    {
        var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        return reference.AddDays(-back);
    }

    private static DateCue? Relative(string word, string? next, string? previous, DateOnly reference)
    {
        var afterLast = string.Equals(previous, "last", StringComparison.Ordinal);
        var afterThis = string.Equals(previous, "this", StringComparison.Ordinal);
        if (string.Equals(word, "yesterday", StringComparison.Ordinal))
        {
            return DateCue.Of(reference.AddDays(-1));
        }

        if (string.Equals(word, "today", StringComparison.Ordinal) || string.Equals(word, "tonight", StringComparison.Ordinal))
        {
            return DateCue.Of(reference);
        }

        if (string.Equals(word, "week", StringComparison.Ordinal) && afterLast)
        {
            var lastWeek = reference.AddDays(-7);
            return new DateCue(lastWeek.Year, lastWeek.Month, null, null);
        }

        if (string.Equals(word, "month", StringComparison.Ordinal) && (afterLast || afterThis))
        {
            var month = afterLast ? reference.AddMonths(-1) : reference;
            return new DateCue(month.Year, month.Month, null, null);
        }

        var yearAgo = string.Equals(next, "ago", StringComparison.Ordinal) && (string.Equals(previous, "a", StringComparison.Ordinal) || string.Equals(previous, "one", StringComparison.Ordinal));
        return string.Equals(word, "year", StringComparison.Ordinal) && (afterLast || yearAgo) ? new DateCue(reference.Year - 1, null, null, null) : null;
    }

    private static int MonthToken(ArraySegment<(int Start, string Word)> words, ArraySegment<string> folded, int i)
    {
        var word = words[i].Word;
        var month = MonthIndex(folded[i]);
        if (month == 0 || !char.IsUpper(word[0]))
        {
            return 0;
        }

        var numberNext = i + 1 < words.Count && IsNumber(words[i + 1].Word);
        var numberBefore = i > 0 && IsNumber(words[i - 1].Word);

        // "May" and "March" are also ordinary words, and abbreviations need a number to be dates.
        // "Last March", "in May": words that only go before a month settle it.
        var ambiguous = month is 3 or 5 || word.Length <= 4;
        var monthWordBefore = i > 0 && words[i - 1].Word.ToLowerInvariant() is "last" or "in" or "since" or "early" or "late" or "mid";
        return !ambiguous || numberNext || numberBefore || (monthWordBefore && word.Length > 4) ? month : 0;
    }

    private static int MonthIndex(string lower)
    {
        if (lower.Length < 3)
        {
            return 0;
        }

        for (var m = 0; m < MonthNames.Length; m++)
        {
            var name = MonthNames[m];
            if (string.Equals(lower, name, StringComparison.Ordinal)
                || (lower.Length >= 3 && lower.Length <= 4 && name.StartsWith(lower, StringComparison.Ordinal) && (lower.Length == 3 || string.Equals(lower, "sept", StringComparison.Ordinal))))
            {
                return m + 1;
            }
        }

        return 0;
    }

    private static bool IsNumber(string word) => word.Length > 0 && char.IsDigit(word[0]);

    private static bool TryDay(string word, out int day)
    {
        // Trimmed as a span: TrimEnd's character list was an array made, and a string cut, for every word dates look at.
        var digits = word.AsSpan().TrimEnd("sthndr");
        if (digits.Length is >= 1 and <= 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31)
        {
            return true;
        }

        day = 0;
        return false;
    }

    private static bool TryYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && word.Length == 4 && year is >= 1900 and <= 2100;

    private static bool OnlySpacesBetween(string text, (int Start, string Word) a, (int Start, string Word) b)
    {
        for (var i = a.Start + a.Word.Length; i < b.Start; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalisedName(string word) => char.IsUpper(word[0]) || word.StartsWith("al-", StringComparison.Ordinal);

    private static bool IsCalendarWord(string word)
    {
        var lower = Fold(word);
        return MonthIndex(lower) > 0 || Array.IndexOf(WeekdayNames, lower) >= 0;
    }
}
