using ClaimCompare.Text;

namespace ClaimCompare.Entities;

/// <summary>
/// A word of the scanner's vocabulary with what it can be in a document scan, worked out once when the index
/// is built, so the scan reads a field where it would hash the word into several sets for every token.
/// </summary>
/// <param name="Key">The normalised word, the one instance every token with this key shares.</param>
/// <param name="Root">The trie node of names starting with the word, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ScanWord(string Key, PhraseNode<List<int>>? Root)
{
    /// <summary>Gets a value indicating whether the word is a determiner that opens a description ("the", "a").</summary>
    public bool IsDeterminer { get; init; }

    /// <summary>Gets a value indicating whether the word ends a description's modifiers.</summary>
    public bool IsModifierStop { get; init; }

    /// <summary>Gets a value indicating whether the word is the last word of a description head.</summary>
    public bool IsHeadWord { get; init; }

    /// <summary>Gets a value indicating whether the word is a head that is often an adjective ("military").</summary>
    public bool IsAdjectivalHead { get; init; }

    /// <summary>Gets a value indicating whether the word is a verb that may follow a description.</summary>
    public bool IsFollowingVerb { get; init; }

    /// <summary>Gets a value indicating whether the word is an article dropped wherever it stands ("the", "al").</summary>
    public bool IsFreeArticle { get; init; }

    /// <summary>Gets a value indicating whether the word is an article written attached by a hyphen ("ash-").</summary>
    public bool IsHyphenArticle { get; init; }
}
