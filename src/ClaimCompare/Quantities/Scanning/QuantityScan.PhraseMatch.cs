namespace ClaimCompare.Quantities.Scanning;

/// <summary>
/// Phrase matching: which lexicon phrase ("at least", "a number of", "or more") starts at a word.
/// </summary>
/// <remarks>
/// This file is the seam to the shared phrase index: the stages ask only <see cref="MatchPhrase"/>.
/// </remarks>
internal sealed partial class QuantityScan
{
    /// <summary>
    /// Finds the longest lexicon phrase of the wanted side (an opening when <paramref name="prefix"/>, else a
    /// postfix) that starts at <paramref name="pos"/>. Candidates come longest first, so the first match wins.
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

        Span<char> lower = stackalloc char[MaxWordLength];
        var len = text.AsSpan(ws, we - ws).ToLowerInvariant(lower);
        if (!lexicon.PhraseLookup.TryGetValue(lower[..len], out var entries))
        {
            return false;
        }

        // The words after the first, read once and shared by all candidates (longest first).
        Span<int> starts = stackalloc int[MaxPhraseWords];
        Span<int> ends = stackalloc int[MaxPhraseWords];
        var read = 0;
        foreach (var candidate in entries)
        {
            var isPrefix = candidate.Kind is not PhraseKind.PostfixHedge and not PhraseKind.OrEqual;
            if (isPrefix != prefix || candidate.Words.Length > MaxPhraseWords)
            {
                continue;
            }

            var p = we;
            var ok = true;
            for (var k = 1; k < candidate.Words.Length; k++)
            {
                if (k > read)
                {
                    var (a0, b0) = ReadWord(SkipSpaces(read == 0 ? we : ends[read - 1]));
                    starts[k - 1] = a0;
                    ends[k - 1] = b0;
                    read = k;
                }

                var (a, b) = (starts[k - 1], ends[k - 1]);
                if (b == a || !text.AsSpan(a, b - a).Equals(candidate.Words[k], StringComparison.OrdinalIgnoreCase))
                {
                    ok = false;
                    break;
                }

                p = b;
            }

            if (ok)
            {
                entry = candidate;
                end = p;
                return true;
            }
        }

        return false;
    }
}
