namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// Reading one number, atom by atom: a digit run ("2,500"), a number word ("three", "hundred"),
/// a vulgar fraction ("½"). The number words themselves are taken in QuantityScan.NumberWords.cs.
/// </summary>
internal sealed partial class QuantityScan
{
    /// <summary>What the last atom of a number was; it decides which atoms may follow.</summary>
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

    /// <summary>How reading one atom of a number went.</summary>
    private enum AtomStep
    {
        /// <summary>The atom joined the number; read on after it.</summary>
        Joined,

        /// <summary>The number is complete: this atom does not belong to it, or closed it.</summary>
        Ended,

        /// <summary>A linking "and" ("three hundred and five"): read on where the reader already moved.</summary>
        Linked,

        /// <summary>The digits are a number of their own kind (a date, a label, a phone number): return it as read.</summary>
        Whole,
    }

    /// <summary>
    /// The running sums and flags of one number being read ("three thousand two hundred and five").
    /// A scratch value on the stack of <see cref="ParseNumber"/>, passed by reference to the atom readers.
    /// </summary>
    private struct NumberReading
    {
        /// <summary>−1 after "minus" or a minus sign, else 1.</summary>
        public double Sign;

        /// <summary>The completed scale groups: 3,000 in "three thousand two hundred".</summary>
        public double Total;

        /// <summary>The group being read: 200 in "three thousand two hundred".</summary>
        public double Current;

        /// <summary>The last unit-sized part, which "hundred" or "dozen" multiplies.</summary>
        public double Small;

        /// <summary>The kind of the last atom read.</summary>
        public Last Last;

        /// <summary>The last scale word's value: a larger one multiplies everything before it ("a hundred thousand").</summary>
        public double LastScale;

        /// <summary>One past the last character that belongs to the number.</summary>
        public int End;

        /// <summary>Whether a linking "and" was just read ("hundred and five").</summary>
        public bool AfterAnd;

        /// <summary>Atoms read so far; bounded by <see cref="MaxNumberAtoms"/>, which closing words set directly.</summary>
        public int Atoms;

        /// <summary>Whether any number word was read.</summary>
        public bool HasWords;

        /// <summary>Whether any digit run was read.</summary>
        public bool HadDigits;

        /// <summary>Whether a fraction was read ("a half", "3/4").</summary>
        public bool IsFraction;

        /// <summary>Whether the number began with the word "one", which may be a pronoun.</summary>
        public bool BareOne;

        /// <summary>Whether the first digit run was a plain integer.</summary>
        public bool Plain;

        /// <summary>Digits in the first digit run's integer part.</summary>
        public int DigitCount;

        /// <summary>Whether the first digit run starts with a zero ("01").</summary>
        public bool LeadingZero;
    }

    private bool ParseNumber(int pos, out NumberCore core)
    {
        core = default;
        core.Start = pos;
        core.Scale = 1;
        var t = text;
        var sign = 1.0;
        var p = pos;

        // A currency symbol recurses one character on, which may be the end of the text ("from $").
        if (p >= t.Length)
        {
            return false;
        }

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

            // Only a sign glued to the digits ("-5"); "- 5" is a dash (see IsSignOrSymbolStart). Whether
            // the sign stands is decided with the context: before a count it is punctuation (EmitHedged).
            sign = -1;
            p++;
            if (p >= t.Length || !char.IsAsciiDigit(t[p]))
            {
                return false;
            }

            core.DashSign = true;
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

        var reading = new NumberReading { Sign = sign, LastScale = double.MaxValue, End = p };
        var q = p;
        Span<char> wordBuffer = stackalloc char[MaxWordLength];

        while (reading.Atoms++ < MaxNumberAtoms && q < t.Length)
        {
            var c = t[q];
            AtomStep step;
            if (char.IsAsciiDigit(c) || (c == '.' && q + 1 < t.Length && char.IsAsciiDigit(t[q + 1]) && reading.Last == Last.None))
            {
                step = ReadDigitAtom(pos, ref reading, ref core, ref q);
            }
            else if (VulgarFractions.Contains(c))
            {
                // "2½", "½": the fraction closes the number.
                if (reading.Last is Last.None or Last.Digits)
                {
                    reading.Current += VulgarValue(c);
                    reading.IsFraction = true;
                    reading.Plain = false;
                    reading.End = q + 1;
                    reading.Last = Last.Unit;
                }

                break;
            }
            else if (char.IsLetter(c))
            {
                step = ReadWordAtom(ref reading, ref core, ref q, wordBuffer);
            }
            else
            {
                break;
            }

            if (step == AtomStep.Whole)
            {
                return true;
            }

            if (step == AtomStep.Ended)
            {
                break;
            }
        }

        return CloseNumber(p, ref reading, ref core);
    }

