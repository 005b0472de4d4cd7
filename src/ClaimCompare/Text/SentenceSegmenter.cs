using System.Buffers;
using System.Collections.Frozen;

namespace ClaimCompare.Text;

/// <summary>
/// Rule-based sentence segmentation for news English: line breaks end a sentence (headlines, bylines,
/// bullets and datelines carry no final punctuation), and so does <c>. ! ?</c> (with closing quotes or
/// brackets) before whitespace and a capital, digit or opening quote — unless the word before the
/// period is a known abbreviation ("Mr.", "Gen.", "Feb.") or an initial ("U.S.", "J.").
/// </summary>
/// <remarks>
/// A quotation that runs over several sentences is split at its inner sentence ends, as a reader
/// would; attribution across them is the claims stage's job. Linear in the text length.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class SentenceSegmenter : ISentenceSegmenter
{
    // Words that end with a period without ending a sentence (titles, months, common shortenings).
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt", "rev", "st", "jr", "sr",
        "vs", "etc", "inc", "co", "corp", "ltd", "govt", "dept", "brig", "adm", "prof", "sen", "rep", "gov", "pres",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "approx", "est", "fig", "mt", "ft", "cmdr", "supt", "insp", "hon", "messrs", "al");

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?\n\r");

    /// <summary>Gets the shared default instance.</summary>
    public static SentenceSegmenter Default { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<Sentence> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>(Math.Max(4, text.Length / 120));
        var span = text.AsSpan();
        int start = 0, paragraph = 0, position = 0;
        var blankLineSinceLastSentence = false;

        while (position < span.Length)
        {
            var offset = span[position..].IndexOfAny(Terminators);
            if (offset < 0)
            {
                break;
            }

            var at = position + offset;
            var c = span[at];
            if (c is '\n' or '\r')
            {
                Add(sentences, span, start, at, ref paragraph, ref blankLineSinceLastSentence);
                var next = at;
                while (next < span.Length && char.IsWhiteSpace(span[next]))
                {
                    next++;
                }

                // Plain-text news dumps put each paragraph on its own line, blank line or not.
                blankLineSinceLastSentence = true;
                start = position = next;
                continue;
            }

            // Absorb runs of terminators and closing quotes/brackets: "?!", ".”", ".)".
            var end = at + 1;
            while (end < span.Length && (span[end] is '.' or '!' or '?' || IsClosing(span[end])))
            {
                end++;
            }

            if (IsSentenceEnd(span, at, end))
            {
                Add(sentences, span, start, end, ref paragraph, ref blankLineSinceLastSentence);
                start = end;
            }

            position = end;
        }

        Add(sentences, span, start, span.Length, ref paragraph, ref blankLineSinceLastSentence);
        return sentences;
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«';

    private static bool IsSentenceEnd(ReadOnlySpan<char> text, int terminator, int end)
    {
        // What follows must be whitespace (or the end), then a capital, digit or opening quote.
        if (end >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var k = end;
        while (k < text.Length && text[k] is ' ' or '\t' or '\u00A0')
        {
            k++;
        }

        if (k >= text.Length || text[k] is '\n' or '\r')
        {
            return true;
        }

        var next = text[k];
        if (!(char.IsUpper(next) || char.IsDigit(next) || IsOpening(next) || next is '—' or '-' or '•'))
        {
            return false;
        }

        if (text[terminator] != '.')
        {
            return true;
        }

        // The word before the period: an abbreviation or an initial does not end the sentence.
        var wordEnd = terminator;
        var wordStart = wordEnd;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..wordEnd];
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Contains('.'))
        {
            // "U.S." or "a.m.": initials joined by periods. A following capitalised word after "U.S."
            // is usually a noun ("U.S. Army"), so do not split.
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "John F. Kennedy"
        }

        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(List<Sentence> sentences, ReadOnlySpan<char> text, int start, int end, ref int paragraph, ref bool newParagraph)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        if (newParagraph && sentences.Count > 0)
        {
            paragraph++;
        }

        newParagraph = false;
        sentences.Add(new Sentence(new TextSpan(start, end), sentences.Count, paragraph));
    }
}
