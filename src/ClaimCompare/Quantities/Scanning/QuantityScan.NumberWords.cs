namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// Taking one number word into the number being read. Each method checks that the word may follow
/// the last atom (English number grammar: "hundred" after a unit, a unit after "hundred" or a tens
/// word), updates the running sums, and says whether the word joined the number or ended it.
/// </summary>
internal sealed partial class QuantityScan
{
    /// <summary>"minus", "zero", and the words that add: units, teens, tens.</summary>
    private AtomStep TakeUnitWord(ref NumberReading reading, NumberWord nw, int we)
    {
        switch (nw.Kind)
        {
            case NumberWordKind.Minus:
                if (reading.Last != Last.None || reading.Sign < 0)
                {
                    return AtomStep.Ended;
                }

                reading.Sign = -1;
                return AtomStep.Joined;
            case NumberWordKind.Zero:
                if (reading.Last != Last.None)
                {
                    return AtomStep.Ended;
                }

                reading.Current = 0;
                reading.Last = Last.Unit;
                reading.Small = 0;
                reading.End = we;
                reading.HasWords = true;
                if (TryPointDecimals(we, out var dec, out var decEnd))
                {
                    reading.Current = dec;
                    reading.End = decEnd;
                }

                reading.Atoms = MaxNumberAtoms;
                return AtomStep.Joined;
            case NumberWordKind.Unit:
                if (!(reading.Last is Last.None or Last.Hundred or Last.Scale || reading.AfterAnd || (reading.Last == Last.Tens && reading.Small % 10 == 0 && reading.Small >= 20 && !reading.HadDigits)))
                {
                    return AtomStep.Ended;
                }

                reading.Current += nw.Value;
                reading.Small = reading.Last == Last.Tens ? reading.Small + nw.Value : nw.Value;
                reading.BareOne = reading.Last == Last.None && nw.Value == 1;
                reading.Last = Last.Unit;
                return AtomStep.Joined;
            default:
                // Teens and tens.
                if (!(reading.Last is Last.None or Last.Hundred or Last.Scale || reading.AfterAnd))
                {
                    return AtomStep.Ended;
                }

                reading.Current += nw.Value;
                reading.Small = nw.Value;
                reading.Last = nw.Kind == NumberWordKind.Teen ? Last.Teen : Last.Tens;
                return AtomStep.Joined;
        }
    }

    /// <summary>The words that multiply: "hundred", a scale ("thousand", "million"), "dozen", and the "a" that may open them.</summary>
    private AtomStep TakeMultiplierWord(ref NumberReading reading, ref NumberCore core, NumberWord nw, int we)
    {
        switch (nw.Kind)
        {
            case NumberWordKind.Hundred:
                // Only one "hundred" per group: "3 hundred and 2 hundred" are two numbers.
                if (!(reading.Last is Last.Unit or Last.Teen or Last.Tens or Last.Article or Last.Digits) || reading.Small <= 0 || reading.Small >= 1000 || reading.Current != reading.Small)
                {
                    return AtomStep.Ended;
                }

                reading.Current = reading.Small * 100;

                reading.Small = 0;
                reading.Last = Last.Hundred;
                core.Scale = Math.Max(core.Scale, 100);
                return AtomStep.Joined;
            case NumberWordKind.Scale:
                if (reading.Last is Last.None || nw.Plural)
                {
                    return AtomStep.Ended;
                }

                if (nw.Value < reading.LastScale)
                {
                    reading.Total += (reading.Current == 0 && reading.Last == Last.Article ? 1 : reading.Current) * nw.Value;
                    reading.LastScale = nw.Value;
                }
                else
                {
                    reading.Total = (reading.Total + reading.Current) * nw.Value;
                    reading.LastScale = nw.Value;
                }

                reading.Current = 0;
                reading.Small = 0;
                reading.Last = Last.Scale;
                core.Scale = Math.Max(core.Scale, nw.Value);
                return AtomStep.Joined;
            case NumberWordKind.Dozen:
                if (reading.Last is not (Last.Unit or Last.Teen or Last.Tens or Last.Article or Last.Digits))
                {
                    return AtomStep.Ended;
                }

                var unitCount = reading.Last == Last.Article ? 1 : reading.Small;
                reading.Current = reading.Current - reading.Small + (unitCount * 12);
                reading.Small = 0;
                reading.Last = Last.Dozen;
                core.Scale = Math.Max(core.Scale, 12);
                return AtomStep.Joined;
            default:
                // The article: "a hundred", "a dozen", "a third", "a half"; any other "a" is not a number.
                if (reading.Last != Last.None || !NextWordIs(we, NumberWordKind.Hundred, NumberWordKind.Scale, NumberWordKind.Dozen, NumberWordKind.Denominator, NumberWordKind.Half, NumberWordKind.Quarter))
                {
                    return AtomStep.Ended;
                }

                reading.Current = 1;
                reading.Small = 1;
                reading.Last = Last.Article;
                return AtomStep.Joined;
        }
    }

