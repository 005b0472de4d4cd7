using System.Globalization;

namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// Digit runs: where a signed or symbol-led number starts, and one run of digits with its grouping,
/// decimals, power form, clock time, slash form or mixed fraction.
/// </summary>
internal sealed partial class QuantityScan
{
    /// <summary>
    /// Whether a sign, a comparison or a currency symbol at <paramref name="i"/> opens a number ("-5", "&lt; 10", "$5").
    /// A minus sign is glued to its digits: a dash with a space after it ("- 22 were killed", a bulleted line)
    /// is punctuation, and the number after it is read on its own.
    /// </summary>
    private bool IsSignOrSymbolStart(int i)
    {
        var t = text;
        var c = t[i];
        var nextIsDigit = i + 1 < t.Length && char.IsAsciiDigit(t[i + 1]);
        return c switch
        {
            '.' => nextIsDigit && (i == 0 || !char.IsLetterOrDigit(t[i - 1])),
            '+' => nextIsDigit,
            '-' or '−' => (i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] == '(') && nextIsDigit,
            '<' or '>' or '≥' or '≤' or '~' => NextNonSpaceIsDigitOrSign(i + 1),
            _ => CurrencySymbols.Contains(c) && nextIsDigit,
        };
    }

    private bool NextNonSpaceIsDigitOrSign(int p)
    {
        var t = text;
        p = SkipSpaces(p);
        if (p < t.Length && t[p] == '=')
        {
            p++;
        }

        p = SkipSpaces(p);
        if (p < t.Length && t[p] == '-')
        {
            p++;
        }

        return p < t.Length && char.IsAsciiDigit(t[p]);
    }

    private NumberCore ParseDigits(int p)
    {
        var t = text;
        var n = t.Length;
        var core = default(NumberCore);
        core.Start = p;
        core.Scale = 1;
        var q = p;
        while (q < n && char.IsAsciiDigit(t[q]))
        {
            q++;
        }

        var firstRun = q - p;
        core.LeadingZero = firstRun > 1 && t[p] == '0';
        if (TryDigitLabel(p, q, firstRun, ref core))
        {
            return core;
        }

        var grouped = false;
        if (firstRun is >= 1 and <= 3)
        {
            // "2,500", "1,234,567"; thin or no-break spaces too ("40 000").
            var sep = q < n ? t[q] : '\0';
            if (sep is ',' or '\u202F' or '\u00A0' or ' ')
            {
                var r = q;
                while (r < n && t[r] == sep && IsThreeDigitGroup(r + 1, sep))
                {
                    r += 4;
                    grouped = true;
                }

                if (grouped)
                {
                    q = r;
                }
            }
        }

        var intEnd = q;
        var hasDecimal = false;
        if (q + 1 < n && t[q] == '.' && char.IsAsciiDigit(t[q + 1]))
        {
            hasDecimal = true;
            q++;
            while (q < n && char.IsAsciiDigit(t[q]))
            {
                q++;
            }
        }

        var value = ParseInvariant(t.AsSpan(p, q - p));
        core.End = q;
        core.IsPlainInteger = !grouped && !hasDecimal && firstRun > 0;
        core.DigitCount = intEnd - p;
        value = ApplyPowerForm(value, ref q, ref core);

        // Clock times: "10:30".
        if (q + 2 < n && t[q] == ':' && char.IsAsciiDigit(t[q + 1]) && char.IsAsciiDigit(t[q + 2]) && core.IsPlainInteger && firstRun <= 2)
        {
            core.End = q + 3;
            core.Value = value;
            core.Reason = NonCountReason.Time;
            return core;
        }

        if (TrySlashForm(value, q, ref core))
        {
            return core;
        }

        core.Value = value;
        core.End = q;
        ExtendToMixedNumber(value, q, ref core);
        return core;
    }

    /// <summary>
    /// Digits that label rather than count, read before any grouping: the later groups of a dotted
    /// identifier, phone numbers and ISO dates (hyphen groups), the first group of a version or IP address.
    /// </summary>
    private bool TryDigitLabel(int p, int q, int firstRun, ref NumberCore core)
    {
        var t = text;
        var n = t.Length;

        // The later groups of a dotted identifier ("192.168.1.2") are labels on their own. Only from a
        // digit: from the dot of ".5" in "1..5" the group would be empty.
        if (firstRun > 0 && p > 1 && t[p - 1] == '.' && char.IsAsciiDigit(t[p - 2]))
        {
            core.End = q;
            core.Value = ParseInvariant(t.AsSpan(p, q - p));
            core.Reason = NonCountReason.Identifier;
            return true;
        }

        // Phone numbers and ISO dates: digit groups joined by two or more hyphens.
        if (firstRun >= 2 && q < n && t[q] == '-' && TryHyphenGroups(p, out var hyphenCore))
        {
            core = hyphenCore;
            return true;
        }

        // Dotted identifiers such as IP addresses or versions: report the first group on its own.
        if (q + 1 < n && t[q] == '.' && char.IsAsciiDigit(t[q + 1]))
        {
            var r = q + 1;
            while (r < n && char.IsAsciiDigit(t[r]))
            {
                r++;
            }

            if (r + 1 < n && t[r] == '.' && char.IsAsciiDigit(t[r + 1]) && firstRun > 0)
            {
                core.End = q;
                core.Value = ParseInvariant(t.AsSpan(p, q - p));
                core.Reason = NonCountReason.Identifier;
                return true;
            }
        }

        return false;
    }

    /// <summary>Slash forms: "3/4" is a fraction; "5/17/2018" a date; "24/7", "9/11" labels.</summary>
    private bool TrySlashForm(double value, int q, ref NumberCore core)
    {
        var t = text;
        var n = t.Length;
        if (!(q + 1 < n && t[q] == '/' && char.IsAsciiDigit(t[q + 1]) && core.IsPlainInteger))
        {
            return false;
        }

        var r = q + 1;
        while (r < n && char.IsAsciiDigit(t[r]))
        {
            r++;
        }

        var den = ParseInvariant(t.AsSpan(q + 1, r - q - 1));
        var secondSlash = r + 1 < n && t[r] == '/' && char.IsAsciiDigit(t[r + 1]);
        // Only small denominators make fractions: "9/11" and "24/7" are labels.
        if (!secondSlash && value < den && den <= 10 && (r == n || !char.IsLetterOrDigit(t[r])))
        {
            core.Value = value / den;
            core.End = r;
            core.IsFraction = true;
            core.IsPlainInteger = false;
            return true;
        }

        core.Value = value;
        core.Reason = secondSlash ? NonCountReason.Date : NonCountReason.Identifier;
        return true;
    }

    /// <summary>A mixed number: "2 1/4" (only small denominators, as in <see cref="TrySlashForm"/>).</summary>
    private void ExtendToMixedNumber(double value, int q, ref NumberCore core)
    {
        var t = text;
        var n = t.Length;
        if (!core.IsPlainInteger)
        {
            return;
        }

        var s = SkipSpaces(q);
        if (s > q && s < n && char.IsAsciiDigit(t[s]))
        {
            var r = s;
            while (r < n && char.IsAsciiDigit(t[r]))
            {
                r++;
            }

            if (r + 1 < n && t[r] == '/' && char.IsAsciiDigit(t[r + 1]))
            {
                var num = ParseInvariant(t.AsSpan(s, r - s));
                var d = r + 1;
                while (d < n && char.IsAsciiDigit(t[d]))
                {
                    d++;
                }

                var den = ParseInvariant(t.AsSpan(r + 1, d - r - 1));
                if (num < den && den <= 10 && (d == n || !char.IsLetterOrDigit(t[d])) && (d == n || t[d] != '/'))
                {
                    core.Value = value + (num / den);
                    core.End = d;
                    core.IsPlainInteger = false;
                    core.IsFraction = true;
                }
            }
        }
    }

    private bool IsThreeDigitGroup(int r, char sep)
    {
        var t = text;
        if (r + 3 > t.Length)
        {
            return false;
        }

        for (var k = 0; k < 3; k++)
        {
            if (!char.IsAsciiDigit(t[r + k]))
            {
                return false;
            }
        }

        if (r + 3 < t.Length && char.IsAsciiDigit(t[r + 3]))
        {
            return false;
        }

        if (sep == ' ' && r + 3 < t.Length && (char.IsLetter(t[r + 3]) || t[r + 3] is '/' or ':' or '-'))
        {
            return false;
        }

        return true;
    }

    private static double ParseInvariant(ReadOnlySpan<char> s)
    {
        Span<char> clean = stackalloc char[Math.Min(s.Length, 64)];
        var k = 0;
        foreach (var c in s)
        {
            if (k == clean.Length)
            {
                break;
            }

            if (c is not (',' or ' ' or '\u202F' or '\u00A0'))
            {
                clean[k++] = c;
            }
        }

        return double.TryParse(clean[..k], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : 0;
    }
}
