using ClaimCompare.Places;

namespace ClaimCompare.Tests.Places;

/// <summary>Looking place names up in the built-in gazetteer: folding, alternative names, demonyms and ranking.</summary>
public sealed class GazetteerLookupTests
{
    private static Gazetteer Places => Gazetteer.Default;

    [TestCase("Aleppo", "Aleppo", "SY", "Town")]                 // a city's own name; the city outranks its governorate by population
    [TestCase("ALEPPO", "Aleppo", "SY", "Town")]                 // case is folded
    [TestCase("São Paulo", "São Paulo", "BR", "Town")]           // written with its diacritic
    [TestCase("Sao Paulo", "São Paulo", "BR", "Town")]           // written without it: diacritics are folded
    [TestCase("Sana'a", "Sanaa", "YE", "Town")]                  // an apostrophe vanishes ("Sana'a" = "Sanaa")
    [TestCase("Sana’a", "Sanaa", "YE", "Town")]                  // so does a curly one
    [TestCase("Deir ez-Zor", "Deir ez-Zor", "SY", "Town")]       // a hyphen is a word break: "Deir ez Zor" is the same key
    [TestCase("Kiev", "Kyiv", "UA", "Town")]                     // a GeoNames alternative name (older romanisation)
    [TestCase("Bombay", "Mumbai", "IN", "Town")]                 // a former name kept as an alternative
    [TestCase("Washington, D.C.", "Washington", "US", "Town")]   // full stops vanish, the comma is a word break
    [TestCase("Qamishli", "Al Qāmishlī", "SY", "Town")]           // an Arabic name without its article; a district seat whose population GeoNames does not know
    [TestCase("Nasiriyah", "Nasiriyah", "IQ", "Town")]           // a provincial capital (dev2's hospital fire)
    [TestCase("Dhi Qar", "Dhi Qar", "IQ", "Region")]             // a first-level subdivision (governorate)
    [TestCase("East Java", "East Java", "ID", "Region")]         // a province whose name is two words
    [TestCase("Maidan Wardak", "Maidan Wardak Province", "AF", "Region")] // a region named without its type word
    [TestCase("Texas", "Texas", "US", "Region")]                 // a US state
    [TestCase("Kosovo", "Kosovo", "XK", "Country")]              // a territory with a GeoNames and CLDR code (XK) that ISO 3166-1 lacks
    [TestCase("Syria", "Syria", "SY", "Country")]                // a country by its CLDR English name
    [TestCase("Syrian Arab Republic", "Syria", "SY", "Country")] // a country by its ISO 3166-1 name
    [TestCase("Ivory Coast", "Côte d’Ivoire", "CI", "Country")]  // a CLDR variant name
    [TestCase("Republic of Korea", "South Korea", "KR", "Country")] // an inverted ISO list name ("Korea, Republic of") put back in running order
    [TestCase("Georgia", "Georgia", "GE", "Country")]            // without context a country outranks a US state of the same name
    public void A_name_finds_its_place(string name, string expectedName, string expectedCountry, string expectedKind)
    {
        var place = Places.Resolve(name);
        Assert.That(place, Is.Not.Null, name);
        Assert.Multiple(() =>
        {
            Assert.That(place!.Name, Is.EqualTo(expectedName));
            Assert.That(place.CountryCode, Is.EqualTo(expectedCountry));
            Assert.That(place.Kind.ToString(), Is.EqualTo(expectedKind));
        });
    }

    [TestCase("Syrian", "SY")]      // the nationality adjective news uses for a state's forces or government
    [TestCase("Iraqi", "IQ")]       // another
    [TestCase("Ukrainian", "UA")]   // another
    [TestCase("Indonesian", "ID")]  // another
    public void A_demonym_points_at_its_country(string adjective, string country)
    {
        var match = Places.Lookup(adjective).FirstOrDefault(m => m.NameKind == PlaceNameKind.Demonym);
        Assert.That(match, Is.Not.Null, adjective);
        Assert.Multiple(() =>
        {
            Assert.That(match!.Place.Kind, Is.EqualTo(PlaceKind.Country));
            Assert.That(match.Place.CountryCode, Is.EqualTo(country));
            Assert.That(match.NameSource, Does.Contain("i18n-nationality"));
        });
    }