    /// <summary>"half" and "quarter": "half a dozen", "half million", "a half", "one quarter".</summary>
    private AtomStep TakeHalfOrQuarter(ref NumberReading reading, NumberWord nw, int we)
    {
        var fraction = 1 / nw.Value;
        if (reading.Last == Last.None && TryHalfADozen(we, nw, out var hd, out var hdEnd))
        {
            reading.Current = hd;
            reading.End = hdEnd;
            reading.HasWords = true;
            reading.Last = Last.Dozen;
            reading.Atoms = MaxNumberAtoms;
            return AtomStep.Joined;
        }

        if (reading.Last is Last.None && NextWordIs(we, NumberWordKind.Scale))
        {
            // "half million", "quarter million".
            reading.Current = fraction;
            reading.Small = fraction;
            reading.Last = Last.Unit;
            reading.IsFraction = false;
            return AtomStep.Joined;
        }

        if (reading.Last is Last.None or Last.Article || (reading.Last == Last.Unit && reading.Small == 1 && !reading.HadDigits))
        {
            reading.Current = reading.Current - reading.Small + fraction;
            reading.IsFraction = true;
            reading.End = we;
            reading.HasWords = true;
            reading.Atoms = MaxNumberAtoms;
            reading.Last = Last.Unit;
            return AtomStep.Joined;
        }

        return AtomStep.Ended;
    }

    /// <summary>A denominator closes a spelled fraction: "two thirds", "a fifth", "two thirds of a million".</summary>
    private AtomStep TakeDenominator(ref NumberReading reading, NumberWord nw, int we)
    {
        if (reading.HadDigits && !reading.HasWords)
        {
            return AtomStep.Ended;
        }

        var numerator = reading.Total + reading.Current;
        if (reading.Last is Last.Article)
        {
            numerator = 1;
        }

        if (reading.Last is Last.None or Last.Dozen || (!nw.Plural && numerator != 1))
        {
            return AtomStep.Ended;
        }

        reading.Total = 0;
        reading.Current = numerator / nw.Value;
        reading.IsFraction = true;
        reading.End = we;
        if (TryOfAScale(we, out var ofScale, out var ofEnd))
        {
            // "two thirds of a million".
            reading.Current *= ofScale;
            reading.End = ofEnd;
            reading.IsFraction = false;
        }

        reading.HasWords = true;
        reading.Atoms = MaxNumberAtoms;
        reading.Last = Last.Unit;
        return AtomStep.Joined;
    }

    /// <summary>
    /// "and" either adds a fraction ("one and a half") or links a small group after a hundred or a
    /// scale ("three hundred and five"); after anything else it ends the number ("two and three").
    /// </summary>
    private AtomStep TakeAnd(ref NumberReading reading, ref NumberCore core, int we, ref int q)
    {
        if (reading.Last is Last.None)
        {
            return AtomStep.Ended;
        }

        var r = SkipSpaces(we);
        if (TryFractionTail(r, out var tail, out var tailEnd))
        {
            // "one and a half", "three and two thirds", "3 million and a half" (of the scale).
            var addend = reading.Last == Last.Scale ? tail * reading.LastScale : tail;
            reading.End = tailEnd;
            if (TryScaleWord(tailEnd, out var tailScale, out var tailScaleEnd))
            {
                // "five and a half million", "one billion and a half million".
                if (reading.Last == Last.Scale)
                {
                    addend = tail * tailScale;
                }
                else
                {
                    reading.Current = (reading.Current + tail) * tailScale;
                    addend = 0;
                }

                reading.End = tailScaleEnd;
                core.Scale = Math.Max(core.Scale, tailScale);
            }

            reading.Current += addend;
            reading.IsFraction = true;
            reading.HasWords = true;
            reading.Atoms = MaxNumberAtoms;
            return AtomStep.Joined;
        }

        if (reading.Last is Last.Hundred or Last.Scale && IsSmallContinuation(r, allowHundred: reading.Last == Last.Scale))
        {
            reading.AfterAnd = true;
            q = r;
            return AtomStep.Linked;
        }

        return AtomStep.Ended;
    }

    /// <summary>"point" reads spelled decimals and closes the number: "two point five".</summary>
    private AtomStep TakePoint(ref NumberReading reading, int ws)
    {
        if (reading.Last is Last.None or Last.Article || !TryPointDecimals(ws, out var frac, out var fracEnd))
        {
            return AtomStep.Ended;
        }

        reading.Current += frac;
        reading.End = fracEnd;
        reading.Atoms = MaxNumberAtoms;
        return AtomStep.Joined;
    }
}
