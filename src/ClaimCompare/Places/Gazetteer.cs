namespace ClaimCompare.Places;

/// <summary>
/// Countries, their first-level regions and their towns, with alternative names and containment
/// (town in region in country), read from the embedded data file generated from GeoNames-derived packages
/// (tools/lexicons/gazetteer). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>The built-in instance (<see cref="Default"/>) is read on first use, not at start-up: the data file is
/// copied out of the assembly and binary-searched in place, so the first lookup costs the copy.</para>
/// <para>Ambiguous names ("Paris" in France and in Texas) return every candidate, ranked: first the places in a
/// given context country, then countries before regions and towns, then names as listed before names the generator
/// shortened, then by population (a region's or country's is the sum of its listed towns), then the place's own
/// name before alternatives; last, a town moves before a
/// region of the same name that contains it ("Aleppo" is the city, "Aleppo province" the region).</para>
/// </remarks>
internal sealed class Gazetteer
{
    /// <summary>The manifest resource name of the built-in data file.</summary>
    internal const string ResourceName = "Places/places.gazetteer.bin";

    // Readings considered per name when two mentions are compared: enough for the most ambiguous town names
    // above the threshold, and a bound on the pairwise work (at most 64 x 64 parent walks of depth two).
    private const int MaxReadings = 64;

    private static readonly Lazy<Gazetteer> BuiltIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GazetteerData data;
    private readonly Place?[] decoded;
    private readonly int countryCount;

    /// <summary>Initializes a new instance of the <see cref="Gazetteer"/> class over read data.</summary>
    /// <param name="data">The data file.</param>
    internal Gazetteer(GazetteerData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        this.data = data;
        decoded = new Place?[data.PlaceCount];
        countryCount = CountryBoundary(data);
    }

    /// <summary>Gets the built-in gazetteer, read from the assembly on first use.</summary>
    internal static Gazetteer Default => BuiltIn.Value;

    /// <summary>Gets the number of places.</summary>
    internal int PlaceCount => data.PlaceCount;

    /// <summary>Gets the number of (name, place) entries.</summary>
    internal int NameCount => data.NameCount;

    /// <summary>Gets the sources (package, version, licence) the places and names come from.</summary>
    internal IReadOnlyList<string> Sources => data.Sources;

    /// <summary>Gets the underlying data (tests check keys and order).</summary>
    internal GazetteerData Data => data;

    /// <summary>Reads a fresh copy of the built-in data file (the benchmark measures this; callers use <see cref="Default"/>).</summary>
    /// <returns>A new gazetteer.</returns>
    internal static Gazetteer LoadBuiltIn()
    {
        using var stream = Lexicons.EmbeddedLexicon.Open(ResourceName);
        return FromStream(stream);
    }

