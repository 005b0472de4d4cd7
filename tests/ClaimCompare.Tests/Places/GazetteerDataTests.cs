using System.Text;
using ClaimCompare.Places;

namespace ClaimCompare.Tests.Places;

/// <summary>The embedded data file: its keys agree with the run-time fold, its tree is well formed, its sources are recorded.</summary>
public sealed class GazetteerDataTests
{
    private static Gazetteer Places => Gazetteer.Default;

    [Test]
    public void Keys_are_fixed_points_of_the_fold_and_sorted()
    {
        // The generator folds with Python, the library with C#: every stored key folding to itself, in strictly
        // increasing (key, place) order, shows the two agree and that binary search over the table is valid.
        var data = Places.Data;
        var previous = Array.Empty<byte>();
        var previousPlace = -1;
        var failures = new List<string>();
        for (var i = 0; i < data.NameCount && failures.Count < 10; i++)
        {
            var key = data.KeyOf(i).ToArray();
            var text = Encoding.ASCII.GetString(key);
            if (!string.Equals(PlaceNameFolder.FoldToString(text), text, StringComparison.Ordinal))
            {
                failures.Add($"not a fixed point: '{text}'");
            }

            var order = key.AsSpan().SequenceCompareTo(previous);
            var place = data.EntryOf(i).Place;
            if (order < 0 || (order == 0 && place <= previousPlace))
            {
                failures.Add($"out of order at {i}: '{text}'");
            }

            (previous, previousPlace) = (key, place);
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Every_place_has_a_name_key()
    {
        // A GeoNames name in a script the fold does not romanise ("Октябрьский") still has its ASCII name as a key.
        var named = new HashSet<int>();
        for (var i = 0; i < Places.NameCount; i++)
        {
            named.Add(Places.Data.EntryOf(i).Place);
        }

        Assert.That(named, Has.Count.EqualTo(Places.PlaceCount));
    }

    [Test]
    public void Every_place_is_found_by_its_own_name_when_it_folds()
    {
        var missing = new List<string>();
        for (var i = 0; i < Places.PlaceCount && missing.Count < 10; i++)
        {
            var place = Places.PlaceAt(i);
            if (PlaceNameFolder.FoldToString(place.Name) is not null && !Places.Lookup(place.Name).Any(m => m.Place.Index == i))
            {
                missing.Add($"{place.Name} ({place.CountryCode})");
            }
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void The_tree_is_country_region_town()
    {
        var failures = new List<string>();
        for (var i = 0; i < Places.PlaceCount && failures.Count < 10; i++)
        {
            var place = Places.PlaceAt(i);
            var parent = Places.ParentOf(place);
            var country = Places.CountryOf(place);
            var ok = place.Kind switch
            {
                PlaceKind.Country => parent is null && country.Index == i && place.Code?.Length == 2,
                PlaceKind.Region => parent is { Kind: PlaceKind.Country } && parent.Index == country.Index,
                _ => parent is { Kind: PlaceKind.Country or PlaceKind.Region } && parent.CountryIndex == country.Index
                    && place.Latitude is >= -90 and <= 90 && place.Longitude is >= -180 and <= 180,
            };
            if (!ok || country.Kind != PlaceKind.Country)
            {
                failures.Add($"{place.Name} ({place.Kind})");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void The_counts_are_those_the_generator_recorded()
    {
        var kinds = Enumerable.Range(0, Places.PlaceCount).Select(i => Places.Data.KindOf(i)).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        Assert.Multiple(() =>
        {
            Assert.That(kinds[PlaceKind.Country], Is.EqualTo(250), "ISO 3166-1 countries and territories, and Kosovo (XK, a GeoNames and CLDR code)");
            Assert.That(kinds[PlaceKind.Region], Is.GreaterThan(3_500), "GeoNames first-level divisions");
            Assert.That(kinds[PlaceKind.Town], Is.GreaterThan(40_000), "GeoNames populated places above the threshold");
        });
    }

    [Test]
    public void Every_source_names_its_package_version_and_licence() => Assert.Multiple(() =>
    {
        Assert.That(Places.Sources, Has.Some.Contains("GeoNames").And.Contains("CC BY 4.0"));
        foreach (var source in Places.Sources)
        {
            Assert.That(source, Does.Match(@"package \S+ \d[\w.\-]* \(.+\)"), source);
        }
    });

    [Test]
    public void A_stream_that_is_not_a_gazetteer_is_rejected() => Assert.Multiple(() =>
    {
        Assert.Throws<InvalidDataException>(() => Gazetteer.FromStream(new MemoryStream("not a gazetteer file"u8.ToArray())));
        Assert.Throws<InvalidDataException>(() => Gazetteer.FromStream(new MemoryStream("CCGZ"u8.ToArray())));
    });

    [TestCase("Deir ez-Zor", "deir ez zor")]       // hyphen: word break
    [TestCase("Sana’a", "sanaa")]                  // curly apostrophe vanishes
    [TestCase("St. John's", "st johns")]           // full stop and apostrophe vanish
    [TestCase("Łódź", "lodz")]                     // letters NFKD leaves alone (ł) are in the fold table
    [TestCase("Straße", "strasse")]                // ß folds to ss
    [TestCase("  Ｋｙｉｖ  ", "kyiv")]               // fullwidth forms and outer spaces
    [TestCase("Ha\u0308meenlinna", "hameenlinna")] // a decomposed diacritic (combining mark) vanishes
    [TestCase("Киев", null)]                       // Cyrillic does not fold to Latin
    public void The_fold_matches_the_table(string name, string? expected) =>
        Assert.That(PlaceNameFolder.FoldToString(name), Is.EqualTo(expected));
}
