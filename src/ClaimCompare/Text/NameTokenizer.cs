using System.Globalization;
using System.Text;

namespace ClaimCompare.Text;

/// <summary>
/// Splits text into folded word tokens: compatibility forms and diacritics folded, lower-cased with the
/// invariant culture, apostrophes and acronym dots removed inside words, possessive "'s" dropped.
/// </summary>
/// <remarks>Stateless and thread-safe; a single forward pass, linear in the text length, that never throws on any input.</remarks>
internal static class NameTokenizer
{
    // The longest scratch buffer a thread keeps between calls.
    private const int MaxKeptKey = 1024;

    [ThreadStatic]
    private static KeyBuffer? t_key;

    /// <summary>Reads the next token at or after <paramref name="position"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where to start; on return, where the next call should start.</param>
    /// <param name="key">A scratch builder that receives the token's key; cleared first.</param>
    /// <param name="start">The token's first code unit.</param>
    /// <param name="end">One past the token's last code unit.</param>
    /// <param name="flags">What was seen.</param>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public static bool Next(ReadOnlySpan<char> text, ref int position, KeyBuffer key, out int start, out int end, out NameTokenFlags flags)
    {
        key.Clear();
        var word = new Reading { Start = -1, End = -1 };
        var i = position;
        while (i < text.Length)
        {
            var c = text[i];

            // Plain ASCII is most of any English text and needs none of the Unicode steps below (no ASCII
            // character folds or is a mark); apostrophes, backticks and dots keep their special handling there.
            if (char.IsAscii(c) && c is not ('\'' or '`' or '.'))
            {
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    if (key.Length > 0)
                    {
                        break;
                    }

                    i++;
                    continue;
                }

                if (key.Length == 0)
                {
                    word.Begin(i, char.IsAsciiLetterUpper(c) ? NameTokenFlags.InitialUpper : NameTokenFlags.None);
                }

                if (char.IsAsciiLetter(c))
                {
                    word.Letter(char.IsAsciiLetterUpper(c), char.IsAsciiLetterLower(c));
                }

                key.Append(char.ToLowerInvariant(c));
                i++;
                word.End = i;
                continue;
            }

            // Anything else (apostrophes, dots, marks, compatibility forms, other scripts) takes the Unicode steps.
            var step = NonAscii(text, ref i, key, ref word);
            if (step == Step.Possessive)
            {
                position = i;
                return word.Finish(out start, out end, out flags);
            }

            if (step == Step.End)
            {
                break;
            }
        }

        position = i;
        if (key.Length == 0)
        {
            start = -1;
            end = -1;
            flags = NameTokenFlags.None;
            return false;
        }

        if (i < text.Length && IsHyphen(text[i]) && IsWordChar(text, i + 1))
        {
            word.Flags |= NameTokenFlags.HyphenAfter;
        }

