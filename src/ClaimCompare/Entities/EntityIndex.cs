using ClaimCompare.Text;

namespace ClaimCompare.Entities;

/// <summary>
/// The lookup structures built from a registry: exact normalised keys, whole-name skeletons, a blocking
/// index from token keys to aliases, the token trie for document scans, and the vocabulary of words the
/// scanner needs to recognise.
/// </summary>
/// <remarks>Built once in the constructor and only read afterwards: immutable in effect and thread-safe.</remarks>
internal sealed class EntityIndex
{
    /// <summary>Posting lists longer than this are skipped when rarer tokens of the query already give candidates.</summary>
    internal const int CommonPostingLength = 4096;

    // Function words that carry no identity: blocking on them would make every "X of Y" a candidate.
    private static readonly HashSet<string> BlockingStopWords = new(StringComparer.Ordinal) { "of", "for", "and", "in", "on", "to", "de", "la", "le", "du", "des", "wa", "wal", "li" };

    private readonly Dictionary<string, int[]> byKey;
    private readonly Dictionary<string, int[]> bySkeleton;
    private readonly Dictionary<string, int[]> byBlock;

    /// <summary>Initializes a new instance of the <see cref="EntityIndex"/> class.</summary>
    /// <param name="registry">The entities.</param>
    /// <param name="lexicon">The description words.</param>
    public EntityIndex(EntityRegistry registry, DescriptionLexicon lexicon)
    {
        Registry = registry;
        Lexicon = lexicon;
        var aliases = new List<AliasRecord>();
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var skeletons = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        Root = new Dictionary<string, PhraseNode<List<int>>>(StringComparer.Ordinal);
        var vocabulary = new Dictionary<string, string>(StringComparer.Ordinal);
        var heads = new string[registry.Count][][];
        HeadWords = new HashSet<string>(StringComparer.Ordinal);

        for (var e = 0; e < registry.Count; e++)
        {
            var entity = registry.Entities[e];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in entity.Aliases.Prepend(entity.CanonicalName))
            {
                Add(e, text, AliasKind.Name, seen);
            }

            foreach (var text in entity.Demonyms)
            {
                Add(e, text, AliasKind.Demonym, seen);
            }

            heads[e] = entity.Heads.Select(h => EntityNormalizer.NormalizedTokens(h).ToArray()).Where(h => h.Length > 0).ToArray();
            foreach (var head in heads[e])
            {
                HeadWords.Add(head[^1]);
                Intern(head);
            }
        }

        foreach (var head in lexicon.TypeHeads.Keys)
        {
            var tokens = head.Split(' ');
            HeadWords.Add(tokens[^1]);
            Intern(tokens);
        }

        Intern(lexicon.Determiners);
        Intern(lexicon.ModifierStops);
        Intern(lexicon.FollowingVerbs);
        Intern(["the", "al", "el", "e", "i", "ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an", "ul", "ud", "ut", "ez", "es", "ed", "er", "et", "il", "pro"]);

        Aliases = aliases;
        byKey = keys.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        bySkeleton = skeletons.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        byBlock = blocks.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        ScanWords = new Dictionary<string, ScanWord>(vocabulary.Count, StringComparer.Ordinal);
        foreach (var word in vocabulary.Values)
        {
            ScanWords[word] = new ScanWord(word, Root.GetValueOrDefault(word))
            {
                IsDeterminer = lexicon.Determiners.Contains(word),
                IsModifierStop = lexicon.ModifierStops.Contains(word),
                IsHeadWord = HeadWords.Contains(word),
                IsAdjectivalHead = lexicon.AdjectivalHeads.Contains(word),
                IsFollowingVerb = lexicon.FollowingVerbs.Contains(word),
                IsFreeArticle = EntityNormalizer.IsFreeArticle(word),
                IsHyphenArticle = EntityNormalizer.IsHyphenArticle(word),
            };
        }
        EntityHeads = heads;

