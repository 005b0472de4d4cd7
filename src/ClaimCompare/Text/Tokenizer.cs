namespace ClaimCompare.Text;

/// <summary>Splits text into words, numbers and punctuation marks, keeping offsets; allocation-free apart from the result list.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> within <paramref name="range"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="range">The part of the text to tokenize.</param>
    /// <returns>The tokens in order.</returns>
    public static List<Token> Tokenize(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, range, new List<Token>(Math.Max(4, range.Length / 5)));
    }

    /// <summary>Tokenizes <paramref name="text"/> within <paramref name="range"/> into a caller's list, cleared first.</summary>
    /// <param name="text">The text.</param>
    /// <param name="range">The part of the text to tokenize.</param>
    /// <param name="tokens">The list to fill; reusing one saves an allocation per sentence.</param>
    /// <returns><paramref name="tokens"/>.</returns>
    internal static List<Token> Tokenize(string text, TextSpan range, List<Token> tokens)
    {
        tokens.Clear();
        var i = range.Start;
        var end = Math.Min(range.End, text.Length);
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                    }
                    else if (IsJoiner(d) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                // Initialisms keep their periods: "U.S.", "U.N.", "a.m." are one word.
                if (i - start == 1 && i + 2 < end + 1 && i < end && text[i] == '.' && i + 1 < end && char.IsLetter(text[i + 1])
                    && (i + 2 >= end || text[i + 2] == '.'))
                {
                    while (i + 1 < end && text[i] == '.' && char.IsLetter(text[i + 1]) && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                    {
                        i += 2;
                    }

                    if (i < end && text[i] == '.')
                    {
                        i++;
                    }
                }

                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsDigit(d))
                    {
                        i++;
                    }
                    else if (d is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Number));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Punctuation));
            }
        }

        return tokens;
    }

    /// <summary>
    /// Returns where the letter word that starts at <paramref name="start"/> ends: a run of letters, with a plain
    /// apostrophe between two letters ("o'clock"). The words of number phrases and hedges are letters only, so a digit
    /// or a hyphen ends one ("twenty-two" is read word by word).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the word starts; it is not looked for.</param>
    /// <returns>One past the word's last character; <paramref name="start"/> when no letter stands there.</returns>
    internal static int LetterWordEnd(string text, int start)
    {
        var e = start;
        while (e < text.Length && (char.IsLetter(text[e]) || (text[e] == '\'' && e > start && e + 1 < text.Length && char.IsLetter(text[e + 1]))))
        {
            e++;
        }

        return e;
    }

    // A hyphen or an apostrophe, plain or typographic, joins the letters either side into one word.
    private static bool IsJoiner(char c) => c is '-' or '‐' or '‑' || TextFold.IsCommonApostrophe(c) || TextFold.IsTypographicApostrophe(c);
}
