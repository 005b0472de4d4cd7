using ClaimCompare.Entities;

namespace ClaimCompare.Tests.Entities;

/// <summary>The must-match / must-not-match table of the entity stage, checked for the blocked resolver and the naive all-pairs baseline alike.</summary>
public sealed class EntityMatchTableTests
{
    private static readonly EntityResolver Resolver = new();

    // (name as written, another name, must they be the same entity?) — every row says why it exists.
    internal static readonly object[][] Pairs =
    [
        ["Kataeb Hezbollah", "Kataib Hezbollah", true],                 // e/i vowel variant of the same militia (seed 001 vs seed 004)
        ["Kait’ib Hizbollah", "Kataib Hezbollah", true],                // curly apostrophe and a garbled transliteration (seed 002)
        ["Kata'ib Hizballah", "Kataeb Hezbollah", true],                // US government spelling with a straight apostrophe
        ["Kataib Hezbollah", "Kataib Sayyid al-Shuhada", false],        // two different Iraqi militias named in one sentence
        ["Kait’ib Sayyid al-Shuhada", "Kataib Sayyid al Shuhada", true], // article written with a hyphen or a space
        ["Hezbollah", "Kataib Hezbollah", false],                       // Lebanese party vs Iraqi militia sharing a word
        ["Hizballah", "Hezbollah", true],                               // US State Department spelling
        ["Islamic State", "IS", true],                                  // the short form agencies use
        ["Islamic State", "ISIS", true],                                // acronym of "Iraq and Syria"
        ["Islamic State", "ISIL", true],                                // acronym of "Iraq and the Levant"
        ["Islamic State", "Daesh", true],                               // Arabic acronym, used by many governments
        ["Islamic State group", "Islamic State", true],                 // AFP's "group" suffix
        ["Islamic State", "ISWAP", false],                              // affiliate is its own entity
        ["Islamic State", "Islamic State Khorasan Province", false],    // affiliate is its own entity
        ["ISKP", "IS-K", true],                                         // both abbreviations of the Khorasan affiliate
        ["US", "USSR", false],                                          // short acronyms must not fuzzy-match
        ["U.S.", "United States", true],                                // dotted acronym
        ["USA", "America", true],                                       // headline form vs long form
        ["al Bukamal", "al-Bukamal", true],                             // article with space vs hyphen
        ["Albu Kamal", "al-Bukamal", true],                             // two common romanisations of the border town
        ["Abu Kamal", "Albu Kamal", true],                              // third romanisation
        ["Erbil", "Irbil", true],                                       // Kurdish vs Arabic-derived spelling
        ["Deir al-Zour", "Deir ez-Zor", true],                          // assimilated article and ou/o
        ["Syrian Observatory for Human Rights", "SOHR", true],          // acronym of the monitor
        ["the Pentagon", "US Department of Defense", true],             // metonym for the department
        ["the US Defense Department", "US Department of Defense", true], // word order variant
        ["a defence department official", "Pentagon", true],            // British spelling plus a role noun
        ["Gaddafi", "Qaddafi", true],                                   // g/q transliteration
        ["Kadhafi", "Qaddafi", true],                                   // French-style transliteration
        ["al-Qaeda", "al-Qaida", true],                                 // ae/ai spelling
        ["Al Qaeda", "al-Qaeda", true],                                 // capitalised article without hyphen
        ["al-Qaeda", "AQAP", false],                                    // the Yemeni branch is separate
        ["Houthis", "Huthis", true],                                    // ou/u spelling used by AFP
        ["Houthis", "Ansar Allah", true],                               // the movement's own name
        ["Hamas", "Hama", false],                                       // group vs Syrian city, one letter apart
        ["Iran", "Iraq", false],                                        // one letter apart, different states
        ["Iranian", "Iran", true],                                      // demonym points at the state
        ["IRGC", "Islamic Revolutionary Guard Corps", true],            // acronym
        ["Islamic Revolution Guard Corps", "IRGC", true],               // seed 000's slightly wrong long form
        ["Quds Force", "IRGC", false],                                  // branch is a separate entity
        ["Tehreek-e-Taliban Pakistan", "TTP", true],                    // Urdu izafe spelling of the Pakistani Taliban
        ["Pakistani Taliban", "Taliban", false],                        // the TTP is not the Afghan Taliban
        ["Hashd al-Shaabi", "Popular Mobilization Forces", true],       // Arabic and English names of the PMF
        ["Kiev", "Kyiv", true],                                         // Russian-derived vs Ukrainian spelling
        ["Zaporozhye", "Zaporizhzhia", true],                           // Russian-derived vs Ukrainian spelling
        ["Doctors Without Borders", "MSF", true],                       // English name vs French acronym
        ["Hezbolah", "Hezbollah", true],                                // a typo caught by the skeleton
        ["Qassim Suleimani", "Qassem Soleimani", true],                 // a variant spelling of the general
        ["Kataib Hezbolla", "Kataeb Hezbollah", true],                  // final -ah dropped and e/i
        ["Rapid Support Forces", "RSF", true],                          // Sudanese paramilitary acronym
        ["Al Jazeera", "Al-Jazeera", true],                             // outlet with and without hyphen
        ["Reuters", "AFP", false],                                      // two agencies
        ["Pentagon", "White House", false],                             // two US offices
    ];

    [TestCaseSource(nameof(Pairs))]
    public void Blocked_resolver_agrees_with_the_table(string first, string second, bool same)
    {
        var a = Resolver.Resolve(first);
        var b = Resolver.Resolve(second);
        Assert.That(string.Equals(a.Id, b.Id, StringComparison.Ordinal), Is.EqualTo(same), $"{first} → {a}; {second} → {b}");
    }

