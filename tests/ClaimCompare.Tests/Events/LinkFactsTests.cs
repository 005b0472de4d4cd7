using ClaimCompare.Events;

namespace ClaimCompare.Tests.Events;

/// <summary>
/// Linking compares places by the ids <see cref="LinkFacts"/> gives them; those must answer every pair exactly as
/// <see cref="CueScanner.SamePlace"/> does, and each event must keep to its own places.
/// </summary>
public sealed class LinkFactsTests
{
    // (a, b, why the pair exists)
    private static readonly object[][] Places =
    [
        ["Erbil", "Irbil", "vowels differ: same skeleton"],
        ["al-Bukamal", "Albu Kamal", "an article and a space"],
        ["El-Arish", "Arish", "the other article"],
        ["Kabul", "Jolo", "different places"],
        ["Ao", "Ai", "skeletons shorter than three letters never match"],
        ["Ao", "AO", "short names still match ignoring case"],
        ["Mosul", "MOSUL", "case only"],
        ["Aleppo", "Alepo", "doubled letters"],
        ["İzmir", "izmir", "dotted capital I: case folding and lower-casing differ"],
        ["Straße", "STRASSE", "ß has no one-letter capital"],
        ["Ḥalab", "Halab", "a letter with a dot below is another consonant"],
        ["", "", "empty names"],
    ];

    [TestCaseSource(nameof(Places))]
    public void Places_match_as_SamePlace_says(string a, string b, string why)
    {
        var facts = new LinkFacts([Event("d1", isMain: true, [a], []), Event("d2", isMain: true, [b], [])], EventLexicon.Default);
        Assert.That(facts.SharePlace(0, 1), Is.EqualTo(CueScanner.SamePlace(a, b)), why);
    }

    [Test]
    public void Each_event_keeps_its_own_places_and_a_recalled_event_its_specific_ones()
    {
        var facts = new LinkFacts(
            [
                Event("d1", isMain: true, ["Kabul"], []),
                Event("d1", isMain: false, ["Kabul", "Erbil"], ["Erbil"]),
                Event("d2", isMain: true, ["Irbil"], []),
            ],
            EventLexicon.Default);
        Assert.Multiple(() =>
        {
            Assert.That(facts.SharePlace(0, 1), Is.True, "Kabul is among the recalled event's places");
            Assert.That(facts.SharesSpecificPlace(0, 1), Is.False, "but not among those its main event does not name");
            Assert.That(facts.SharesSpecificPlace(1, 2), Is.True, "Erbil and Irbil are one place");
            Assert.That(facts.SharePlace(0, 2), Is.False, "Kabul is not Irbil");
            Assert.That(facts.SameDocument(0, 1) && !facts.SameDocument(1, 2), Is.True, "documents by id");
        });
    }

    private static LocalEvent Event(string document, bool isMain, string[] places, string[] specific) =>
        new(document, isMain ? 0 : 1, isMain, null, null, DateCue.None, places, [], [], specific, 0, isMain ? null : "a marker");
}
