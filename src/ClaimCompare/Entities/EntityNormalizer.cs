using ClaimCompare.Text;
using System.Collections.Frozen;
using System.Text;

namespace ClaimCompare.Entities;

/// <summary>
/// Turns a name as written into the keys the entity stage matches on: a normalised text
/// (<see cref="Normalize"/>) and a transliteration skeleton (<see cref="Skeleton"/>).
/// </summary>
/// <remarks>
/// <para>Both functions are pure, culture-invariant, thread-safe and linear in the input length; they
/// never throw except <see cref="ArgumentNullException"/> for a null input. They work on any script:
/// letters outside Latin are kept (Arabic loses only its vowel marks and tatweel, Cyrillic only its
/// accents), so "Хезболла" and "حزب الله" have keys of their own.</para>
/// <para>The library runs in invariant-globalisation mode, where <see cref="string.Normalize()"/> does
/// nothing outside ASCII, so the NFKC-and-diacritics fold is carried as a table generated from the
/// Unicode Character Database (Latin, Greek, Cyrillic, Arabic presentation forms, fullwidth forms,
/// ligatures, letterlike symbols).</para>
/// </remarks>
public static class EntityNormalizer
{
    // Arabic definite article and its assimilated forms, written attached by a hyphen
    // ("ash-Shabaab", "ad-Dawla", "ez-Zor"), and the Persian/Urdu izafe connectors ("Tehrik-i-Taliban",
    // "Lashkar-e-Taiba"). Source: Library of Congress ALA-LC romanization tables for Arabic and Persian,
    // plus the spellings news agencies use for them.
    private static readonly FrozenSet<string> HyphenArticles = FrozenSet.ToFrozenSet(
        ["ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an", "ul", "ud", "ut", "ez", "es", "ed", "er", "et", "e", "i", "il"],
        StringComparer.Ordinal);

