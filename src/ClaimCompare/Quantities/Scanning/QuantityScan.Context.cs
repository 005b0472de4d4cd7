using ClaimCompare.Text;

namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// The context of a number: the words before and after it that say it is not a count (a year, a date,
/// money, an age, a measure), and the noun it counts.
/// </summary>
internal sealed partial class QuantityScan
{
    private NonCountReason ClassifyContext(int end, NumberCore core, bool hedged)
    {
        var before = ClassifyBefore(core);
        if (before != NonCountReason.None)
        {
            return before;
        }

        var after = ClassifyAfter(end, core);
        if (after != NonCountReason.None)
        {
            return after;
        }

        if (!hedged && LooksLikeYear(core))
        {
            // "2000 people" counts; "the 2020 attack" (a singular noun) and "in 2019" are years.
            if (!IsFollowedByPluralCountNoun(end))
            {
                return NonCountReason.Year;
            }
        }

        if (core.LeadingZero && !hedged)
        {
            return NonCountReason.Identifier;
        }

        return NonCountReason.None;
    }

    private static bool LooksLikeYear(NumberCore core) =>
        core.IsPlainInteger && core.DigitCount == 4 && core.Value is >= 1900 and <= 2100;

    private NonCountReason ClassifyBefore(NumberCore core)
    {
        var t = text;
        var s = core.Start;
        if (s > 0)
        {
            var c = t[s - 1];
            if (char.IsLetter(c) && char.IsAsciiDigit(t[s]))
            {
                return NonCountReason.Identifier;
            }

            if (c == '#' || (c is '-' or '/' && s > 1 && char.IsAsciiDigit(t[s - 2])))
            {
                // "#5"; the tail of "2021-22" or "24/7" that did not read as a range or fraction.
                return NonCountReason.Identifier;
            }

            if (CurrencySymbols.Contains(c))
            {
                return NonCountReason.Money;
            }

            if (c == '-' && s > 1 && char.IsLetter(t[s - 2]) && char.IsAsciiDigit(t[s]))
            {
                // "F-16", "COVID-19"; "mid-2019" is a year.
                return LooksLikeYear(core) ? NonCountReason.Year : NonCountReason.Identifier;
            }
        }

        var prev = PreviousWord(s, out var prevStart);
        if (prev.IsEmpty)
        {
            return NonCountReason.None;
        }

        var roles = Roles(prev);
        if ((roles & WordRoles.Month) != WordRoles.None && char.IsUpper(prev[0]) && core.IsPlainInteger)
        {
            return core.Value is >= 1 and <= 31 ? NonCountReason.Date : LooksLikeYear(core) ? NonCountReason.Year : NonCountReason.None;
        }

        if ((roles & WordRoles.CurrencyPrefix) != WordRoles.None && (prev.Length > 1 || char.IsUpper(prev[0])))
        {
            return NonCountReason.Money;
        }

        if ((roles & WordRoles.AgeWord) != WordRoles.None)
        {
            return NonCountReason.Age;
        }

        if ((roles & WordRoles.IdentifierHead) != WordRoles.None && !core.HasWords && (char.IsUpper(prev[0]) || t.AsSpan(prevStart + prev.Length).StartsWith(".", StringComparison.Ordinal) || prev.Length > 2))
        {
            return NonCountReason.Identifier;
        }

        return NonCountReason.None;
    }

