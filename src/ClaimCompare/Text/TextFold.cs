using System.Collections.Frozen;

namespace ClaimCompare.Text;

/// <summary>
/// How the library folds text before comparing words: case with the invariant culture, and apostrophes.
/// Every reader that compares a word with a lexicon folds it here, so a word compares the same wherever it is read.
/// </summary>
/// <remarks>
/// <para>Three apostrophe sets are in use, each for a reason, and all are written here:</para>
/// <list type="bullet">
/// <item><see cref="IsApostrophe"/>, the widest: every mark names use as an apostrophe or an ayn/hamza in
/// transliteration (' ’ ‘ ʼ ʻ ʿ ʾ ` ´ ′ ‛). Name keys drop them, so "Kait’ib" and "Kaitib" meet.</item>
/// <item><see cref="IsTypographicApostrophe"/>: the marks keyboards and editors put for a plain apostrophe (’ ʼ ‘).
/// Lexicon phrases are stored with a plain one, and a word is compared with these made plain.</item>
/// <item><see cref="FoldWords"/> makes only the right single quote (’) plain: the folded text of a document keeps its
/// length and every other character, so a word's folded form is a view of one folded copy of the text.</item>
/// </list>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal static class TextFold
{
    /// <summary>
    /// Gets the compatibility-and-diacritics fold of name keys: a character to what it folds to (NFKD without combining
    /// marks, lower-cased; see <see cref="UnicodeFold"/>), for the characters that change.
    /// </summary>
    public static FrozenDictionary<char, string> Compatibility { get; } = BuildCompatibility();

    /// <summary>Returns whether <paramref name="c"/> is an apostrophe or a single quote used as one in a name.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for ' ’ ‘ ʼ ʻ ʿ ʾ ` ´ ′ ‛.</returns>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '`' or '\u00B4' or '\u2032' or '\u201B';

    /// <summary>Returns whether <paramref name="c"/> is a typographic form of the plain apostrophe.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for ’ ʼ ‘.</returns>
    public static bool IsTypographicApostrophe(char c) => c is '’' or 'ʼ' or '‘';

    /// <summary>Returns whether a word holds an apostrophe that lexicon phrases store as a plain one.</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> when it holds ’, ʼ or ‘.</returns>
    public static bool HasTypographicApostrophe(ReadOnlySpan<char> word) => word.IndexOfAny('’', 'ʼ', '‘') >= 0;

    /// <summary>Returns the word with its typographic apostrophes made plain, as lexicon phrases store it; case is kept.</summary>
    /// <param name="word">The word as written.</param>
    /// <returns>A new string.</returns>
    public static string PlainApostrophes(ReadOnlySpan<char> word) =>
        word.ToString().Replace('’', '\'').Replace('ʼ', '\'').Replace('‘', '\'');

    /// <summary>Returns whether <paramref name="c"/> is a plain or right single quote, the two apostrophes English text is written with.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for ' and ’.</returns>
    public static bool IsCommonApostrophe(char c) => c is '\'' or '’';

    /// <summary>Returns whether a name ends in a possessive "'s" written with <see cref="IsCommonApostrophe"/>.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns><see langword="true"/> for "Syria's" and "Syria’s".</returns>
    public static bool EndsPossessive(ReadOnlySpan<char> name) => name is [.., '\'' or '’', 's'];

    /// <summary>
    /// Folds text for word comparison: lower-cased with the invariant culture, the right single quote made plain.
    /// The result has the source's length, character for character.
    /// </summary>
    /// <remarks>
    /// Case maps character by character and a word never holds half a surrogate pair, so folding a whole text
    /// once folds every word of it, and every part of a word, as folding it alone would.
    /// </remarks>
    /// <param name="source">The text.</param>
    /// <param name="destination">At least as long as <paramref name="source"/>.</param>
    public static void FoldWords(ReadOnlySpan<char> source, Span<char> destination)
    {
        source.ToLowerInvariant(destination);
        destination[..source.Length].Replace('’', '\'');
    }

    /// <summary>Folds a word's case with the invariant culture into a buffer, as <see cref="FoldWords"/> does apart from apostrophes.</summary>
    /// <param name="word">The word.</param>
    /// <param name="destination">The buffer; a word longer than it is cut to its length.</param>
    /// <returns>The folded characters, a view of <paramref name="destination"/>.</returns>
    public static ReadOnlySpan<char> LowerCase(ReadOnlySpan<char> word, Span<char> destination)
    {
        var length = word[..Math.Min(word.Length, destination.Length)].ToLowerInvariant(destination);
        return destination[..length];
    }

    private static FrozenDictionary<char, string> BuildCompatibility()
    {
        var targets = UnicodeFold.Targets.Split('|');
        var map = new Dictionary<char, string>(UnicodeFold.Sources.Length);
        for (var i = 0; i < UnicodeFold.Sources.Length && i < targets.Length; i++)
        {
            map[UnicodeFold.Sources[i]] = targets[i];
        }

        return map.ToFrozenDictionary();
    }
}
