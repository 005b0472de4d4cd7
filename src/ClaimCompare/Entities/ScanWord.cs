namespace ClaimCompare.Entities;

/// <summary>
/// A word of the scanner's vocabulary with what it can be in a document scan, worked out once when the index
/// is built, so the scan tests bits where it would hash the word into several sets for every token.
/// </summary>
/// <param name="Key">The normalised word, the one instance every token with this key shares.</param>
/// <param name="Roles">What the word can be.</param>
/// <param name="Root">The trie node of names starting with the word, or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ScanWord(string Key, ScanWordRoles Roles, TrieNode? Root)
{
    /// <summary>Returns whether the word has any of <paramref name="roles"/>.</summary>
    /// <param name="roles">The roles.</param>
    /// <returns><see langword="true"/> when one of them is the word's.</returns>
    public bool Is(ScanWordRoles roles) => (Roles & roles) != ScanWordRoles.None;
}

/// <summary>What a vocabulary word can be in a document scan.</summary>
[Flags]
internal enum ScanWordRoles
{
    /// <summary>Nothing beyond a word of some name.</summary>
    None = 0,

    /// <summary>A determiner that opens a description ("the", "a").</summary>
    Determiner = 1,

    /// <summary>A word that ends a description's modifiers.</summary>
    ModifierStop = 2,

    /// <summary>The last word of a description head.</summary>
    HeadWord = 4,

    /// <summary>A head that is often an adjective ("military").</summary>
    AdjectivalHead = 8,

    /// <summary>A verb that may follow a description.</summary>
    FollowingVerb = 16,

    /// <summary>An article dropped wherever it stands ("the", "al").</summary>
    FreeArticle = 32,

    /// <summary>An article written attached by a hyphen ("ash-", "-e-").</summary>
    HyphenArticle = 64,
}
