namespace ClaimCompare.Entities;

/// <summary>A node of the token trie the document scanner walks: children by normalised token, and the aliases that end here.</summary>
/// <remarks>Built once by <see cref="EntityIndex"/> and never changed afterwards, so it is safe to read from many threads.</remarks>
internal sealed class TrieNode
{
    /// <summary>Gets or sets the children by token key; <see langword="null"/> for a leaf.</summary>
    public Dictionary<string, TrieNode>? Children { get; set; }

    /// <summary>Gets or sets the ids of the aliases that end at this node, in priority order; <see langword="null"/> when none do.</summary>
    public List<int>? Aliases { get; set; }
}