    // Articles dropped wherever they stand: English "the", Arabic "al"/"el" written apart, and the
    // izafe "e"/"i" written as separate words ("Jaish e Mohammed").
    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["the", "al", "el", "e", "i"], StringComparer.Ordinal);

    /// <summary>
    /// Normalises a name: compatibility forms and diacritics folded, lower case (invariant culture),
    /// apostrophes and quote marks inside words removed ("Kait’ib" → "kaitib"), possessive "'s"
    /// dropped, acronym dots removed ("U.S." → "us"), hyphens and other punctuation turned into single
    /// spaces, and articles dropped: "the", "al"/"el" and hyphen-attached assimilated forms ("ash-",
    /// "ad-", "ez-"), izafe connectors ("-e-", "-i-"), and a leading "a"/"an".
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The normalised text: lower-case tokens separated by single spaces; empty when the name has no letters or digits. Idempotent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', NormalizedTokens(name));
    }

    /// <summary>
    /// Computes a transliteration skeleton: the normalised tokens with common Arabic and Persian
    /// romanisation variants folded together (q/k, c/k, ou/oo/u, ee/i, dh/d, th/t, ph/f, a final "-ah" as
    /// "-a"), then reduced to their consonants with doubled letters collapsed and a leading vowel kept as
    /// "a", and joined without spaces. "Kataeb Hezbollah", "Kait’ib Hizbollah" and "Kataib Hizballah" all
    /// give "ktbhzbl"; "Qaddafi" and "Kadhafi" give "kdf"; "Erbil" and "Irbil" give "arbl".
    /// </summary>
    /// <remarks>The skeleton is lossy by design ("Iran" and "Oran" share one): it is a blocking key and the id
    /// of names found in no table, never a match decision on its own. Tokens of one or two characters
    /// ("US", "IS") are kept as they are so short acronyms stay apart.</remarks>
    /// <param name="name">The name as written.</param>
    /// <returns>The skeleton; empty when the name has no letters or digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string Skeleton(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder();
        foreach (var token in NormalizedTokens(name))
        {
            AppendTokenSkeleton(builder, token);
        }

        return builder.ToString();
    }

    /// <summary>Returns the normalised tokens of <paramref name="name"/>, articles removed.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The tokens.</returns>
    internal static List<string> NormalizedTokens(string name) => KeptTokens(name).ConvertAll(t => t.Key);

    /// <summary>Returns the tokens of <paramref name="name"/> that normalisation keeps, with their flags.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The kept tokens, in order.</returns>
    internal static List<NameToken> KeptTokens(string name)
    {
        var tokens = NameTokenizer.Tokenize(name);
        var removable = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsArticle(tokens, i))
            {
                removable++;
            }
        }

        List<NameToken> kept;
        if (removable == 0)
        {
            kept = tokens;
        }
        else if (removable == tokens.Count)
        {
            // A name made only of articles ("the", "al-e") keeps its free-standing ones, so that
            // normalising the result again gives the same text.
            kept = tokens.FindAll(t => Articles.Contains(t.Key));
        }
        else
        {
            kept = new List<NameToken>(tokens.Count - removable);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!IsArticle(tokens, i))
                {
                    kept.Add(tokens[i]);
                }
            }
        }

        var leading = 0;
        while (kept.Count - leading > 1 && kept[leading].Key is "a" or "an")
        {
            leading++;
        }

        if (leading > 0)
        {
            kept.RemoveRange(0, leading);
        }

        return kept;
    }

    /// <summary>Returns whether token <paramref name="index"/> is an article the normaliser drops.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="index">The token to test.</param>
    /// <returns><see langword="true"/> for "the", "al", "el", "e", "i", and hyphen-attached assimilated articles.</returns>
    internal static bool IsArticle(IReadOnlyList<NameToken> tokens, int index)
    {
        var token = tokens[index];
        return Articles.Contains(token.Key) || (token.HyphenAfter && index + 1 < tokens.Count && HyphenArticles.Contains(token.Key));
    }

    /// <summary>Returns whether a token key is an article wherever it stands.</summary>
    /// <param name="key">The token key.</param>
    /// <returns><see langword="true"/> for "the", "al", "el", "e", "i".</returns>
    internal static bool IsFreeArticle(string key) => Articles.Contains(key);

    /// <summary>Returns whether a token key is an article when a hyphen joins it to the next word ("ash-", "ad-", "-e-").</summary>
    /// <param name="key">The token key.</param>
    /// <returns><see langword="true"/> for the assimilated Arabic articles and the izafe connectors.</returns>
    internal static bool IsHyphenArticle(string key) => HyphenArticles.Contains(key);

    /// <summary>Computes the skeleton of one normalised token.</summary>
    /// <param name="token">A normalised token.</param>
    /// <returns>The token's skeleton.</returns>
    internal static string TokenSkeleton(string token)
    {
        var builder = new StringBuilder(token.Length);
        AppendTokenSkeleton(builder, token);
        return builder.ToString();
    }

    private static void AppendTokenSkeleton(StringBuilder builder, string token)
    {
        if (token.Length <= 2 || IsAllDigits(token))
        {
            builder.Append(token);
            return;
        }

        Span<char> folded = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        var length = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            switch (c)
            {
                case 'o' when next is 'u' or 'o':
                    folded[length++] = 'u';
                    i++;
                    continue;
                case 'e' when next == 'e':
                    folded[length++] = 'i';
                    i++;
                    continue;
                case 'd' or 't' or 'p' when next == 'h':
                    folded[length++] = c == 'p' ? 'f' : c;
                    i++;
                    continue;
                case 'd' when next == 'j':
                    folded[length++] = 'j';
                    i++;
                    continue;
                case 'c' when next == 'k':
                    folded[length++] = 'k';
                    i++;
                    continue;
                case 'q' or 'c':
                    folded[length++] = 'k';
                    continue;
                default:
                    folded[length++] = c;
                    continue;
            }
        }

        // "-ah" and "-a" are one ending: "Hezbollah" / "Hizbolla".
        if (length >= 3 && folded[length - 1] == 'h' && IsVowel(folded[length - 2]))
        {
            length--;
        }

        var last = '\0';
        for (var i = 0; i < length; i++)
        {
            var c = folded[i];
            if (i == 0 && IsVowel(c))
            {
                builder.Append('a');
                last = 'a';
                continue;
            }

            if (IsVowel(c) || (c == 'y' && i > 0))
            {
                continue;
            }

            if (c != last)
            {
                builder.Append(c);
                last = c;
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsAllDigits(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