    [TestCase("Paris", null, "FR")]   // without context the largest Paris (France's capital) comes first
    [TestCase("Paris", "US", "US")]   // with a US context a US Paris comes first
    [TestCase("Paris", "us", "US")]   // the context code is read in either case
    [TestCase("Georgia", "US", "US")] // with a US context the state outranks the country
    [TestCase("Houston", null, "US")] // Houston, Texas outranks the Scottish and Canadian ones by population
    public void Ambiguity_is_resolved_by_context_then_population(string name, string? context, string expectedCountry) =>
        Assert.That(Places.Resolve(name, context)!.CountryCode, Is.EqualTo(expectedCountry));

    [TestCase("Damascus", "Damascus", "Town")]   // the city before "Damascus Governorate", a name shortened by the generator
    [TestCase("Columbia", "Columbia", "Town")]   // a listed town name before "District of Columbia" shortened to "Columbia"
    [TestCase("Moscow", "Moscow", "Town")]       // the city before the federal city region of the same name and "Moscow Oblast"
    public void Listed_names_and_towns_come_before_shortened_and_containing_regions(string name, string expectedName, string expectedKind)
    {
        var place = Places.Resolve(name)!;
        Assert.Multiple(() =>
        {
            Assert.That(place.Name, Is.EqualTo(expectedName));
            Assert.That(place.Kind.ToString(), Is.EqualTo(expectedKind));
        });
    }

    [TestCase("French", "FR")]  // the bare adjective is France's, not French Guiana's ("French (French Guiana)" in the source)
    [TestCase("Welsh", null)]   // the source's "Welsh" for Wallis and Futuna is dropped (Welsh is Wales's adjective)
    public void Source_demonym_errors_are_corrected(string adjective, string? expectedCountry) =>
        Assert.That(Places.Lookup(adjective).FirstOrDefault(m => m.NameKind == PlaceNameKind.Demonym)?.Place.CountryCode, Is.EqualTo(expectedCountry));

    [Test]
    public void Paris_in_the_US_prefers_the_largest_US_Paris()
    {
        // Paris, Texas (about 25,000) is larger than Paris, Tennessee and Paris, Kentucky (about 10,000 each).
        var paris = Places.Resolve("Paris", "US")!;
        Assert.That(Places.ParentOf(paris)!.Name, Is.EqualTo("Texas"));
    }

    [Test]
    public void Every_candidate_of_an_ambiguous_name_is_returned_in_rank_order()
    {
        var matches = Places.Lookup("Paris");
        Assert.Multiple(() =>
        {
            Assert.That(matches.Count(m => string.Equals(m.Place.CountryCode, "US", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(3), "Paris in Texas, Tennessee, Kentucky, ...");
            Assert.That(matches.Select(m => m.Place.Population), Is.Ordered.Descending, "towns rank by population");
        });
    }

    [TestCase("Москва")]       // a Cyrillic spelling: the keys are Latin, the fold does not romanise Cyrillic
    [TestCase("")]             // nothing
    [TestCase("  -- ")]        // punctuation only
    [TestCase("Qwxzbury")]     // a name no source lists
    public void Unknown_or_unfoldable_names_find_nothing(string name) =>
        Assert.That(Places.Lookup(name), Is.Empty);

    [Test]
    public void Null_is_rejected() => Assert.Multiple(() =>
    {
        Assert.Throws<ArgumentNullException>(() => Places.Lookup(null!));
        Assert.Throws<ArgumentNullException>(() => Places.Contains(null!, Places.FindCountry("SY")!));
        Assert.Throws<ArgumentNullException>(() => PlaceNameFolder.FoldToString(null!));
    });
}
