using ClaimCompare.Entities;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCompare.Tests.Entities;

public sealed class EntityNormalizerTests
{
    [TestCase("Kait’ib Hizbollah", "kaitib hizbollah")]            // curly apostrophe removed inside the word
    [TestCase("Kait\u02BCib Hizbollah", "kaitib hizbollah")]       // modifier-letter apostrophe (ʼ) too
    [TestCase("al-Bukamal", "bukamal")]                            // hyphenated Arabic article dropped
    [TestCase("Deir ez-Zor", "deir zor")]                          // assimilated article ez- dropped
    [TestCase("ash-Shabaab", "shabaab")]                           // sun-letter article ash- dropped
    [TestCase("The Pentagon", "pentagon")]                         // English article dropped, case folded
    [TestCase("a defence department official", "defence department official")] // leading indefinite article dropped
    [TestCase("U.S.", "us")]                                       // acronym dots removed
    [TestCase("Iran's", "iran")]                                   // possessive dropped
    [TestCase("Tehreek-e-Taliban Pakistan", "tehreek taliban pakistan")] // izafe connector dropped
    [TestCase("Médecins Sans Frontières", "medecins sans frontieres")]   // Latin diacritics folded
    [TestCase("Ｋａｔａｅｂ", "kataeb")]                                   // fullwidth compatibility forms (NFKC)
    [TestCase("Erdoğan", "erdogan")]                               // Turkish breve
    [TestCase("Ḥizb Allāh", "hizb allah")]                         // scholarly transliteration dots and macrons
    [TestCase("", "")]                                             // nothing in, nothing out
    [TestCase("the", "the")]                                       // a name that is only an article keeps it
    public void Normalize_matches_the_table(string name, string expected) =>
        Assert.That(EntityNormalizer.Normalize(name), Is.EqualTo(expected));

    [TestCase("Хезболла", "хезболла")]                              // Cyrillic survives, lower-cased
    [TestCase("حِزْبُ ٱللَّٰهِ", "حزب الله")]                           // Arabic loses harakat, alef wasla folds to alef
    [TestCase("كتائب حزب الله", "كتايب حزب الله")]                   // hamza on yeh folds to yeh
    [TestCase("Ёлки", "елки")]                                      // Cyrillic yo folds to ye
    [TestCase("真主党", "真主党")]                                    // uncased script kept as is
    public void Non_Latin_scripts_survive_normalisation(string name, string expected) =>
        Assert.That(EntityNormalizer.Normalize(name), Is.EqualTo(expected));

    [TestCase("Kataeb Hezbollah", "Kait’ib Hizbollah")]   // e/i, ae/ai and an apostrophe
    [TestCase("Qaddafi", "Kadhafi")]                      // q/k and dh/d
    [TestCase("Erbil", "Irbil")]                          // leading vowel kept as a marker
    [TestCase("Houthis", "Huthis")]                       // ou/u
    [TestCase("Hezbollah", "Hizbulla")]                   // doubled letters and -ah/-a
    [TestCase("al-Mayadeen", "Mayadin")]                  // ee/i and the article
    public void Skeleton_joins_romanisation_variants(string first, string second) =>
        Assert.That(EntityNormalizer.Skeleton(first), Is.EqualTo(EntityNormalizer.Skeleton(second)));

    [TestCase("US", "USSR")]      // short tokens stay literal
    [TestCase("IS", "US")]        // two-letter acronyms stay apart
    [TestCase("Hamas", "Hama")]   // a final s is a consonant
    public void Skeleton_keeps_different_names_apart(string first, string second) =>
        Assert.That(EntityNormalizer.Skeleton(first), Is.Not.EqualTo(EntityNormalizer.Skeleton(second)));

    [Test]
    public void Null_is_rejected() => Assert.Multiple(() =>
    {
        Assert.Throws<ArgumentNullException>(() => EntityNormalizer.Normalize(null!));
        Assert.Throws<ArgumentNullException>(() => EntityNormalizer.Skeleton(null!));
    });

    private static Arbitrary<string> NameLikeStrings()
    {
        // Letters and marks that exercise every branch: ASCII, apostrophes, hyphens, dots, diacritics,
        // fullwidth forms, Arabic with harakat, Cyrillic, CJK, lone surrogates and articles.
        var pieces = new[]
        {
            "a", "b", "K", "q", "Z", "1", " ", "-", ".", "'", "’", "ʼ", "s", "S", "é", "Ḥ", "ﬁ", "Ｋ", "ß", "İ", "ŉ",
            "حزب", "ِ", "ال", "ـ", "ة", "Хез", "ё", "真", "\uD800", "\uDC00", "al-", "the ", "ash-", " e ", "-i-", "U.S.", "A ", "an ", "’s", "\u0301", "①", "…",
        };
        var gen = Gen.Elements(pieces).ArrayOf().Select(parts => string.Concat(parts));
        return Arb.From(gen);
    }

    [Test]
    public void Normalize_is_idempotent() =>
        Prop.ForAll(NameLikeStrings(), s => string.Equals(EntityNormalizer.Normalize(EntityNormalizer.Normalize(s)), EntityNormalizer.Normalize(s), StringComparison.Ordinal))
            .QuickCheckThrowOnFailure();

    [Test]
    public void Skeleton_of_the_normalised_name_is_the_skeleton() =>
        Prop.ForAll(NameLikeStrings(), s => string.Equals(EntityNormalizer.Skeleton(EntityNormalizer.Normalize(s)), EntityNormalizer.Skeleton(s), StringComparison.Ordinal))
            .QuickCheckThrowOnFailure();

    [Test]
    public void Normalize_never_throws_and_never_keeps_upper_case_or_punctuation() =>
        Prop.ForAll(NameLikeStrings(), s =>
        {
            var n = EntityNormalizer.Normalize(s);
            return n.All(c => c == ' ' || char.IsLetterOrDigit(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpacingCombiningMark)
                && !n.Any(char.IsUpper) && !n.StartsWith(' ') && !n.Contains("  ", StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
}
