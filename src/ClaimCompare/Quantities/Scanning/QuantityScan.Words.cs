using ClaimCompare.Text;

namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// The word reader: the outer loop that walks the text word by word and finds where a quantity may
/// start, and the primitives every stage reads words with (<see cref="ReadWord"/>, <see cref="PreviousWord"/>,
/// <see cref="LowerWord"/>, <see cref="SkipSpaces"/>).
/// </summary>
/// <remarks>
/// The stages call only these methods to split words; a word is read by the library's letter-word rule
/// (<see cref="Tokenizer.LetterWordEnd"/>) and folded by <see cref="TextFold"/>.
/// </remarks>
internal sealed partial class QuantityScan
{
    /// <summary>Scans the whole text and adds every quantity found to the output, in text order.</summary>
    public void Run()
    {
        // Every step moves i forward (Math.Max below): a phrase read as ending where it starts would
        // otherwise be read again forever, filling the output until memory runs out ("1..5" once did).
        var t = text;
        var n = t.Length;
        var i = 0;
        while (i < n)
        {
            var c = t[i];
            if (c < 128 && char.IsAsciiLetter(c))
            {
                var end = i + 1;
                while (end < n && char.IsLetter(t[end]))
                {
                    end++;
                }

                if ((i == 0 || !char.IsLetterOrDigit(t[i - 1])) && (end == n || !char.IsDigit(t[end])) && IsTrigger(t.AsSpan(i, end - i))
                    && TryPhrase(i, out var next))
                {
                    i = Math.Max(next, i + 1);
                    continue;
                }

                i = end;
                continue;
            }

            if (char.IsAsciiDigit(c) || IsSignOrSymbolStart(i))
            {
                if (TryPhrase(i, out var next))
                {
                    i = Math.Max(next, i + 1);
                    continue;
                }

                // Skip the rest of this digit run so that it is not retried from its middle.
                i++;
                while (i < n && char.IsAsciiDigit(t[i]))
                {
                    i++;
                }

                continue;
            }

            if (VulgarFractions.Contains(c) && TryPhrase(i, out var after))
            {
                i = Math.Max(after, i + 1);
                continue;
            }

            if (char.IsLetter(c))
            {
                // Non-ASCII words are never number words: skip the whole word.
                i++;
                while (i < n && char.IsLetter(t[i]))
                {
                    i++;
                }

                continue;
            }

            i++;
        }
    }

    /// <summary>Whether a word may open a quantity: a phrase start ("at least", "several") or a number word.</summary>
    private bool IsTrigger(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength || !lexicon.MightTrigger(word))
        {
            return false;
        }

        return lexicon.Roles.TryGetValue(TextFold.LowerCase(word, stackalloc char[word.Length]), out var roles) && (roles & (WordRoles.PhraseStart | WordRoles.NumberWord)) != WordRoles.None;
    }

    private ReadOnlySpan<char> PreviousWord(int start, out int wordStart)
    {
        var t = text;
        var p = start - 1;
        if (p >= 0 && t[p] == '.')
        {
            p--; // "No. 5", "Feb. 26"
        }

        while (p >= 0 && t[p] is ' ' or '\t' or '\u00A0' or '\u202F')
        {
            p--;
        }

        if (p >= 0 && t[p] == '.')
        {
            p--;
        }

        var e = p + 1;
        while (p >= 0 && (char.IsLetter(t[p]) || t[p] == '$'))
        {
            p--;
        }

        wordStart = p + 1;
        return t.AsSpan(p + 1, e - p - 1);
    }

    // A letter word (Tokenizer.LetterWordEnd): number words and hedges are letters only.
    private (int Start, int End) ReadWord(int p) => (p, Tokenizer.LetterWordEnd(text, p));

    // Folded as every reader folds a word (TextFold), cut to the buffer: no lexicon word is longer.
    private ReadOnlySpan<char> LowerWord(int start, int end, Span<char> buffer) => TextFold.LowerCase(text.AsSpan(start, end - start), buffer);

    private int SkipSpaces(int p)
    {
        var t = text;
        while (p < t.Length && t[p] is ' ' or '\t' or '\u00A0' or '\u202F')
        {
            p++;
        }

        return p;
    }

    private int SkipDot(int p) => p < text.Length && text[p] == '.' ? p + 1 : p;
}
