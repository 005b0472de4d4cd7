namespace ClaimCompare.Events.Linking;

/// <summary>
/// The evidence linking weighs for one proposed pair of local events, as numbers from 0 to 1: what the hand-set
/// scoring adds up (the content cosine, a shared day, weekday or place) and what its rules test (family agreement,
/// main or recalled, one document), each as its own feature so that a learned <see cref="LinkModel"/> can weigh them.
/// </summary>
/// <remarks>
/// Every feature is scaled to [0, 1] here, so a model needs no normaliser of its own. The names are the model file's
/// contract: a model names the features it was fitted on and is evaluated on those, by name. Stateless; thread-safe.
/// </remarks>
internal static class LinkFeatures
{
    /// <summary>Days beyond which two exact dates count as equally far apart.</summary>
    private const double FarDays = 30;

    private static readonly string[] NameArray =
    [
        "content_similarity",
        "same_day",
        "both_dated",
        "day_distance",
        "dates_compatible",
        "same_family",
        "families_compatible",
        "both_specific_family",
        "share_place",
        "share_specific_place",
        "shared_weekday",
        "weekday_conflict",
        "both_main",
        "one_main",
        "same_document",
        "series",
        "shared_actors",
        "same_document_same_weapon",
    ];

    /// <summary>Gets the feature names, in the order <see cref="Compute"/> writes them.</summary>
    public static IReadOnlyList<string> Names => NameArray;

    /// <summary>Gets the number of features.</summary>
    public static int Count => NameArray.Length;

    /// <summary>Gets the set of all features, as <see cref="Compute"/>'s <c>used</c> takes it.</summary>
    public static ulong All => (1UL << NameArray.Length) - 1;

    /// <summary>Writes the features of the pair (<paramref name="a"/>, <paramref name="b"/>) into <paramref name="into"/>.</summary>
    /// <param name="keys">The events' keys.</param>
    /// <param name="nodes">The local events (their actors are read; their terms may have been let go).</param>
    /// <param name="a">One event.</param>
    /// <param name="b">The other event.</param>
    /// <param name="cosine">The IDF-weighted cosine of their content terms.</param>
    /// <param name="into">Receives <see cref="Count"/> values.</param>
    /// <param name="used">
    /// The features wanted, a bit per position in <see cref="Names"/> (<see cref="All"/> for all); the others are left
    /// as they are. Linking weighs each of hundreds of thousands of pairs with a model that may read a few features only,
    /// and comparing two events' places, actors or dates' windows costs more than the model.
    /// </param>
    public static void Compute(EventKeys keys, IReadOnlyList<LocalEvent> nodes, int a, int b, double cosine, Span<double> into, ulong used)
    {
        for (var wanted = used & All; wanted != 0; wanted &= wanted - 1)
        {
            var feature = System.Numerics.BitOperations.TrailingZeroCount(wanted);
            into[feature] = Value(feature, keys, nodes, a, b, cosine);
        }
    }

    /// <summary>Returns one feature of the pair (<paramref name="a"/>, <paramref name="b"/>), by its position in <see cref="Names"/>.</summary>
    private static double Value(int feature, EventKeys keys, IReadOnlyList<LocalEvent> nodes, int a, int b, double cosine) => feature switch
    {
        0 => Math.Clamp(cosine, 0, 1),
        1 => Flag(keys.SameDay(a, b)),
        2 => Flag(keys.Date(a).Exact is not null && keys.Date(b).Exact is not null),
        3 => keys.Date(a).Exact is { } exactA && keys.Date(b).Exact is { } exactB ? Math.Min(Math.Abs(exactA.DayNumber - exactB.DayNumber), FarDays) / FarDays : 0,
        4 => Flag(keys.DatesCompatible(a, b)),
        5 => Flag(keys.Family(a) != 0 && keys.Family(a) == keys.Family(b)),
        6 => Flag(keys.FamiliesCompatible(keys.Family(a), keys.Family(b))),
        7 => Flag(keys.IsSpecific(keys.Family(a)) && keys.IsSpecific(keys.Family(b))),
        8 => Flag(keys.SharePlace(a, b)),
        9 => Flag(keys.SharesSpecificPlace(a, b)),
        10 => Flag((keys.Weekdays(a) & keys.Weekdays(b)) != 0),
        11 => Flag(keys.Weekdays(a) != 0 && keys.Weekdays(b) != 0 && (keys.Weekdays(a) & keys.Weekdays(b)) == 0),
        12 => Flag(keys.IsMain(a) && keys.IsMain(b)),
        13 => Flag(keys.IsMain(a) != keys.IsMain(b)),
        14 => Flag(keys.SameDocument(a, b)),
        15 => Flag(keys.Series(a) || keys.Series(b)),
        16 => SharedActors(nodes[a].Actors, nodes[b].Actors),
        17 => Flag(keys.SameDocument(a, b) && keys.IsSpecific(keys.Family(a)) && keys.Family(a) == keys.Family(b)),
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "Linking computes 18 features."),
    };

    /// <summary>Returns the position of a feature in <see cref="Names"/>, or -1 when linking computes no such feature.</summary>
    /// <param name="name">The feature name.</param>
    /// <returns>The position.</returns>
    public static int IndexOf(string name) => Array.IndexOf(NameArray, name);

    private static double Flag(bool value) => value ? 1 : 0;


    /// <summary>The share of the shorter list of actors that the other list names too (0 when either names none).</summary>
    private static double SharedActors(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var (few, many) = x.Count <= y.Count ? (x, y) : (y, x);
        var shared = 0;
        foreach (var actor in few)
        {
            foreach (var other in many)
            {
                if (string.Equals(actor, other, StringComparison.OrdinalIgnoreCase))
                {
                    shared++;
                    break;
                }
            }
        }

        return (double)shared / few.Count;
    }
}
