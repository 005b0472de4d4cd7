using System.Buffers;

namespace ClaimCompare.Text;

/// <summary>
/// One document's text as every reader of it shares it: its words, split once, its text folded once
/// (<see cref="TextFold.FoldWords"/>), its lead and paragraphs, and where a <see cref="PhraseIndex"/>'s phrases
/// occur, found in one pass. A document is read span by span (its lead, each claim's sentence and paragraph,
/// clauses before triggers), and these answer each span from the whole-text work, as views of it: a word is its
/// span of the text, never a string of its own.
/// </summary>
/// <remarks>
/// A word is a run of letters and digits, with hyphens and apostrophes (' ’) between them (<see cref="NextWord"/>).
/// Answers are exactly those of splitting the span on its own: a span whose edge cuts a word is split on its own.
/// Built and used by the one thread that reads the document; not thread-safe. The words and folded text are
/// rented: dispose the instance when the reading ends, and keep no view past that.
/// </remarks>
internal sealed class AnalyzedText : IDisposable
{
    private PhraseIndex? hitsOf;
    private PhraseHit[][]? hits;

    // Rented, so reading a document leaves no garbage of this size behind; only the first wordCount words are the text's.
    private TextSpan[]? words;
    private int wordCount;
    private bool[]? marks;
    private WordTest? marked;
    private char[]? folded;

    /// <summary>Initializes a new instance of the <see cref="AnalyzedText"/> class; nothing is split or folded until asked.</summary>
    /// <param name="text">The document text.</param>
    public AnalyzedText(string text) => Text = text;

    /// <summary>A property of a word a reader asks of many spans: computed once per word of the document.</summary>
    /// <param name="text">The document.</param>
    /// <param name="word">The word.</param>
    /// <returns>Whether the word has it.</returns>
    public delegate bool WordTest(AnalyzedText text, TextSpan word);

    /// <summary>Gets the document text.</summary>
    public string Text { get; }

    /// <summary>Splits a span into words.</summary>
    /// <param name="span">Where to look.</param>
    /// <returns>The words' spans in order: a view of the document's words, not a copy, unless the span's edge cuts a word.</returns>
    public ReadOnlySpan<TextSpan> Words(TextSpan span) =>
        Locate(span) is var (lo, end) && lo >= 0 ? words.AsSpan(lo, end - lo) : Words(Text, span);

    /// <summary>
    /// Splits a span into words, as <see cref="Words(TextSpan)"/> does, telling for each whether it passes a test. A
    /// document's lead, sentences and paragraphs are read again and again (for dates, say); each word of the document
    /// is tested once, for the test last asked.
    /// </summary>
    /// <param name="span">Where to look.</param>
    /// <param name="test">The test; a static method, so that asking again finds its answers kept.</param>
    /// <param name="passes">One flag per word, in order.</param>
    /// <returns>The words' spans in order.</returns>
    public ReadOnlySpan<TextSpan> Words(TextSpan span, WordTest test, out ReadOnlySpan<bool> passes)
    {
        var (lo, end) = Locate(span);
        if (lo < 0)
        {
            var own = Words(Text, span);
            var flags = new bool[own.Length];
            for (var w = 0; w < flags.Length; w++)
            {
                flags[w] = test(this, own[w]);
            }

            passes = flags;
            return own;
        }

        if (marks is null || marked != test)
        {
            marks ??= ArrayPool<bool>.Shared.Rent(wordCount);
            marked = test;
            for (var w = 0; w < wordCount; w++)
            {
                marks[w] = test(this, words![w]);
            }
        }

        passes = marks.AsSpan(lo, end - lo);
        return words.AsSpan(lo, end - lo);
    }

    /// <summary>Finds the document's words a span holds, splitting the whole text the first time.</summary>
    /// <returns>The first word's index and one past the last's, or -1 when the span's edge cuts a word, which then reads part of it as a word of its own.</returns>
    private (int Lo, int End) Locate(TextSpan span)
    {
        if (words is null)
        {
            var whole = new TextSpan(0, Text.Length);
            wordCount = CountWords(Text, whole);
            words = ArrayPool<TextSpan>.Shared.Rent(wordCount);
            Words(Text, whole, words);
        }

        var all = words.AsSpan(0, wordCount);
        var (lo, end) = StartingIn(all, static w => w.Start, span);
        return (lo > 0 && all[lo - 1].End > span.Start) || (end > lo && all[end - 1].End > span.End) ? (-1, -1) : (lo, end);
    }

    /// <summary>Returns the headline and opening lines of a text: whole lines until about <paramref name="length"/> characters, at most <paramref name="maxLength"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="length">Lines are taken while fewer characters than this are taken.</param>
    /// <param name="maxLength">The lead never runs past this many characters, however long its last line.</param>
    /// <returns>The lead, from the start of the text.</returns>
    public static TextSpan Lead(string text, int length, int maxLength)
    {
        var end = 0;
        while (end < text.Length && end < length)
        {
            var next = text.IndexOf('\n', end);
            end = next < 0 ? text.Length : next + 1;
        }

        return new TextSpan(0, Math.Min(end, Math.Min(text.Length, maxLength)));
    }

