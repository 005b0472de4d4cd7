namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>
/// Invents town and village names with transliteration variants ("Kafr Zitan", "Kfar Zitan"; "Tal Qaramun",
/// "Tell Karamun"), so that the number of distinct places grows with the corpus as it does in a real day's
/// news, instead of a hundred thousand articles sharing a few dozen cities.
/// </summary>
/// <remarks>Stateless and thread-safe; a name is a pure function of the generator state passed in.</remarks>
public static class TownNames
{
    private static readonly (string Written, string Variant)[] Prefixes =
    [
        ("Kafr ", "Kfar "), ("Tal ", "Tell "), ("Ain ", "Ein "), ("Beit ", "Bayt "), ("Deir ", "Dayr "), ("Khirbet ", "Khirbat "),
        ("Bir ", "Bir "), ("Umm ", "Um "), (string.Empty, string.Empty), (string.Empty, string.Empty), (string.Empty, string.Empty),
    ];

    private static readonly string[] Syllables =
        ["sa", "ra", "ma", "ha", "zi", "ta", "na", "ba", "qa", "mu", "lu", "ri", "ka", "da", "wa", "ya", "jo", "so", "fa", "gu"];

    private static readonly string[] Endings = ["n", "r", "m", "d", "s", "h", string.Empty, string.Empty];

    /// <summary>Invents a place near one of <see cref="Vocabulary.Places"/>: the canonical name first, then its variants.</summary>
    /// <param name="random">The generator to draw from.</param>
    /// <returns>The place; its detail says which city it is near.</returns>
    public static NamedThing Create(SplitMix64 random)
    {
        var (prefix, prefixVariant) = Prefixes[random.Next(Prefixes.Length)];
        var syllables = 2 + random.Next(2);
        var stem = string.Empty;
        for (var i = 0; i < syllables; i++)
        {
            stem += Syllables[random.Next(Syllables.Length)];
        }

        stem += Endings[random.Next(Endings.Length)];
        stem = ArticleWriter.Capitalize(stem);

        // The variants English-language outlets produce for one Arabic or Persian name: q/k, ou/u, a doubled consonant.
        var variant = stem.Replace('q', 'k').Replace("ou", "u", StringComparison.Ordinal);
        if (string.Equals(variant, stem, StringComparison.Ordinal))
        {
            variant = stem[..^1] + stem[^1] + (char.IsLetter(stem[^1]) && "aeiou".Contains(stem[^1], StringComparison.Ordinal) ? "h" : string.Empty);
        }

        var near = Vocabulary.Places[random.Next(Vocabulary.Places.Count)];
        string[] spellings = string.Equals(prefix + variant, prefix + stem, StringComparison.Ordinal) && string.Equals(prefix, prefixVariant, StringComparison.Ordinal)
            ? [prefix + stem]
            : [prefix + stem, prefixVariant + variant];
        return new NamedThing(spellings[0], spellings, "near " + near.Canonical);
    }
}
