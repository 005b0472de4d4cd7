using System.Globalization;

namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// The short, bounded look-aheads of spelled numbers: "half a dozen", "of a million", a scale word,
/// a small group after "and", a fraction after "and", the digits after "point", and vulgar fractions.
/// </summary>
internal sealed partial class QuantityScan
{
    private bool TryHalfADozen(int p, NumberWord half, out double value, out int end)
    {
        value = 0;
        end = p;
        if (half.Kind != NumberWordKind.Half)
        {
            return false;
        }

        var q = SkipSpaces(p);
        var (a, b) = ReadWord(q);
        if (b - a != 1 || char.ToLowerInvariant(text[a]) != 'a')
        {
            return false;
        }

        var r = SkipSpaces(b);
        var (c, d) = ReadWord(r);
        if (d > c && text.AsSpan(c, d - c).Equals("dozen", StringComparison.OrdinalIgnoreCase))
        {
            value = 6;
            end = d;
            return true;
        }

        return false;
    }

    private bool TryOfAScale(int p, out double scale, out int end)
    {
        scale = 1;
        end = p;
        var (a, b) = ReadWord(SkipSpaces(p));
        if (b == a || !text.AsSpan(a, b - a).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (c, d) = ReadWord(SkipSpaces(b));
        if (d - c != 1 || char.ToLowerInvariant(text[c]) != 'a')
        {
            return false;
        }

        return TryScaleWord(d, out scale, out end);
    }

    private bool TryScaleWord(int p, out double scale, out int end)
    {
        scale = 1;
        end = p;
        var q = SkipSpaces(p);
        var (ws, we) = ReadWord(q);
        if (we > ws && we - ws <= MaxWordLength && NumberWords.Lookup.TryGetValue(LowerWord(ws, we, stackalloc char[MaxWordLength]), out var w)
            && w.Kind == NumberWordKind.Scale && !w.Plural)
        {
            scale = w.Value;
            end = we;
            return true;
        }

        return false;
    }

    private bool IsSmallContinuation(int r, bool allowHundred)
    {
        var t = text;
        if (r >= t.Length)
        {
            return false;
        }

        if (char.IsAsciiDigit(t[r]))
        {
            var e = r;
            while (e < t.Length && char.IsAsciiDigit(t[e]))
            {
                e++;
            }

            if (e - r > 3 || (e - r == 1 && t[r] == '0') || (e < t.Length && (t[e] is '.' or ',') && e + 1 < t.Length && char.IsAsciiDigit(t[e + 1])))
            {
                return false;
            }

            return allowHundred || !NextWordIs(e, NumberWordKind.Hundred);
        }

        var (ws, we) = ReadWord(r);
        if (we == ws || we - ws > MaxWordLength || !NumberWords.Lookup.TryGetValue(LowerWord(ws, we, stackalloc char[MaxWordLength]), out var w))
        {
            return false;
        }

        if (w.Kind is not (NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens))
        {
            return false;
        }

        // "3 hundred and 2 hundred" are two numbers.
        return allowHundred || !NextWordIs(we, NumberWordKind.Hundred);
    }

    private bool TryFractionTail(int r, out double value, out int end)
    {
        // "a half", "a quarter", "one fourth", "two thirds", "fifty-four hundredths".
        value = 0;
        end = r;
        var (ws, we) = ReadWord(r);
        if (we == ws || we - ws > MaxWordLength || !NumberWords.Lookup.TryGetValue(LowerWord(ws, we, stackalloc char[MaxWordLength]), out var w))
        {
            return false;
        }

        double numerator;
        int numEnd;
        if (w.Kind == NumberWordKind.Article)
        {
            numerator = 1;
            numEnd = we;
        }
        else if (w.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens)
        {
            numerator = w.Value;
            numEnd = we;
            if (w.Kind == NumberWordKind.Tens && we < text.Length && text[we] == '-')
            {
                var (a, b) = ReadWord(we + 1);
                if (b > a && NumberWords.Lookup.TryGetValue(LowerWord(a, b, stackalloc char[MaxWordLength]), out var u) && u.Kind == NumberWordKind.Unit)
                {
                    numerator += u.Value;
                    numEnd = b;
                }
            }
        }
        else
        {
            return false;
        }

        var q = numEnd < text.Length && text[numEnd] == '-' ? numEnd + 1 : SkipSpaces(numEnd);
        var (c, d) = ReadWord(q);
        if (d == c || d - c > MaxWordLength || !NumberWords.Lookup.TryGetValue(LowerWord(c, d, stackalloc char[MaxWordLength]), out var den))
        {
            return false;
        }

        if (den.Kind is not (NumberWordKind.Denominator or NumberWordKind.Half or NumberWordKind.Quarter) || (numerator != 1 && !den.Plural))
        {
            return false;
        }

        value = numerator / den.Value;
        end = d;
        return true;
    }

    private bool TryPointDecimals(int pointStart, out double value, out int end)
    {
        // "point zero three", "point seventy-one", "point eleven": each word appends its digits.
        value = 0;
        end = pointStart;
        var (ws, we) = ReadWord(SkipSpaces(pointStart));
        if (we == ws || !text.AsSpan(ws, we - ws).Equals("point", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Span<char> digits = stackalloc char[32];
        var count = 0;
        var p = we;
        Span<char> buffer = stackalloc char[MaxWordLength];
        while (count < 28)
        {
            var q = SkipSpaces(p);
            var (a, b) = ReadWord(q);
            if (b == a || b - a > MaxWordLength || !NumberWords.Lookup.TryGetValue(LowerWord(a, b, buffer), out var w)
                || w.Kind is not (NumberWordKind.Unit or NumberWordKind.Zero or NumberWordKind.Teen or NumberWordKind.Tens))
            {
                break;
            }

            var v = (int)w.Value;
            p = b;
            if (w.Kind == NumberWordKind.Tens && b < text.Length && text[b] == '-')
            {
                var (c, d) = ReadWord(b + 1);
                if (d > c && NumberWords.Lookup.TryGetValue(LowerWord(c, d, buffer), out var u) && u.Kind == NumberWordKind.Unit)
                {
                    v += (int)u.Value;
                    p = d;
                }
            }

            v.TryFormat(digits[count..], out var written, provider: CultureInfo.InvariantCulture);
            count += written;
        }

        if (count == 0)
        {
            return false;
        }

        value = double.Parse(digits[..count], NumberStyles.None, CultureInfo.InvariantCulture) / Math.Pow(10, count);
        end = p;
        return true;
    }

    private static double VulgarValue(char c) => c switch
    {
        '½' => 0.5,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6,
        '⅚' => 5.0 / 6,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        _ => 0.875,
    };
}
