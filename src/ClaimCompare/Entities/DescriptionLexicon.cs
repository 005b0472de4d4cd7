using System.Collections.Frozen;

namespace ClaimCompare.Entities;

/// <summary>
/// The words the entity stage reads descriptions and attributions with, loaded from the embedded
/// <c>ClaimCompare.Entities/descriptions.lexicon.json</c>: determiners, head nouns per entity type, role
/// nouns ("official", "spokesman"), titles before person names, and type cues inside unknown names.
/// </summary>
/// <remarks>Immutable and thread-safe; every set holds normalised keys (see <see cref="EntityNormalizer.Normalize"/>).</remarks>
internal sealed class DescriptionLexicon
{
    private static readonly Lazy<DescriptionLexicon> BuiltInLexicon = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private DescriptionLexicon(
        FrozenSet<string> determiners,
        FrozenSet<string> possessives,
        FrozenSet<string> modifierStops,
        FrozenSet<string> adjectivalHeads,
        FrozenSet<string> followingVerbs,
        FrozenDictionary<string, EntityType[]> typeHeads,
        FrozenSet<string> roleNouns,
        FrozenSet<string> titles,
        FrozenDictionary<string, EntityType> typeCues)
    {
        Determiners = determiners;
        Possessives = possessives;
        ModifierStops = modifierStops;
        AdjectivalHeads = adjectivalHeads;
        FollowingVerbs = followingVerbs;
        TypeHeads = typeHeads;
        RoleNouns = roleNouns;
        Titles = titles;
        TypeCues = typeCues;
    }

    /// <summary>Gets the built-in lexicon.</summary>
    public static DescriptionLexicon BuiltIn => BuiltInLexicon.Value;

    /// <summary>Gets words that open a description ("the", "a", "its").</summary>
    public FrozenSet<string> Determiners { get; }

    /// <summary>Gets possessive determiners ("its", "their"): stripped before names, never the start of a scanned description.</summary>
    public FrozenSet<string> Possessives { get; }

    /// <summary>Gets words that cannot stand between a determiner and its head noun ("of", "were", "from").</summary>
    public FrozenSet<string> ModifierStops { get; }

    /// <summary>Gets head nouns that double as adjectives ("military", "state").</summary>
    public FrozenSet<string> AdjectivalHeads { get; }

    /// <summary>Gets words that may follow an adjectival head without making it a modifier ("said", "has").</summary>
    public FrozenSet<string> FollowingVerbs { get; }

    /// <summary>Gets, for each normalised head noun or compound, the entity types it can refer back to.</summary>
    public FrozenDictionary<string, EntityType[]> TypeHeads { get; }

    /// <summary>Gets nouns for people who speak for an organisation ("official", "spokesman", "sources").</summary>
    public FrozenSet<string> RoleNouns { get; }

    /// <summary>Gets titles written before a person's name ("president", "secretary", "gen").</summary>
    public FrozenSet<string> Titles { get; }

    /// <summary>Gets words that say what kind of entity an unknown name is ("brigades" → armed group).</summary>
    public FrozenDictionary<string, EntityType> TypeCues { get; }

    private static DescriptionLexicon Load()
    {
        var root = Lexicons.EmbeddedLexicon.Read("Entities/descriptions.lexicon.json", Lexicons.LexiconJsonContext.Default.DescriptionsFile);

        static IEnumerable<string> Words(IEnumerable<string> list) =>
            list.Select(w => EntityNormalizer.Normalize(w ?? string.Empty)).Where(w => w.Length > 0);

        // Normalize drops a leading "a"/"an"/"the" and the articles, so these lists are read raw.
        static FrozenSet<string> Raw(IEnumerable<string> list) =>
            list.Select(w => (w ?? string.Empty).ToLowerInvariant()).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);

        var determiners = Raw(root.Determiners.Words);
        var adjectival = root.AdjectivalHeads;

        var heads = new Dictionary<string, List<EntityType>>(StringComparer.Ordinal);
        foreach (var property in root.TypeHeads.Heads)
        {
            var type = Enum.Parse<EntityType>(property.Key);
            foreach (var word in Words(property.Value))
            {
                if (!heads.TryGetValue(word, out var types))
                {
                    heads[word] = types = [];
                }

                types.Add(type);
            }
        }

        var cues = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var property in root.TypeCues.Cues)
        {
            var type = Enum.Parse<EntityType>(property.Key);
            foreach (var word in Words(property.Value))
            {
                cues.TryAdd(word, type);
            }
        }

        return new DescriptionLexicon(
            determiners,
            Raw(root.Possessives.Words),
            Raw(root.ModifierStops.Words),
            Raw(adjectival.Words),
            Raw(adjectival.FollowingVerbs),
            heads.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            Words(root.RoleNouns.Words).ToFrozenSet(StringComparer.Ordinal),
            Words(root.Titles.Words).ToFrozenSet(StringComparer.Ordinal),
            cues.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
