using System.Buffers;
using System.Globalization;
using ClaimCompare.Text;

namespace ClaimCompare.Quantities;

/// <summary>
/// One left-to-right scan of one text. Created per call of <see cref="QuantityRecognizer.Recognize"/>
/// and never shared between threads; the lexicon it reads is immutable.
/// </summary>
/// <remarks>
/// The scan is linear: it visits each character once in the outer loop, and every phrase attempt
/// reads a bounded number of words ahead (hedges, one number, a range partner, a postfix, the noun).
/// </remarks>
internal sealed class QuantityScan
{
    private const int MaxWordLength = 32;
    private const int MaxNumberAtoms = 24;
    private const int NounPeekWords = 4;
    private const int MaxPhraseWords = 8;

    private static readonly SearchValues<char> CurrencySymbols = SearchValues.Create("$£€¥₹₦₽₩₺₱₨₴₫₪");
    private static readonly SearchValues<char> VulgarFractions = SearchValues.Create("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞");

    private readonly QuantityLexicon lexicon;
    private readonly string text;
    private readonly List<Quantity> output;

    public QuantityScan(QuantityLexicon lexicon, string text, List<Quantity> output)
    {
        this.lexicon = lexicon;
        this.text = text;
        this.output = output;
    }

    private enum Last
    {
        None,
        Article,
        Digits,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
        Dozen,
    }

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

    private bool IsSignOrSymbolStart(int i)
    {
        var t = text;
        var c = t[i];
        var nextIsDigit = i + 1 < t.Length && char.IsAsciiDigit(t[i + 1]);
        return c switch
        {
            '.' => nextIsDigit && (i == 0 || !char.IsLetterOrDigit(t[i - 1])),
            '+' => nextIsDigit,
            '-' or '−' => (i == 0 || char.IsWhiteSpace(t[i - 1]) || t[i - 1] == '(')
                && (nextIsDigit || ((i == 0 || t[i - 1] == '\n') && NextNonSpaceIsDigit(i + 1))),
            '<' or '>' or '≥' or '≤' or '~' => NextNonSpaceIsDigitOrSign(i + 1),
            _ => CurrencySymbols.Contains(c) && nextIsDigit,
        };
    }

    private bool NextNonSpaceIsDigit(int p)
    {
        p = SkipSpaces(p);
        return p < text.Length && char.IsAsciiDigit(text[p]);
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

    private bool IsTrigger(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength || !lexicon.MightTrigger(word))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lexicon.Roles.TryGetValue(lower, out var roles) && (roles & (WordRoles.PhraseStart | WordRoles.NumberWord)) != WordRoles.None;
    }

    // ---------------------------------------------------------------- phrase

    private bool TryPhrase(int pos, out int next)
    {
        next = pos;
        var t = text;
        var hedge = Hedge.None;
        var phraseStart = pos;
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
            prefixKind = PhraseKind.PrefixHedge;
            numberStart = SkipSpaces(p);
        }

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

        var end = first.End;

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

        EmitHedged(phraseStart, end, first, hedge);
        next = end;
        return true;
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

        Span<char> lower = stackalloc char[MaxWordLength];
        var len = text.AsSpan(a, b - a).ToLowerInvariant(lower);
        return lexicon.ArticleFollowers.Contains(lower[..len]);
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

    // ---------------------------------------------------------------- lexicon phrases

