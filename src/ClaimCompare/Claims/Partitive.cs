using ClaimCompare.Lexicons;

namespace ClaimCompare.Claims;

/// <summary>
/// Tells a partitive figure: a quantifier with "of" and an anaphoric pronoun ("34 of them", "two of those", "five of
/// whom"), the English partitive construction (Quirk et al., A Comprehensive Grammar of the English Language, §5.22:
/// "of"-partitives with a definite or pronominal head). Such a figure counts part of a group named before it.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class Partitive
{
    /// <summary>The subject key of a part counted by a partitive: never compared with anything but the whole it bounds from below.</summary>
    public const string Key = "part of a group counted before";

    // How many words the quantifier before "of" may take: "34", "at least 34", "more than a hundred".
    private const int MaxQuantifierWords = 4;

    // The anaphoric heads of an "of"-partitive (personal, demonstrative and relative pronouns; Quirk et al. §6.15, §6.40).
    private static readonly string[] Pronouns = WordSets.Of("diff.partitive-pronouns");

    /// <summary>Returns whether a claim's phrase opens with a partitive quantifier.</summary>
    /// <param name="evidence">The claim's phrase as written ("34 of them were killed").</param>
    /// <returns><see langword="true"/> for "N of them|those|these|whom|which" within its first words.</returns>
    public static bool Names(string evidence)
    {
        var words = 0;
        var span = evidence.AsSpan();
        while (span.Length > 0 && words <= MaxQuantifierWords)
        {
            span = span.TrimStart();
            var end = span.IndexOfAny(' ', '\t', '\n');
            var word = end < 0 ? span : span[..end];
            if (words > 0 && word.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                var rest = end < 0 ? [] : span[(end + 1)..].TrimStart();
                var next = rest.IndexOfAny(' ', ',', '.');
                var head = next < 0 ? rest : rest[..next];
                foreach (var pronoun in Pronouns)
                {
                    if (head.Equals(pronoun, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }

            words++;
            span = end < 0 ? [] : span[end..];
        }

        return false;
    }
}
