using ClaimCompare.Entities;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>One sentence prepared for the claim readers: tokens, the quantities in it and the entity mentions in it.</summary>
/// <remarks>Built and used by one thread while one document is read.</remarks>
internal sealed class SentenceContext
{
    private ushort[] _firstWords;

    /// <summary>Initializes a new instance of the <see cref="SentenceContext"/> class.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="quantities">The quantities in the sentence, in text order.</param>
    /// <param name="mentions">The entity mentions in the sentence; the context keeps this list until <see cref="Keep"/>.</param>
    /// <param name="firstWords">The lexicon's first-word index.</param>
    /// <param name="scratch">Buffers the caller reuses from sentence to sentence; the context borrows them until <see cref="Keep"/>.</param>
    public SentenceContext(string text, Sentence sentence, List<Quantity> quantities, List<EntityMention> mentions, FirstWordIndex firstWords, SentenceScratch scratch)
    {
        Text = text;
        Sentence = sentence;
        Tokens = Tokenizer.Tokenize(text, sentence.Span, scratch.Tokens);
        _firstWords = firstWords.Masks(text, Tokens, ref scratch.FirstWords);
        Mentions = mentions;
        var located = new List<LocatedQuantity>(quantities.Count);
        foreach (var quantity in quantities)
        {
            var first = FirstTokenAtOrAfter(quantity.Span.Start);
            var last = first;
            while (last < Tokens.Count && Tokens[last].End <= quantity.Span.End)
            {
                last++;
            }

            if (last > first)
            {
                located.Add(new LocatedQuantity(quantity, first, last));
            }
        }

        Quantities = located;
    }

    public string Text { get; }

    public Sentence Sentence { get; }

    public List<Token> Tokens { get; private set; }

    public List<LocatedQuantity> Quantities { get; }

    public List<EntityMention> Mentions { get; private set; }

    /// <summary>Copies what the context borrowed from the caller's reused buffers, so it outlives the sentence.</summary>
    public void Keep()
    {
        Mentions = [.. Mentions];
        Tokens = [.. Tokens];
        _firstWords = _firstWords[..Tokens.Count];
    }

    public ReadOnlySpan<char> Word(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].End - Tokens[index].Start);

    public bool Is(int index, string word) =>
        index >= 0 && index < Tokens.Count && Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(int index, ReadOnlySpan<string> words)
    {
        if (index < 0 || index >= Tokens.Count)
        {
            return false;
        }

        var word = Word(index);
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the longest phrase of <paramref name="matcher"/> starting at token <paramref name="index"/>, as its token count, or 0.</summary>
    public int Match<T>(PhraseMatcher<T> matcher, int index, out T? value)
    {
        // The first-word masks rule out most tokens without a lookup; out-of-range indexes keep the matcher's own behaviour.
        if ((uint)index < (uint)Tokens.Count && (_firstWords[index] & matcher.Mask) == 0)
        {
            value = default;
            return 0;
        }

        return matcher.MatchAt(Text, Tokens, index, out value);
    }

    /// <summary>Returns every longest, non-overlapping phrase of <paramref name="matcher"/> in the sentence.</summary>
    public List<PhraseMatch<T>> FindAll<T>(PhraseMatcher<T> matcher) => matcher.FindAll(Text, Tokens, _firstWords);

    /// <summary>Returns whether the sentence holds any phrase of <paramref name="matcher"/> (<see cref="FindAll"/> would find one).</summary>
    public bool HasAny<T>(PhraseMatcher<T> matcher) => matcher.HasAny(Text, Tokens, _firstWords);

    /// <summary>Returns whether token <paramref name="index"/> alone is a phrase of <paramref name="matcher"/>.</summary>
    public bool IsWord<T>(PhraseMatcher<T> matcher, int index) =>
        (_firstWords[index] & matcher.Mask) != 0 && matcher.ContainsWord(Word(index));

    public bool IsPunctuation(int index) => index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Punctuation;

    public bool IsCapitalized(int index) => index >= 0 && index < Tokens.Count && Tokens[index].Kind == TokenKind.Word && char.IsUpper(Text[Tokens[index].Start]);

    public TextSpan SpanOf(int firstToken, int endToken) =>
        new(Tokens[firstToken].Start, Tokens[Math.Max(firstToken, endToken - 1)].End);

    public string Slice(int firstToken, int endToken) => SpanOf(firstToken, endToken).Slice(Text);

    public LocatedQuantity? QuantityStartingAt(int token)
    {
        foreach (var quantity in Quantities)
        {
            if (quantity.First == token)
            {
                return quantity;
            }
        }

        return null;
    }

    public bool HasQuantityBetween(int from, int to)
    {
        foreach (var quantity in Quantities)
        {
            if (quantity.First >= from && quantity.First < to && quantity.Quantity.IsCount)
            {
                return true;
            }
        }

        return false;
    }

    public int FirstTokenAtOrAfter(int position)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Tokens[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}

/// <summary>A quantity and the tokens it covers, <c>[First, End)</c>.</summary>
internal sealed record LocatedQuantity(Quantity Quantity, int First, int End);