    private bool MatchPhrase(int pos, bool prefix, out PhraseEntry entry, out int end)
    {
        entry = null!;
        end = pos;
        var (ws, we) = ReadWord(pos);
        if (we == ws || we - ws > MaxWordLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        var len = text.AsSpan(ws, we - ws).ToLowerInvariant(lower);
        if (!lexicon.PhraseLookup.TryGetValue(lower[..len], out var entries))
        {
            return false;
        }

        // The words after the first, read once and shared by all candidates (longest first).
        Span<int> starts = stackalloc int[MaxPhraseWords];
        Span<int> ends = stackalloc int[MaxPhraseWords];
        var read = 0;
        foreach (var candidate in entries)
        {
            var isPrefix = candidate.Kind is not PhraseKind.PostfixHedge and not PhraseKind.OrEqual;
            if (isPrefix != prefix || candidate.Words.Length > MaxPhraseWords)
            {
                continue;
            }

            var p = we;
            var ok = true;
            for (var k = 1; k < candidate.Words.Length; k++)
            {
                if (k > read)
                {
                    var (a0, b0) = ReadWord(SkipSpaces(read == 0 ? we : ends[read - 1]));
                    starts[k - 1] = a0;
                    ends[k - 1] = b0;
                    read = k;
                }

                var (a, b) = (starts[k - 1], ends[k - 1]);
                if (b == a || !text.AsSpan(a, b - a).Equals(candidate.Words[k], StringComparison.OrdinalIgnoreCase))
                {
                    ok = false;
                    break;
                }

                p = b;
            }

            if (ok)
            {
                entry = candidate;
                end = p;
                return true;
            }
        }

        return false;
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

    // ---------------------------------------------------------------- ranges and postfixes

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

    // ---------------------------------------------------------------- numbers

    private bool ParseNumber(int pos, out NumberCore core)
    {
        core = default;
        core.Start = pos;
        core.Scale = 1;
        var t = text;
        var sign = 1.0;
        var p = pos;

        if (t[p] is '-' or '−' or '+')
        {
            if (t[p] == '+' && TryPhone(p, out core))
            {
                return true;
            }

            if (t[p] == '+')
            {
                return false;
            }

            sign = -1;
            p = SkipSpaces(p + 1);
            if (p >= t.Length || !char.IsAsciiDigit(t[p]))
            {
                return false;
            }
        }
        else if (CurrencySymbols.Contains(t[p]))
        {
            // The span of money is the amount; the symbol marks it as money.
            var ok = ParseNumber(p + 1, out core);
            if (ok)
            {
                core.Reason = NonCountReason.Money;
            }

            return ok;
        }

        double total = 0, current = 0, small = 0;
        var last = Last.None;
        var lastScale = double.MaxValue;
        var end = p;
        var afterAnd = false;
        var atoms = 0;
        var hasWords = false;
        var hadDigits = false;
        var isFraction = false;
        var bareOne = false;
        var plain = false;
        var digitCount = 0;
        var leadingZero = false;
        var q = p;
        Span<char> wordBuffer = stackalloc char[MaxWordLength];

        while (atoms++ < MaxNumberAtoms && q < t.Length)
        {
            var c = t[q];
            if (char.IsAsciiDigit(c) || (c == '.' && q + 1 < t.Length && char.IsAsciiDigit(t[q + 1]) && last == Last.None))
            {
                if (!(last == Last.None || ((last == Last.Scale || afterAnd) && hadDigits)))
                {
                    break;
                }

                var atom = ParseDigits(q);
                if (atom.Reason != NonCountReason.None || atom.NoValue)
                {
                    if (last != Last.None)
                    {
                        break;
                    }

                    atom.Value *= sign;
                    core = atom;
                    core.Start = pos;
                    return true;
                }

                if (last != Last.None && (!atom.IsPlainInteger || atom.Value >= 1000))
                {
                    break;
                }

                if (last == Last.None)
                {
                    current = atom.Value;
                    plain = atom.IsPlainInteger;
                    digitCount = atom.DigitCount;
                    leadingZero = atom.LeadingZero;
                    isFraction = atom.IsFraction;
                    if (atom.Scale > 1)
                    {
                        core.Scale = atom.Scale;
                    }
                }
                else
                {
                    current += atom.Value;
                    plain = false;
                }

                small = atom.Value;
                last = Last.Digits;
                hadDigits = true;
                afterAnd = false;
                end = atom.End;
                q = atom.End;
                if (atom.Scale > 1 || atom.IsFraction)
                {
                    break;
                }

                q = NextAtom(q, out var stop);
                if (stop)
                {
                    break;
                }

                continue;
            }

            if (VulgarFractions.Contains(c))
            {
                if (last is not (Last.None or Last.Digits))
                {
                    break;
                }

                current += VulgarValue(c);
                isFraction = true;
                plain = false;
                end = q + 1;
                last = Last.Unit;
                break;
            }

            if (!char.IsLetter(c))
            {
                break;
            }

            var (ws, we) = ReadWord(q);
            if (we - ws > MaxWordLength)
            {
                break;
            }

            var word = LowerWord(ws, we, wordBuffer);
            if (!NumberWords.Lookup.TryGetValue(word, out var nw))
            {
                // Case-sensitive scale suffixes after a space: "2.33 k", "10 bln", "1,674.5 G".
                if (last == Last.Digits && lexicon.Multipliers.TryGetValue(t.AsSpan(ws, we - ws), out var mult) && (we == t.Length || !char.IsLetterOrDigit(t[we])))
                {
                    current *= mult;
                    core.Scale = mult;
                    plain = false;
                    end = we;
                }

                break;
            }

            var accepted = true;
            switch (nw.Kind)
            {
                case NumberWordKind.Minus:
                    if (last != Last.None || sign < 0)
                    {
                        accepted = false;
                        break;
                    }

                    sign = -1;
                    break;
                case NumberWordKind.Zero:
                    if (last != Last.None)
                    {
                        accepted = false;
                        break;
                    }

                    current = 0;
                    last = Last.Unit;
                    small = 0;
                    end = we;
                    hasWords = true;
                    if (TryPointDecimals(we, out var dec, out var decEnd))
                    {
                        current = dec;
                        end = decEnd;
                    }

                    atoms = MaxNumberAtoms;
                    break;
                case NumberWordKind.Unit:
                    if (!(last is Last.None or Last.Hundred or Last.Scale || afterAnd || (last == Last.Tens && small % 10 == 0 && small >= 20 && !hadDigits)))
                    {
                        accepted = false;
                        break;
                    }

                    current += nw.Value;
                    small = last == Last.Tens ? small + nw.Value : nw.Value;
                    bareOne = last == Last.None && nw.Value == 1;
                    last = Last.Unit;
                    break;
                case NumberWordKind.Teen:
                case NumberWordKind.Tens:
                    if (!(last is Last.None or Last.Hundred or Last.Scale || afterAnd))
                    {
                        accepted = false;
                        break;
                    }

                    current += nw.Value;
                    small = nw.Value;
                    last = nw.Kind == NumberWordKind.Teen ? Last.Teen : Last.Tens;
                    break;
                case NumberWordKind.Hundred:
                    // Only one "hundred" per group: "3 hundred and 2 hundred" are two numbers.
                    if (!(last is Last.Unit or Last.Teen or Last.Tens or Last.Article or Last.Digits) || small <= 0 || small >= 1000 || current != small)
                    {
                        accepted = false;
                        break;
                    }

                    current = small * 100;

                    small = 0;
                    last = Last.Hundred;
                    core.Scale = Math.Max(core.Scale, 100);
                    break;
                case NumberWordKind.Scale:
                    if (last is Last.None || nw.Plural)
                    {
                        accepted = false;
                        break;
                    }

                    if (nw.Value < lastScale)
                    {
                        total += (current == 0 && last == Last.Article ? 1 : current) * nw.Value;
                        lastScale = nw.Value;
                    }
                    else
                    {
                        total = (total + current) * nw.Value;
                        lastScale = nw.Value;
                    }

                    current = 0;
                    small = 0;
                    last = Last.Scale;
                    core.Scale = Math.Max(core.Scale, nw.Value);
                    break;
                case NumberWordKind.Dozen:
                    if (last is not (Last.Unit or Last.Teen or Last.Tens or Last.Article or Last.Digits))
                    {
                        accepted = false;
                        break;
                    }

                    var unitCount = last == Last.Article ? 1 : small;
                    current = current - small + (unitCount * 12);
                    small = 0;
                    last = Last.Dozen;
                    core.Scale = Math.Max(core.Scale, 12);
                    break;
                case NumberWordKind.Article:
                    if (last != Last.None || !NextWordIs(we, NumberWordKind.Hundred, NumberWordKind.Scale, NumberWordKind.Dozen, NumberWordKind.Denominator, NumberWordKind.Half, NumberWordKind.Quarter))
                    {
                        accepted = false;
                        break;
                    }

                    current = 1;
                    small = 1;
                    last = Last.Article;
                    break;
                case NumberWordKind.Half:
                case NumberWordKind.Quarter:
                    {
                        var fraction = 1 / nw.Value;
                        if (last == Last.None && TryHalfADozen(we, nw, out var hd, out var hdEnd))
                        {
                            current = hd;
                            end = hdEnd;
                            hasWords = true;
                            last = Last.Dozen;
                            atoms = MaxNumberAtoms;
                            break;
                        }

                        if (last is Last.None && NextWordIs(we, NumberWordKind.Scale))
                        {
                            // "half million", "quarter million".
                            current = fraction;
                            small = fraction;
                            last = Last.Unit;
                            isFraction = false;
                            break;
                        }

                        if (last is Last.None or Last.Article || (last == Last.Unit && small == 1 && !hadDigits))
                        {
                            current = current - small + fraction;
                            isFraction = true;
                            end = we;
                            hasWords = true;
                            atoms = MaxNumberAtoms;
                            last = Last.Unit;
                            break;
                        }

                        accepted = false;
                        break;
                    }

                case NumberWordKind.Denominator:
                    {
                        if (hadDigits && !hasWords)
                        {
                            accepted = false;
                            break;
                        }

                        var numerator = total + current;
                        if (last is Last.Article)
                        {
                            numerator = 1;
                        }

                        if (last is Last.None or Last.Dozen || (!nw.Plural && numerator != 1))
                        {
                            accepted = false;
                            break;
                        }

                        total = 0;
                        current = numerator / nw.Value;
                        isFraction = true;
                        end = we;
                        if (TryOfAScale(we, out var ofScale, out var ofEnd))
                        {
                            // "two thirds of a million".
                            current *= ofScale;
                            end = ofEnd;
                            isFraction = false;
                        }
                        hasWords = true;
                        atoms = MaxNumberAtoms;
                        last = Last.Unit;
                        break;
                    }

                case NumberWordKind.Ordinal:
                    accepted = false;
                    break;
                case NumberWordKind.And:
                    if (last is Last.None)
                    {
                        accepted = false;
                        break;
                    }

                    var r = SkipSpaces(we);
                    if (TryFractionTail(r, out var tail, out var tailEnd))
                    {
                        // "one and a half", "three and two thirds", "3 million and a half" (of the scale).
                        var addend = last == Last.Scale ? tail * lastScale : tail;
                        end = tailEnd;
                        if (TryScaleWord(tailEnd, out var tailScale, out var tailScaleEnd))
                        {
                            // "five and a half million", "one billion and a half million".
                            if (last == Last.Scale)
                            {
                                addend = tail * tailScale;
                            }
                            else
                            {
                                current = (current + tail) * tailScale;
                                addend = 0;
                            }

                            end = tailScaleEnd;
                            core.Scale = Math.Max(core.Scale, tailScale);
                        }

                        current += addend;
                        isFraction = true;
                        hasWords = true;
                        atoms = MaxNumberAtoms;
                        break;
                    }

                    if (last is Last.Hundred or Last.Scale && IsSmallContinuation(r, allowHundred: last == Last.Scale))
                    {
                        afterAnd = true;
                        q = r;
                        continue;
                    }

                    accepted = false;
                    break;
                case NumberWordKind.Point:
                    if (last is Last.None or Last.Article || !TryPointDecimals(ws, out var frac, out var fracEnd))
                    {
                        accepted = false;
                        break;
                    }

                    current += frac;
                    end = fracEnd;
                    atoms = MaxNumberAtoms;
                    break;
                default:
                    accepted = false;
                    break;
            }

            if (!accepted)
            {
                break;
            }

            if (atoms >= MaxNumberAtoms)
            {
                break;
            }

            if (nw.Kind != NumberWordKind.Minus)
            {
                hasWords = true;
                plain = false;
                end = we;
                afterAnd = false;
            }

            q = NextAtom(we, last == Last.Tens, out var stop2);
            if (stop2)
            {
                break;
            }
        }

        if (last is Last.None or Last.Article)
        {
            return false;
        }

        core.End = end;
        core.Value = sign * (total + current);
        core.HasWords = hasWords;
        core.IsPlainInteger = plain && !hasWords && sign > 0;
        core.DigitCount = digitCount;
        core.LeadingZero = leadingZero;
        core.IsFraction = isFraction;
        core.IsBareOne = bareOne && end - p == 3;
        if (!hasWords && hadDigits && !isFraction)
        {
            ApplyDigitSuffix(ref core);
        }

        return end > p;
    }

    private int NextAtom(int q, out bool stop) => NextAtom(q, false, out stop);

    private int NextAtom(int q, bool afterTens, out bool stop)
    {
        var t = text;
        stop = false;
        if (q < t.Length && t[q] == '-')
        {
            // "twenty-one", "one-eighth", "hundred-fifths": a hyphen joins number words.
            if (q + 1 < t.Length && char.IsLetter(t[q + 1]))
            {
                return q + 1;
            }

            stop = true;
            return q;
        }

        var r = SkipSpaces(q);
        if (r > q && r < t.Length && t[r] == '-')
        {
            // "fifty - two", "five - eighths".
            var s = SkipSpaces(r + 1);
            var (ws, we) = ReadWord(s);
            if (we > ws && NumberWords.Lookup.TryGetValue(LowerWord(ws, we, stackalloc char[MaxWordLength]), out var w)
                && ((afterTens && w.Kind == NumberWordKind.Unit) || w.Kind == NumberWordKind.Denominator))
            {
                return s;
            }
        }

        if (r == q && r < t.Length && char.IsLetterOrDigit(t[r]))
        {
            stop = true;
        }

        return r;
    }

    private bool NextWordIs(int p, params ReadOnlySpan<NumberWordKind> kinds)
    {
        var q = p < text.Length && text[p] == '-' ? p + 1 : SkipSpaces(p);
        var (ws, we) = ReadWord(q);
        if (we == ws || we - ws > MaxWordLength || !NumberWords.Lookup.TryGetValue(LowerWord(ws, we, stackalloc char[MaxWordLength]), out var w))
        {
            return false;
        }

        return kinds.Contains(w.Kind);
    }

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

    // ---------------------------------------------------------------- digits

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

        // The later groups of a dotted identifier ("192.168.1.2") are labels on their own. Only from a
        // digit: from the dot of ".5" in "1..5" the group would be empty.
        if (firstRun > 0 && p > 1 && t[p - 1] == '.' && char.IsAsciiDigit(t[p - 2]))
        {
            core.End = q;
            core.Value = ParseInvariant(t.AsSpan(p, q - p));
            core.Reason = NonCountReason.Identifier;
            return core;
        }

        // Phone numbers and ISO dates: digit groups joined by two or more hyphens.
        if (firstRun >= 2 && q < n && t[q] == '-' && TryHyphenGroups(p, out var hyphenCore))
        {
            return hyphenCore;
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
                return core;
            }
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

        // Scientific forms: "1e10", "1.3e6", "1.1^23", "1.3x10^6".
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

        // Clock times: "10:30".
        if (q + 2 < n && t[q] == ':' && char.IsAsciiDigit(t[q + 1]) && char.IsAsciiDigit(t[q + 2]) && core.IsPlainInteger && firstRun <= 2)
        {
            core.End = q + 3;
            core.Value = value;
            core.Reason = NonCountReason.Time;
            return core;
        }

        // Slash forms: "3/4" is a fraction; "5/17/2018" a date; "24/7", "9/11" labels.
        if (q + 1 < n && t[q] == '/' && char.IsAsciiDigit(t[q + 1]) && core.IsPlainInteger)
        {
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
                return core;
            }

            core.Value = value;
            core.Reason = secondSlash ? NonCountReason.Date : NonCountReason.Identifier;
            return core;
        }

        core.Value = value;
        core.End = q;

        // A mixed number: "2 1/4".
        if (core.IsPlainInteger)
        {
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
                        return core;
                    }
                }
            }
        }

        return core;
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

    // ---------------------------------------------------------------- emitting

    private void EmitPlain(NumberCore core, NonCountReason reason)
    {
        if (core.NoValue)
        {
            Add(core.Start, core.End, null, Interval.Unbounded, Hedge.None, Vagueness.Exact, reason);
            return;
        }

        Add(core.Start, core.End, core.Value, Interval.Exactly(core.Value), Hedge.None, Vagueness.Exact, reason);
    }

    private void EmitHedged(int start, int end, NumberCore core, Hedge hedge)
    {
        var n = core.Value;
        var reason = core.Reason != NonCountReason.None ? core.Reason : ClassifyContext(end, core, hedge != Hedge.None);
        if (core.IsFraction && n != Math.Floor(n))
        {
            reason = reason == NonCountReason.None ? NonCountReason.Fraction : reason;
        }

        if (reason is not (NonCountReason.None or NonCountReason.Age) && hedge != Hedge.None)
        {
            // A non-count keeps only its number: "over 3 years" reports "3" as a duration.
            start = core.Start;
            end = core.End;
            hedge = Hedge.None;
        }

        var interval = BoundsFor(hedge, n);
        var vagueness = hedge == Hedge.None ? Vagueness.Exact : Vagueness.Bounded;
        Add(start, end, n, interval, hedge, vagueness, reason);
    }

    /// <summary>Turns a hedge and a stated number into an inclusive interval (see the table on <see cref="Hedge"/>).</summary>
    internal static Interval BoundsFor(Hedge hedge, double n)
    {
        switch (hedge)
        {
            case Hedge.AtLeast:
                return new Interval(n, null);
            case Hedge.MoreThan:
                return new Interval(n == Math.Floor(n) ? n + 1 : Math.Ceiling(n), null);
            case Hedge.AtMost:
                return new Interval(n < 0 ? null : 0, n);
            case Hedge.LessThan:
                return n <= 0
                    ? new Interval(null, n == Math.Floor(n) ? n - 1 : Math.Floor(n))
                    : new Interval(0, n == Math.Floor(n) ? n - 1 : Math.Floor(n));
            case Hedge.Approximately:
                {
                    // ±10 %, rounded inwards to whole numbers, and never narrower than ±1:
                    // "about 35" is [32, 38], "about 5" is [4, 6].
                    if (n < 1)
                    {
                        return new Interval(0.9 * n, 1.1 * n);
                    }

                    var low = Math.Ceiling((0.9 * n) - 1e-9);
                    var high = Math.Floor((1.1 * n) + 1e-9);
                    if (n >= 1)
                    {
                        low = Math.Max(0, Math.Min(low, n - 1));
                        high = Math.Max(high, n + 1);
                    }

                    return new Interval(low, high);
                }

            case Hedge.Nearly:
                {
                    // Just below N: down to 90 %, and at least N-1 so that "nearly 5" admits 4.
                    var low = Math.Ceiling((0.9 * n) - 1e-9);
                    if (n >= 1)
                    {
                        low = Math.Max(0, Math.Min(low, n - 1));
                    }

                    return new Interval(low, n);
                }

            default:
                return Interval.Exactly(n);
        }
    }

    private void EmitRange(int start, NumberCore first, NumberCore second)
    {
        var low = CarryScale(first, second);
        var high = second.Value;
        var reason = LooksLikeYear(first) && LooksLikeYear(second)
            ? NonCountReason.Year
            : ClassifyAfter(second.End, second);
        if (reason == NonCountReason.None)
        {
            // Context before the whole phrase: "aged between 18 and 25".
            var opening = first;
            opening.Start = start;
            reason = ClassifyBefore(opening);
        }

        Add(start, second.End, null, new Interval(low, high), Hedge.Range, Vagueness.Bounded, reason);
    }

    private void Add(int start, int end, double? value, Interval interval, Hedge hedge, Vagueness vagueness, NonCountReason reason)
    {
        // Negative numbers ("about -5": 0.9n > 1.1n) and ranges written high to low ("20-10") would
        // otherwise give low > high, which every interval consumer assumes cannot happen.
        if (interval.Low is { } low && interval.High is { } high && low > high)
        {
            interval = new Interval(high, low);
        }

        var counted = reason == NonCountReason.None ? PeekNoun(end) : CountedThing.Unknown;
        output.Add(new Quantity(new TextSpan(start, end), text[start..end], value, interval, hedge, vagueness, reason, counted));
    }

    // ---------------------------------------------------------------- context

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

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lexicon.Roles.TryGetValue(lower, out var r) ? r : WordRoles.None;
    }

    private bool HasRole(ReadOnlySpan<char> word, WordRoles role) => (Roles(word) & role) != WordRoles.None;

    // ---------------------------------------------------------------- tokens

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

    private (int Start, int End) ReadWord(int p)
    {
        var t = text;
        var e = p;
        while (e < t.Length && (char.IsLetter(t[e]) || (t[e] == '\'' && e > p && e + 1 < t.Length && char.IsLetter(t[e + 1]))))
        {
            e++;
        }

        return (p, e);
    }

    private ReadOnlySpan<char> LowerWord(int start, int end, Span<char> buffer)
    {
        var len = text.AsSpan(start, Math.Min(end - start, buffer.Length)).ToLowerInvariant(buffer);
        return buffer[..len];
    }

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
