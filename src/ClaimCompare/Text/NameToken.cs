namespace ClaimCompare.Text;

/// <summary>One word of a name or document as the entity stage sees it: its place in the source and its folded key.</summary>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
/// <param name="Start">Index of the token's first code unit in the source.</param>
/// <param name="End">Index one past the token's last code unit in the source (a dropped possessive "'s" included).</param>
/// <param name="Key">The folded, lower-cased key (diacritics, apostrophes and acronym dots removed).</param>
/// <param name="Flags">What the tokenizer saw around and inside the token.</param>
internal readonly record struct NameToken(int Start, int End, string Key, NameTokenFlags Flags)
{
    /// <summary>Gets a value indicating whether every cased letter is upper case and there are at least two letters ("US", "U.S.", "IRGC").</summary>
    public bool IsAllUpper => (Flags & NameTokenFlags.AllUpper) != NameTokenFlags.None;

    /// <summary>Gets a value indicating whether the first letter is upper case or has no case (Arabic, Chinese).</summary>
    public bool IsCapitalised => (Flags & (NameTokenFlags.InitialUpper | NameTokenFlags.Uncased)) != NameTokenFlags.None;

    /// <summary>Gets a value indicating whether a hyphen joins the token to the next one ("al-", "ash-").</summary>
    public bool HyphenAfter => (Flags & NameTokenFlags.HyphenAfter) != NameTokenFlags.None;

    /// <summary>Gets a value indicating whether the word is written like an acronym: all capitals ("US") or with a capital inside ("LeT", "DoD").</summary>
    public bool IsAcronymCased => (Flags & (NameTokenFlags.AllUpper | NameTokenFlags.InnerUpper)) != NameTokenFlags.None;
}
