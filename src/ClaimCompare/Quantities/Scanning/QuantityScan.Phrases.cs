namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// Reading one quantity phrase: an opening (a lexicon hedge such as "at least" or "between", or a
/// comparison sign), one number, then a range partner, a ratio or a postfix hedge; and the vague
/// lexicon phrases ("several hundred"). Which lexicon phrase starts at a word is found by
/// <see cref="MatchPhrase"/> (QuantityScan.PhraseMatch.cs).
/// </summary>
internal sealed partial class QuantityScan
{
    private bool TryPhrase(int pos, out int next)
    {
        next = pos;
        var t = text;
        var hedge = Hedge.None;
        var numberStart = pos;
        PhraseKind? prefixKind = null;

        if (char.IsLetter(t[pos]))
        {
            if (IsArticle(pos) && !ArticleMayOpenPhrase(pos))
            {
                return false;
            }

            if (MatchPhrase(pos, prefix: true, out var entry, out var entryEnd))
            {
                switch (entry.Kind)
                {
                    case PhraseKind.Vague:
                    case PhraseKind.Exact:
                        return EmitLexiconPhrase(pos, entry, entryEnd, Hedge.None, pos, out next);
                    case PhraseKind.PrefixHedge:
                    case PhraseKind.ExactHedge:
                    case PhraseKind.Between:
                    case PhraseKind.From:
                        prefixKind = entry.Kind;
                        hedge = entry.Hedge;
                        numberStart = SkipSpaces(SkipDot(entryEnd));
                        break;
                    default:
                        break;
                }
            }
        }
        else if (t[pos] is '<' or '>' or '≥' or '≤' or '~')
        {
            if (!TryComparisonSign(pos, out hedge, out numberStart))
            {
                return false;
            }

            prefixKind = PhraseKind.PrefixHedge;
        }

        return TryHedgedNumber(pos, numberStart, hedge, prefixKind, out next);
    }

    /// <summary>Reads a comparison sign as a hedge: "&lt;", "&gt;=", "≤", "~". Doubled signs ("&lt;&lt;", "=&gt;") are arrows, not hedges.</summary>
    private bool TryComparisonSign(int pos, out Hedge hedge, out int numberStart)
    {
        hedge = Hedge.None;
        numberStart = pos;
        var t = text;
        if (pos > 0 && t[pos - 1] is '<' or '>' or '=')
        {
            return false;
        }

        var p = pos + 1;
        var symbolOrEqual = t[pos] is '≥' or '≤';
        var q = SkipSpaces(p);
        if (q < t.Length && t[q] == '=')
        {
            symbolOrEqual = true;
            p = q + 1;
        }

        if (p < t.Length && t[p] is '>' or '<')
        {
            return false;
        }

        hedge = t[pos] switch
        {
            '~' => Hedge.Approximately,
            '<' or '≤' => symbolOrEqual ? Hedge.AtMost : Hedge.LessThan,
            _ => symbolOrEqual ? Hedge.AtLeast : Hedge.MoreThan,
        };
        numberStart = SkipSpaces(p);
        return true;
    }

