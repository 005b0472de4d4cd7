namespace ClaimCompare.Text;

/// <summary>
/// Lists of lexicon phrases found in a whole text in one pass: each word start is looked up once by its first
/// word, for every list at once, instead of one case-insensitive search of the text per phrase. Finds exactly
/// what <see cref="Find"/> finds for each phrase: the phrase's characters, ignoring case, on word boundaries.
/// </summary>
/// <remarks>Immutable after construction and thread-safe.</remarks>
internal sealed class PhraseIndex
{
    // Phrases by their first run of letters and digits, case-insensitively, as (list, phrase) pairs, each list ascending.
    private readonly Dictionary<string, List<(int List, int Phrase)>> byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(int List, int Phrase)>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // For each ASCII letter or digit a first word can start with (letters folded to lower case), the lengths such a
    // first word has, as bits (lengths over 63 share bit 63): most runs of a text start no phrase and are turned away
    // by one test instead of a case-insensitive hash. A run starting with any other character is always looked up.
    private readonly ulong[] firstWordLengths = new ulong[128];

    // Phrases that do not start with a letter or digit (none in the shipped lexicon) are searched for as before.
    private readonly List<(int List, int Phrase)> unkeyed = [];
    private readonly IReadOnlyList<string>[] lists;

    /// <summary>Initializes a new instance of the <see cref="PhraseIndex"/> class.</summary>
    /// <param name="lists">The phrase lists; a hit names its list by its index here.</param>
    public PhraseIndex(params IReadOnlyList<string>[] lists)
    {
        this.lists = lists;
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var l = 0; l < lists.Length; l++)
        {
            for (var p = 0; p < lists[l].Count; p++)
            {
                var phrase = lists[l][p];
                var keyLength = 0;
                while (keyLength < phrase.Length && char.IsLetterOrDigit(phrase[keyLength]))
                {
                    keyLength++;
                }

                if (keyLength == 0)
                {
                    unkeyed.Add((l, p));
                    continue;
                }

                var key = phrase[..keyLength];
                if (char.IsAscii(key[0]))
                {
                    firstWordLengths[char.ToLowerInvariant(key[0])] |= LengthBit(keyLength);
                }
                else
                {
                    // A key that starts outside ASCII might equal, ignoring case, a run that starts inside it.
                    Array.Fill(firstWordLengths, ulong.MaxValue);
                }

                if (!byFirstWord.TryGetValue(key, out var candidates))
                {
                    candidates = [];
                    byFirstWord[key] = candidates;
                }

                candidates.Add((l, p));
            }
        }
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>Returns one list's phrases, in the order their indexes refer to.</summary>
    /// <param name="list">The list's index.</param>
    /// <returns>The phrases.</returns>
    public IReadOnlyList<string> Phrases(int list) => lists[list];

    /// <summary>Finds every phrase of every list in the text, case-insensitively, on word boundaries.</summary>
    /// <param name="text">The text.</param>
    /// <returns>For each list, its hits by start, then phrase index.</returns>
    public PhraseHit[][] FindAll(string text)
    {
        var found = new List<PhraseHit>[lists.Length];
        for (var l = 0; l < found.Length; l++)
        {
            found[l] = [];
        }

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

            var first = text[start];
            if ((first < 128 && (firstWordLengths[first | 0x20] & LengthBit(i - start)) == 0) || !lookup.TryGetValue(text.AsSpan(start, i - start), out var candidates))
            {
                continue;
            }

            foreach (var (l, p) in candidates)
            {
                var phrase = lists[l][p];
                var end = start + phrase.Length;
                if (end <= text.Length && text.AsSpan(start, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                    && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    found[l].Add(new PhraseHit(start, end, p));
                }
            }
        }

        foreach (var (l, p) in unkeyed)
        {
            foreach (var start in Find(text, new TextSpan(0, text.Length), lists[l][p]))
            {
                found[l].Add(new PhraseHit(start, start + lists[l][p].Length, p));
            }
        }

        var all = new PhraseHit[lists.Length][];
        for (var l = 0; l < all.Length; l++)
        {
            found[l].Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Phrase.CompareTo(b.Phrase));
            all[l] = [.. found[l]];
        }

        return all;
    }

    /// <summary>Finds <paramref name="phrase"/> in <paramref name="text"/> within <paramref name="span"/>, case-insensitively, on word boundaries.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">Where to look.</param>
    /// <param name="phrase">The phrase.</param>
    /// <returns>The start of each match.</returns>
    public static IEnumerable<int> Find(string text, TextSpan span, string phrase)
    {
        var start = span.Start;
        while (start < span.End)
        {
            var index = text.IndexOf(phrase, start, span.End - start, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                yield break;
            }

            var end = index + phrase.Length;
            if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return index;
            }

            start = index + 1;
        }
    }
}
