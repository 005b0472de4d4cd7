namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// What may follow a number: a range partner ("between 10 and 15", "10-15", "two or three") and a
/// postfix hedge ("22 or more", "200-plus", "40-odd").
/// </summary>
internal sealed partial class QuantityScan
{
    private bool TryRangePartner(NumberCore first, string connector, out NumberCore second)
    {
        second = default;
        var p = SkipSpaces(first.End);
        var (ws, we) = ReadWord(p);
        var matched = we > ws && text.AsSpan(ws, we - ws).Equals(connector, StringComparison.OrdinalIgnoreCase);
        for (var skip = 0; !matched && skip < 2 && we > ws && string.Equals(connector, "to", StringComparison.Ordinal); skip++)
        {
            // "from 120 wounded to 140": a noun may sit between the two numbers.
            (ws, we) = ReadWord(SkipSpaces(we));
            matched = we > ws && text.AsSpan(ws, we - ws).Equals(connector, StringComparison.OrdinalIgnoreCase);
        }

        if (!matched && string.Equals(connector, "to", StringComparison.Ordinal) && p < text.Length && text[p] is '-' or '–' or '—')
        {
            matched = true;
            we = p + 1;
        }

        if (!matched)
        {
            return false;
        }

        var q = SkipSpaces(we);
        return q < text.Length && ParseNumber(q, out second) && second.Reason is NonCountReason.None or NonCountReason.Ordinal
            && CompleteRange(first, ref second);
    }

    private bool TryRangeAfter(NumberCore first, out NumberCore second)
    {
        second = default;
        if (first.Reason != NonCountReason.None)
        {
            return false;
        }

        var t = text;
        var p = first.End;
        var q = SkipSpaces(p);
        if (q >= t.Length)
        {
            return false;
        }

        int after;
        var symbol = false;
        var or = false;
        if (t[q] is '-' or '–' or '—' or '~')
        {
            // Symbol ranges join digits only: "10-15", "5k-20k"; "three-nought-four" is three numbers.
            after = q + 1;
            symbol = true;
            if (!char.IsAsciiDigit(t[first.Start]) && t[first.Start] != '-')
            {
                return false;
            }
        }
        else
        {
            var (ws, we) = ReadWord(q);
            var w = t.AsSpan(ws, we - ws);
            if (we == ws || !(w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase)
                || w.Equals("through", StringComparison.OrdinalIgnoreCase) || w.Equals("thru", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            after = we;
            or = w.Equals("or", StringComparison.OrdinalIgnoreCase);
        }

        var r = SkipSpaces(after);
        if (symbol && (r >= t.Length || !char.IsAsciiDigit(t[r])))
        {
            return false;
        }

        if (r >= t.Length || !(char.IsAsciiDigit(t[r]) || char.IsLetter(t[r])))
        {
            return false;
        }

        // Digits pair with digits and words with words: "10-15", "two or three", not "10 to fifteen" in a date.
        if (char.IsAsciiDigit(t[r]) != char.IsAsciiDigit(t[first.Start]) && !(first.HasWords && char.IsAsciiDigit(t[first.Start])))
        {
            return false;
        }

        if (!ParseNumber(r, out second) || second.Reason != NonCountReason.None)
        {
            return false;
        }

        // Two years ("2019-2020") are a span of time, not a count range.
        if (LooksLikeYear(first) && LooksLikeYear(second))
        {
            return false;
        }

        // "15 or 16", "two or three" are ranges; "10 bln or 10 tln" are two numbers.
        if (or && (first.Scale != second.Scale || second.Value > 3 * first.Value))
        {
            return false;
        }

        return CompleteRange(first, ref second);
    }

    private static bool CompleteRange(NumberCore first, ref NumberCore second)
    {
        // "5 to 10 million": the scale of the second number carries back to the first.
        return first.Value < second.Value
            || (first.Scale == 1 && second.Scale > 1 && first.Value * second.Scale < second.Value);
    }

    private static double CarryScale(NumberCore first, NumberCore second) =>
        first.Scale == 1 && second.Scale > 1 && first.Value * second.Scale <= second.Value
            ? first.Value * second.Scale
            : first.Value;

    private bool TryPostfix(int end, out Hedge hedge, out int postEnd, out bool orEqual)
    {
        hedge = Hedge.None;
        postEnd = end;
        orEqual = false;
        var t = text;
        if (end < t.Length && t[end] == '+' && (end + 1 == t.Length || !char.IsAsciiDigit(t[end + 1])))
        {
            hedge = Hedge.AtLeast;
            postEnd = end + 1;
            return true;
        }

        var p = end;
        if (p < t.Length && t[p] == '-')
        {
            p++;
        }
        else
        {
            p = SkipSpaces(p);
        }

        if (p >= t.Length || !char.IsLetter(t[p]) || !lexicon.MightBePostfix(t[p]) || !MatchPhrase(p, prefix: false, out var entry, out var e))
        {
            return false;
        }

        // "200-plus", "40-odd" only with the hyphen; "or more" only without it.
        var hyphenated = p > end && t[end] == '-';
        var needsHyphen = entry.Words[0] is "plus" or "odd";
        if (hyphenated != needsHyphen)
        {
            return false;
        }

        // "200 or greater than 190": a postfix ending in "than"/"to" belongs to the next number.
        var last = entry.Words[^1];
        if (last is "than" or "to")
        {
            var q = SkipSpaces(e);
            if (q < t.Length && (char.IsAsciiDigit(t[q]) || (char.IsLetter(t[q]) && ParseNumber(q, out _))))
            {
                return false;
            }
        }

        orEqual = entry.Kind == PhraseKind.OrEqual;
        hedge = entry.Hedge;
        postEnd = e;
        return true;
    }
}