    /// <summary>
    /// Writes the number read into <paramref name="core"/>; false when nothing was read or only an
    /// article ("a" not followed by "hundred" and the like). Digits alone take their suffix ("5th", "10k").
    /// </summary>
    private bool CloseNumber(int p, ref NumberReading reading, ref NumberCore core)
    {
        if (reading.Last is Last.None or Last.Article)
        {
            return false;
        }

        core.End = reading.End;
        core.Value = reading.Sign * (reading.Total + reading.Current);
        core.HasWords = reading.HasWords;
        core.IsPlainInteger = reading.Plain && !reading.HasWords && reading.Sign > 0;
        core.DigitCount = reading.DigitCount;
        core.LeadingZero = reading.LeadingZero;
        core.IsFraction = reading.IsFraction;
        core.IsBareOne = reading.BareOne && reading.End - p == 3;
        if (!reading.HasWords && reading.HadDigits && !reading.IsFraction)
        {
            ApplyDigitSuffix(ref core);
        }

        return reading.End > p;
    }

    /// <summary>Reads a digit run at <paramref name="q"/>: the whole number, or a small group after a scale or "and".</summary>
    private AtomStep ReadDigitAtom(int pos, ref NumberReading reading, ref NumberCore core, ref int q)
    {
        if (!(reading.Last == Last.None || ((reading.Last == Last.Scale || reading.AfterAnd) && reading.HadDigits)))
        {
            return AtomStep.Ended;
        }

        var atom = ParseDigits(q);
        if (atom.Reason != NonCountReason.None || atom.NoValue)
        {
            if (reading.Last != Last.None)
            {
                return AtomStep.Ended;
            }

            atom.Value *= reading.Sign;
            core = atom;
            core.Start = pos;
            return AtomStep.Whole;
        }

        if (reading.Last != Last.None && (!atom.IsPlainInteger || atom.Value >= 1000))
        {
            return AtomStep.Ended;
        }

        if (reading.Last == Last.None)
        {
            reading.Current = atom.Value;
            reading.Plain = atom.IsPlainInteger;
            reading.DigitCount = atom.DigitCount;
            reading.LeadingZero = atom.LeadingZero;
            reading.IsFraction = atom.IsFraction;
            if (atom.Scale > 1)
            {
                core.Scale = atom.Scale;
            }
        }
        else
        {
            reading.Current += atom.Value;
            reading.Plain = false;
        }

        reading.Small = atom.Value;
        reading.Last = Last.Digits;
        reading.HadDigits = true;
        reading.AfterAnd = false;
        reading.End = atom.End;
        q = atom.End;
        if (atom.Scale > 1 || atom.IsFraction)
        {
            return AtomStep.Ended;
        }

        q = NextAtom(q, out var stop);
        return stop ? AtomStep.Ended : AtomStep.Joined;
    }

    /// <summary>Reads the word at <paramref name="q"/>: a number word joins the number; any other word ends it.</summary>
    private AtomStep ReadWordAtom(ref NumberReading reading, ref NumberCore core, ref int q, Span<char> wordBuffer)
    {
        var t = text;
        var (ws, we) = ReadWord(q);
        if (we - ws > MaxWordLength)
        {
            return AtomStep.Ended;
        }

        var word = LowerWord(ws, we, wordBuffer);
        if (!NumberWords.Lookup.TryGetValue(word, out var nw))
        {
            // Case-sensitive scale suffixes after a space: "2.33 k", "10 bln", "1,674.5 G".
            if (reading.Last == Last.Digits && lexicon.Multipliers.TryGetValue(t.AsSpan(ws, we - ws), out var mult) && (we == t.Length || !char.IsLetterOrDigit(t[we])))
            {
                reading.Current *= mult;
                core.Scale = mult;
                reading.Plain = false;
                reading.End = we;
            }

            return AtomStep.Ended;
        }

        var step = nw.Kind switch
        {
            NumberWordKind.Minus or NumberWordKind.Zero or NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens
                => TakeUnitWord(ref reading, nw, we),
            NumberWordKind.Article or NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen
                => TakeMultiplierWord(ref reading, ref core, nw, we),
            NumberWordKind.Half or NumberWordKind.Quarter => TakeHalfOrQuarter(ref reading, nw, we),
            NumberWordKind.Denominator => TakeDenominator(ref reading, nw, we),
            NumberWordKind.And => TakeAnd(ref reading, ref core, we, ref q),
            NumberWordKind.Point => TakePoint(ref reading, ws),

            // Ordinals ("third" alone) are never part of a count.
            _ => AtomStep.Ended,
        };
        if (step != AtomStep.Joined || reading.Atoms >= MaxNumberAtoms)
        {
            // Ended, linked, or the word closed the number ("a half", "zero point five").
            return step == AtomStep.Linked ? AtomStep.Linked : AtomStep.Ended;
        }

        if (nw.Kind != NumberWordKind.Minus)
        {
            reading.HasWords = true;
            reading.Plain = false;
            reading.End = we;
            reading.AfterAnd = false;
        }

        q = NextAtom(we, reading.Last == Last.Tens, out var stop);
        return stop ? AtomStep.Ended : AtomStep.Joined;
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
}
