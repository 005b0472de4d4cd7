using System.Collections.Frozen;
using System.Globalization;
using ClaimCompare.Text;

namespace ClaimCompare.Quantities;

/// <summary>
/// The recogniser's data: hedges, vague quantifiers and context word lists, read from the embedded
/// <c>*.lexicon.json</c> files. Built once per <see cref="QuantityRecognizer"/>; immutable and thread-safe afterwards.
/// </summary>
internal sealed class QuantityLexicon
{
    private readonly ulong[] triggerFilter;
    private readonly uint postfixLetters;

    private QuantityLexicon(
        FrozenDictionary<string, PhraseEntry[]> phrasesByFirstWord,
        FrozenDictionary<string, WordRoles> roles,
        FrozenDictionary<string, double> multipliers,
        ulong[] triggerFilter,
        FrozenSet<string> articleFollowers,
        uint postfixLetters)
    {
        this.postfixLetters = postfixLetters;
        this.triggerFilter = triggerFilter;
        ArticleFollowers = articleFollowers.GetAlternateLookup<ReadOnlySpan<char>>();
        PhrasesByFirstWord = phrasesByFirstWord;
        PhraseRoots = BuildTrie(phrasesByFirstWord).GetAlternateLookup<ReadOnlySpan<char>>();
        Roles = roles.GetAlternateLookup<ReadOnlySpan<char>>();
        Multipliers = multipliers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets multi-word phrases (hedges, vague words, zero statements) keyed by their lower-case first word, longest first.</summary>
    public FrozenDictionary<string, PhraseEntry[]> PhrasesByFirstWord { get; }

    /// <summary>
    /// Gets the phrases as a word trie (<see cref="PhraseNode{T}"/>), by their lower-case first word: the node a phrase's
    /// last word reaches lists the phrases ending there, in <see cref="PhrasesByFirstWord"/> order. Words after the
    /// first compare ignoring case.
    /// </summary>
    public FrozenDictionary<string, PhraseNode<List<PhraseEntry>>>.AlternateLookup<ReadOnlySpan<char>> PhraseRoots { get; }

    /// <summary>Gets the roles of lower-case words (number words, context lists).</summary>
    public FrozenDictionary<string, WordRoles>.AlternateLookup<ReadOnlySpan<char>> Roles { get; }

    /// <summary>Gets the lower-case words that can follow "a"/"an" inside a quantity phrase.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleFollowers { get; }

    /// <summary>Gets case-sensitive scale suffixes ("k", "M", "bn").</summary>
    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Multipliers { get; }

    /// <summary>Loads the built-in lexicon embedded in the assembly, plus the caller's vague quantifiers.</summary>
    /// <param name="extraVague">Vague quantifiers that are added to (or replace) the built-in ones.</param>
    /// <returns>The lexicon.</returns>
    public static QuantityLexicon Load(IReadOnlyList<VagueQuantifier> extraVague)
    {
        var phrases = new Dictionary<string, List<PhraseEntry>>(StringComparer.Ordinal);
        var roles = new Dictionary<string, WordRoles>(StringComparer.Ordinal);
        var multipliers = new Dictionary<string, double>(StringComparer.Ordinal);

        // The caller's vague quantifiers come after the built-in ones, so that they replace them.
        ReadVague(phrases);
        AddExtraVague(phrases, extraVague);
        ReadHedges(phrases);
        ReadContext(roles, multipliers);
        var (filter, postfixInitials) = MarkTriggers(phrases, roles);
        var articleFollowers = CollectArticleFollowers(phrases);

        var frozenPhrases = phrases.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(),
            StringComparer.Ordinal);
        return new QuantityLexicon(
            frozenPhrases,
            roles.ToFrozenDictionary(StringComparer.Ordinal),
            multipliers.ToFrozenDictionary(StringComparer.Ordinal),
            filter,
            articleFollowers.ToFrozenSet(StringComparer.Ordinal),
            postfixInitials);
    }

    /// <summary>Reads the vague quantifiers ("several", "dozens") and zero statements ("no one") from vague.lexicon.json.</summary>
    private static void ReadVague(Dictionary<string, List<PhraseEntry>> phrases)
    {
        foreach (var entry in ReadResource("vague.lexicon.json").Entries)
        {
            Add(phrases, new PhraseEntry(Split(entry.Phrase), entry.Zero ? PhraseKind.Exact : PhraseKind.Vague, Hedge.Vague, entry.Low, entry.High, entry.Scale));
        }
    }