    [Test]
    public void Naive_all_pairs_scoring_gives_the_same_answers_as_blocking()
    {
        // Recall at equal thresholds: blocking must not lose a match all-pairs scoring finds.
        var blockedHits = 0;
        var naiveHits = 0;
        foreach (var row in Pairs)
        {
            var (first, second, same) = ((string)row[0], (string)row[1], (bool)row[2]);
            var blocked = string.Equals(Resolver.ResolveKnown(first, EntityType.Unknown, exhaustive: false).Entity?.Id, Resolver.ResolveKnown(second, EntityType.Unknown, exhaustive: false).Entity?.Id, StringComparison.Ordinal);
            var naive = string.Equals(Resolver.ResolveKnown(first, EntityType.Unknown, exhaustive: true).Entity?.Id, Resolver.ResolveKnown(second, EntityType.Unknown, exhaustive: true).Entity?.Id, StringComparison.Ordinal);
            blockedHits += blocked == same ? 1 : 0;
            naiveHits += naive == same ? 1 : 0;
        }

        Assert.That(blockedHits, Is.EqualTo(naiveHits).And.EqualTo(Pairs.Length));
    }

    // (name, expected canonical name) — the names the claims stage passes, and what the report must show.
    private static readonly object[][] Canonical =
    [
        ["Kataeb Hezbollah", "Kataib Hezbollah"],                       // gold actor name for seeds 001 and 003
        ["the Pentagon", "US Department of Defense"],                   // gold source for Kirby's statements
        ["a defence department official", "US Department of Defense"],  // seed 002's unnamed official
        ["the US Defence Department", "US Department of Defense"],      // seed 000
        ["Iranian", "Iran"],                                            // demonym → state
        ["US intelligence", "US intelligence"],                         // seed 000's source, kept as its own body
        ["Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"], // canonical as written
        ["IRGC", "Islamic Revolutionary Guard Corps"],                  // acronym expands
        ["Daesh", "Islamic State"],                                     // most common English name
        ["Washington", "United States"],                                // capital as metonym for the government
    ];

    [TestCaseSource(nameof(Canonical))]
    public void Known_names_come_out_canonical(string name, string canonical) =>
        Assert.That(Resolver.Resolve(name).CanonicalName, Is.EqualTo(canonical));

    [TestCase("Lloyd Austin", "Lloyd Austin", EntityType.Person)]                         // unknown person, two capitalised words
    [TestCase("US Secretary of Defense Lloyd Austin", "Lloyd Austin", EntityType.Person)] // title stripped
    [TestCase("Pentagon spokesman John Kirby", "John Kirby", EntityType.Person)]          // role noun and organisation stripped
    [TestCase("Shia militia groups", "Shia Militia Groups", EntityType.ArmedGroup)]       // cue word "militia"
    [TestCase("the Jaish al-Adl Brigades", "Jaish al-Adl Brigades", EntityType.ArmedGroup)] // a known name with a capitalised suffix is another name; the inner article stays as written
    public void Unknown_names_become_new_entities(string name, string canonical, EntityType type)
    {
        var entity = Resolver.Resolve(name);
        Assert.Multiple(() =>
        {
            Assert.That(entity.CanonicalName, Is.EqualTo(canonical));
            Assert.That(entity.Type, Is.EqualTo(type));
            Assert.That(entity.IsKnown, Is.False);
            Assert.That(entity.Id, Is.EqualTo(EntityNormalizer.Skeleton(canonical)));
        });
    }

    [Test]
    public void Unknown_spelling_variants_share_an_id_without_the_gazetteer()
    {
        var resolver = new EntityResolver(EntityRegistry.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(resolver.Resolve("Kait'ib Hizbollah").Id, Is.EqualTo(resolver.Resolve("Kataeb Hezbollah").Id));
            Assert.That(resolver.Resolve("Qaddafi").Id, Is.EqualTo(resolver.Resolve("Kadhafi").Id));
            Assert.That(resolver.Resolve("Kataeb Hezbollah").Provenance, Is.Null);
            Assert.That(resolver.Resolve("Kataib Sayyid al-Shuhada").Id, Is.Not.EqualTo(resolver.Resolve("Kataeb Hezbollah").Id));
        });
    }

    [Test]
    public void Type_hint_picks_between_entries_that_share_a_name()
    {
        var registry = EntityRegistry.FromEntities(
        [
            new Entity("georgia-state", "Georgia", EntityType.Place, [], "test"),
            new Entity("georgia", "Georgia", EntityType.Government, [], "test"),
        ]);
        var resolver = new EntityResolver(registry);
        Assert.Multiple(() =>
        {
            Assert.That(resolver.Resolve("Georgia").Id, Is.EqualTo("georgia-state"));
            Assert.That(resolver.Resolve("Georgia", EntityType.Government).Id, Is.EqualTo("georgia"));
        });
    }

    [Test]
    public void One_resolver_answers_the_same_from_many_threads()
    {
        var names = Pairs.SelectMany(row => new[] { (string)row[0], (string)row[1] }).ToArray();
        var sequential = names.Select(n => Resolver.Resolve(n).Id).ToArray();
        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, names.Length * 8, i =>
        {
            var k = i % names.Length;
            if (!string.Equals(Resolver.Resolve(names[k]).Id, sequential[k], StringComparison.Ordinal))
            {
                mismatches.Add(names[k]);
            }
        });
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void Resolve_rejects_null() => Assert.Throws<ArgumentNullException>(() => Resolver.Resolve(null!));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("!!!")]
    [TestCase("\uD800")]
    public void Resolve_never_returns_null_even_for_empty_names(string name) => Assert.That(Resolver.Resolve(name), Is.Not.Null);
}
