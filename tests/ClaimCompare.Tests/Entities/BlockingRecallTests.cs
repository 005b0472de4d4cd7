using System.Globalization;
using System.Text;
using ClaimCompare.Entities;

namespace ClaimCompare.Tests.Entities;

/// <summary>Blocking must find what naive all-pairs FuzzySharp scoring finds: on the match table and on generated spelling variants.</summary>
public sealed class BlockingRecallTests
{
    private static readonly EntityResolver Resolver = new();

    [Test]
    public void On_the_match_table_blocking_finds_every_pair_all_pairs_scoring_finds()
    {
        var missed = new List<string>();
        foreach (var row in EntityMatchTableTests.Pairs)
        {
            var (first, second, same) = ((string)row[0], (string)row[1], (bool)row[2]);
            if (!same)
            {
                continue;
            }

            var naiveFirst = Resolver.ResolveAllPairs(first);
            var naiveSecond = Resolver.ResolveAllPairs(second);
            var naiveFound = naiveFirst is not null && string.Equals(naiveFirst.Id, naiveSecond?.Id, StringComparison.Ordinal);
            var blockedFound = string.Equals(Resolver.Resolve(first).Id, Resolver.Resolve(second).Id, StringComparison.Ordinal);
            if (naiveFound && !blockedFound)
            {
                missed.Add(first + " / " + second);
            }
        }

        Assert.That(missed, Is.Empty);
    }

    [Test]
    public void On_generated_variants_blocking_recall_equals_all_pairs_recall()
    {
        // 1,500 generated entities, 100 mentions (canonical, alias, romanisation variant, typo); deterministic.
        var random = new Random(7);
        var syllables = new[] { "ka", "ta", "ib", "hez", "bol", "lah", "sa", "yid", "shu", "qa", "mal", "bu", "ir", "bil", "zour", "mu", "ham", "nas", "ja", "ish", "fa", "mi", "yun", "ri", "ya", "qi", "kho", "ud", "sul", "tan", "doon", "gha", "far", "thi", "dan", "kir" };
        string Name()
        {
            var builder = new StringBuilder();
            for (var w = random.Next(2, 4); w > 0; w--)
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty);
                for (var s = random.Next(2, 4); s > 0; s--)
                {
                    var syllable = syllables[random.Next(syllables.Length)];
                    builder.Append(builder.Length == 0 || builder[^1] == ' ' ? char.ToUpperInvariant(syllable[0]) + syllable[1..] : syllable);
                }
            }

            return builder.ToString();
        }

        var entities = Enumerable.Range(0, 1500).Select(i => new Entity("e" + i.ToString(CultureInfo.InvariantCulture), Name(), EntityType.ArmedGroup, [], "synthetic")).ToList();
        var resolver = new EntityResolver(EntityRegistry.FromEntities(entities));
        int blocked = 0, naive = 0;
        var lost = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            var entity = entities[random.Next(entities.Count)];
            var name = entity.CanonicalName;
            var position = random.Next(1, name.Length);
            var mention = (i % 4) switch
            {
                0 => name,
                1 => name.Replace("q", "k", StringComparison.Ordinal).Replace("u", "ou", StringComparison.Ordinal),
                2 => "al-" + name.Replace("e", "i", StringComparison.Ordinal),
                _ => name.Remove(position, 1),
            };
            var blockedHit = string.Equals(resolver.Resolve(mention).Id, entity.Id, StringComparison.Ordinal);
            var naiveHit = string.Equals(resolver.ResolveAllPairs(mention)?.Id, entity.Id, StringComparison.Ordinal);
            blocked += blockedHit ? 1 : 0;
            naive += naiveHit ? 1 : 0;
            if (naiveHit && !blockedHit)
            {
                lost.Add($"{mention} → {resolver.Resolve(mention)}, all-pairs → {entity}");
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(blocked, Is.GreaterThanOrEqualTo(naive), "blocking lost matches all-pairs scoring finds: " + string.Join("; ", lost));
            Assert.That(blocked, Is.GreaterThan(90), "recall on generated variants");
        });
    }
}