    /// <summary>Reads the number after an opening (or with none) and what follows it: a range, a ratio, a postfix hedge.</summary>
    private bool TryHedgedNumber(int phraseStart, int numberStart, Hedge hedge, PhraseKind? prefixKind, out int next)
    {
        next = phraseStart;
        var t = text;

        if (numberStart >= t.Length)
        {
            return false;
        }

        if (prefixKind is PhraseKind.PrefixHedge && char.IsLetter(t[numberStart])
            && MatchPhrase(numberStart, prefix: true, out var vague, out var vagueEnd) && vague.Kind == PhraseKind.Vague)
        {
            // Stacked forms: "up to a handful", "more than several".
            return EmitLexiconPhrase(numberStart, vague, vagueEnd, hedge, phraseStart, out next);
        }

        if (!ParseNumber(numberStart, out var first))
        {
            return false;
        }

        if (first.IsBareOne && prefixKind is null && IsPronounOne(first))
        {
            return false;
        }

        if (first.Reason == NonCountReason.PhoneNumber || (first.Reason != NonCountReason.None && prefixKind is null))
        {
            EmitPlain(first, first.Reason);
            next = first.End;
            return true;
        }

        // Ratios written out: "one over three", "two out of five hundred", "1 in twenty-one".
        if (prefixKind is null && TryRatio(first, out var ratio))
        {
            EmitPlain(ratio, NonCountReason.Fraction);
            next = ratio.End;
            return true;
        }

        // Ranges: "between 10 and 15", "from 120 to 140", "10 to 15", "10-15", "15 or 16".
        if (prefixKind is PhraseKind.Between or PhraseKind.From)
        {
            var connector = prefixKind is PhraseKind.Between ? "and" : "to";
            if (TryRangePartner(first, connector, out var second))
            {
                EmitRange(phraseStart, first, second);
                next = second.End;
                return true;
            }

            // A lone "between"/"from" is not a hedge; read the number by itself.
            phraseStart = numberStart;
            prefixKind = null;
            hedge = Hedge.None;
        }

        if (prefixKind is null or PhraseKind.PrefixHedge && hedge is Hedge.None or Hedge.Approximately)
        {
            if (TryRangeAfter(first, out var second))
            {
                EmitRange(hedge == Hedge.None ? phraseStart : numberStart, first, second);
                next = second.End;
                return true;
            }
        }

        // Postfix hedges: "22 or more", "200-plus", "40-odd", "more than 5000 or equal to".
        var end = ApplyPostfixHedge(first.End, numberStart, prefixKind, ref hedge, ref phraseStart);
        EmitHedged(phraseStart, end, first, hedge);
        next = end;
        return true;
    }

    /// <summary>
    /// Merges a postfix hedge after the number with the opening's hedge and returns where the phrase ends:
    /// "or equal to" turns "more than" into "at least"; "or more" replaces "about" or stands alone.
    /// </summary>
    private int ApplyPostfixHedge(int end, int numberStart, PhraseKind? prefixKind, ref Hedge hedge, ref int phraseStart)
    {
        if (TryPostfix(end, out var postHedge, out var postEnd, out var orEqual))
        {
            if (orEqual)
            {
                if (hedge is Hedge.MoreThan or Hedge.LessThan)
                {
                    hedge = hedge == Hedge.MoreThan ? Hedge.AtLeast : Hedge.AtMost;
                    end = postEnd;
                }
            }
            else if (hedge is Hedge.None or Hedge.Approximately || prefixKind is PhraseKind.ExactHedge)
            {
                // "about five hundred or more": the postfix wins and the span starts at the number.
                if (hedge == Hedge.Approximately)
                {
                    phraseStart = numberStart;
                }

                hedge = postHedge;
                end = postEnd;
            }
        }

        return end;
    }

