using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>Buffers one document's sentences reuse in turn: a sentence's tokens and first-word masks.</summary>
/// <remarks>Owned by the one thread that reads a document; not thread-safe.</remarks>
internal sealed class SentenceScratch
{
    /// <summary>Gets the token buffer.</summary>
    public List<Token> Tokens { get; } = new(64);

    /// <summary>The first-word mask buffer; grown as needed.</summary>
    public ushort[] FirstWords = new ushort[64];
}
