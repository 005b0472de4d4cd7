using ClaimCompare.Places;

namespace ClaimCompare.Tests.Places;

/// <summary>Containment (town in region in country) and the compatibility of two place mentions.</summary>
public sealed class GazetteerContainmentTests
{
    private static Gazetteer Places => Gazetteer.Default;

    [TestCase("Syria", "Aleppo", true)]           // a country contains its towns
    [TestCase("Iraq", "Dhi Qar", true)]           // a country contains its regions
    [TestCase("Dhi Qar", "Nasiriyah", true)]      // a region contains its towns
    [TestCase("Texas", "Houston", true)]          // a US state contains its cities
    [TestCase("United States", "Houston", true)]  // and so does the country, two levels up
    [TestCase("Houston", "Texas", false)]         // a town does not contain its region
    [TestCase("France", "Houston", false)]        // a country does not contain another country's town
    [TestCase("Texas", "Dhi Qar", false)]         // nor does a region contain another country's region
    [TestCase("Syria", "Syria", false)]           // a place does not contain itself (that is Same, not Contains)
    public void Contains_follows_the_tree(string outer, string inner, bool expected) =>
        Assert.That(Places.Contains(Places.Resolve(outer)!, Places.Resolve(inner)!), Is.EqualTo(expected), $"{outer} contains {inner}");

    [TestCase("Houston", "Texas", "ContainedBy")]   // a claim placed in a town matches an event placed in its state
    [TestCase("Texas", "Houston", "Contains")]      // and the other way round
    [TestCase("Nasiriyah", "Iraq", "ContainedBy")]  // a town and its country
    [TestCase("Malang", "East Java", "ContainedBy")] // a town and its province (dev2's stadium crush)
    [TestCase("Kiev", "Kyiv", "Same")]              // two spellings of one city
    [TestCase("Deir ez-Zor", "DEIR EZ ZOR", "Same")] // two writings of one key
    [TestCase("Houston", "Dallas", "Different")]    // two towns in one state are different places
    [TestCase("Paris", "Lyon", "Different")]        // two towns in one country are different places
    [TestCase("Aleppo", "Baghdad", "Different")]    // towns in two countries
    [TestCase("Syria", "Iraq", "Different")]        // two countries
    [TestCase("Qwxzbury", "Paris", "Unknown")]      // a name not in the gazetteer says nothing
    public void Two_mentions_relate(string first, string second, string expected) =>
        Assert.That(Places.Compare(first, second).Relation.ToString(), Is.EqualTo(expected), $"{first} / {second}");

    [Test]
    public void A_less_likely_reading_is_used_when_it_makes_the_mentions_relate()
    {
        // "Paris" alone is France's capital; beside "Texas" the Texan Paris makes the two compatible, and the rank says so.
        var comparison = Places.Compare("Paris", "Texas");
        Assert.Multiple(() =>
        {
            Assert.That(comparison.IsCompatible, Is.True);
            Assert.That(comparison.Relation, Is.EqualTo(PlaceRelation.ContainedBy));
            Assert.That(comparison.First!.CountryCode, Is.EqualTo("US"));
            Assert.That(comparison.FirstRank, Is.GreaterThan(0));
            Assert.That(comparison.UsesPreferredReadings, Is.False);
        });
    }

    [Test]
    public void Compatible_means_same_or_containing() => Assert.Multiple(() =>
    {
        Assert.That(Places.Compare("Aleppo", "Syria").IsCompatible, Is.True);
        Assert.That(Places.Compare("Aleppo", "Aleppo").IsCompatible, Is.True);
        Assert.That(Places.Compare("Aleppo", "Homs").IsCompatible, Is.False);
        Assert.That(Places.Compare("Aleppo", "Qwxzbury").IsCompatible, Is.False);
    });

    [Test]
    public void Parent_and_country_walk_up_the_tree()
    {
        var nasiriyah = Places.Resolve("Nasiriyah")!;
        var region = Places.ParentOf(nasiriyah)!;
        Assert.Multiple(() =>
        {
            Assert.That(region.Name, Is.EqualTo("Dhi Qar"));
            Assert.That(region.Kind, Is.EqualTo(PlaceKind.Region));
            Assert.That(Places.ParentOf(region)!.Name, Is.EqualTo("Iraq"));
            Assert.That(Places.CountryOf(nasiriyah).Code, Is.EqualTo("IQ"));
            Assert.That(Places.ParentOf(Places.CountryOf(nasiriyah)), Is.Null);
        });
    }
}
