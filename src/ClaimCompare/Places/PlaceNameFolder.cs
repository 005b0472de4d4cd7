using System.Globalization;
using System.Text;
using ClaimCompare.Entities;

namespace ClaimCompare.Places;

/// <summary>
/// Folds a place name to the gazetteer's key: ASCII lower-case letters and digits, words separated by one space.
/// The generator (tools/lexicons/gazetteer/generate.py) builds its keys with the same steps from the same
/// <see cref="UnicodeFold"/> table, so a name folded here finds the keys folded there.
/// </summary>
/// <remarks>
/// Steps: each character through the fold table (compatibility decomposition, diacritics removed, lower case;
/// ß to ss, æ to ae, ł to l); apostrophes and full stops vanish ("Sana'a" is "sanaa", "D.C." is "dc");
/// combining marks vanish; other punctuation, symbols, spaces and controls separate words; a letter the fold
/// does not romanise (Cyrillic, Arabic, Han) makes the name unfoldable, since every key is in Latin letters.
/// </remarks>
internal static class PlaceNameFolder
{
    /// <summary>The longest key in bytes; the data file stores key lengths in one byte.</summary>
    internal const int MaxKeyLength = 255;

    // The fold table's replacements, aligned with its sources (sorted by code point, so a binary search finds a
    // character without building a dictionary on first use).
    private static readonly string[] Targets = UnicodeFold.Targets.Split('|');

    /// <summary>Folds <paramref name="name"/> into <paramref name="destination"/>.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="destination">At least <see cref="MaxKeyLength"/> bytes.</param>
    /// <returns>The key's length, or 0 when the name has no letter or digit, has a letter outside the fold, or folds longer than <see cref="MaxKeyLength"/>.</returns>
    internal static int Fold(ReadOnlySpan<char> name, Span<byte> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var rune in name.EnumerateRunes())
        {
            if (TryMap(rune, out var mapped))
            {
                foreach (var folded in mapped.EnumerateRunes())
                {
                    if (!Append(folded, destination, ref length, ref pendingSpace))
                    {
                        return 0;
                    }
                }
            }
            else if (!Append(rune, destination, ref length, ref pendingSpace))
            {
                return 0;
            }
        }

        return length;
    }

    /// <summary>Folds a name to its key as a string (tests and diagnostics).</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The key, or <see langword="null"/> when the name does not fold.</returns>
    internal static string? FoldToString(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> buffer = stackalloc byte[MaxKeyLength];
        var length = Fold(name, buffer);
        return length == 0 ? null : Encoding.ASCII.GetString(buffer[..length]);
    }

    private static bool Append(Rune rune, Span<byte> destination, ref int length, ref bool pendingSpace)
    {
        var value = rune.Value;
        if (value is >= 'A' and <= 'Z')
        {
            value += 'a' - 'A';
        }

        if (value is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
        {
            var needed = pendingSpace && length > 0 ? 2 : 1;
            if (length + needed > MaxKeyLength)
            {
                return false;
            }

            if (needed == 2)
            {
                destination[length++] = (byte)' ';
            }

            destination[length++] = (byte)value;
            pendingSpace = false;
            return true;
        }

        if (IsSilent(value))
        {
            return true;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark:
                return true;
            case UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
                or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.Control
                or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                pendingSpace = true;
                return true;
            default:
                return false;
        }
    }

    // Apostrophes (straight, curly, modifier letters, ayn and hamza signs, grave and acute) and full stops.
    private static bool IsSilent(int value) =>
        value is '\'' or '.' or '`' or '\u00B4' or '\u2018' or '\u2019' or '\u02BB' or '\u02BC' or '\u02BD' or '\u02BE' or '\u02BF';

    private static bool TryMap(Rune rune, out string mapped)
    {
        mapped = string.Empty;
        if (rune.Value < 0x80 || !rune.IsBmp)
        {
            return false;
        }

        var index = UnicodeFold.Sources.AsSpan().BinarySearch((char)rune.Value);
        if (index < 0 || index >= Targets.Length)
        {
            return false;
        }

        mapped = Targets[index];
        return true;
    }
}
