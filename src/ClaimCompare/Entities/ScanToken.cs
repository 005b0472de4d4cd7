using ClaimCompare.Text;

namespace ClaimCompare.Entities;

/// <summary>One word of a scanned document: its span, its interned key when the scanner's vocabulary knows it, and its flags.</summary>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="End">Index one past the last code unit.</param>
/// <param name="Word">The vocabulary word, or <see langword="null"/> for a word no alias, head or determiner uses.</param>
/// <param name="Flags">What the tokenizer saw.</param>
/// <param name="BreakBefore">Whether punctuation that ends a name (.,;:!?()"…) separates the word from the one before it.</param>
internal readonly record struct ScanToken(int Start, int End, ScanWord? Word, NameTokenFlags Flags, bool BreakBefore)
{
    /// <summary>Gets the interned normalised key, or <see langword="null"/> outside the vocabulary.</summary>
    public string? Key => Word?.Key;

    /// <summary>Gets a value indicating whether the first letter is upper case or uncased.</summary>
    public bool IsCapitalised => (Flags & (NameTokenFlags.InitialUpper | NameTokenFlags.Uncased)) != NameTokenFlags.None;

    /// <summary>Gets a value indicating whether the word is an all-capitals acronym.</summary>
    public bool IsAllUpper => (Flags & NameTokenFlags.AllUpper) != NameTokenFlags.None;

    /// <summary>Gets a value indicating whether a hyphen joins the word to the next.</summary>
    public bool HyphenAfter => (Flags & NameTokenFlags.HyphenAfter) != NameTokenFlags.None;

    /// <summary>Gets a value indicating whether the word starts with a digit ("M23").</summary>
    public bool StartsWithDigit { get; init; }

    /// <summary>Gets a value indicating whether the word is written like an acronym: all capitals ("US") or with a capital inside ("LeT", "DoD").</summary>
    public bool IsAcronymCased => (Flags & (NameTokenFlags.AllUpper | NameTokenFlags.InnerUpper)) != NameTokenFlags.None;
}