        return word.Finish(out start, out end, out flags);
    }

    /// <summary>What reading one character outside plain ASCII did.</summary>
    private enum Step
    {
        /// <summary>Read on.</summary>
        Next,

        /// <summary>The token ends before the character.</summary>
        End,

        /// <summary>A possessive "'s" ends the token and was passed over.</summary>
        Possessive,
    }

    /// <summary>Reads the character at <paramref name="i"/> that the ASCII fast path leaves, and moves past it.</summary>
    private static Step NonAscii(ReadOnlySpan<char> text, ref int i, KeyBuffer key, ref Reading word)
    {
        var c = text[i];
        var width = 1;
        Rune rune;
        if (Rune.DecodeFromUtf16(text[i..], out rune, out width) != System.Buffers.OperationStatus.Done)
        {
            rune = Rune.ReplacementChar;
            width = Math.Max(1, width);
        }

        if (key.Length > 0 && TextFold.IsApostrophe(c))
        {
            // A possessive "'s" ends the word and is dropped; an apostrophe between letters is part of a
            // transliteration ("Kait'ib", "Da'esh") and is removed so spellings with and without it meet.
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if ((next == 's' || next == 'S') && !IsWordChar(text, i + 2))
            {
                i += 2;
                word.End = i;
                return Step.Possessive;
            }

            if (IsWordChar(text, i + 1))
            {
                i++;
                return Step.Next;
            }

            return Step.End;
        }

        if (key.Length > 0 && c == '.' && IsLetter(text, i + 1) && IsSingleLetterBefore(text, i))
        {
            // "U.S.", "U.N.": dots between single letters are acronym punctuation.
            i++;
            return Step.Next;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark || rune.Value == 0x0640)
        {
            // Diacritics and Arabic harakat/tatweel vanish without splitting the word.
            i += width;
            return Step.Next;
        }

        if (category == UnicodeCategory.SpacingCombiningMark && key.Length > 0)
        {
            AppendLower(key, rune);
            i += width;
            word.End = i;
            return Step.Next;
        }

        if (rune.IsBmp && TextFold.Compatibility.TryGetValue((char)rune.Value, out var folded))
        {
            if (!AppendFolded(key, ref word, c, folded, i))
            {
                if (key.Length > 0)
                {
                    return Step.End;
                }

                i += width;
                return Step.Next;
            }

            i += width;
            word.End = i;
            return Step.Next;
        }

        if (Rune.IsLetterOrDigit(rune) && !TextFold.IsApostrophe(c))
        {
            if (key.Length == 0)
            {
                word.Begin(i, Rune.IsUpper(rune) ? NameTokenFlags.InitialUpper : Rune.IsLetter(rune) && !Rune.IsLower(rune) ? NameTokenFlags.Uncased : NameTokenFlags.None);
            }

            if (Rune.IsLetter(rune))
            {
                word.Letter(Rune.IsUpper(rune), Rune.IsLower(rune));
            }

            AppendLower(key, rune);
            i += width;
            word.End = i;
            return Step.Next;
        }

        if (key.Length > 0)
        {
            return Step.End;
        }

        i += width;
        return Step.Next;
    }

    /// <summary>
    /// Appends a compatibility character's fold ("ﬁ" → "fi") to the key, dropping what a second pass would drop.
    /// </summary>
    /// <returns><see langword="false"/> when the fold has no letter or digit (the character separates words).</returns>
    private static bool AppendFolded(KeyBuffer key, ref Reading word, char c, string folded, int i)
    {
        var any = false;
        foreach (var f in folded)
        {
            // A fold that yields an apostrophe-like modifier letter ("ẚ" to "aʾ") or a tatweel (Arabic
            // presentation forms) drops it, as a second pass would: otherwise Normalize is not idempotent.
            if (char.IsLetterOrDigit(f) && !TextFold.IsApostrophe(f) && f != '\u0640')
            {
                any = true;
                if (key.Length == 0)
                {
                    word.Begin(i, char.IsUpper(c) ? NameTokenFlags.InitialUpper : char.IsLower(c) || char.IsDigit(f) ? NameTokenFlags.None : NameTokenFlags.Uncased);
                }

                key.Append(f);
            }
        }

        if (any)
        {
            word.Letter(char.IsUpper(c), char.IsLower(c));
        }

        return any;
    }

    /// <summary>Splits <paramref name="text"/> into tokens.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The tokens, in order.</returns>
    public static List<NameToken> Tokenize(string text)
    {
        var tokens = new List<NameToken>();
        // One scratch buffer per thread: resolution tokenizes many short phrases, and each call used to allocate its own.
        var key = t_key ??= new KeyBuffer();
        var position = 0;
        while (Next(text, ref position, key, out var start, out var end, out var flags))
        {
            tokens.Add(new NameToken(start, end, key.ToString(), flags));
        }

        if (key.Capacity > MaxKeptKey)
        {
            t_key = null; // a huge word grew the buffer: let it go rather than keep it for the thread's lifetime
        }

        return tokens;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u00AD';


    private static void AppendLower(KeyBuffer key, Rune rune)
    {
        var lower = Rune.ToLowerInvariant(rune);
        if (lower.IsBmp && TextFold.Compatibility.TryGetValue((char)lower.Value, out var folded))
        {
            foreach (var f in folded)
            {
                if (char.IsLetterOrDigit(f) && !TextFold.IsApostrophe(f) && f != '\u0640')
                {
                    key.Append(f);
                }
            }

            return;
        }

        Span<char> buffer = stackalloc char[2];
        var written = lower.EncodeToUtf16(buffer);
        key.Append(buffer[..written]);
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length)
        {
            return false;
        }

        if (Rune.DecodeFromUtf16(text[index..], out var rune, out _) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        return Rune.IsLetterOrDigit(rune) || (rune.IsBmp && TextFold.Compatibility.TryGetValue((char)rune.Value, out var f) && f.Length > 0 && char.IsLetterOrDigit(f[0]));
    }

    private static bool IsLetter(ReadOnlySpan<char> text, int index) => index < text.Length && char.IsLetter(text[index]);

    private static bool IsSingleLetterBefore(ReadOnlySpan<char> text, int dot) =>
        dot >= 1 && char.IsLetter(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));

    /// <summary>The token being read: where it starts and ends, what was seen, its letters and whether one was lower case.</summary>
    /// <remarks>A local of one call; not shared.</remarks>
    private struct Reading
    {
        public int Start;
        public int End;
        public NameTokenFlags Flags;
        public int Letters;
        public bool Lower;

        /// <summary>Starts the token at its first code unit with what its first character says.</summary>
        public void Begin(int at, NameTokenFlags flags)
        {
            Start = at;
            Flags |= flags;
        }

        /// <summary>Counts a letter (or a folded character); an upper-case one after the first marks inner capitals.</summary>
        public void Letter(bool upper, bool lower)
        {
            if (Letters > 0 && upper)
            {
                Flags |= NameTokenFlags.InnerUpper;
            }

            Letters++;
            Lower |= lower;
        }

        /// <summary>Hands the token out; two or more letters and none lower case, from an initial capital, are all upper case.</summary>
        public readonly bool Finish(out int start, out int end, out NameTokenFlags flags)
        {
            start = Start;
            end = End;
            flags = Letters >= 2 && !Lower && (Flags & NameTokenFlags.InitialUpper) != NameTokenFlags.None ? Flags | NameTokenFlags.AllUpper : Flags;
            return true;
        }
    }
}