        void Intern(IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                vocabulary.TryAdd(word, word);
            }
        }

        void Add(int entity, string text, AliasKind kind, HashSet<string> seen)
        {
            var tokens = EntityNormalizer.KeptTokens(text);
            if (tokens.Count == 0)
            {
                return;
            }

            var key = string.Join(' ', tokens.Select(t => t.Key));
            ulong mask = 0;
            for (var i = 0; i < tokens.Count && i < 64; i++)
            {
                if (tokens[i].IsAcronymCased && tokens[i].Key.Length <= 4)
                {
                    mask |= 1UL << i;
                }
            }

            if (!seen.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key}|{mask}|{(int)kind}")))
            {
                return;
            }

            var skeleton = string.Concat(tokens.Select(t => EntityNormalizer.TokenSkeleton(t.Key)));
            var id = aliases.Count;
            aliases.Add(new AliasRecord(entity, text, key, skeleton, kind, mask, tokens.Count));
            Append(keys, key, id);
            if (skeleton.Length > 0)
            {
                Append(skeletons, skeleton, id);
            }

            foreach (var token in tokens)
            {
                foreach (var block in BlockingKeys(token.Key))
                {
                    var list = blocks.TryGetValue(block, out var existing) ? existing : blocks[block] = [];
                    if (list.Count == 0 || list[^1] != id)
                    {
                        list.Add(id);
                    }
                }
            }

            // The trie: one node per normalised token, aliases listed where they end.
            var node = Root.TryGetValue(tokens[0].Key, out var first) ? first : Root[tokens[0].Key] = new PhraseNode<List<int>>();
            vocabulary.TryAdd(tokens[0].Key, tokens[0].Key);
            for (var i = 1; i < tokens.Count; i++)
            {
                var tokenKey = tokens[i].Key;
                vocabulary.TryAdd(tokenKey, tokenKey);
                node = node.Child(tokenKey, StringComparer.Ordinal);
            }

            // The aliases that end here, in priority order.
            node.HasValue = true;
            (node.Value ??= []).Add(id);
        }

        static void Append(Dictionary<string, List<int>> map, string key, int id)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(id);
        }
    }

    /// <summary>Gets the registry the index was built from.</summary>
    public EntityRegistry Registry { get; }

    /// <summary>Gets the description words.</summary>
    public DescriptionLexicon Lexicon { get; }

    /// <summary>Gets every alias, by id.</summary>
    public IReadOnlyList<AliasRecord> Aliases { get; }

    /// <summary>Gets the first level of the token trie.</summary>
    public Dictionary<string, PhraseNode<List<int>>> Root { get; }

    /// <summary>Gets the words the scanner must recognise, each with its roles in a scan and its own interned key.</summary>
    public Dictionary<string, ScanWord> ScanWords { get; }

    /// <summary>Gets the last words of every description head (type heads and entity heads).</summary>
    public HashSet<string> HeadWords { get; }

    /// <summary>Gets, per entity, its description heads as normalised token arrays.</summary>
    public string[][][] EntityHeads { get; }

    /// <summary>Returns the blocking keys of one normalised token: its skeleton and, for tokens of four letters or more, a four-letter prefix.</summary>
    /// <param name="token">A normalised token.</param>
    /// <returns>The keys (one or two).</returns>
    public static IEnumerable<string> BlockingKeys(string token)
    {
        if (BlockingStopWords.Contains(token))
        {
            yield break;
        }

        yield return "s:" + EntityNormalizer.TokenSkeleton(token);
        // A four-letter prefix catches typos that change the skeleton, and words run together ("MiudHezbilhez").
        if (token.Length >= 4)
        {
            yield return "p:" + token[..4];
        }
    }

    /// <summary>Returns the aliases whose normalised key is <paramref name="key"/>.</summary>
    /// <param name="key">A normalised name.</param>
    /// <returns>Alias ids in priority order; empty when none.</returns>
    public int[] ByKey(string key) => byKey.TryGetValue(key, out var ids) ? ids : [];

    /// <summary>Returns the aliases whose skeleton is <paramref name="skeleton"/>.</summary>
    /// <param name="skeleton">A skeleton key.</param>
    /// <returns>Alias ids in priority order; empty when none.</returns>
    public int[] BySkeleton(string skeleton) => bySkeleton.TryGetValue(skeleton, out var ids) ? ids : [];

    /// <summary>Returns the aliases filed under a blocking key.</summary>
    /// <param name="block">A key from <see cref="BlockingKeys"/>.</param>
    /// <returns>Alias ids in priority order; empty when none.</returns>
    public int[] ByBlock(string block) => byBlock.TryGetValue(block, out var ids) ? ids : [];
}
