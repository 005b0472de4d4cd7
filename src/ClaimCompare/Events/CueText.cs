using System.Buffers;
using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>
/// One document's text with what every cue reading of it shares: its words, split once, its text folded once
/// (lower-cased, apostrophes made plain), and where the lexicon's phrases occur, found in one pass. A document is
/// read span by span (its lead, each claim's sentence and paragraph, clauses before triggers), and these answer
/// each span from the whole-text work, as views of it: a word is its span of the text, never a string of its own.
/// </summary>
/// <remarks>
/// Answers are exactly those of the span-by-span scans in <see cref="CueScanner"/>: a span whose edge cuts a
/// word is split on its own. Built and used by the one thread that reads the document; not thread-safe. The
/// words and folded text are rented: dispose the instance when the reading ends, and keep no view past that.
/// </remarks>
internal sealed class CueText : IDisposable
{
    private readonly PhraseTable? phrases;
    private PhraseMatch[][]? matches;

    // Rented, so reading a document leaves no garbage of this size behind; only the first wordCount words are the text's.
    private TextSpan[]? words;
    private int wordCount;
    private bool[]? dateFlags;
    private char[]? folded;

    /// <summary>Initializes a new instance of the <see cref="CueText"/> class.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="phrases">The phrase lists <see cref="FirstOf"/> and <see cref="Matches"/> look up, or <see langword="null"/>.</param>
    public CueText(string text, PhraseTable? phrases = null)
    {
        Text = text;
        this.phrases = phrases;
    }

    /// <summary>Gets the document text.</summary>
    public string Text { get; }

    /// <summary>Splits a span into words, as <see cref="CueScanner.Words(string, TextSpan)"/> does.</summary>
    /// <param name="span">Where to look.</param>
    /// <returns>The words' spans in order: a view of the document's words, not a copy, unless the span's edge cuts a word.</returns>
    public ReadOnlySpan<TextSpan> Words(TextSpan span) =>
        Locate(span) is var (lo, end) && lo >= 0 ? words.AsSpan(lo, end - lo) : CueScanner.Words(Text, span);

    /// <summary>
    /// Splits a span into words, as <see cref="Words(TextSpan)"/> does, telling for each whether a date can start with
    /// it (<see cref="CueScanner.MayStartDate"/>). A document's lead, sentences and paragraphs are read for dates again
    /// and again; each word of the document is looked up once.
    /// </summary>
    /// <param name="span">Where to look.</param>
    /// <param name="mayStartDate">One flag per word, in order.</param>
    /// <returns>The words' spans in order.</returns>
    public ReadOnlySpan<TextSpan> Words(TextSpan span, out ReadOnlySpan<bool> mayStartDate)
    {
        var (lo, end) = Locate(span);
        if (lo < 0)
        {
            var own = CueScanner.Words(Text, span);
            var flags = new bool[own.Length];
            for (var w = 0; w < flags.Length; w++)
            {
                flags[w] = CueScanner.MayStartDate(this, own[w]);
            }

            mayStartDate = flags;
            return own;
        }

        if (dateFlags is null)
        {
            dateFlags = ArrayPool<bool>.Shared.Rent(wordCount);
            for (var w = 0; w < wordCount; w++)
            {
                dateFlags[w] = CueScanner.MayStartDate(this, words![w]);
            }
        }

        mayStartDate = dateFlags.AsSpan(lo, end - lo);
        return words.AsSpan(lo, end - lo);
    }

    /// <summary>Finds the document's words a span holds, splitting the whole text the first time.</summary>
    /// <returns>The first word's index and one past the last's, or -1 when the span's edge cuts a word, which then reads part of it as a word of its own.</returns>
    private (int Lo, int End) Locate(TextSpan span)
    {
        if (words is null)
        {
            var whole = new TextSpan(0, Text.Length);
            wordCount = CueScanner.CountWords(Text, whole);
            words = ArrayPool<TextSpan>.Shared.Rent(wordCount);
            CueScanner.Words(Text, whole, words);
        }

        var all = words.AsSpan(0, wordCount);
        var (lo, end) = StartingIn(all, static w => w.Start, span);
        return (lo > 0 && all[lo - 1].End > span.Start) || (end > lo && all[end - 1].End > span.End) ? (-1, -1) : (lo, end);
    }

    /// <summary>Returns a word as written.</summary>
    /// <param name="word">The word's span.</param>
    /// <returns>The characters.</returns>
    public ReadOnlySpan<char> Word(TextSpan word) => Text.AsSpan(word.Start, word.Length);

    /// <summary>Returns a word folded: lower-cased with the invariant culture, typographic apostrophes made plain.</summary>
    /// <param name="word">The word's span.</param>
    /// <returns>The folded characters.</returns>
    public ReadOnlySpan<char> Folded(TextSpan word)
    {
        // Case maps character by character, and a word never holds half a surrogate pair, so folding the whole
        // text once folds every word, and every part of a word, as folding it alone would.
        if (folded is null)
        {
            folded = ArrayPool<char>.Shared.Rent(Text.Length);
            Text.AsSpan().ToLowerInvariant(folded);
            folded.AsSpan(0, Text.Length).Replace('’', '\'');
        }

        return folded.AsSpan(word.Start, word.Length);
    }

    /// <summary>Returns the rented words and folded text to their pools; views of them must not be read afterwards.</summary>
    public void Dispose()
    {
        if (words is not null)
        {
            ArrayPool<TextSpan>.Shared.Return(words);
            words = null;
        }

        if (folded is not null)
        {
            ArrayPool<char>.Shared.Return(folded);
            folded = null;
        }

        if (dateFlags is not null)
        {
            ArrayPool<bool>.Shared.Return(dateFlags);
            dateFlags = null;
        }
    }

    /// <summary>Returns the first of a list's phrases, in list order, that occurs in the span, as a search per phrase would find it.</summary>
    /// <param name="table">The list's index in the phrase table.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>The phrase, or <see langword="null"/>.</returns>
    public string? FirstOf(int table, TextSpan span)
    {
        var first = int.MaxValue;
        foreach (var match in Matches(table, span))
        {
            first = Math.Min(first, match.Phrase);
        }

        return first == int.MaxValue ? null : phrases!.Phrases(table)[first];
    }

    /// <summary>Returns the matches of one list's phrases that lie wholly inside a span, by start.</summary>
    /// <param name="table">The list's index in the phrase table.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>The matches, a view of the document's matches.</returns>
    public PhraseMatches Matches(int table, TextSpan span)
    {
        // Every list is found in the one pass the first question about any of them makes.
        matches ??= phrases!.FindAll(Text);
        var all = matches[table];
        var (lo, end) = StartingIn(all, static m => m.Start, span);
        return new PhraseMatches(all.AsSpan(lo, end - lo), span);
    }

    /// <summary>Returns the items that start inside a span, from items sorted by start.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, by start.</param>
    /// <param name="start">Where an item starts.</param>
    /// <param name="span">The span.</param>
    /// <returns>The first such item's index and one past the last's.</returns>
    public static (int Lo, int End) StartingIn<T>(ReadOnlySpan<T> items, Func<T, int> start, TextSpan span)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (start(items[mid]) < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < items.Length && start(items[end]) < span.End)
        {
            end++;
        }

        return (lo, end);
    }
}
