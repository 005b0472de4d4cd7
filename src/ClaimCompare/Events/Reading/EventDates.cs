using ClaimCompare.Lexicons;
using ClaimCompare.Text;

namespace ClaimCompare.Events.Reading;

/// <summary>
/// Tells a date that dates an event from a date that dates the reporting. English attaches an event's day to the
/// event noun, as a modifier before it ("Sunday's quake", "the June 2 crash", "the October 1, 2022, stampede") or as
/// an adverbial after it in the same clause ("a fire on Saturday", "a landslide Friday that buried", "the fire, which
/// erupted late Saturday"); a day set beside a reporting or toll-update verb ("said on Monday", "on Sunday revised the
/// toll", "the toll ... on Monday increased to 278") is the day of the report, which follow-up stories give days or
/// weeks after the event.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class EventDates
{
    /// <summary>The date stands beside a reporting or toll-update verb: it is the day of reporting.</summary>
    public const int Reported = -1;

    /// <summary>The date stands apart from every trigger.</summary>
    public const int Unanchored = 0;

    /// <summary>The date follows a trigger in the same clause, with no reporting verb between them.</summary>
    public const int Adverbial = 1;

    /// <summary>The date modifies a trigger: right before it, or right after it ("quake early Sunday").</summary>
    public const int Attributive = 2;

    // How many words an adverbial date may stand after its trigger: a clause of modifiers ("a massive landslide
    // devastated a remote village in Papua New Guinea early Friday") but not the next clause.
    private const int AdverbialReach = 25;

    // How many words back a reporting or update verb is looked for in the date's clause ("rose to 436 on Monday").
    private const int UpdateReach = 12;

    // How many words a modifier date may stand before its trigger ("June 2 Balasore train crash").
    private const int AttributiveReach = 2;

    // Words that may stand between a trigger and the date that follows it at once, and between a reporting verb and its date.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateLinks = Lookup(WordSets.Of("dates.links"));

    // Words of a date's extent that are not dates themselves ("Monday night", "Sunday evening's").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartsOfDay = Lookup(WordSets.Of("dates.parts-of-day"));

    // Auxiliaries between a date and the verb it modifies ("on Sunday has risen").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Lookup(WordSets.Of("dates.auxiliaries"));

    /// <summary>How firmly the date at <paramref name="dateStart"/> names the day of an event a trigger of <paramref name="span"/> names.</summary>
    /// <param name="lexicon">The lexicon, for its reporting verbs.</param>
    /// <param name="scan">The document's words.</param>
    /// <param name="span">The sentence or lead that holds the date and the triggers.</param>
    /// <param name="dateStart">Where the date is written.</param>
    /// <param name="triggers">The triggers of the span, in text order.</param>
    /// <returns><see cref="Reported"/>, <see cref="Unanchored"/>, <see cref="Adverbial"/> or <see cref="Attributive"/>.</returns>
    public static int Anchor(CompiledEventLexicon lexicon, AnalyzedText scan, TextSpan span, int dateStart, List<(int Start, TriggerEntry Entry, bool InRelation)> triggers)
    {
        var words = scan.Words(span);
        var first = IndexAt(words, dateStart);
        if (first < 0)
        {
            return Unanchored;
        }

        var last = first;
        while (last + 1 < words.Length && !Breaks(scan.Text, words[last].End, words[last + 1].Start)
            && (CueScanner.MayStartDate(scan, words[last + 1]) || PartsOfDay.Contains(scan.Word(words[last + 1]))))
        {
            last++;
        }

        if (BesideReportingVerb(lexicon, scan, words, first, last) || AfterUpdateVerb(lexicon, scan, words, first, triggers))
        {
            return Reported;
        }

        var best = Unanchored;
        foreach (var (start, entry, _) in triggers)
        {
            var end = start + entry.Phrase.Length;
            if (start >= words[last].End)
            {
                // A modifier before the trigger: "Sunday's quake", "the June 2 Balasore train crash".
                var between = CountWords(words, last + 1, words[last].End, start);
                if (between <= AttributiveReach && !Breaks(scan.Text, words[last].End, start))
                {
                    return Attributive;
                }
            }
            else if (end <= words[first].Start && !Breaks(scan.Text, end, words[first].Start))
            {
                var from = IndexAt(words, end, after: true);
                if (from < 0)
                {
                    continue;
                }

                var linksOnly = true;
                var verb = false;
                for (var w = from; w < first; w++)
                {
                    var word = scan.Word(words[w]);
                    linksOnly &= DateLinks.Contains(word);
                    verb |= lexicon.IsReportingVerb(word);
                }

                if (linksOnly)
                {
                    return Attributive;
                }

                if (!verb && first - from <= AdverbialReach)
                {
                    best = Adverbial;
                }
            }
        }

        return best;
    }

    /// <summary>Whether the date stands beside a reporting or toll-update verb: "said on Monday", "on Sunday revised", "on Sunday has risen".</summary>
    private static bool BesideReportingVerb(CompiledEventLexicon lexicon, AnalyzedText scan, ReadOnlySpan<TextSpan> words, int first, int last)
    {
        var before = first - 1;
        while (before >= 0 && DateLinks.Contains(scan.Word(words[before])))
        {
            before--;
        }

        if (before >= 0 && !Breaks(scan.Text, words[before].End, words[first].Start) && lexicon.IsReportingVerb(scan.Word(words[before])))
        {
            return true;
        }

        var after = last + 1;
        while (after < words.Length && Auxiliaries.Contains(scan.Word(words[after])))
        {
            after++;
        }

        return after < words.Length && !Breaks(scan.Text, words[last].End, words[after].Start) && lexicon.IsReportingVerb(scan.Word(words[after]));
    }

    /// <summary>
    /// Whether a reporting or toll-update verb stands earlier in the date's clause with no trigger after it: "the toll
    /// from the earthquake rose to 436 on Monday", "officials said 20 people were killed on Sunday".
    /// </summary>
    private static bool AfterUpdateVerb(CompiledEventLexicon lexicon, AnalyzedText scan, ReadOnlySpan<TextSpan> words, int first, List<(int Start, TriggerEntry Entry, bool InRelation)> triggers)
    {
        for (var w = first - 1; w >= Math.Max(0, first - UpdateReach); w--)
        {
            if (Breaks(scan.Text, words[w].End, words[w + 1].Start) || StartsTrigger(triggers, words[w]))
            {
                return false;
            }

            if (lexicon.IsReportingVerb(scan.Word(words[w])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsTrigger(List<(int Start, TriggerEntry Entry, bool InRelation)> triggers, TextSpan word)
    {
        foreach (var (start, entry, _) in triggers)
        {
            if (start < word.End && word.Start < start + entry.Phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence or clause ends between two positions: a full stop, a semicolon, a colon or a line break.</summary>
    private static bool Breaks(string text, int from, int to)
    {
        for (var i = Math.Max(from, 0); i < Math.Min(to, text.Length); i++)
        {
            if (text[i] is '\n' or ';' || (text[i] is '.' or ':' or '?' or '!' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the date at <paramref name="dateStart"/> is written as a day of the week or a relative day ("Sunday", "Sunday's", "yesterday", "today"), not as a calendar date.</summary>
    /// <param name="text">The document.</param>
    /// <param name="dateStart">Where the date is written.</param>
    /// <returns><see langword="true"/> for a weekday or relative day.</returns>
    public static bool IsRelativeDay(string text, int dateStart)
    {
        var end = dateStart;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(dateStart, end - dateStart);
        return word.EndsWith("day", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase);
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words from <paramref name="from"/> on that lie between two positions.</summary>
    private static int CountWords(ReadOnlySpan<TextSpan> words, int from, int start, int end)
    {
        var count = 0;
        for (var w = Math.Max(from, 0); w < words.Length && words[w].Start < end; w++)
        {
            if (words[w].Start >= start)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The index of the word that starts at <paramref name="position"/>, or with <paramref name="after"/> the first word at or after it; -1 when none.</summary>
    private static int IndexAt(ReadOnlySpan<TextSpan> words, int position, bool after = false)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w].Start == position || (after && words[w].Start >= position))
            {
                return w;
            }

            if (words[w].Start > position)
            {
                return -1;
            }
        }

        return -1;
    }
}
