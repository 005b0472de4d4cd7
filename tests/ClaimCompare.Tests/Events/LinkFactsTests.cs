using ClaimCompare.Events;

namespace ClaimCompare.Tests.Events;

/// <summary>
/// Linking compares places by the ids <see cref="LinkFacts"/> gives them; those must answer every pair exactly as
/// <see cref="CueScanner.SamePlace"/> does, and each event must keep to its own places.
/// </summary>
public sealed class LinkFactsTests
{
    [TestCaseSource(typeof(PlacePairs), nameof(PlacePairs.All))]
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
        new(document, isMain ? 0 : 1, isMain, null, null, DateCue.None, places, [], TermSet.Empty, specific, 0, isMain ? null : "a marker");
}
