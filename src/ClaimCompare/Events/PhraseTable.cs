namespace ClaimCompare.Events;

/// <summary>
/// A list of lexicon phrases found in a whole text in one pass: each word start is looked up by its first
/// word, instead of one case-insensitive search of the text per phrase. Finds exactly what
/// <see cref="CueScanner.FindPhrase"/> finds for each phrase.
/// </summary>
/// <remarks>Immutable after construction and thread-safe.</remarks>
internal sealed class PhraseTable
{
    // Phrases by their first run of letters and digits, case-insensitively, each list ascending.
    private readonly Dictionary<string, List<int>> byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // Phrases that do not start with a letter or digit (none in the shipped lexicon) are searched for as before.
    private readonly List<int> unkeyed = [];

    public PhraseTable(IReadOnlyList<string> phrases)
    {
        Phrases = phrases;
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            var keyLength = 0;
            while (keyLength < phrase.Length && char.IsLetterOrDigit(phrase[keyLength]))
            {
                keyLength++;
            }

            if (keyLength == 0)
            {
                unkeyed.Add(p);
                continue;
            }

            var key = phrase[..keyLength];
            if (!byFirstWord.TryGetValue(key, out var list))
            {
                list = [];
                byFirstWord[key] = list;
            }

            list.Add(p);
        }
    }

    /// <summary>Gets the phrases, in the order their indexes refer to.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>Finds every phrase in the text, case-insensitively, on word boundaries.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The matches, by start, then phrase index.</returns>
    public PhraseMatch[] FindAll(string text)
    {
        var found = new List<PhraseMatch>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            // A phrase that starts with a letter or digit can only match where such a run starts, and only when its
            // first word is that whole run: the phrase's next character, or the boundary after it, is no letter or digit.
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (!lookup.TryGetValue(text.AsSpan(start, i - start), out var candidates))
            {
                continue;
            }

            foreach (var p in candidates)
            {
                var phrase = Phrases[p];
                var end = start + phrase.Length;
                if (end <= text.Length && text.AsSpan(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                    && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    found.Add(new PhraseMatch(start, end, p));
                }
            }
        }

        foreach (var p in unkeyed)
        {
            foreach (var start in CueScanner.FindPhrase(text, new Text.TextSpan(0, text.Length), Phrases[p]))
            {
                found.Add(new PhraseMatch(start, start + Phrases[p].Length, p));
            }
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Phrase.CompareTo(b.Phrase));
        return [.. found];
    }
}
