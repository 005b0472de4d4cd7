using System.Text;
using ClaimCompare.Claims;

namespace ClaimCompare.Diff;

/// <summary>
/// Turns a claim's subject into the key figures are compared under: the head noun's class
/// ("militants" and "fighters" → fighters), prefixed by modifiers that change who is counted ("US").
/// Classes other than the whole ("people") are parts of it.
/// </summary>
/// <remarks>Immutable after loading the embedded <c>subjects.lexicon.json</c>; thread-safe.</remarks>
internal sealed class SubjectNormalizer
{
    /// <summary>The key of the whole: everyone killed or injured.</summary>
    public const string Whole = "people";

    private const string ResourceName = "Diff/subjects.lexicon.json";

    private static readonly Lazy<SubjectNormalizer> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "incl", "including", "other", "some", "more", "than", "at", "least", "about", "up", "to", "all", "its",
    };

    private readonly List<(string[] Words, string Class, bool IsWhole)> heads;
    private readonly Dictionary<string, string> modifiers;
    private readonly HashSet<string> unmarkedPlurals;

    private SubjectNormalizer(List<(string[] Words, string Class, bool IsWhole)> heads, Dictionary<string, string> modifiers, HashSet<string> unmarkedPlurals)
    {
        this.heads = [.. heads.OrderByDescending(h => h.Words.Length)];
        this.modifiers = modifiers;
        this.unmarkedPlurals = unmarkedPlurals;
    }

    /// <summary>Gets the normaliser shipped with the library.</summary>
    public static SubjectNormalizer Default => DefaultInstance.Value;

    /// <summary>Normalises a subject.</summary>
    /// <param name="subject">The claim's subject, or <see langword="null"/>.</param>
    /// <param name="kind">The claim's kind: counts of things never roll up into people.</param>
    /// <returns>
    /// The key; whether it is the whole; and whether the subject's head is a noun the lexicon does not know that is
    /// singular in form (neither a plural in -s nor a noun of zero or collective plural), which no number above one counts.
    /// </returns>
    public (string Key, bool IsWhole, bool Singular) Normalize(string? subject, ClaimKind kind)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return kind == ClaimKind.Count ? ("things", false, false) : (Whole, true, false);
        }

        var words = Words(subject);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (headWords, cls, isWhole) in heads)
            {
                if (Matches(words, i, headWords))
                {
                    var mods = new SortedSet<string>(StringComparer.Ordinal);
                    for (var j = 0; j < i; j++)
                    {
                        if (modifiers.TryGetValue(words[j], out var key))
                        {
                            mods.Add(key);
                        }
                    }

                    if (isWhole && mods.Count == 0)
                    {
                        // "people in North Lombok": a place phrase after the whole's head names a part of it.
                        if (kind != ClaimKind.Count && i + headWords.Length < words.Count && words[i + headWords.Length] is "in" or "on" or "at" or "from")
                        {
                            return (string.Join(' ', words.Skip(i)), false, false);
                        }

                        return (Whole, kind != ClaimKind.Count, false);
                    }

                    return (mods.Count == 0 ? cls : string.Join(" ", mods) + " " + cls, false, false);
                }
            }
        }

        var content = words.Where(w => !Fillers.Contains(w)).ToList();
        if (content.Count == 0)
        {
            return kind == ClaimKind.Count ? ("things", false, false) : (Whole, true, false);
        }

        // An unknown noun: its last word, crudely singularised, so "truck" and "trucks" meet.
        var last = content[^1];
        return (last.Length > 3 && last.EndsWith('s') ? last[..^1] : last, false, !LooksPlural(last));
    }

    /// <summary>Whether a noun can be plural in form: a regular plural in -s, or a noun whose plural takes no ending (zero-plural and collective nouns, nationality nouns in -ese).</summary>
    private bool LooksPlural(string noun) =>
        noun.EndsWith('s') || noun.EndsWith("ese", StringComparison.Ordinal) || noun.EndsWith("men", StringComparison.Ordinal) || unmarkedPlurals.Contains(noun);

    private static bool Matches(List<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> Words(string text)
    {
        var folded = text.ToLowerInvariant().Replace("u.s.", "us", StringComparison.Ordinal).Replace("u.s", "us", StringComparison.Ordinal);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in folded)
        {
            if (char.IsLetterOrDigit(ch) || ch == '-')
            {
                current.Append(ch);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static SubjectNormalizer Load()
    {
        var file = Lexicons.EmbeddedLexicon.Read(ResourceName, Lexicons.LexiconJsonContext.Default.PhraseTableFile);
        var headTable = new List<(string[], string, bool)>();
        foreach (var entry in file.Heads)
        {
            headTable.Add((Words(entry.Phrase).ToArray(), entry.Class, entry.Whole));
        }

        var modifierTable = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in file.Modifiers)
        {
            foreach (var word in Words(entry.Phrase))
            {
                modifierTable[word] = entry.Key;
            }
        }

        var unmarked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in file.UnmarkedPlurals)
        {
            unmarked.Add(entry.Word);
        }

        return new SubjectNormalizer(headTable, modifierTable, unmarked);
    }
}
