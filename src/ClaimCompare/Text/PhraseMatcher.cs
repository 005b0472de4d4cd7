namespace ClaimCompare.Text;

/// <summary>
/// Finds lexicon phrases (token sequences) in tokenized text, longest match first, comparing words
/// case-insensitively and treating typographic apostrophes as plain ones. Built once, then read-only.
/// </summary>
/// <typeparam name="T">The value a phrase carries.</typeparam>
/// <remarks>Immutable after construction and safe to read from many threads.</remarks>
internal sealed class PhraseMatcher<T>
{
    private readonly PhraseNode<T> _root = new();

    public int Count { get; private set; }

    /// <summary>Gets the bit that stands for this matcher in a <see cref="FirstWordIndex"/>; 0 when it has none.</summary>
    public ushort Mask { get; init; }

    /// <summary>Gets the first words of the phrases, apostrophes normalised.</summary>
    public IEnumerable<string> FirstWords => _root.Next is { } next ? next.Keys : [];

    /// <summary>Adds a phrase; a phrase added twice keeps its first value.</summary>
    public void Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length));
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var token in tokens)
        {
            node = node.Child(TextFold.PlainApostrophes(token.Span.Slice(phrase)), StringComparer.OrdinalIgnoreCase);
        }

        if (!node.HasValue)
        {
            node.HasValue = true;
            node.Value = value;
            Count++;
        }
    }

    /// <summary>Returns the longest phrase that starts at token <paramref name="index"/>, as its token count, or 0.</summary>
    public int MatchAt(string text, IReadOnlyList<Token> tokens, int index, out T? value)
    {
        value = default;
        var best = 0;
        var node = _root;
        for (var i = index; i < tokens.Count && node.Next is not null; i++)
        {
            if (!TryStep(node.Next, text, tokens[i], out node))
            {
                break;
            }

            if (node.HasValue)
            {
                best = i - index + 1;
                value = node.Value;
            }
        }

        return best;
    }

    /// <summary>
    /// Returns every longest, non-overlapping match in <paramref name="tokens"/>, scanning left to right and trying only
    /// tokens whose <paramref name="firstWords"/> mask (from a <see cref="FirstWordIndex"/> holding this matcher) has <see cref="Mask"/>.
    /// </summary>
    public List<PhraseMatch<T>> FindAll(string text, IReadOnlyList<Token> tokens, ReadOnlySpan<ushort> firstWords)
    {
        var matches = new List<PhraseMatch<T>>(0);
        for (var i = 0; i < tokens.Count;)
        {
            T? value = default;
            var length = (firstWords[i] & Mask) == 0 ? 0 : MatchAt(text, tokens, i, out value);
            if (length > 0)
            {
                matches.Add(new PhraseMatch<T>(i, length, value!));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>
    /// Returns whether <see cref="FindAll"/> would find any match: the first token that starts a phrase decides, so the
    /// scan stops there and builds no list.
    /// </summary>
    public bool HasAny(string text, IReadOnlyList<Token> tokens, ReadOnlySpan<ushort> firstWords)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((firstWords[i] & Mask) != 0 && MatchAt(text, tokens, i, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether the single word <paramref name="word"/> is a phrase.</summary>
    public bool ContainsWord(ReadOnlySpan<char> word) =>
        _root.Next is { } next && Lookup(next, word) is { HasValue: true };

    private static bool TryStep(Dictionary<string, PhraseNode<T>> next, string text, Token token, out PhraseNode<T> node)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        node = Lookup(next, word)!;
        return node is not null;
    }

    private static PhraseNode<T>? Lookup(Dictionary<string, PhraseNode<T>> next, ReadOnlySpan<char> word)
    {
        if (TextFold.HasTypographicApostrophe(word))
        {
            return next.TryGetValue(TextFold.PlainApostrophes(word), out var normalized) ? normalized : null;
        }

        return next.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var node) ? node : null;
    }
}

/// <summary>A phrase found at a token position.</summary>
/// <param name="Index">The first token.</param>
/// <param name="Length">How many tokens the phrase covers.</param>
/// <param name="Value">The phrase's value.</param>
internal readonly record struct PhraseMatch<T>(int Index, int Length, T Value)
{
    public int End => Index + Length;
}
