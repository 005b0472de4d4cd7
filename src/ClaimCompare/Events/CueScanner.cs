using System.Globalization;
using ClaimCompare.Lexicons;
using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>Span scanning for event cues: dates, content terms and place names, read from the words of an <see cref="AnalyzedText"/>.</summary>
/// <remarks>Stateless and thread-safe; every method runs in time linear in the scanned span times the table size.</remarks>
internal static class CueScanner
{
    private static readonly string[] MonthNames = WordSets.Of("dates.months");

    private static readonly string[] WeekdayNames = WordSets.Of("dates.weekdays");

    // Every folded word other than a number that can start a date: a month ("march", "mar", "sept"), a weekday
    // ("sunday", "sunday's") and the words of relative dates. Most words are none of these and are turned away
    // with one lookup.
    private static readonly HashSet<string> DateWords = new(
        [
            .. MonthNames, .. MonthNames.Select(m => m[..3]), .. WordSets.Of("dates.month-abbreviations"),
            .. WeekdayNames, .. WeekdayNames.Select(d => d + "'s"),
            .. WordSets.Of("dates.deictic"),
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWordLookup = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that report rather than date an event: in "said Monday" the weekday is the day of speaking.
    private static readonly HashSet<string> ReportingVerbs = new(WordSets.Of("events.reporting-verbs"), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbLookup = ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

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
    private static readonly HashSet<string> PlaceFillers = new(WordSets.Of("places.fillers"), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceFillerLookup = PlaceFillers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Collects the content terms of a span: lower-cased words of four letters or more that are not function words.</summary>
    /// <param name="text">The document, whose words and folded text are read, not split and folded again.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="into">Where to add; a term is added each time it occurs.</param>
    public static void AddTerms(AnalyzedText text, TextSpan span, TermBuffer into)
    {
        // Terms are numbered from the folded text itself: no word becomes a string of its own.
        Span<char> buffer = stackalloc char[64];
        foreach (var word in text.Words(span))
        {
            if (word.Length < 4 || char.IsDigit(text.Text[word.Start]))
            {
                continue;
            }

            var term = text.Folded(word);
            if (!StopWordLookup.Contains(term))
            {
                into.Add(term);

                // Names tell events apart better than common words: a capitalised word counts twice.
                if (char.IsUpper(text.Text[word.Start]))
                {
                    var marked = word.Length < buffer.Length ? buffer[..(word.Length + 1)] : new char[word.Length + 1];
                    marked[0] = '^';
                    term.CopyTo(marked[1..]);
                    into.Add(marked);
                }
            }
        }
    }

    /// <summary>Reads place names written after a preposition: "in eastern Syria" → Syria, "near the town of Albu Kamal" → Albu Kamal.</summary>
    /// <param name="text">The document.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="allowOn">Whether "on" also introduces a place ("the attack on Erbil"); only right after a trigger.</param>
    /// <returns>Where each place is written, in order, read as it is enumerated.</returns>
    public static PlaceScan Places(AnalyzedText text, TextSpan span, bool allowOn = false) => new(text, text.Words(span), allowOn);

    /// <summary>Reads the place name a preposition introduces, if the word is one and a name follows it.</summary>
    /// <param name="text">The document.</param>
    /// <param name="words">The scanned words.</param>
    /// <param name="i">The word's index.</param>
    /// <param name="allowOn">Whether "on" also introduces a place.</param>
    /// <returns>Where the name is written, without a possessive "'s", or <see langword="null"/>.</returns>
    public static TextSpan? PlaceAt(AnalyzedText text, ReadOnlySpan<TextSpan> words, int i, bool allowOn)
    {
        var preposition = text.Word(words[i]) is "in" or "near" or "at" or "outside" or "from" || (allowOn && text.Word(words[i]) is "on");
        if (!preposition)
        {
            return null;
        }

        var j = i + 1;
        while (j < words.Length && j - i <= 4 && PlaceFillerLookup.Contains(text.Word(words[j])))
        {
            j++;
        }

        var first = j;
        while (j < words.Length && j - first < 4 && IsCapitalisedName(text.Word(words[j])) && !IsCalendarWord(text.Folded(words[j]))
            && (j == first || OnlySpacesBetween(text.Text, words[j - 1], words[j])))
        {
            j++;
        }

        if (j == first)
        {
            return null;
        }

        var start = words[first].Start;
        var end = words[j - 1].End;
        return TextFold.EndsPossessive(text.Text.AsSpan(start, end - start)) ? new TextSpan(start, end - 2) : new TextSpan(start, end);
    }

    /// <summary>Reads dates in a span against the document's date: absolute dates, years, months, weekdays and relative phrases.</summary>
    /// <param name="text">The document.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="documentDate">The document's date, when known; relative dates stay partial without it.</param>
    /// <returns>Each cue with its position, in order, read as it is enumerated.</returns>
    public static DateScan Dates(AnalyzedText text, TextSpan span, DateOnly? documentDate) => new(text, text.Words(span, MayStartDate, out var mayStartDate), mayStartDate, documentDate);

    /// <summary>Whether a word can start a date: a number, a month, a weekday or a word of a relative date ("week", "yesterday").</summary>
    /// <param name="text">The document.</param>
    /// <param name="word">The word.</param>
    /// <returns><see langword="false"/> for most words, which no date starts with.</returns>
    public static bool MayStartDate(AnalyzedText text, TextSpan word) =>
        char.IsAsciiDigit(text.Text[word.Start]) || DateWordLookup.Contains(text.Folded(word));

    /// <summary>Reads the date a word starts, if any, reading its neighbours within the scanned words.</summary>
    /// <param name="text">The document.</param>
    /// <param name="words">The scanned words.</param>
    /// <param name="i">The word's index.</param>
    /// <param name="documentDate">The document's date, when known.</param>
    /// <returns>The cue, or <see langword="null"/>.</returns>
    public static DateCue? DateAt(AnalyzedText text, ReadOnlySpan<TextSpan> words, int i, DateOnly? documentDate)
    {
        if (!MayStartDate(text, words[i]))
        {
            return null;
        }

        var word = text.Word(words[i]);
        var lower = text.Folded(words[i]);

        // "The deadliest attack since 2018" measures against another time; it does not date the event.
        var afterSince = i > 0 && text.Word(words[i - 1]).Equals("since", StringComparison.OrdinalIgnoreCase);
        var month = MonthToken(text, words, i);
        if (month > 0)
        {
            int? day = null;
            int? year = null;
            if (i + 1 < words.Length && TryDay(text.Word(words[i + 1]), out var d))
            {
                day = d;
                if (i + 2 < words.Length && TryYear(text.Word(words[i + 2]), out var y))
                {
                    year = y;
                }
            }
            else if (i + 1 < words.Length && TryYear(text.Word(words[i + 1]), out var y2))
            {
                year = y2;
            }

            if (day is null && i > 0 && TryDay(text.Word(words[i - 1]), out var before))
            {
                day = before;
                if (i + 1 < words.Length && TryYear(text.Word(words[i + 1]), out var y3))
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

            if (year is null && day is null && documentDate is { } now && i > 0 && text.Word(words[i - 1]).Equals("last", StringComparison.OrdinalIgnoreCase))
            {
                // "Last March" in a January report is March of the year before.
                year = month < now.Month ? now.Year : now.Year - 1;
            }

            var cue = new DateCue(year, month, day, null);
            return afterSince ? null : cue.Exact is { } exact ? DateCue.Of(exact) : cue;
        }

        // "last Sunday's attack" dates the attack as surely as "on Sunday".
        var weekday = WeekdayIndex(lower is [.. var stem, '\'', 's'] ? stem : lower);
        if (weekday >= 0)
        {
            if (i > 0 && (ReportingVerbLookup.Contains(text.Word(words[i - 1]))
                || (i > 1 && text.Word(words[i - 1]).Equals("on", StringComparison.OrdinalIgnoreCase) && ReportingVerbLookup.Contains(text.Word(words[i - 2])))))
            {
                return null;
            }

            var dayOfWeek = (DayOfWeek)weekday;
            return documentDate is { } docDate ? DateCue.Of(MostRecent(docDate, dayOfWeek)) with { Relative = true } : new DateCue(null, null, null, dayOfWeek);
        }

        if (TryYear(word, out var bare) && !(i > 0 && MonthIndex(text.Folded(words[i - 1])) > 0) && !(i > 1 && MonthIndex(text.Folded(words[i - 2])) > 0))
        {
            return afterSince ? null : new DateCue(bare, null, null, null);
        }

        return documentDate is { } reference
            ? Relative(lower, i + 1 < words.Length ? text.Folded(words[i + 1]) : [], i > 0 ? text.Folded(words[i - 1]) : [], reference)
            : null;
    }

    /// <summary>Reads the dateline or byline date in a document's first lines: "— Feb 26, 2021", "Posted at Jan 28 2019", "January 1, 2023".</summary>
    /// <param name="text">The document.</param>
    /// <returns>The first full date in the opening 600 characters and where it is written, or <see langword="null"/>.</returns>
    public static (DateOnly Date, int Start)? Dateline(AnalyzedText text)
    {
        foreach (var (start, cue) in Dates(text, new TextSpan(0, Math.Min(text.Text.Length, 600)), null))
        {
            if (cue.Exact is { } exact)
            {
                return (exact, start);
            }
        }

        return null;
    }

    /// <summary>Finds "last March": a month named as before the report's, with no day that could make it this month's date.</summary>
    /// <param name="text">The text.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>Where the phrase starts and the phrase as written, or <see langword="null"/>.</returns>
    public static (int Start, string Phrase)? LastMonth(AnalyzedText text, TextSpan span)
    {
        var words = text.Words(span);
        for (var i = 1; i < words.Length; i++)
        {
            if (text.Word(words[i - 1]).Equals("last", StringComparison.OrdinalIgnoreCase) && MonthToken(text, words, i) > 0 && !(i + 1 < words.Length && TryDay(text.Word(words[i + 1]), out _)))
            {
                return (words[i - 1].Start, string.Concat(text.Word(words[i - 1]), " ", text.Word(words[i])));
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
        // One rule, written once: the skeleton is what SamePlace reads letter by letter, gathered into a string.
        var reader = new SkeletonReader(name);
        var builder = new System.Text.StringBuilder(name.Length);
        for (var ch = reader.Next(); ch != '\0'; ch = reader.Next())
        {
            builder.Append(ch);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Reads a place name's skeleton one letter at a time: lower-cased consonants, after a leading Arabic article
    /// ("al-", "el-", "al "), a letter repeated next to itself read once. <see cref="SamePlace"/> compares two as they are
    /// read; <see cref="Skeleton"/> gathers one.
    /// </summary>
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

    private static DateOnly MostRecent(DateOnly reference, DayOfWeek day)
    {
        var back = ((int)reference.DayOfWeek - (int)day + 7) % 7;
        return reference.AddDays(-back);
    }

    // A missing neighbour is the empty word, which no phrase here starts with.
    private static DateCue? Relative(ReadOnlySpan<char> word, ReadOnlySpan<char> next, ReadOnlySpan<char> previous, DateOnly reference)
    {
        var afterLast = previous is "last";
        var afterThis = previous is "this";
        if (word is "yesterday")
        {
            return DateCue.Of(reference.AddDays(-1)) with { Relative = true, Weekday = null };
        }

        if (word is "today" or "tonight")
        {
            return DateCue.Of(reference) with { Relative = true, Weekday = null };
        }

        if (word is "week" && afterLast)
        {
            var lastWeek = reference.AddDays(-7);
            return new DateCue(lastWeek.Year, lastWeek.Month, null, null);
        }

        if (word is "month" && (afterLast || afterThis))
        {
            var month = afterLast ? reference.AddMonths(-1) : reference;
            return new DateCue(month.Year, month.Month, null, null);
        }

        var yearAgo = next is "ago" && previous is "a" or "one";
        return word is "year" && (afterLast || yearAgo) ? new DateCue(reference.Year - 1, null, null, null) : null;
    }

    private static int MonthToken(AnalyzedText text, ReadOnlySpan<TextSpan> words, int i)
    {
        var word = text.Word(words[i]);
        var month = MonthIndex(text.Folded(words[i]));
        if (month == 0 || !char.IsUpper(word[0]))
        {
            return 0;
        }

        var numberNext = i + 1 < words.Length && IsNumber(text.Word(words[i + 1]));
        var numberBefore = i > 0 && IsNumber(text.Word(words[i - 1]));

        // "May" and "March" are also ordinary words, and abbreviations need a number to be dates.
        // "Last March", "in May": words that only go before a month settle it.
        var ambiguous = month is 3 or 5 || word.Length <= 4;
        // Folded, the words compare as lower-cased: none of them holds an apostrophe.
        var monthWordBefore = i > 0 && text.Folded(words[i - 1]) is "last" or "in" or "since" or "early" or "late" or "mid";
        return !ambiguous || numberNext || numberBefore || (monthWordBefore && word.Length > 4) ? month : 0;
    }

    private static int MonthIndex(ReadOnlySpan<char> lower)
    {
        if (lower.Length < 3)
        {
            return 0;
        }

        for (var m = 0; m < MonthNames.Length; m++)
        {
            var name = MonthNames[m];

            // Every form of a month starts with its first letter: most words are turned away here.
            if (name[0] != lower[0])
            {
                continue;
            }

            if (lower.SequenceEqual(name)
                || (lower.Length >= 3 && lower.Length <= 4 && name.AsSpan().StartsWith(lower, StringComparison.Ordinal) && (lower.Length == 3 || lower is "sept")))
            {
                return m + 1;
            }
        }

        return 0;
    }

    private static int WeekdayIndex(ReadOnlySpan<char> lower)
    {
        if (!lower.EndsWith("day", StringComparison.Ordinal))
        {
            return -1;
        }

        for (var d = 0; d < WeekdayNames.Length; d++)
        {
            if (lower.SequenceEqual(WeekdayNames[d]))
            {
                return d;
            }
        }

        return -1;
    }

    private static bool IsNumber(ReadOnlySpan<char> word) => word.Length > 0 && char.IsDigit(word[0]);

    private static bool TryDay(ReadOnlySpan<char> word, out int day)
    {
        var digits = word.TrimEnd("sthndr");
        if (digits.Length is >= 1 and <= 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31)
        {
            return true;
        }

        day = 0;
        return false;
    }

    private static bool TryYear(ReadOnlySpan<char> word, out int year)
    {
        // Parsed only when it can be a year: most words are not four characters from a digit.
        year = 0;
        return word.Length == 4 && char.IsAsciiDigit(word[0]) && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2100;
    }

    private static bool OnlySpacesBetween(string text, TextSpan a, TextSpan b)
    {
        for (var i = a.End; i < b.Start; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalisedName(ReadOnlySpan<char> word) => char.IsUpper(word[0]) || word.StartsWith("al-", StringComparison.Ordinal);

    private static bool IsCalendarWord(ReadOnlySpan<char> lower) => MonthIndex(lower) > 0 || WeekdayIndex(lower) >= 0;
}
