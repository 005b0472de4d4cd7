using System.Collections.Frozen;

namespace ClaimCompare.Lexicons;

/// <summary>
/// The named word sets the stages read with, from the embedded <c>Lexicons/grammar.lexicon.json</c> (closed classes and
/// style-guide conventions, each group naming its grammar or guide) and <c>Lexicons/vocabulary.generated.lexicon.json</c>
/// (open-class words, each group naming its WordNet synset; tools/lexicons/words). A set's words are its groups' words in
/// file order, so sets read by position (numbers, months, weekdays) keep their order.
/// </summary>
/// <remarks>Loaded once; thread-safe.</remarks>
internal static class WordSets
{
    private static readonly string[] Files = ["Lexicons/grammar.lexicon.json", "Lexicons/vocabulary.generated.lexicon.json"];

    private static readonly FrozenDictionary<string, string[]> Sets = Load();

    /// <summary>Gets the names of every set.</summary>
    public static IEnumerable<string> Names => Sets.Keys;

    /// <summary>Returns the words of a set, in order; each caller gets its own array.</summary>
    /// <param name="name">The set's name ("clause.modals").</param>
    /// <returns>The words.</returns>
    /// <exception cref="KeyNotFoundException">No group of the data files has that set.</exception>
    public static string[] Of(string name) =>
        Sets.TryGetValue(name, out var words) ? [.. words] : throw new KeyNotFoundException($"The word set {name} is in no embedded lexicon.");

    /// <summary>Returns every group of the data files, for checks of provenance.</summary>
    /// <returns>The groups, file by file.</returns>
    public static IEnumerable<WordSetGroup> Groups() =>
        Files.SelectMany(file => EmbeddedLexicon.Read(file, LexiconJsonContext.Default.WordSetsFile).Groups);

    private static FrozenDictionary<string, string[]> Load()
    {
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in Groups())
        {
            if (!sets.TryGetValue(group.Set, out var words))
            {
                sets[group.Set] = words = [];
            }

            words.AddRange(group.Words);
        }

        return sets.ToFrozenDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.Ordinal);
    }
}
