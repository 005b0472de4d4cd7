namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// The written forms around digits: powers and exponents, hyphen groups (phone numbers, ISO dates),
/// international phone numbers, and the suffix glued to the digits ("5th", "10k", "1990s", "5km").
/// </summary>
internal sealed partial class QuantityScan
{
    /// <summary>Scientific forms after the digits: "1e10", "1.3e6", "1.1^23", "1.3x10^6". Returns the value they give.</summary>
    private double ApplyPowerForm(double value, ref int q, ref NumberCore core)
    {
        var t = text;
        var n = t.Length;
        if (q < n && t[q] is 'e' or 'E' && TryExponentDigits(q + 1, allowMany: false, out var e10, out var eEnd) && (eEnd == n || !char.IsLetter(t[eEnd])))
        {
            value = TimesTenTo(value, e10);
            q = eEnd;
            core.IsPlainInteger = false;
        }
        else if (q < n && t[q] == '^' && TryExponentDigits(q + 1, allowMany: true, out var power, out var pEnd))
        {
            value = Math.Pow(value, power);
            q = pEnd;
            core.IsPlainInteger = false;
        }
        else if (q + 3 < n && t[q] == 'x' && t[q + 1] == '1' && t[q + 2] == '0' && t[q + 3] == '^' && TryExponentDigits(q + 4, allowMany: true, out var x10, out var xEnd))
        {
            value = TimesTenTo(value, x10);
            q = xEnd;
            core.IsPlainInteger = false;
        }

        return value;
    }

    // Zero stays zero however large the exponent: "0e999" is 0, where 0 × 10^999 (infinity) would be NaN.
    private static double TimesTenTo(double value, double exponent) => value == 0 ? 0 : value * Math.Pow(10, exponent);

    private bool TryExponentDigits(int p, bool allowMany, out double exponent, out int end)
    {
        exponent = 0;
        end = p;
        var t = text;
        var sign = 1;
        var signs = 0;
        while (p < t.Length && t[p] is '+' or '-' && (allowMany || signs == 0))
        {
            if (t[p] == '-')
            {
                sign = -sign;
            }

            p++;
            signs++;
        }

        var s = p;
        while (p < t.Length && char.IsAsciiDigit(t[p]) && p - s < 4)
        {
            p++;
        }

        if (p == s)
        {
            return false;
        }

        exponent = sign * ParseInvariant(t.AsSpan(s, p - s));
        end = p;
        return true;
    }

    private bool TryHyphenGroups(int p, out NumberCore core)
    {
        core = default;
        var t = text;
        var q = p;
        var groups = 0;
        var digits = 0;
        var firstLen = 0;
        while (q < t.Length && char.IsAsciiDigit(t[q]))
        {
            var s = q;
            while (q < t.Length && char.IsAsciiDigit(t[q]))
            {
                q++;
            }

            if (groups == 0)
            {
                firstLen = q - s;
            }

            digits += q - s;
            groups++;
            if (q + 1 < t.Length && t[q] is '-' or '/' && char.IsAsciiDigit(t[q + 1]))
            {
                q++;
                continue;
            }

            break;
        }

        if (groups < 3)
        {
            return false;
        }

        core.Start = p;
        core.End = q;
        core.Scale = 1;
        core.NoValue = true;
        core.Reason = firstLen == 4 && digits <= 8 ? NonCountReason.Date : NonCountReason.PhoneNumber;
        return true;
    }

    private bool TryPhone(int p, out NumberCore core)
    {
        core = default;
        var t = text;
        var q = p + 1;
        var digits = 0;
        var last = q;
        while (q < t.Length && (char.IsAsciiDigit(t[q]) || t[q] is '-' or ' ' or '(' or ')' or '/' or '.'))
        {
            if (char.IsAsciiDigit(t[q]))
            {
                digits++;
                last = q + 1;
            }

            q++;
        }

        if (digits < 7)
        {
            return false;
        }

        core.Start = p;
        core.End = last;
        core.Scale = 1;
        core.NoValue = true;
        core.Reason = NonCountReason.PhoneNumber;
        return true;
    }

    private void ApplyDigitSuffix(ref NumberCore core)
    {
        var t = text;
        var q = core.End;
        if (q >= t.Length)
        {
            return;
        }

        if (t[q] == '%')
        {
            core.Reason = NonCountReason.Percentage;
            return;
        }

        if (!char.IsLetter(t[q]))
        {
            return;
        }

        var e = q;
        while (e < t.Length && (char.IsLetter(t[e]) || (t[e] is '.' or '/' && e + 1 < t.Length && char.IsLetter(t[e + 1]))))
        {
            e++;
        }

        var suffix = t.AsSpan(q, e - q);
        if (e - q > MaxWordLength)
        {
            core.Reason = NonCountReason.Identifier;
            return;
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        var len = suffix.ToLowerInvariant(lower);
        var low = lower[..len];
        if (low is "st" or "nd" or "rd" or "th")
        {
            core.Reason = NonCountReason.Ordinal;
            core.End = e;
            return;
        }

        if (lexicon.Multipliers.TryGetValue(suffix, out var mult) && (e == t.Length || !char.IsDigit(t[e])))
        {
            core.Value *= mult;
            core.Scale = mult;
            core.IsPlainInteger = false;
            core.End = e;
            return;
        }

        if (low is "s" or "'s" && core.DigitCount == 4)
        {
            core.Reason = NonCountReason.Year;
            core.End = e;
            return;
        }

        var roles = lexicon.Roles.TryGetValue(low, out var r) ? r : WordRoles.None;
        core.Reason = (roles & WordRoles.Clock) != WordRoles.None ? NonCountReason.Time
            : (roles & WordRoles.Unit) != WordRoles.None ? NonCountReason.Measurement
            : (roles & WordRoles.TimeUnit) != WordRoles.None ? NonCountReason.Time
            : NonCountReason.Identifier;
        core.End = e;
    }
}
