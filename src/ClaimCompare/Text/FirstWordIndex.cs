using System.Collections.Frozen;

namespace ClaimCompare.Text;

/// <summary>
/// For several <see cref="PhraseMatcher{T}"/>s at once, which of them have a phrase starting with a given
/// word: one lookup per token tells every matcher where it cannot match, so a sentence is hashed once
/// instead of once per matcher and per reader.
/// </summary>
/// <remarks>Built once, then read-only and safe to read from many threads.</remarks>
internal sealed class FirstWordIndex
{
    private readonly Dictionary<string, ushort> _building = new(StringComparer.OrdinalIgnoreCase);
    private FrozenDictionary<string, ushort> _masks = FrozenDictionary<string, ushort>.Empty;
    private FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Initializes a new instance of the <see cref="FirstWordIndex"/> class, holding no matcher yet.</summary>
    public FirstWordIndex() => _lookup = _masks.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Records the first words of <paramref name="matcher"/> under its <see cref="PhraseMatcher{T}.Mask"/>.</summary>
    /// <typeparam name="T">The matcher's value type.</typeparam>
    /// <param name="matcher">A matcher whose phrases are all added.</param>
    public void Add<T>(PhraseMatcher<T> matcher)
    {
        foreach (var word in matcher.FirstWords)
        {
            _building[word] = (ushort)(_building.GetValueOrDefault(word) | matcher.Mask);
        }

        // Frozen: most words of a text are in no phrase, and a frozen table rejects them fastest.
        _masks = _building.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _masks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Fills, for each token, the masks of the matchers that have a phrase starting with it.</summary>
    /// <param name="text">The text the tokens index.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="masks">A buffer, replaced by a larger one when it is too short.</param>
    /// <returns><paramref name="masks"/>: one mask per token, from its start.</returns>
    public ushort[] Masks(string text, List<Token> tokens, ref ushort[] masks)
    {
        if (masks.Length < tokens.Count)
        {
            masks = new ushort[Math.Max(tokens.Count, masks.Length * 2)];
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            masks[i] = TextFold.HasTypographicApostrophe(word)
                ? _masks.GetValueOrDefault(TextFold.PlainApostrophes(word))
                : _lookup.TryGetValue(word, out var mask) ? mask : (ushort)0;
        }

        return masks;
    }
}
