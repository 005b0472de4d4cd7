using System.Collections.Frozen;
using ClaimCompare.Lexicons;

namespace ClaimCompare.Quantities;

/// <summary>The grammar class of an English number word.</summary>
internal enum NumberWordKind
{
    Zero,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Dozen,
    Denominator,
    Ordinal,
    Article,
    Half,
    Quarter,
    Point,
    Minus,
    And,
}

/// <summary>One number word: its class, value and whether it is a plural denominator.</summary>
/// <param name="Kind">The grammar class.</param>
/// <param name="Value">The value: 7 for "seven", 1000 for "thousand", 3 for "third(s)".</param>
/// <param name="Plural">Whether a denominator or ordinal is plural ("thirds").</param>
internal readonly record struct NumberWord(NumberWordKind Kind, double Value, bool Plural = false);

/// <summary>
/// English cardinal, ordinal and fraction words. This is grammar, not calibration, so it lives in
/// code; the table is built once and is immutable and thread-safe.
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Units = WordSets.Of("numbers.units");
    private static readonly string[] Teens = WordSets.Of("numbers.teens");
    private static readonly string[] Tens = WordSets.Of("numbers.tens");
    private static readonly string[] UnitOrdinals = WordSets.Of("numbers.unit-ordinals");
    private static readonly string[] TeenOrdinals = WordSets.Of("numbers.teen-ordinals");
    private static readonly string[] TensOrdinals = WordSets.Of("numbers.tens-ordinals");

    /// <summary>Gets every number word, lower case.</summary>
    public static FrozenDictionary<string, NumberWord> All { get; } = Build();

    /// <summary>Gets the span lookup of <see cref="All"/>.</summary>
    public static FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = All.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, NumberWord> Build()
    {
        var d = new Dictionary<string, NumberWord>(StringComparer.Ordinal)
        {
            ["zero"] = new(NumberWordKind.Zero, 0),
            ["nought"] = new(NumberWordKind.Zero, 0),
            ["naught"] = new(NumberWordKind.Zero, 0),
            ["hundred"] = new(NumberWordKind.Hundred, 100),
            ["hundreds"] = new(NumberWordKind.Hundred, 100, Plural: true),
            ["thousand"] = new(NumberWordKind.Scale, 1e3),
            ["million"] = new(NumberWordKind.Scale, 1e6),
            ["billion"] = new(NumberWordKind.Scale, 1e9),
            ["trillion"] = new(NumberWordKind.Scale, 1e12),
            ["lakh"] = new(NumberWordKind.Scale, 1e5),
            ["lakhs"] = new(NumberWordKind.Scale, 1e5),
            ["crore"] = new(NumberWordKind.Scale, 1e7),
            ["crores"] = new(NumberWordKind.Scale, 1e7),
            ["dozen"] = new(NumberWordKind.Dozen, 12),
            ["dozens"] = new(NumberWordKind.Dozen, 12, Plural: true),
            ["dz"] = new(NumberWordKind.Dozen, 12),
            ["dzs"] = new(NumberWordKind.Dozen, 12, Plural: true),
            ["doz"] = new(NumberWordKind.Dozen, 12),
            ["dozs"] = new(NumberWordKind.Dozen, 12, Plural: true),
            ["a"] = new(NumberWordKind.Article, 1),
            ["an"] = new(NumberWordKind.Article, 1),
            ["half"] = new(NumberWordKind.Half, 2),
            ["halves"] = new(NumberWordKind.Denominator, 2, Plural: true),
            ["quarter"] = new(NumberWordKind.Quarter, 4),
            ["quarters"] = new(NumberWordKind.Denominator, 4, Plural: true),
            ["point"] = new(NumberWordKind.Point, 0),
            ["minus"] = new(NumberWordKind.Minus, -1),
            ["negative"] = new(NumberWordKind.Minus, -1),
            ["and"] = new(NumberWordKind.And, 0),
            ["first"] = new(NumberWordKind.Ordinal, 1),
            ["second"] = new(NumberWordKind.Ordinal, 2),
            ["hundredth"] = new(NumberWordKind.Denominator, 100),
            ["hundredths"] = new(NumberWordKind.Denominator, 100, Plural: true),
            ["thousandth"] = new(NumberWordKind.Denominator, 1e3),
            ["thousandths"] = new(NumberWordKind.Denominator, 1e3, Plural: true),
            ["millionth"] = new(NumberWordKind.Denominator, 1e6),
            ["millionths"] = new(NumberWordKind.Denominator, 1e6, Plural: true),
            ["billionth"] = new(NumberWordKind.Denominator, 1e9),
            ["billionths"] = new(NumberWordKind.Denominator, 1e9, Plural: true),
            ["trillionth"] = new(NumberWordKind.Denominator, 1e12),
            ["trillionths"] = new(NumberWordKind.Denominator, 1e12, Plural: true),
        };
        for (var i = 0; i < Units.Length; i++)
        {
            d[Units[i]] = new(NumberWordKind.Unit, i + 1);
        }

        for (var i = 0; i < Teens.Length; i++)
        {
            d[Teens[i]] = new(NumberWordKind.Teen, i + 10);
            d[TeenOrdinals[i]] = new(NumberWordKind.Denominator, i + 10);
            d[TeenOrdinals[i] + "s"] = new(NumberWordKind.Denominator, i + 10, Plural: true);
        }

        for (var i = 0; i < Tens.Length; i++)
        {
            d[Tens[i]] = new(NumberWordKind.Tens, (i + 2) * 10);
            d[TensOrdinals[i]] = new(NumberWordKind.Denominator, (i + 2) * 10);
            d[TensOrdinals[i] + "s"] = new(NumberWordKind.Denominator, (i + 2) * 10, Plural: true);
        }

        // "third" .. "ninth" double as denominators ("two thirds"); "first" and "second" never do.
        for (var i = 2; i < UnitOrdinals.Length; i++)
        {
            d[UnitOrdinals[i]] = new(NumberWordKind.Denominator, i + 1);
            d[UnitOrdinals[i] + "s"] = new(NumberWordKind.Denominator, i + 1, Plural: true);
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
