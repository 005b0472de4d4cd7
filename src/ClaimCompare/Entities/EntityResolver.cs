using ClaimCompare.Text;
using System.Collections.Frozen;
using System.Text;

namespace ClaimCompare.Entities;

/// <summary>
/// Resolves names as written ("Kait’ib Hizbollah", "the Pentagon", "a defence department official",
/// "Iranian") to entities of a registry, and scans documents for the entities they name or describe.
/// </summary>
/// <remarks>
/// <para>Instances are immutable after construction and thread-safe; build one per registry and reuse it
/// across documents. <c>new EntityResolver()</c> uses <see cref="EntityRegistry.BuiltIn"/>.</para>
/// <para><b>How a name is resolved</b>, stopping at the first step that succeeds:</para>
/// <list type="number">
/// <item>Exact match of the normalised name (<see cref="EntityNormalizer.Normalize"/>) against every alias and
/// demonym. Short all-capitals acronyms in the table ("US", "IS", "WHO") match only when written in capitals.</item>
/// <item>The same after dropping trailing role nouns: "a defence department official" → "defence department".</item>
/// <item>Equal transliteration skeletons (<see cref="EntityNormalizer.Skeleton"/>) of at least three letters,
/// confirmed by a FuzzySharp ratio of at least 60.</item>
/// <item>Fuzzy matching, never all-pairs: candidates come from a blocking index over token skeletons and
/// four-letter token prefixes (at most <see cref="MaxCandidates"/> aliases, those sharing most keys), and are
/// scored with FuzzySharp's <c>Ratio</c> and <c>TokenSortRatio</c> on normalised text
/// (<c>PreprocessMode.None</c>, so non-Latin letters count); equal skeletons of four or more letters score at
/// least 92. The best candidate is accepted when its score reaches the threshold of its type
/// (<see cref="Threshold"/>). Names shorter than four letters and acronyms only ever match exactly.</item>
/// <item>A known name inside a longer phrase whose other words are lower case ("the pro-Iran Kataeb Hezbollah").</item>
/// <item>A person name after a title ("Pentagon spokesman John Kirby" → "John Kirby").</item>
/// <item>Otherwise a new entity: <see cref="Entity.Id"/> is the skeleton key (so "Kait'ib Hizbollah" and
/// "Kataeb Hezbollah" share an id even outside the gazetteer), <see cref="Entity.CanonicalName"/> the name with
/// leading articles removed and words title-cased, <see cref="Entity.Provenance"/> <see langword="null"/>, and the
/// type the hint, or a guess from cue words ("Brigades", "Ministry"), or <see cref="EntityType.Person"/> for two to
/// four capitalised words.</item>
/// </list>
/// </remarks>
public sealed partial class EntityResolver : IEntityResolver
{
    /// <summary>The largest number of aliases scored with FuzzySharp for one name.</summary>
    public const int MaxCandidates = 32;

    private static readonly FrozenSet<string> SmallWords = FrozenSet.ToFrozenSet(
        ["of", "and", "the", "for", "in", "on", "at", "to", "by", "al", "el", "bin", "ibn", "de", "du", "la", "le", "von", "van", "der", "wa", "wal"],
        StringComparer.Ordinal);

    private readonly EntityIndex index;

    /// <summary>Initializes a new instance of the <see cref="EntityResolver"/> class with the built-in gazetteer.</summary>
    public EntityResolver()
        : this(EntityRegistry.BuiltIn)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EntityResolver"/> class.</summary>
    /// <param name="registry">The known entities; merge user tables into it first with <see cref="EntityRegistry.Merge(EntityRegistry)"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is <see langword="null"/>.</exception>
    public EntityResolver(EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        index = new EntityIndex(registry, DescriptionLexicon.BuiltIn);
    }

    /// <summary>Gets the registry the resolver matches against.</summary>
    public EntityRegistry Registry => index.Registry;

    /// <summary>Gets the index (internal for the scanner and benchmarks).</summary>
    internal EntityIndex Index => index;

