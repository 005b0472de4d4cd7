using ClaimCompare.Events;
using ClaimCompare.Tests.Events;
using ClaimCompare.Text;

namespace ClaimCompare.Tests.Text;

/// <summary>
/// The one-pass document index (<see cref="AnalyzedText"/>, <see cref="PhraseIndex"/>) must answer every span exactly as the
/// span-by-span scans do (<see cref="AnalyzedText.Words(string, TextSpan)"/>, <see cref="PhraseIndex.Find"/>), including spans whose edges cut words.
/// </summary>
public sealed class AnalyzedTextTests
{
    private static readonly string[] Phrases = ["air strikes", "air strike", "strike", "strikes", "attack", "a year ago", "al-Qaeda", "9/11", "-led", "e-mail"];

    // (text, why the case exists)
    private static readonly object[][] Texts =
    [
        ["US air strikes hit Syria. The air strike came after an attack.", "phrases inside longer phrases, several per span"],
        ["AIR STRIKES and Air-strikes, air strikes' toll; airstrikes.", "case, hyphen and apostrophe edges; a phrase inside a longer word never matches"],
        ["A year ago al-Qaeda claimed the 9/11 attack on U.S.-led forces.", "phrases with a hyphen, a slash, a leading non-letter"],
        ["Anti-drone e-mail: x-ray—strike’s “attack” 2021-02-26.", "typographic apostrophe, dash and quotes next to words"],
        ["", "empty text"],
        ["strike", "a phrase that is the whole text"],
        ["İSTANBUL’S ΣΟΦΊΑ 𝐀ttack KELVIN", "non-ASCII case (dotted capital I, Greek final sigma, a Kelvin sign): a word folded as part of the whole text folds as it does alone"],
        ["Last Sunday’s strike-and-attack", "a word cut inside its apostrophe or hyphen reads its parts as words of their own"],
    ];

    [TestCaseSource(nameof(Texts))]
    public void Every_span_reads_as_a_scan_of_that_span_alone(string text, string why)
    {
        var table = new PhraseIndex(Phrases);
        using var cue = new AnalyzedText(text);
        cue.FindPhrasesOf(table);
        Assert.Multiple(() =>
        {
            for (var start = 0; start <= text.Length; start++)
            {
                for (var end = start; end <= text.Length; end++)
                {
                    var span = new TextSpan(start, end);
                    var words = cue.Words(span).ToArray();
                    Assert.That(words, Is.EqualTo(AnalyzedText.Words(text, span)), $"{why}: words of [{start}, {end})");
                    Assert.That(
                        words.Select(w => cue.Folded(w).ToString()),
                        Is.EqualTo(words.Select(w => w.Slice(text).ToLowerInvariant().Replace('’', '\''))),
                        $"{why}: folded words of [{start}, {end})");
                    Assert.That(cue.FirstOf(0, span), Is.EqualTo(Phrases.FirstOrDefault(p => PhraseIndex.Find(text, span, p).Any())), $"{why}: first phrase in [{start}, {end})");
                    var expected = Phrases.SelectMany((p, i) => PhraseIndex.Find(text, span, p).Select(s => (s, i))).Order().ToList();
                    var found = new List<(int, int)>();
                    foreach (var match in cue.Hits(0, span))
                    {
                        found.Add((match.Start, match.Phrase));
                    }

                    Assert.That(found.Order().ToList(), Is.EqualTo(expected), $"{why}: matches in [{start}, {end})");
                    var tested = cue.Words(span, LongWord, out var passes).ToArray();
                    Assert.That(tested, Is.EqualTo(words), $"{why}: tested words of [{start}, {end})");
                    Assert.That(passes.ToArray(), Is.EqualTo(words.Select(w => LongWord(cue, w))), $"{why}: word tests in [{start}, {end})");
                }
            }
        });
    }

    // A test that depends on the word alone, as a document-wide cache of its answers requires.
    private static bool LongWord(AnalyzedText text, TextSpan word) => word.Length > 4;

    [TestCaseSource(typeof(PlacePairs), nameof(PlacePairs.All))]
    public void Same_place_agrees_with_comparing_skeletons(string a, string b, string why)
    {
        var expected = string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
            || (CueScanner.Skeleton(a).Length >= 3 && string.Equals(CueScanner.Skeleton(a), CueScanner.Skeleton(b), StringComparison.Ordinal));
        Assert.That(CueScanner.SamePlace(a, b), Is.EqualTo(expected), why);
    }
}
