using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace ClaimCompare.Quantities;

/// <summary>
/// The recogniser's data: hedges, vague quantifiers and context word lists, read from the embedded
/// <c>*.lexicon.json</c> files. Built once per <see cref="QuantityRecognizer"/>; immutable and thread-safe afterwards.
/// </summary>
internal sealed class QuantityLexicon
{
    private QuantityLexicon(
        FrozenDictionary<string, PhraseEntry[]> phrasesByFirstWord,
        FrozenDictionary<string, WordRoles> roles,
        FrozenDictionary<string, double> multipliers)
    {
        PhrasesByFirstWord = phrasesByFirstWord;
        PhraseLookup = phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Roles = roles.GetAlternateLookup<ReadOnlySpan<char>>();
        Multipliers = multipliers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets multi-word phrases (hedges, vague words, zero statements) keyed by their lower-case first word, longest first.</summary>
    public FrozenDictionary<string, PhraseEntry[]> PhrasesByFirstWord { get; }

    /// <summary>Gets the span lookup of <see cref="PhrasesByFirstWord"/>.</summary>
    public FrozenDictionary<string, PhraseEntry[]>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup { get; }

    /// <summary>Gets the roles of lower-case words (number words, context lists).</summary>
    public FrozenDictionary<string, WordRoles>.AlternateLookup<ReadOnlySpan<char>> Roles { get; }

    /// <summary>Gets case-sensitive scale suffixes ("k", "M", "bn").</summary>
    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Multipliers { get; }

    /// <summary>Loads the built-in lexicon embedded in the assembly.</summary>
    /// <returns>The lexicon.</returns>
    public static QuantityLexicon LoadDefault()
    {
        var phrases = new Dictionary<string, List<PhraseEntry>>(StringComparer.Ordinal);
        var roles = new Dictionary<string, WordRoles>(StringComparer.Ordinal);
        var multipliers = new Dictionary<string, double>(StringComparer.Ordinal);

        using (var vague = ReadResource("vague.lexicon.json"))
        {
            foreach (var entry in vague.RootElement.GetProperty("entries").EnumerateArray())
            {
                var phrase = entry.GetProperty("phrase").GetString()!;
                double? low = entry.GetProperty("low").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("low").GetDouble();
                double? high = entry.GetProperty("high").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("high").GetDouble();
                var exact = entry.TryGetProperty("zero", out var z) && z.GetBoolean();
                var scale = entry.TryGetProperty("scale", out var s) && s.GetBoolean();
                Add(phrases, new PhraseEntry(Split(phrase), exact ? PhraseKind.Exact : PhraseKind.Vague, Hedge.Vague, low, high, scale));
            }
        }

        using (var hedges = ReadResource("hedges.lexicon.json"))
        {
            foreach (var entry in hedges.RootElement.GetProperty("entries").EnumerateArray())
            {
                var phrase = entry.GetProperty("phrase").GetString()!;
                var hedge = entry.GetProperty("hedge").GetString()!;
                var postfix = string.Equals(entry.GetProperty("position").GetString(), "postfix", StringComparison.Ordinal);
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

        using (var context = ReadResource("context.lexicon.json"))
        {
            foreach (var list in context.RootElement.GetProperty("lists").EnumerateArray())
            {
                var name = list.GetProperty("name").GetString();
                foreach (var item in list.GetProperty("words").EnumerateArray())
                {
                    var word = item.GetString()!;
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

        foreach (var word in phrases.Keys)
        {
            roles[word] = roles.GetValueOrDefault(word) | WordRoles.PhraseStart;
        }

        foreach (var (word, _) in NumberWords.All)
        {
            roles[word] = roles.GetValueOrDefault(word) | WordRoles.NumberWord;
        }

        var frozenPhrases = phrases.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(),
            StringComparer.Ordinal);
        return new QuantityLexicon(
            frozenPhrases,
            roles.ToFrozenDictionary(StringComparer.Ordinal),
            multipliers.ToFrozenDictionary(StringComparer.Ordinal));
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

    private static JsonDocument ReadResource(string file)
    {
        var name = "ClaimCompare.Quantities/" + file;
        using var stream = typeof(QuantityLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Missing embedded lexicon " + name);
        return JsonDocument.Parse(stream);
    }
}