    /// <summary>
    /// Returns the fuzzy score (0–100, FuzzySharp's scale) a candidate of type <paramref name="type"/> needs to be
    /// accepted: 90 for persons, governments and outlets (short, distinctive, many near-homonyms: "Oman"/"Omani"),
    /// 88 for places and agencies ("Kherson"/"Khartoum"), 86 for armed groups and organisations (long names
    /// with many spellings: "Kata'ib Hizballah"), 88 otherwise.
    /// </summary>
    /// <param name="type">The candidate's type.</param>
    /// <returns>The threshold, from 0 to 100.</returns>
    public static int Threshold(EntityType type) => type switch
    {
        EntityType.Person or EntityType.Government or EntityType.Outlet => 90,
        EntityType.Place or EntityType.Agency => 88,
        EntityType.ArmedGroup or EntityType.Organization => 86,
        _ => 88,
    };

    /// <inheritdoc/>
    public Entity Resolve(string name, EntityType typeHint = EntityType.Unknown)
    {
        ArgumentNullException.ThrowIfNull(name);
        var known = ResolveKnown(name, typeHint, exhaustive: false);
        if (known.Entity is not null)
        {
            return known.Entity;
        }

        if (typeHint is EntityType.Person or EntityType.Unknown && ExtractPerson(name) is { } person)
        {
            var knownPerson = ResolveKnown(person, EntityType.Person, exhaustive: false);
            return knownPerson.Entity ?? NewEntity(person, EntityType.Person);
        }

        return NewEntity(name, typeHint);
    }

    /// <summary>
    /// Finishes <see cref="Resolve"/> with no type hint for a name whose exact, skeleton and fuzzy steps already
    /// failed (<see cref="ResolveKnown"/> without contained names gave nothing), so they are not run twice.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>What <see cref="Resolve"/> returns for the name.</returns>
    internal Entity ResolveUnmatched(string name)
    {
        if (Contained(StripLeadingDeterminers(EntityNormalizer.KeptTokens(name)), EntityType.Unknown) is { } contained)
        {
            return Entity(contained);
        }

        if (ExtractPerson(name) is { } person)
        {
            var knownPerson = ResolveKnown(person, EntityType.Person, exhaustive: false);
            return knownPerson.Entity ?? NewEntity(person, EntityType.Person);
        }

        return NewEntity(name, EntityType.Unknown);
    }

