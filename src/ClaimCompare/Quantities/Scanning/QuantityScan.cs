using System.Buffers;

namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// One left-to-right scan of one text. Created per call of <see cref="QuantityRecognizer.Recognize"/>
/// and never shared between threads; the lexicon it reads is immutable.
/// </summary>
/// <remarks>
/// <para>
/// The scan is linear: it visits each character once in the outer loop, and every phrase attempt
/// reads a bounded number of words ahead (hedges, one number, a range partner, a postfix, the noun).
/// </para>
/// <para>
/// The class is one type in several files, one per stage of reading a quantity:
/// QuantityScan.Words.cs (the word reader: the outer loop and the word primitives),
/// .Phrases.cs (opening hedge, number, what follows), .PhraseMatch.cs (which lexicon phrase starts at a word),
/// .Ranges.cs (range partners and postfix hedges), .Numbers.cs and .NumberWords.cs (one number, atom by atom),
/// .Lookahead.cs (the short look-aheads of spelled numbers), .Digits.cs and .DigitForms.cs (digit runs and
/// their written forms), .Context.cs (why a number is not a count; the counted noun), .Emitting.cs (quantities out).
/// </para>
/// </remarks>
internal sealed partial class QuantityScan
{
    // Bounds that keep the scan linear and its stack buffers small: no lexicon word is longer than
    // MaxWordLength, no lexicon phrase has more than MaxPhraseWords words, a number has at most
    // MaxNumberAtoms atoms ("one million two hundred and thirty-four thousand ..."), and the counted
    // noun is looked for within NounPeekWords words ("22 young men").
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
}
