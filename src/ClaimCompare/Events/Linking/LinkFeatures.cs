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
    public static int Count => Names.Count;

    /// <summary>Writes the features of the pair (<paramref name="a"/>, <paramref name="b"/>) into <paramref name="into"/>.</summary>
    /// <param name="keys">The events' keys.</param>
    /// <param name="nodes">The local events (their actors are read; their terms may have been let go).</param>
    /// <param name="a">One event.</param>
    /// <param name="b">The other event.</param>
    /// <param name="cosine">The IDF-weighted cosine of their content terms.</param>
    /// <param name="into">Receives <see cref="Count"/> values.</param>
    public static void Compute(EventKeys keys, IReadOnlyList<LocalEvent> nodes, int a, int b, double cosine, Span<double> into)
    {
        var exactA = keys.Date(a).Exact;
        var exactB = keys.Date(b).Exact;
        var bothDated = exactA is not null && exactB is not null;
        var familyA = keys.Family(a);
        var familyB = keys.Family(b);
        var weekdaysA = keys.Weekdays(a);
        var weekdaysB = keys.Weekdays(b);
        var sameDocument = keys.SameDocument(a, b);
        into[0] = Math.Clamp(cosine, 0, 1);
        into[1] = Flag(keys.SameDay(a, b));
        into[2] = Flag(bothDated);
        into[3] = bothDated ? Math.Min(Math.Abs(exactA!.Value.DayNumber - exactB!.Value.DayNumber), FarDays) / FarDays : 0;
        into[4] = Flag(keys.DatesCompatible(a, b));
        into[5] = Flag(familyA != 0 && familyA == familyB);
        into[6] = Flag(keys.FamiliesCompatible(familyA, familyB));
        into[7] = Flag(keys.IsSpecific(familyA) && keys.IsSpecific(familyB));
        into[8] = Flag(keys.SharePlace(a, b));
        into[9] = Flag(keys.SharesSpecificPlace(a, b));
        into[10] = Flag((weekdaysA & weekdaysB) != 0);
        into[11] = Flag(weekdaysA != 0 && weekdaysB != 0 && (weekdaysA & weekdaysB) == 0);
        into[12] = Flag(keys.IsMain(a) && keys.IsMain(b));
        into[13] = Flag(keys.IsMain(a) != keys.IsMain(b));
        into[14] = Flag(sameDocument);
        into[15] = Flag(keys.Series(a) || keys.Series(b));
        into[16] = SharedActors(nodes[a].Actors, nodes[b].Actors);
        into[17] = Flag(sameDocument && keys.IsSpecific(familyA) && familyA == familyB);
    }

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