    private NonCountReason ClassifyAfter(int end, NumberCore core)
    {
        var t = text;
        if (end >= t.Length)
        {
            return NonCountReason.None;
        }

        var c = t[end];
        if (c == '%' || (c == ' ' && end + 1 < t.Length && t[end + 1] == '%'))
        {
            return NonCountReason.Percentage;
        }

        if (c == '-' && end + 1 < t.Length && char.IsLetter(t[end + 1]))
        {
            // "22-year-old", "three-day", "10-km".
            var (ws, we) = ReadWord(end + 1);
            var roles = Roles(t.AsSpan(ws, we - ws));
            if ((roles & WordRoles.TimeUnit) != WordRoles.None)
            {
                return IsOld(we) ? NonCountReason.Age : NonCountReason.Time;
            }

            return (roles & WordRoles.Unit) != WordRoles.None ? NonCountReason.Measurement : NonCountReason.None;
        }

        var p = SkipSpaces(end);
        if (p >= t.Length || !char.IsLetter(t[p]))
        {
            return NonCountReason.None;
        }

        var (a, b) = ReadWord(p);
        var word = t.AsSpan(a, b - a);
        if (b - a == 1 && (word[0] | 0x20) is 'a' or 'p' && b + 1 < t.Length && t[b] == '.' && (t[b + 1] | 0x20) == 'm')
        {
            // "11 p.m.", "6 a.m.".
            return NonCountReason.Time;
        }

        var r = Roles(word);
        if ((r & WordRoles.Percent) != WordRoles.None)
        {
            if (word.Equals("per", StringComparison.OrdinalIgnoreCase))
            {
                var (c2, d2) = ReadWord(SkipSpaces(b));
                return t.AsSpan(c2, d2 - c2).Equals("cent", StringComparison.OrdinalIgnoreCase) ? NonCountReason.Percentage : NonCountReason.None;
            }

            return NonCountReason.Percentage;
        }

        if ((r & WordRoles.CurrencyWord) != WordRoles.None)
        {
            return NonCountReason.Money;
        }

        if ((r & WordRoles.Clock) != WordRoles.None && (r & WordRoles.TimeUnit) == WordRoles.None)
        {
            return NonCountReason.Time;
        }

        if ((r & WordRoles.TimeUnit) != WordRoles.None)
        {
            return IsOld(b) ? NonCountReason.Age : NonCountReason.Time;
        }

        if ((r & WordRoles.Unit) != WordRoles.None && (word.Length > 2 || b == t.Length || !char.IsLetter(t[b])) && word.Length > 1)
        {
            return NonCountReason.Measurement;
        }

        if ((r & WordRoles.Month) != WordRoles.None && char.IsUpper(word[0]) && core.IsPlainInteger && core.Value is >= 1 and <= 31)
        {
            return NonCountReason.Date;
        }

        if ((r & WordRoles.Clock) != WordRoles.None)
        {
            return NonCountReason.Time;
        }

        return NonCountReason.None;
    }

    private bool IsOld(int p)
    {
        // "-year-old", " years old", "-years-old".
        var t = text;
        var q = p < t.Length && t[p] == '-' ? p + 1 : SkipSpaces(p);
        var (a, b) = ReadWord(q);
        return b > a && t.AsSpan(a, b - a).Equals("old", StringComparison.OrdinalIgnoreCase);
    }

    private CountedThing PeekNoun(int end)
    {
        var t = text;
        var p = end;
        for (var k = 0; k < NounPeekWords; k++)
        {
            var q = p;
            while (q < t.Length && t[q] is ' ' or '-' or '\u00A0')
            {
                q++;
            }

            var (a, b) = ReadWord(q);
            if (b == a)
            {
                return CountedThing.Unknown;
            }

            var roles = Roles(t.AsSpan(a, b - a));
            if ((roles & WordRoles.Person) != WordRoles.None)
            {
                return CountedThing.People;
            }

            if ((roles & WordRoles.Thing) != WordRoles.None)
            {
                return CountedThing.Things;
            }

            p = b;
        }

        return CountedThing.Unknown;
    }

    private bool IsFollowedByPluralCountNoun(int end)
    {
        var (a, b) = ReadWord(SkipSpaces(end));
        if (b == a || (Roles(text.AsSpan(a, b - a)) & (WordRoles.Person | WordRoles.Thing)) == WordRoles.None)
        {
            return false;
        }

        var word = text.AsSpan(a, b - a);
        return word.EndsWith("s", StringComparison.OrdinalIgnoreCase)
            || word.Equals("people", StringComparison.OrdinalIgnoreCase) || word.Equals("police", StringComparison.OrdinalIgnoreCase)
            || word.Equals("personnel", StringComparison.OrdinalIgnoreCase) || word.Equals("staff", StringComparison.OrdinalIgnoreCase)
            || word.Equals("children", StringComparison.OrdinalIgnoreCase) || word.Equals("men", StringComparison.OrdinalIgnoreCase)
            || word.Equals("women", StringComparison.OrdinalIgnoreCase) || word.Equals("troops", StringComparison.OrdinalIgnoreCase);
    }

    private WordRoles Roles(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            return WordRoles.None;
        }

        return lexicon.Roles.TryGetValue(TextFold.LowerCase(word, stackalloc char[word.Length]), out var r) ? r : WordRoles.None;
    }

    private bool HasRole(ReadOnlySpan<char> word, WordRoles role) => (Roles(word) & role) != WordRoles.None;
}