    /// <summary>Reads a gazetteer data file from a stream.</summary>
    /// <param name="stream">A readable stream positioned at the file's start.</param>
    /// <returns>The gazetteer.</returns>
    /// <exception cref="InvalidDataException">The stream is not a gazetteer file of the supported version.</exception>
    internal static Gazetteer FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes;
        if (stream.CanSeek)
        {
            bytes = new byte[stream.Length - stream.Position];
            stream.ReadExactly(bytes);
        }
        else
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        return new Gazetteer(new GazetteerData(bytes));
    }

    /// <summary>Gets the place at <paramref name="index"/>.</summary>
    /// <param name="index">A place index, 0 to <see cref="PlaceCount"/> - 1.</param>
    /// <returns>The place.</returns>
    internal Place PlaceAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, data.PlaceCount);

        // Records are immutable, so two threads decoding one slot at once store equal values.
        return decoded[index] ??= data.ReadPlace(index);
    }

    /// <summary>Gets the place directly containing <paramref name="place"/>: a town's region (or country), a region's country.</summary>
    /// <param name="place">A place of this gazetteer.</param>
    /// <returns>The parent, or <see langword="null"/> for a country.</returns>
    internal Place? ParentOf(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.ParentIndex < 0 ? null : PlaceAt(place.ParentIndex);
    }

    /// <summary>Gets the country a place is in (itself for a country).</summary>
    /// <param name="place">A place of this gazetteer.</param>
    /// <returns>The country.</returns>
    internal Place CountryOf(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return PlaceAt(place.CountryIndex);
    }

    /// <summary>Looks a name up: case, diacritics and punctuation are folded; alternative names and demonyms count.</summary>
    /// <param name="name">A place name as written ("Deir ez-Zor", "SÃO PAULO", "Syrian").</param>
    /// <param name="contextCountry">An ISO 3166-1 alpha-2 code whose places rank first, or <see langword="null"/>.</param>
    /// <returns>Every candidate, best first; empty when the name is not known.</returns>
    internal IReadOnlyList<PlaceMatch> Lookup(string name, string? contextCountry = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> key = stackalloc byte[PlaceNameFolder.MaxKeyLength];
        var length = PlaceNameFolder.Fold(name, key);
        if (length == 0)
        {
            return [];
        }

        key = key[..length];
        var matches = new List<PlaceMatch>();
        for (var i = data.LowerBound(key); i < data.NameCount && data.KeyOf(i).SequenceEqual(key); i++)
        {
            var (place, kind, source) = data.EntryOf(i);
            matches.Add(new PlaceMatch(PlaceAt(place), kind, source));
        }

        if (matches.Count > 1)
        {
            var context = contextCountry is null ? -1 : FindCountryIndex(contextCountry);
            matches.Sort((a, b) => Rank(a, b, context));
            PutTownsBeforeTheirRegion(matches);
        }

        return matches;
    }

    /// <summary>Gets the preferred reading of a name, or <see langword="null"/> when it is not known.</summary>
    /// <param name="name">A place name as written.</param>
    /// <param name="contextCountry">An ISO 3166-1 alpha-2 code whose places rank first, or <see langword="null"/>.</param>
    /// <returns>The best-ranked candidate place.</returns>
    internal Place? Resolve(string name, string? contextCountry = null)
    {
        var matches = Lookup(name, contextCountry);
        return matches.Count == 0 ? null : matches[0].Place;
    }

    /// <summary>Finds a country by its ISO 3166-1 alpha-2 code.</summary>
    /// <param name="code">Two letters, either case.</param>
    /// <returns>The country, or <see langword="null"/> when no country has that code.</returns>
    internal Place? FindCountry(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var index = FindCountryIndex(code);
        return index < 0 ? null : PlaceAt(index);
    }

    /// <summary>Tells whether <paramref name="outer"/> strictly contains <paramref name="inner"/> (a country its regions and towns, a region its towns).</summary>
    /// <param name="outer">The larger place.</param>
    /// <param name="inner">The smaller place.</param>
    /// <returns><see langword="true"/> when <paramref name="outer"/> is an ancestor of <paramref name="inner"/>; a place does not contain itself.</returns>
    internal bool Contains(Place outer, Place inner)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        return IsAncestor(outer.Index, inner.Index);
    }

    /// <summary>Tells how two places relate: the same, one containing the other, or different.</summary>
    /// <param name="first">The first place.</param>
    /// <param name="second">The second place.</param>
    /// <returns>The relation.</returns>
    internal PlaceRelation Relate(Place first, Place second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Relate(first.Index, second.Index);
    }

    /// <summary>
    /// Compares two place mentions: compatible when some reading of each names the same place or one containing
    /// the other ("Aleppo" and "Syria", "Kiev" and "Kyiv", "Paris" and "Texas"), different when no readings relate.
    /// Of the related readings the pair with the lowest summed rank is chosen; its ranks say how far from the
    /// preferred readings it had to go.
    /// </summary>
    /// <param name="first">The first mention as written.</param>
    /// <param name="second">The second mention as written.</param>
    /// <param name="contextCountry">An ISO 3166-1 alpha-2 code whose places rank first, or <see langword="null"/>.</param>
    /// <returns>The relation and the readings chosen.</returns>
    internal PlaceComparison Compare(string first, string second, string? contextCountry = null)
    {
        var a = Lookup(first, contextCountry);
        var b = Lookup(second, contextCountry);
        if (a.Count == 0 || b.Count == 0)
        {
            return new PlaceComparison(PlaceRelation.Unknown, a.Count == 0 ? null : a[0].Place, b.Count == 0 ? null : b[0].Place, a.Count == 0 ? -1 : 0, b.Count == 0 ? -1 : 0);
        }

        var bestI = -1;
        var bestJ = -1;
        var bestRelation = PlaceRelation.Different;
        var countA = Math.Min(a.Count, MaxReadings);
        var countB = Math.Min(b.Count, MaxReadings);
        for (var i = 0; i < countA; i++)
        {
            for (var j = 0; j < countB; j++)
            {
                if (bestI >= 0 && i + j >= bestI + bestJ)
                {
                    break;
                }

                var relation = Relate(a[i].Place.Index, b[j].Place.Index);
                if (relation != PlaceRelation.Different)
                {
                    (bestI, bestJ, bestRelation) = (i, j, relation);
                    break;
                }
            }
        }

        return bestI < 0
            ? new PlaceComparison(PlaceRelation.Different, a[0].Place, b[0].Place, 0, 0)
            : new PlaceComparison(bestRelation, a[bestI].Place, b[bestJ].Place, bestI, bestJ);
    }

    private PlaceRelation Relate(int first, int second)
    {
        if (first == second)
        {
            return PlaceRelation.Same;
        }

        if (IsAncestor(first, second))
        {
            return PlaceRelation.Contains;
        }

        return IsAncestor(second, first) ? PlaceRelation.ContainedBy : PlaceRelation.Different;
    }

    private bool IsAncestor(int outer, int inner)
    {
        // The tree is three levels deep; the bound guards against a malformed file with a cycle.
        for (int parent = data.ParentOf(inner), steps = 0; parent >= 0 && steps < 8; parent = data.ParentOf(parent), steps++)
        {
            if (parent == outer)
            {
                return true;
            }
        }

        return false;
    }

    private int FindCountryIndex(string code)
    {
        // Countries come first in the file, sorted by their alpha-2 code.
        int low = 0, high = countryCount;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.Compare(data.CodeOf(middle), code, StringComparison.OrdinalIgnoreCase);
            if (comparison == 0)
            {
                return middle;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return -1;
    }

    // The first index that is not a country, found by binary search over the kind column.
    private static int CountryBoundary(GazetteerData data)
    {
        int low = 0, high = data.PlaceCount;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (data.KindOf(middle) == PlaceKind.Country)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // A bare name shared by a region and a town inside it is the town: news writes "Aleppo" for the city and
    // "Aleppo province" or "Aleppo governorate" for the region (English names a subdivision with its type word).
    // A region's ranking population is the sum of its towns, which would otherwise always put it first.
    private static void PutTownsBeforeTheirRegion(List<PlaceMatch> matches)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            if (matches[i].Place.Kind != PlaceKind.Region)
            {
                continue;
            }

            var town = matches.FindIndex(i + 1, m => m.Place.Kind == PlaceKind.Town && m.Place.ParentIndex == matches[i].Place.Index);
            if (town > i)
            {
                var promoted = matches[town];
                matches.RemoveAt(town);
                matches.Insert(i, promoted);
            }
        }
    }

    private static int Rank(PlaceMatch a, PlaceMatch b, int context)
    {
        if (context >= 0)
        {
            var inA = a.Place.CountryIndex == context;
            var inB = b.Place.CountryIndex == context;
            if (inA != inB)
            {
                return inA ? -1 : 1;
            }
        }

        var countryA = a.Place.Kind == PlaceKind.Country;
        var countryB = b.Place.Kind == PlaceKind.Country;
        if (countryA != countryB)
        {
            return countryA ? -1 : 1;
        }

        // A name shortened by the generator ("Columbia" from "District of Columbia") is a weaker reading than a
        // place's own or listed name, whatever the populations.
        var shortenedA = a.NameKind == PlaceNameKind.Shortened;
        var shortenedB = b.NameKind == PlaceNameKind.Shortened;
        if (shortenedA != shortenedB)
        {
            return shortenedA ? 1 : -1;
        }

        var byPopulation = b.Place.Population.CompareTo(a.Place.Population);
        if (byPopulation != 0)
        {
            return byPopulation;
        }

        var byName = a.NameKind.CompareTo(b.NameKind);
        return byName != 0 ? byName : a.Place.Index.CompareTo(b.Place.Index);
    }
}
