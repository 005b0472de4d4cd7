namespace ClaimCompare.Text;

/// <summary>
/// A test that rules out, without hashing, most words that cannot equal (ordinal, ignoring case) any word of a small set:
/// by their length and by their first letter. A reader that looks up every token of a sentence asks it first and looks
/// up only the words it lets through, so the answer is the lookup's own.
/// </summary>
/// <remarks>
/// Exact as a filter: ordinal case-insensitive equality needs equal lengths, and an ASCII first letter equals only its
/// own upper or lower case, so a word it rejects is in no case in the set. A set word that starts outside ASCII turns
/// the first-letter test off. Immutable; thread-safe.
/// </remarks>
internal sealed class WordPrefilter
{
    private readonly ulong _lengths; // bit n: a word of n code units (n < 63); bit 63: a longer one
    private readonly uint _firstLetters; // bit n: a word starting with ASCII letter 'a' + n, either case
    private readonly bool _anyFirst; // a set word starts with something other than an ASCII letter

    /// <summary>Initializes a new instance of the <see cref="WordPrefilter"/> class for <paramref name="words"/>.</summary>
    /// <param name="words">The set's words.</param>
    public WordPrefilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            _lengths |= 1UL << Math.Min(word.Length, 63);
            if (word.Length > 0 && char.IsAsciiLetter(word[0]))
            {
                _firstLetters |= 1U << ((word[0] | 0x20) - 'a');
            }
            else
            {
                _anyFirst = true;
            }
        }
    }

    /// <summary>Returns <see langword="false"/> when <paramref name="word"/> is certainly not in the set.</summary>
    /// <param name="word">A word.</param>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if ((_lengths & (1UL << Math.Min(word.Length, 63))) == 0)
        {
            return false;
        }

        if (_anyFirst || word.IsEmpty || !char.IsAscii(word[0]))
        {
            return true;
        }

        return char.IsAsciiLetter(word[0]) && (_firstLetters & (1U << ((word[0] | 0x20) - 'a'))) != 0;
    }
}
