using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimCompare.Entities;

namespace ClaimCompare.Benchmarks;

/// <summary>
/// Resolves one million generated mentions against 100,000 generated entities with the blocked resolver,
/// beside naive all-pairs FuzzySharp scoring of a sample of the same mentions. Both report time and
/// allocations per mention (<c>OperationsPerInvoke</c>), so the ratio column is the per-mention speed-up.
/// Each blocked invocation resolves the next slice of <see cref="SliceSize"/> mentions of the million, so a
/// short run walks through all of them without one invocation outlasting BenchmarkDotNet's in-process time limit.
/// </summary>
/// <remarks>The generator is deterministic (fixed seed): entity names are two or three words of Arabic-like
/// syllables with one romanisation variant as an alias; mentions are 40 % canonical names, 15 % aliases,
/// 25 % fresh romanisation variants (q/k, u/ou, e/i, doubled letters, -ah/-a, an "al-" article), 10 % one-letter
/// typos and 10 % names of no entity.</remarks>
[MemoryDiagnoser]
public class EntityResolutionBenchmarks
{
    private const int MentionCount = 1_000_000;
    private const int NaiveSample = 4;
    private const int SliceSize = 125_000;

    private EntityResolver resolver = null!;
    private string[] mentions = [];
    private string[] sample = [];
    private int offset;

    /// <summary>Gets or sets the number of entities in the registry.</summary>
    [Params(100_000)]
    public int EntityCount { get; set; }

    /// <summary>Builds the registry, the resolver and the mentions.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (entities, generated) = SyntheticNames.Generate(EntityCount, MentionCount, seed: 20260221);
        resolver = new EntityResolver(EntityRegistry.FromEntities(entities));
        mentions = generated.Select(m => m.Mention).ToArray();
        sample = mentions.Take(NaiveSample).ToArray();
    }

    /// <summary>Naive baseline: every sampled mention scored against every alias.</summary>
    /// <returns>A count, so the work is not optimised away.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = NaiveSample)]
    public int NaiveAllPairsFuzzySharp()
    {
        var found = 0;
        foreach (var mention in sample)
        {
            found += resolver.ResolveAllPairs(mention) is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>Blocked resolution of the next slice of the one million mentions.</summary>
    /// <returns>A count, so the work is not optimised away.</returns>
    [Benchmark(OperationsPerInvoke = SliceSize)]
    public int BlockedResolve()
    {
        var found = 0;
        foreach (var mention in mentions.AsSpan(offset, SliceSize))
        {
            found += resolver.Resolve(mention).IsKnown ? 1 : 0;
        }

        offset = (offset + SliceSize) % MentionCount;
        return found;
    }

    /// <summary>Deterministic generator of entity names and mention variants for the entity benchmarks; stateless and thread-safe.</summary>
    internal static class SyntheticNames
    {
        private static readonly string[] Syllables =
        [
            "ka", "ta", "ib", "hez", "bol", "lah", "sa", "yid", "shu", "ha", "da", "qa", "mal", "bu", "ir", "bil", "deir", "zour",
            "mu", "ham", "mad", "nas", "rul", "ja", "ish", "adl", "fa", "te", "mi", "yun", "zai", "na", "bi", "ri", "ya", "ra", "qi",
            "ba", "kho", "ur", "ud", "sul", "tan", "ma", "doon", "gha", "zi", "far", "hoo", "thi", "su", "dan", "lib", "kir", "kuk",
        ];

        private static readonly EntityType[] Types = [EntityType.ArmedGroup, EntityType.Organization, EntityType.Agency, EntityType.Place, EntityType.Person];

        /// <summary>Generates entities and mentions.</summary>
        /// <param name="entityCount">How many entities.</param>
        /// <param name="mentionCount">How many mentions.</param>
        /// <param name="seed">The random seed.</param>
        /// <returns>The entities and, per mention, its text and the id of the entity it names (null for none).</returns>
        public static (List<Entity> Entities, List<(string Mention, string? EntityId)> Mentions) Generate(int entityCount, int mentionCount, int seed)
        {
            var random = new Random(seed);
            var entities = new List<Entity>(entityCount);
            for (var i = 0; i < entityCount; i++)
            {
                var name = Name(random);
                entities.Add(new Entity("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), name, Types[random.Next(Types.Length)], [Variant(name, random)], "synthetic"));
            }

            var mentions = new List<(string, string?)>(mentionCount);
            for (var i = 0; i < mentionCount; i++)
            {
                var entity = entities[random.Next(entities.Count)];
                var roll = random.Next(100);
                mentions.Add(roll switch
                {
                    < 40 => (entity.CanonicalName, entity.Id),
                    < 55 => (entity.Aliases[0], entity.Id),
                    < 80 => (Variant(entity.CanonicalName, random), entity.Id),
                    < 90 => (Typo(entity.CanonicalName, random), entity.Id),
                    _ => (Name(random), null),
                });
            }

            return (entities, mentions);
        }

        private static string Name(Random random)
        {
            var builder = new StringBuilder();
            var words = random.Next(2, 4);
            for (var w = 0; w < words; w++)
            {
                if (w > 0)
                {
                    builder.Append(' ');
                }

                var syllables = random.Next(2, 4);
                for (var s = 0; s < syllables; s++)
                {
                    var syllable = Syllables[random.Next(Syllables.Length)];
                    builder.Append(s == 0 ? char.ToUpperInvariant(syllable[0]) + syllable[1..] : syllable);
                }
            }

            return builder.ToString();
        }

        private static string Variant(string name, Random random)
        {
            // One romanisation change of the kinds news spellings differ by.
            return random.Next(7) switch
            {
                0 => name.Replace("q", "k", StringComparison.Ordinal).Replace("Q", "K", StringComparison.Ordinal),
                1 => name.Replace("u", "ou", StringComparison.Ordinal),
                2 => name.Replace("e", "i", StringComparison.Ordinal),
                3 => name.Replace("lah", "la", StringComparison.Ordinal).Replace("ah ", "a ", StringComparison.Ordinal),
                4 => "al-" + name,
                5 => name.Replace("ib", "’ib", StringComparison.Ordinal).Replace("a", "aa", StringComparison.Ordinal),
                _ => name.Replace("d", "dh", StringComparison.Ordinal),
            };
        }

        private static string Typo(string name, Random random)
        {
            var position = random.Next(1, name.Length);
            return random.Next(2) == 0 || name[position] == ' '
                ? name.Remove(position, 1)
                : name[..position] + (char)('a' + random.Next(26)) + name[(position + 1)..];
        }
    }
}
