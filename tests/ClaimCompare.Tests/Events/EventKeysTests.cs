using ClaimCompare.Events;
using ClaimCompare.Events.Linking;

namespace ClaimCompare.Tests.Events;

/// <summary>
/// Linking compares places by the ids <see cref="EventKeys"/> gives them; those must answer every pair exactly as
/// <see cref="CueScanner.SamePlace"/> or the gazetteer's areas (<see cref="PlaceAreas"/>) do, and each event must keep to its own places.
/// </summary>
public sealed class EventKeysTests
{
    [TestCaseSource(typeof(PlacePairs), nameof(PlacePairs.All))]
    public void Places_match_as_SamePlace_says(string a, string b, string why)
    {
        var keys = new EventKeys([Event("d1", isMain: true, [a], []), Event("d2", isMain: true, [b], [])], CompiledEventLexicon.Default);
        // Spelling aside, the gazetteer knows alternative names and containment (al-Bukamal and Albu Kamal, Aleppo and Alepo).
        Assert.That(keys.SharePlace(0, 1), Is.EqualTo(CueScanner.SamePlace(a, b) || PlaceAreas.Related(a, b)), why);
    }

    [Test]
    public void Each_event_keeps_its_own_places_and_a_recalled_event_its_specific_ones()
    {
        var keys = new EventKeys(
            [
                Event("d1", isMain: true, ["Kabul"], []),
                Event("d1", isMain: false, ["Kabul", "Erbil"], ["Erbil"]),
                Event("d2", isMain: true, ["Irbil"], []),
            ],
            CompiledEventLexicon.Default);
        Assert.Multiple(() =>
        {
            Assert.That(keys.SharePlace(0, 1), Is.True, "Kabul is among the recalled event's places");
            Assert.That(keys.SharesSpecificPlace(0, 1), Is.False, "but not among those its main event does not name");
            Assert.That(keys.SharesSpecificPlace(1, 2), Is.True, "Erbil and Irbil are one place");
            Assert.That(keys.SharePlace(0, 2), Is.False, "Kabul is not Irbil");
            Assert.That(keys.SameDocument(0, 1) && !keys.SameDocument(1, 2), Is.True, "documents by id");
        });
    }

    private static LocalEvent Event(string document, bool isMain, string[] places, string[] specific) =>
        new(document, isMain ? 0 : 1, isMain, null, null, DateCue.None, places, [], TermSet.Empty, specific, 0, isMain ? null : "a marker");
}
