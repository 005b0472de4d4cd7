using ClaimCompare.Entities;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>One sentence prepared for the claim readers: tokens, the quantities in it and the entity mentions in it.</summary>
/// <remarks>Built and used by one thread while one document is read.</remarks>
internal sealed class SentenceContext
{
    public SentenceContext(string text, Sentence sentence, IReadOnlyList<Quantity> quantities, IReadOnlyList<EntityMention> mentions)
    {
        Text = text;
        Sentence = sentence;
        Tokens = Tokenizer.Tokenize(text, sentence.Span);
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

    public List<Token> Tokens { get; }

    public IReadOnlyList<LocatedQuantity> Quantities { get; }

    public IReadOnlyList<EntityMention> Mentions { get; }

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