    /// <summary>Adds the caller's vague quantifiers; one with the words of a built-in entry replaces it.</summary>
    private static void AddExtraVague(Dictionary<string, List<PhraseEntry>> phrases, IReadOnlyList<VagueQuantifier> extraVague)
    {
        foreach (var extra in extraVague)
        {
            if (extra is null)
            {
                throw new ArgumentNullException(nameof(extraVague), "An extra vague quantifier is null.");
            }

            var words = Split(extra.Phrase);
            if (words.Length == 0)
            {
                continue;
            }

            if (phrases.TryGetValue(words[0], out var existing))
            {
                existing.RemoveAll(e => e.Words.AsSpan().SequenceEqual(words));
            }

            Add(phrases, new PhraseEntry(words, PhraseKind.Vague, Hedge.Vague, extra.Low, extra.High, false));
        }
    }

    /// <summary>Reads the hedges ("at least", "or more", "between") from hedges.lexicon.json.</summary>
    private static void ReadHedges(Dictionary<string, List<PhraseEntry>> phrases)
    {
        foreach (var entry in ReadResource("hedges.lexicon.json").Entries)
        {
            var phrase = entry.Phrase;
            var hedge = entry.Hedge;
            var postfix = string.Equals(entry.Position, "postfix", StringComparison.Ordinal);
            var (kind, value) = hedge switch
            {
                "Exact" => (PhraseKind.ExactHedge, Hedge.None),
                "Between" => (PhraseKind.Between, Hedge.Range),
                "From" => (PhraseKind.From, Hedge.Range),
                "OrEqual" => (PhraseKind.OrEqual, Hedge.None),
                _ => (postfix ? PhraseKind.PostfixHedge : PhraseKind.PrefixHedge, Enum.Parse<Hedge>(hedge)),
            };
            if (postfix && kind != PhraseKind.OrEqual)
            {
                kind = PhraseKind.PostfixHedge;
            }

            Add(phrases, new PhraseEntry(Split(phrase), kind, value, null, null, false));
        }
    }

    /// <summary>Reads the context word lists (people, units, months, ...) as word roles, and the scale suffixes, from context.lexicon.json.</summary>
    private static void ReadContext(Dictionary<string, WordRoles> roles, Dictionary<string, double> multipliers)
    {
        foreach (var list in ReadResource("context.lexicon.json").Lists)
        {
            var name = list.Name;
            foreach (var word in list.Words)
            {
                if (string.Equals(name, "multipliers", StringComparison.Ordinal))
                {
                    var colon = word.IndexOf(':', StringComparison.Ordinal);
                    multipliers[word[..colon]] = double.Parse(word.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
                    continue;
                }

                var role = name switch
                {
                    "people" => WordRoles.Person,
                    "things" => WordRoles.Thing,
                    "time-units" => WordRoles.TimeUnit,
                    "clock" => WordRoles.Clock,
                    "units" => WordRoles.Unit,
                    "currency-words" => WordRoles.CurrencyWord,
                    "currency-prefixes" => WordRoles.CurrencyPrefix,
                    "percent-words" => WordRoles.Percent,
                    "months" => WordRoles.Month,
                    "identifier-heads" => WordRoles.IdentifierHead,
                    "age-words" => WordRoles.AgeWord,
                    "pronoun-determiners" => WordRoles.PronounDeterminer,
                    _ => WordRoles.None,
                };
                roles[word] = roles.GetValueOrDefault(word) | role;
            }
        }
    }

    /// <summary>
    /// Marks the words that may open a quantity (a phrase's first word, a number word that can start a
    /// number) in the roles and the trigger filter, and collects the first letters of postfix hedges.
    /// </summary>
    private static (ulong[] Filter, uint PostfixInitials) MarkTriggers(Dictionary<string, List<PhraseEntry>> phrases, Dictionary<string, WordRoles> roles)
    {
        var filter = new ulong[TriggerFilterLength];
        var postfixInitials = 0u;
        foreach (var (word, list) in phrases)
        {
            if (list.Exists(e => e.Kind is PhraseKind.PostfixHedge or PhraseKind.OrEqual) && (uint)((word[0] | 0x20) - 'a') < 26)
            {
                postfixInitials |= 1u << ((word[0] | 0x20) - 'a');
            }

            if (list.Exists(e => e.Kind is not (PhraseKind.PostfixHedge or PhraseKind.OrEqual)))
            {
                roles[word] = roles.GetValueOrDefault(word) | WordRoles.PhraseStart;
                AddToFilter(filter, word);
            }
        }

        foreach (var (word, info) in NumberWords.All)
        {
            // Only words that can open a number start a scan; "and", "hundred", "thirds" only continue one.
            if (info.Kind is NumberWordKind.Zero or NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens
                or NumberWordKind.Article or NumberWordKind.Half or NumberWordKind.Quarter or NumberWordKind.Minus)
            {
                roles[word] = roles.GetValueOrDefault(word) | WordRoles.NumberWord;
                AddToFilter(filter, word);
            }
        }

        return (filter, postfixInitials);
    }

    private static HashSet<string> CollectArticleFollowers(Dictionary<string, List<PhraseEntry>> phrases)
    {
        // Words that may follow "a"/"an" in a phrase: the article is the commonest trigger, so it is
        // screened with one look-up before any phrase matching.
        var articleFollowers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in (string[])["a", "an"])
        {
            if (phrases.TryGetValue(article, out var list))
            {
                articleFollowers.UnionWith(list.Where(e => e.Words.Length > 1).Select(e => e.Words[1]));
            }
        }

        foreach (var (word, info) in NumberWords.All)
        {
            if (info.Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen or NumberWordKind.Denominator
                or NumberWordKind.Half or NumberWordKind.Quarter)
            {
                articleFollowers.Add(word);
            }
        }

        return articleFollowers;
    }