    private bool TryRatio(NumberCore first, out NumberCore ratio)
    {
        ratio = first;
        var t = text;
        var p = SkipSpaces(first.End);
        var (ws, we) = ReadWord(p);
        if (we == ws || first.Reason != NonCountReason.None)
        {
            return false;
        }

        var w = t.AsSpan(ws, we - ws);
        var kind = w.Equals("over", StringComparison.OrdinalIgnoreCase) ? 1
            : w.Equals("in", StringComparison.OrdinalIgnoreCase) ? 2
            : w.Equals("out", StringComparison.OrdinalIgnoreCase) ? 3
            : 0;
        if (kind == 0)
        {
            return false;
        }

        var q = SkipSpaces(we);
        if (kind == 3)
        {
            var (a, b) = ReadWord(q);
            if (b == a || !t.AsSpan(a, b - a).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            q = SkipSpaces(b);
        }

        if (q >= t.Length || !(char.IsAsciiDigit(t[q]) || char.IsLetter(t[q])) || !ParseNumber(q, out var den) || den.Reason != NonCountReason.None || den.Value == 0)
        {
            return false;
        }

        // "over" and "in" are ratios only when nothing is counted after them ("20 over two days" is not).
        var r = SkipSpaces(den.End);
        var endsPhrase = r >= t.Length || !char.IsLetterOrDigit(t[r]);
        var ok = kind switch
        {
            1 => endsPhrase,
            2 => endsPhrase && first.Value == 1,
            _ => Math.Abs(first.Value) < den.Value,
        };
        if (!ok)
        {
            return false;
        }

        ratio.Value = first.Value / den.Value;
        ratio.End = den.End;
        ratio.IsFraction = true;
        ratio.IsPlainInteger = false;
        return true;
    }

    private bool IsArticle(int pos)
    {
        var t = text;
        return (t[pos] | 0x20) == 'a'
            && (pos + 1 == t.Length || !char.IsLetter(t[pos + 1]) || ((t[pos + 1] | 0x20) == 'n' && (pos + 2 == t.Length || !char.IsLetter(t[pos + 2]))));
    }

    private bool ArticleMayOpenPhrase(int pos)
    {
        var (_, we) = ReadWord(pos);
        var (a, b) = ReadWord(SkipSpaces(we));
        if (b == a || b - a > MaxWordLength)
        {
            return false;
        }

        return lexicon.ArticleFollowers.Contains(LowerWord(a, b, stackalloc char[MaxWordLength]));
    }

    private bool IsPronounOne(NumberCore core)
    {
        var prev = PreviousWord(core.Start, out _);
        if (!prev.IsEmpty && HasRole(prev, WordRoles.PronounDeterminer))
        {
            return true;
        }

        var p = SkipSpaces(core.End);
        var (ws, we) = ReadWord(p);
        if (we > ws)
        {
            var w = text.AsSpan(ws, we - ws);
            if (w.Equals("another", StringComparison.OrdinalIgnoreCase) || w.Equals("day", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return p < text.Length && text[p] == '\'';
    }

    private bool EmitLexiconPhrase(int pos, PhraseEntry entry, int entryEnd, Hedge hedge, int phraseStart, out int next)
    {
        var low = entry.Low;
        var high = entry.High;
        var end = entryEnd;

        if (entry.Kind == PhraseKind.Exact)
        {
            if (hedge != Hedge.None)
            {
                next = pos;
                return false;
            }

            var value = low ?? 0;
            Add(pos, end, value, Interval.Exactly(value), Hedge.None, Vagueness.Exact, NonCountReason.None);
            next = end;
            return true;
        }

        if (entry.Scales)
        {
            // "several hundred", "a few dozen", "a couple of thousand".
            var p = SkipSpaces(end);
            var (ws, we) = ReadWord(p);
            if (we > ws && text.AsSpan(ws, we - ws).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                // "a couple of hundred": look past "of", but keep it out of the span unless a scale follows.
                (ws, we) = ReadWord(SkipSpaces(we));
            }

            if (we > ws && NumberWords.Lookup.TryGetValue(LowerWord(ws, we, stackalloc char[MaxWordLength]), out var w)
                && w.Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen && !w.Plural)
            {
                low *= w.Value;
                high *= w.Value;
                end = we;
            }
        }

        var interval = hedge switch
        {
            Hedge.AtMost => new Interval(0, high),
            Hedge.LessThan => new Interval(0, high is { } h ? Math.Max(h - 1, 0) : null),
            Hedge.AtLeast => new Interval(low, null),
            Hedge.MoreThan => new Interval(low + 1, null),
            _ => new Interval(low, high),
        };
        Add(phraseStart, end, null, interval, hedge == Hedge.None || hedge == Hedge.Approximately || hedge == Hedge.Nearly ? Hedge.Vague : hedge, Vagueness.Vague, NonCountReason.None);
        next = end;
        return true;
    }
}
