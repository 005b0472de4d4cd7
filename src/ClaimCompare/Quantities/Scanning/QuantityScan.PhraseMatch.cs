using ClaimCompare.Text;

namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// Phrase matching: which lexicon phrase ("at least", "a number of", "or more") starts at a word.
/// </summary>
/// <remarks>
/// The phrases are a word trie of the library's one kind (<see cref="PhraseNode{T}"/>, built by
/// <see cref="QuantityLexicon.PhraseRoots"/>); the stages ask only <see cref="MatchPhrase"/>.
/// </remarks>
internal sealed partial class QuantityScan
{
    /// <summary>
    /// Finds the longest lexicon phrase of the wanted side (an opening when <paramref name="prefix"/>, else a
    /// postfix) that starts at <paramref name="pos"/>, words read by <see cref="ReadWord"/>; of equally long ones, the first the lexicon lists.
    /// </summary>
    private bool MatchPhrase(int pos, bool prefix, out PhraseEntry entry, out int end)
    {
        entry = null!;
        end = pos;
        var (ws, we) = ReadWord(pos);
        if (we == ws || we - ws > MaxWordLength)
        {
            return false;
        }

        if (!lexicon.PhraseRoots.TryGetValue(LowerWord(ws, we, stackalloc char[MaxWordLength]), out var node))
        {
            return false;
        }

        // The trie is walked word by word, each word read once; the deepest node holding a phrase of the wanted side
        // is the longest match, and its first such phrase the one the lexicon lists first.
        var p = we;
        for (var depth = 1; ; depth++)
        {
            if (node.Value is { } ending)
            {
                foreach (var candidate in ending)
                {
                    if ((candidate.Kind is not PhraseKind.PostfixHedge and not PhraseKind.OrEqual) == prefix)
                    {
                        entry = candidate;
                        end = p;
                        break;
                    }
                }
            }

            if (depth == MaxPhraseWords || node.Next is not { } next)
            {
                break;
            }

            var (a, b) = ReadWord(SkipSpaces(p));
            if (b == a || !next.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(a, b - a), out node!))
            {
                break;
            }

            p = b;
        }

        return entry is not null;
    }
}