    /// <summary>
    /// Returns <see langword="false"/> when <paramref name="word"/> certainly cannot open a phrase, judged
    /// from its first two letters and length alone. Most words of running text fail here without a hash look-up.
    /// </summary>
    /// <param name="word">An ASCII-initial word.</param>
    /// <returns>Whether the word may be a trigger.</returns>
    public bool MightTrigger(ReadOnlySpan<char> word)
    {
        var index = FilterIndex(word);
        return index >= 0 && (triggerFilter[index >> 6] & (1UL << (index & 63))) != 0;
    }

    /// <summary>Returns whether a postfix hedge ("or more", "plus") can start with <paramref name="first"/>.</summary>
    /// <param name="first">The first letter of the word after a number.</param>
    /// <returns><see langword="false"/> when no postfix hedge starts with that letter.</returns>
    public bool MightBePostfix(char first)
    {
        var index = (first | 0x20) - 'a';
        return (uint)index < 26 && (postfixLetters & (1u << index)) != 0;
    }

    private const int FilterMaxLength = 24;
    private const int TriggerFilterLength = ((26 * 27 * FilterMaxLength) + 63) / 64;

    private static int FilterIndex(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length >= FilterMaxLength)
        {
            return -1;
        }

        var c0 = (word[0] | 0x20) - 'a';
        var c1 = word.Length > 1 ? (word[1] | 0x20) - 'a' : 26;
        if ((uint)c0 > 25 || (uint)c1 > 26)
        {
            return -1;
        }

        return (((c0 * 27) + c1) * FilterMaxLength) + word.Length;
    }

    private static void AddToFilter(ulong[] filter, string word)
    {
        var index = FilterIndex(word);
        if (index >= 0)
        {
            filter[index >> 6] |= 1UL << (index & 63);
        }
    }

    private static FrozenDictionary<string, PhraseNode<List<PhraseEntry>>> BuildTrie(FrozenDictionary<string, PhraseEntry[]> phrasesByFirstWord)
    {
        var roots = new Dictionary<string, PhraseNode<List<PhraseEntry>>>(StringComparer.Ordinal);
        foreach (var (first, entries) in phrasesByFirstWord)
        {
            var root = new PhraseNode<List<PhraseEntry>>();
            roots[first] = root;

            // Longest first, as the entries come: a node lists its phrases in that order, so the first of the wanted side wins.
            foreach (var entry in entries)
            {
                var node = root;
                for (var k = 1; k < entry.Words.Length; k++)
                {
                    node = node.Child(entry.Words[k], StringComparer.OrdinalIgnoreCase);
                }

                node.HasValue = true;
                (node.Value ??= []).Add(entry);
            }
        }

        return roots.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, List<PhraseEntry>> phrases, PhraseEntry entry)
    {
        if (!phrases.TryGetValue(entry.Words[0], out var list))
        {
            list = [];
            phrases[entry.Words[0]] = list;
        }

        list.Add(entry);
    }

    private static string[] Split(string phrase) =>
        phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static Lexicons.PhraseTableFile ReadResource(string file) =>
        Lexicons.EmbeddedLexicon.Read("Quantities/" + file, Lexicons.LexiconJsonContext.Default.PhraseTableFile);
}
