using ClaimCompare.Places;

namespace ClaimCompare.Events.Linking;

/// <summary>
/// Places that contain places, read from the gazetteer (<see cref="Gazetteer"/>): a name's preferred reading with the
/// one or two places above it (town, region, country), so that linking asks whether two names are one area, one
/// inside the other ("Balasore" in "Odisha" in "India"), with a few integer comparisons. Two different towns, or a
/// town and another country, are not related; a name the gazetteer does not know relates to nothing.
/// </summary>
/// <remarks>Stateless; thread-safe. The gazetteer is read on first use.</remarks>
internal static class PlaceAreas
{
    /// <summary>A name's area: its place and the places above it, each a gazetteer index or -1.</summary>
    /// <param name="Place">The preferred reading, or -1 when the name is not known.</param>
    /// <param name="Parent">The place directly above it, or -1.</param>
    /// <param name="Grandparent">The place above that, or -1.</param>
    public readonly record struct Area(int Place, int Parent, int Grandparent)
    {
        /// <summary>Gets the area of a name the gazetteer does not know.</summary>
        public static Area None => new(-1, -1, -1);
    }

    /// <summary>Reads the area of a place name as written ("Odisha's Balasore" is not read).</summary>
    /// <param name="name">The name.</param>
    /// <returns>Its area; <see cref="Area.None"/> when the gazetteer does not know it.</returns>
    public static Area Of(string name)
    {
        var gazetteer = Gazetteer.Default;
        if (gazetteer.Resolve(name) is not { } place)
        {
            return Area.None;
        }

        var parent = gazetteer.Data.ParentOf(place.Index);
        return new Area(place.Index, parent, parent >= 0 ? gazetteer.Data.ParentOf(parent) : -1);
    }

    /// <summary>Whether two areas are one place or one lies inside the other (the tree is three levels deep).</summary>
    /// <param name="a">An area.</param>
    /// <param name="b">Another area.</param>
    /// <returns><see langword="true"/> for the same place, a town and its region or country, a region and its country.</returns>
    public static bool Related(Area a, Area b) =>
        a.Place >= 0 && b.Place >= 0
        && (a.Place == b.Place || a.Place == b.Parent || a.Place == b.Grandparent || b.Place == a.Parent || b.Place == a.Grandparent);

    /// <summary>Whether area <paramref name="outer"/> is a country that holds area <paramref name="inner"/> ("India" and "Balasore").</summary>
    /// <param name="outer">The larger area.</param>
    /// <param name="inner">The smaller area.</param>
    /// <returns><see langword="true"/> when the gazetteer puts <paramref name="inner"/> in the country <paramref name="outer"/>.</returns>
    public static bool CountryHolds(Area outer, Area inner) =>
        outer.Place >= 0 && outer.Parent < 0 && (outer.Place == inner.Parent || outer.Place == inner.Grandparent);

    /// <summary>Whether two place names are one area or one inside the other.</summary>
    /// <param name="a">A name.</param>
    /// <param name="b">Another name.</param>
    /// <returns><see langword="true"/> when the gazetteer relates them.</returns>
    public static bool Related(string a, string b) => Related(Of(a), Of(b));
}