    /// <summary>Returns the paragraph (the line) that holds a span: news text puts one paragraph on a line.</summary>
    /// <param name="text">The text.</param>
    /// <param name="span">The span; clamped to the text.</param>
    /// <returns>From the start of the span's first line to the end of its last, without the line break.</returns>
    public static TextSpan Paragraph(string text, TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        return new TextSpan(lineStart, lineEnd < 0 ? text.Length : lineEnd);
    }

    /// <summary>Returns a word as written.</summary>
    /// <param name="word">The word's span.</param>
    /// <returns>The characters.</returns>
    public ReadOnlySpan<char> Word(TextSpan word) => Text.AsSpan(word.Start, word.Length);

    /// <summary>Returns a word folded by <see cref="TextFold.FoldWords"/>: lower-cased with the invariant culture, the right single quote made plain.</summary>
    /// <param name="word">The word's span.</param>
    /// <returns>The folded characters.</returns>
    public ReadOnlySpan<char> Folded(TextSpan word)
    {
        // The whole text is folded once: folding it folds every word as folding the word alone would.
        if (folded is null)
        {
            folded = ArrayPool<char>.Shared.Rent(Text.Length);
            TextFold.FoldWords(Text, folded);
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

        if (marks is not null)
        {
            ArrayPool<bool>.Shared.Return(marks);
            marks = null;
            marked = null;
        }
    }

    /// <summary>
    /// Sets the phrase index whose hits <see cref="Hits"/> and <see cref="FirstOf"/> answer: the reader of the document
    /// names its lexicon's index once, and every list of it is found in one pass on the first question.
    /// </summary>
    /// <param name="phrases">The phrase index.</param>
    public void FindPhrasesOf(PhraseIndex phrases)
    {
        if (!ReferenceEquals(phrases, hitsOf))
        {
            hitsOf = phrases;
            hits = null;
        }
    }

    /// <summary>Returns the first of a list's phrases, in list order, that occurs in the span, as a search per phrase would find it.</summary>
    /// <param name="list">The list's index in the phrase index set by <see cref="FindPhrasesOf"/>.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>The phrase, or <see langword="null"/>.</returns>
    public string? FirstOf(int list, TextSpan span)
    {
        var first = int.MaxValue;
        foreach (var match in Hits(list, span))
        {
            first = Math.Min(first, match.Phrase);
        }

        return first == int.MaxValue ? null : hitsOf!.Phrases(list)[first];
    }

    /// <summary>Returns the hits of one list's phrases that lie wholly inside a span, by start.</summary>
    /// <param name="list">The list's index in the phrase index set by <see cref="FindPhrasesOf"/>.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>The hits, a view of the document's hits.</returns>
    public PhraseHits Hits(int list, TextSpan span)
    {
        // Every list is found in the one pass the first question about any of them makes.
        hits ??= hitsOf!.FindAll(Text);
        var all = hits[list];
        var (lo, end) = StartingIn(all, static m => m.Start, span);
        return new PhraseHits(all.AsSpan(lo, end - lo), span);
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

    /// <summary>Splits a span into words; a word is a run of letters, digits, hyphens and apostrophes.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>The words' spans in order.</returns>
    public static TextSpan[] Words(string text, TextSpan span)
    {
        // Counted first, so the array is made once at its size.
        var found = new TextSpan[CountWords(text, span)];
        Words(text, span, found);
        return found;
    }

    /// <summary>Counts the words of a span, as <see cref="Words(string, TextSpan)"/> splits it.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>The number of words.</returns>
    public static int CountWords(string text, TextSpan span)
    {
        var count = 0;
        var i = span.Start;
        while (NextWord(text, span.End, ref i, out _))
        {
            count++;
        }

        return count;
    }

    /// <summary>Splits a span into words, as <see cref="Words(string, TextSpan)"/> does, into a buffer.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="into">Where the words go; at least <see cref="CountWords"/> long.</param>
    public static void Words(string text, TextSpan span, Span<TextSpan> into)
    {
        var i = span.Start;
        for (var w = 0; NextWord(text, span.End, ref i, out var start); w++)
        {
            into[w] = new TextSpan(start, i);
        }
    }

    /// <summary>Moves past the next word before <paramref name="end"/>: a run of letters, digits, and hyphens or apostrophes (' ’) between them.</summary>
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
        while (i < end && (char.IsLetterOrDigit(text[i]) || ((text[i] == '-' || TextFold.IsCommonApostrophe(text[i])) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        return i > start;
    }
}
