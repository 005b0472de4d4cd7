using ClaimCompare.Quantities.Scanning;
using ClaimCompare.Text;

namespace ClaimCompare.Quantities;

/// <summary>
/// Reads number phrases the way a careful editor does: digits and number words, hedges
/// ("at least", "up to", "about"), ranges, vague quantifiers ("several", "dozens") read through
/// calibrated intervals from an embedded lexicon, zero statements ("no one"), and numbers that
/// are not counts (ages, years, dates, times, money, percentages, ordinals, identifiers).
/// </summary>
/// <remarks>
/// <para>
/// The scan is a single left-to-right pass over the text with span look-ups and no regular
/// expressions, so its cost is linear in the length of the text; only the returned records are
/// allocated per phrase.
/// </para>
/// <para>
/// Instances are immutable and thread-safe: build one and reuse it from any number of threads.
/// </para>
/// </remarks>
public sealed class QuantityRecognizer : IQuantityRecognizer
{
    private readonly QuantityLexicon lexicon;

    /// <summary>Initializes a new instance of the <see cref="QuantityRecognizer"/> class with the built-in lexicon.</summary>
    public QuantityRecognizer()
        : this(new QuantityRecognizerOptions())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="QuantityRecognizer"/> class with the built-in lexicon and the given options.</summary>
    /// <param name="options">Extra vague quantifiers and other settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or one of its entries is <see langword="null"/>.</exception>
    public QuantityRecognizer(QuantityRecognizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        lexicon = QuantityLexicon.Load(options.ExtraVagueQuantifiers);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Quantity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Quantity>();
        new QuantityScan(lexicon, text, found).Run();
        return MergeBounds(text, found);
    }

    /// <summary>
    /// Joins a lower and an upper bound stated side by side into one range: "more than 10 and less
    /// than 40" is [11, 39]. Bounds that contradict each other ("more than 40 and less than 10") stay apart.
    /// </summary>
    private static List<Quantity> MergeBounds(string text, List<Quantity> found)
    {
        if (found.Count < 2)
        {
            return found;
        }

        List<Quantity>? merged = null;
        for (var i = 0; i < found.Count; i++)
        {
            var a = found[i];
            if (i + 1 < found.Count && TryMerge(text, a, found[i + 1], out var joined))
            {
                merged ??= found.GetRange(0, i);
                merged.Add(joined);
                i++;
                continue;
            }

            merged?.Add(a);
        }

        return merged ?? found;
    }

    private static bool TryMerge(string text, Quantity a, Quantity b, out Quantity joined)
    {
        joined = a;
        if (!a.IsCount || !b.IsCount || a.Vagueness != Vagueness.Bounded || b.Vagueness != Vagueness.Bounded)
        {
            return false;
        }

        var aLower = a.Hedge is Hedge.AtLeast or Hedge.MoreThan;
        var aUpper = a.Hedge is Hedge.AtMost or Hedge.LessThan;
        var bLower = b.Hedge is Hedge.AtLeast or Hedge.MoreThan;
        var bUpper = b.Hedge is Hedge.AtMost or Hedge.LessThan;
        if (!((aLower && bUpper) || (aUpper && bLower)))
        {
            return false;
        }

        var gap = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Trim();
        if (!(gap.Equals("and", StringComparison.OrdinalIgnoreCase) || gap.Equals("but", StringComparison.OrdinalIgnoreCase)
            || gap.Equals(",", StringComparison.Ordinal) || gap.Equals(", and", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var (lower, upper) = aLower ? (a, b) : (b, a);
        var low = lower.Interval.Low;
        var high = upper.Interval.High;
        if (low is null || high is null || low > high)
        {
            return false;
        }

        var span = new TextSpan(a.Span.Start, b.Span.End);
        joined = new Quantity(span, span.Slice(text), null, new Interval(low, high), Hedge.Range, Vagueness.Bounded, NonCountReason.None, b.Counted);
        return true;
    }
}
