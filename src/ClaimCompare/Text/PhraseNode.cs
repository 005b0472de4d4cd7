namespace ClaimCompare.Text;

/// <summary>
/// A node of a word trie, the one shape every phrase finder that walks words shares: the lexicon phrases of the claim
/// readers (<see cref="PhraseMatcher{T}"/>, words compared ignoring case) and the names of the entity index (keys
/// folded by <see cref="NameTokenizer"/>, compared ordinally). A phrase is the path of its words from a root; the node
/// its last word reaches carries its value.
/// </summary>
/// <typeparam name="T">The value a phrase carries.</typeparam>
/// <remarks>Built once, then never changed, so it is safe to read from many threads.</remarks>
internal sealed class PhraseNode<T>
{
    /// <summary>Gets or sets the children by word; <see langword="null"/> for a leaf.</summary>
    public Dictionary<string, PhraseNode<T>>? Next { get; set; }

    /// <summary>Gets or sets a value indicating whether a phrase ends here.</summary>
    public bool HasValue { get; set; }

    /// <summary>Gets or sets the value of the phrase that ends here.</summary>
    public T? Value { get; set; }

    /// <summary>Returns the child for a word, adding it when new; used while the trie is built.</summary>
    /// <param name="word">The word, as the trie's comparer compares it.</param>
    /// <param name="comparer">How the words of this trie compare.</param>
    /// <returns>The child.</returns>
    public PhraseNode<T> Child(string word, StringComparer comparer)
    {
        Next ??= new Dictionary<string, PhraseNode<T>>(comparer);
        if (!Next.TryGetValue(word, out var next))
        {
            next = new PhraseNode<T>();
            Next[word] = next;
        }

        return next;
    }
}
