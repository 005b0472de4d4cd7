using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>
/// One document's text with what every cue reading of it shares: its words, split once, and where the
/// lexicon's phrases occur, found in one pass. A document is read span by span (its lead, each claim's
/// sentence and paragraph, clauses before triggers), and these answer each span from the whole-text work.
/// </summary>
/// <remarks>
/// Answers are exactly those of the span-by-span scans in <see cref="CueScanner"/>: a span whose edge cuts a
/// word is split on its own. Built and used by the one thread that reads the document; not thread-safe.
/// </remarks>
internal sealed class CueText
{
    private readonly PhraseTable[] tables;
    private readonly PhraseMatch[]?[] matches;
    private (int Start, string Word)[]? words;
    private string[]? foldedWords;

    /// <summary>Initializes a new instance of the <see cref="CueText"/> class.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tables">The phrase tables whose phrases <see cref="FirstOf"/> and <see cref="Matches"/> look up.</param>
    public CueText(string text, params PhraseTable[] tables)
    {
        Text = text;
        this.tables = tables;
        matches = new PhraseMatch[]?[tables.Length];
    }

    /// <summary>Gets the document text.</summary>
    public string Text { get; }

    /// <summary>Splits a span into words, as <see cref="CueScanner.Words"/> does.</summary>
    /// <param name="span">Where to look.</param>
    /// <returns>The words in order: a view of the document's words, not a copy.</returns>
    public ArraySegment<(int Start, string Word)> Words(TextSpan span)
    {
        var (all, lo, end) = Range(span);
        return all is null ? CueScanner.Words(Text, span).ToArray() : new ArraySegment<(int Start, string Word)>(all, lo, end - lo);
    }

    /// <summary>Splits a span into words, as <see cref="CueScanner.Words"/> does, with each word folded by <see cref="CueScanner.Fold"/>.</summary>
    /// <param name="span">Where to look.</param>
    /// <param name="folded">The folded words, in the same order.</param>
    /// <returns>The words in order: views of the document's words, not copies (spans are read many times a document).</returns>
    public ArraySegment<(int Start, string Word)> Words(TextSpan span, out ArraySegment<string> folded)
    {
        var (all, lo, end) = Range(span);
        if (all is null)
        {
            var own = CueScanner.Words(Text, span).ToArray();
            folded = Array.ConvertAll(own, w => CueScanner.Fold(w.Word));
            return own;
        }

        foldedWords ??= Array.ConvertAll(all, w => CueScanner.Fold(w.Word));
        folded = new ArraySegment<string>(foldedWords, lo, end - lo);
        return new ArraySegment<(int Start, string Word)>(all, lo, end - lo);
    }

    /// <summary>The document's words that make up a span, or none when the span's edge cuts a word.</summary>
    private ((int Start, string Word)[]? All, int Lo, int End) Range(TextSpan span)
    {
        words ??= [.. CueScanner.Words(Text, new TextSpan(0, Text.Length))];
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (words[mid].Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < words.Length && words[end].Start < span.End)
        {
            end++;
        }

        // A span that starts or ends inside a word reads part of it as a word of its own.
        return (lo > 0 && End(words[lo - 1]) > span.Start) || (end > lo && End(words[end - 1]) > span.End) ? (null, 0, 0) : (words, lo, end);
    }

    /// <summary>Returns the first of <paramref name="phrases"/>, in list order, that occurs in the span, as <see cref="CueScanner.FirstOf"/> does.</summary>
    /// <param name="span">Where to look.</param>
    /// <param name="phrases">The phrases.</param>
    /// <returns>The phrase, or <see langword="null"/>.</returns>
    public string? FirstOf(TextSpan span, IReadOnlyList<string> phrases)
    {
        var table = Array.FindIndex(tables, t => ReferenceEquals(t.Phrases, phrases));
        if (table < 0)
        {
            return CueScanner.FirstOf(Text, span, phrases);
        }

        var first = int.MaxValue;
        foreach (var match in Matches(table, span))
        {
            first = Math.Min(first, match.Phrase);
        }

        return first == int.MaxValue ? null : phrases[first];
    }

    /// <summary>Returns the matches of one table's phrases that lie wholly inside a span, by start.</summary>
    /// <param name="table">The table's index.</param>
    /// <param name="span">Where to look.</param>
    /// <returns>The matches.</returns>
    public List<PhraseMatch> Matches(int table, TextSpan span)
    {
        var all = matches[table] ??= tables[table].FindAll(Text);
        var found = new List<PhraseMatch>();
        foreach (var match in all)
        {
            if (match.Start >= span.End)
            {
                break;
            }

            if (match.Start >= span.Start && match.End <= span.End)
            {
                found.Add(match);
            }
        }

        return found;
    }

    private static int End((int Start, string Word) word) => word.Start + word.Word.Length;
}