    /// <inheritdoc/>
    public DocumentEntities ScanDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ResolvedDocumentEntities(this, text);
    }

    /// <inheritdoc/>
    public override string ToString() => $"EntityResolver ({index.Registry.Count} entities, {index.Aliases.Count} aliases)";

    /// <summary>Resolves a name to a known entity only.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="hint">The expected type.</param>
    /// <param name="exhaustive">Score every alias instead of the blocked candidates (the naive baseline for tests and benchmarks).</param>
    /// <returns>The entity and a score from 0 to 1, or a null entity.</returns>
    /// <param name="allowContained">Whether a known name inside a longer phrase counts (step 5).</param>
    internal (Entity? Entity, double Score) ResolveKnown(string name, EntityType hint, bool exhaustive, bool allowContained = true)
    {
        var tokens = StripLeadingDeterminers(EntityNormalizer.KeptTokens(name));
        if (tokens.Count == 0)
        {
            return (null, 0);
        }

        var key = Join(tokens, 0, tokens.Count);
        if (PickExact(key, tokens, 0, hint) is { } exact)
        {
            return (Entity(exact), 1.0);
        }

        // "a defence department official", "Pentagon sources", "SOHR figures": the speaker is the body named before the role.
        var end = tokens.Count;
        while (end > 1 && index.Lexicon.RoleNouns.Contains(tokens[end - 1].Key))
        {
            end--;
        }

        if (end < tokens.Count && PickExact(Join(tokens, 0, end), tokens, 0, hint) is { } role)
        {
            return (Entity(role), 0.95);
        }

        var letters = key.Length - (tokens.Count - 1);
        if (letters >= 3 && !IsAcronymQuery(tokens))
        {
            var skeleton = string.Concat(tokens.Select(t => EntityNormalizer.TokenSkeleton(t.Key)));
            var best = -1;
            var bestScore = 0;
            foreach (var id in index.BySkeleton(skeleton))
            {
                var alias = index.Aliases[id];
                if (alias.UpperMask != 0 || !Compatible(hint, Entity(id).Type))
                {
                    continue;
                }

                var score = Score(key, alias.Key);
                if (score >= 60 && score > bestScore)
                {
                    best = id;
                    bestScore = score;
                }
            }

            if (best >= 0)
            {
                return (Entity(best), 0.9);
            }

            if (letters >= 4)
            {
                var fuzzy = exhaustive ? FuzzyAll(key, skeleton, hint) : FuzzyBlocked(key, skeleton, tokens, hint);
                if (fuzzy.Id >= 0)
                {
                    return (Entity(fuzzy.Id), fuzzy.Score / 100.0);
                }
            }
        }

        if (allowContained && hint != EntityType.Person && Contained(tokens, hint) is { } contained)
        {
            return (Entity(contained), 0.8);
        }

        return (null, 0);
    }

    /// <summary>Creates the entity for a name found in no table.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="hint">The expected type.</param>
    /// <returns>The new entity.</returns>
    internal Entity NewEntity(string name, EntityType hint)
    {
        var tokens = EntityNormalizer.KeptTokens(name);
        var start = 0;
        while (start < tokens.Count - 1 && (index.Lexicon.Determiners.Contains(tokens[start].Key) || index.Lexicon.Possessives.Contains(tokens[start].Key)))
        {
            start++;
        }

        string display;
        string id;
        if (tokens.Count == 0)
        {
            display = name.Trim();
            id = display;
        }
        else
        {
            display = TitleCase(name[tokens[start].Start..tokens[^1].End]);
            id = EntityNormalizer.Skeleton(display);
            if (id.Length == 0)
            {
                id = EntityNormalizer.Normalize(display);
            }
        }

        var type = hint != EntityType.Unknown ? hint : GuessType(tokens, start);
        return new Entity(id, display, type, [], null);
    }

    /// <summary>Finds the alias a name matches exactly, honouring acronym capitals and the type hint.</summary>
    /// <param name="key">The normalised name.</param>
    /// <param name="tokens">The name's tokens.</param>
    /// <param name="offset">Where the key's tokens start in <paramref name="tokens"/>.</param>
    /// <param name="hint">The expected type.</param>
    /// <returns>The alias id, or <see langword="null"/>.</returns>
    internal int? PickExact(string key, List<NameToken> tokens, int offset, EntityType hint)
    {
        int? first = null;
        foreach (var id in index.ByKey(key))
        {
            if (!MaskHolds(index.Aliases[id].UpperMask, tokens, offset))
            {
                continue;
            }

            if (hint == EntityType.Unknown || Entity(id).Type == hint)
            {
                return id;
            }

            first ??= id;
        }

        return first;
    }

    /// <summary>Returns the entity an alias belongs to.</summary>
    /// <param name="aliasId">The alias id.</param>
    /// <returns>The entity.</returns>
    internal Entity Entity(int aliasId) => index.Registry.Entities[index.Aliases[aliasId].Entity];

    /// <summary>Returns the title-and-name split of a phrase: the capitalised words after the last title or role noun.</summary>
    /// <param name="name">The phrase.</param>
    /// <returns>The person name as written, or <see langword="null"/>.</returns>
    internal string? ExtractPerson(string name)
    {
        var tokens = NameTokenizer.Tokenize(name);
        for (var t = tokens.Count - 2; t >= 0; t--)
        {
            var key = tokens[t].Key;
            if (!index.Lexicon.Titles.Contains(key) && !index.Lexicon.RoleNouns.Contains(key))
            {
                continue;
            }

            var count = tokens.Count - t - 1;
            if (count is < 1 or > 4)
            {
                return null;
            }

            for (var i = t + 1; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalised || index.Lexicon.Titles.Contains(tokens[i].Key))
                {
                    return null;
                }
            }

            return name[tokens[t + 1].Start..tokens[^1].End];
        }

        return null;
    }

    private List<NameToken> StripLeadingDeterminers(List<NameToken> tokens)
    {
        var start = 0;
        while (start < tokens.Count - 1 && (index.Lexicon.Determiners.Contains(tokens[start].Key) || index.Lexicon.Possessives.Contains(tokens[start].Key)))
        {
            start++;
        }

        return start > 0 ? tokens.GetRange(start, tokens.Count - start) : tokens;
    }

    private static bool MaskHolds(ulong mask, List<NameToken> tokens, int offset)
    {
        for (var k = 0; mask != 0; k++, mask >>= 1)
        {
            if ((mask & 1) != 0 && (offset + k >= tokens.Count || !tokens[offset + k].IsAcronymCased))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronymQuery(List<NameToken> tokens) => tokens.Count == 1 && tokens[0].IsAllUpper && tokens[0].Key.Length <= 5;

    private static bool Compatible(EntityType hint, EntityType candidate) => hint switch
    {
        EntityType.Person => candidate == EntityType.Person,
        EntityType.Place => candidate is EntityType.Place or EntityType.Government,
        EntityType.Unknown => true,
        _ => candidate != EntityType.Person,
    };

    private static string Join(List<NameToken> tokens, int from, int to)
    {
        if (to - from == 1)
        {
            return tokens[from].Key;
        }

        var builder = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            if (i > from)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[i].Key);
        }

        return builder.ToString();
    }

    private static string TitleCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var wordStart = true;
        var first = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                // Collapse runs of whitespace (line breaks inside a name) to one space.
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                wordStart = true;
                continue;
            }

            if (wordStart && char.IsLower(c))
            {
                var wordEnd = i;
                while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
                {
                    wordEnd++;
                }

                var word = text[i..wordEnd];
                builder.Append(first || !SmallWords.Contains(word) ? char.ToUpperInvariant(c) : c);
            }
            else
            {
                builder.Append(c);
            }

            wordStart = false;
            first = false;
        }

        return builder.ToString().Trim();
    }

    private int? Contained(List<NameToken> tokens, EntityType hint)
    {
        // A known name inside a phrase whose other words are lower-case modifiers or role nouns.
        int? best = null;
        var bestLength = 0;
        for (var s = 0; s < tokens.Count; s++)
        {
            if (!index.Root.TryGetValue(tokens[s].Key, out var node))
            {
                continue;
            }

            for (var e = s; ;)
            {
                if (node.Value is not null && e - s + 1 > bestLength)
                {
                    foreach (var id in node.Value)
                    {
                        var alias = index.Aliases[id];
                        if (alias.Kind == AliasKind.Name && MaskHolds(alias.UpperMask, tokens, s) && (hint == EntityType.Unknown || Compatible(hint, Entity(id).Type)) && OthersAreModifiers(tokens, s, e))
                        {
                            best = id;
                            bestLength = e - s + 1;
                            break;
                        }
                    }
                }

                if (e + 1 >= tokens.Count || node.Next is null || !node.Next.TryGetValue(tokens[e + 1].Key, out var child))
                {
                    break;
                }

                node = child;
                e++;
            }
        }

        return best;
    }

    private bool OthersAreModifiers(List<NameToken> tokens, int s, int e)
    {
        // Only role nouns may follow the name: in "the UK-based observatory" the name is itself a modifier.
        for (var i = e + 1; i < tokens.Count; i++)
        {
            if (!index.Lexicon.RoleNouns.Contains(tokens[i].Key))
            {
                return false;
            }
        }

        for (var i = 0; i < s; i++)
        {
            var token = tokens[i];
            if (token.IsCapitalised && !IsDemonymKey(token.Key) && !index.Lexicon.RoleNouns.Contains(token.Key))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsDemonymKey(string key)
    {
        foreach (var id in index.ByKey(key))
        {
            if (index.Aliases[id].Kind == AliasKind.Demonym)
            {
                return true;
            }
        }

        return false;
    }

    private EntityType GuessType(List<NameToken> tokens, int start)
    {
        for (var i = tokens.Count - 1; i >= start; i--)
        {
            if (index.Lexicon.TypeCues.TryGetValue(tokens[i].Key, out var type))
            {
                return type;
            }
        }

        var count = tokens.Count - start;
        if (count is >= 2 and <= 4)
        {
            for (var i = start; i < tokens.Count; i++)
            {
                if ((tokens[i].Flags & NameTokenFlags.InitialUpper) == NameTokenFlags.None || tokens[i].IsAllUpper || index.ByKey(tokens[i].Key).Length > 0)
                {
                    return EntityType.Unknown;
                }
            }

            return EntityType.Person;
        }

        return EntityType.Unknown;
    }
}
