using ClaimCompare.Text;

namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// Emitting quantities: a plain number, a hedged number with its interval, a range; each with its
/// non-count reason and the counted noun.
/// </summary>
internal sealed partial class QuantityScan
{
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

        if (reason == NonCountReason.None && double.IsNegative(n))
        {
            reason = SignBeforeCount(core.DashSign, end);
            if (reason == NonCountReason.None)
            {
                // The dash is punctuation: the count is the number after it, and so is the span.
                n = -n;
                start = start == core.Start ? core.Start + 1 : start;
            }
        }

        if (reason is not (NonCountReason.None or NonCountReason.Age or NonCountReason.Negative) && hedge != Hedge.None)
        {
            // A non-count keeps only its number: "over 3 years" reports "3" as a duration. A signed
            // number keeps its bound ("below -30"), as an age does ("over 18").
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

        if (reason == NonCountReason.None && (double.IsNegative(low) || double.IsNegative(high)))
        {
            // As for one number: "-10-15 people" counts 10 to 15; "between minus ten and five" is no count.
            var dashes = (!double.IsNegative(low) || first.DashSign) && (!double.IsNegative(high) || second.DashSign);
            reason = SignBeforeCount(dashes, second.End);
            if (reason == NonCountReason.None)
            {
                start = start == first.Start && double.IsNegative(low) ? first.Start + 1 : start;
                low = Math.Abs(low);
                high = Math.Abs(high);
            }
        }

        Add(start, second.End, null, new Interval(low, high), Hedge.Range, Vagueness.Bounded, reason);
    }

    /// <summary>
    /// A count is never negative. A dash glued to the digits of a count ("-22 people were killed") is
    /// punctuation — a bullet, a stray hyphen — and the count is 22 (<see cref="NonCountReason.None"/>).
    /// Without a counted noun after it ("the score was -3"), or spelled out ("minus five"), the sign
    /// stands: the number is signed — a score, a balance, a change — and is no count.
    /// </summary>
    private NonCountReason SignBeforeCount(bool dashOnly, int end) =>
        dashOnly && PeekNoun(end) != CountedThing.Unknown ? NonCountReason.None : NonCountReason.Negative;

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
}
