namespace ClaimCompare.Entities;

/// <summary>
/// The characters of a name as counts, for a cheap upper bound on FuzzySharp's <c>Ratio</c> and
/// <c>TokenSortRatio</c> against another name, so candidates that cannot reach a threshold skip the
/// edit-distance matrix and the token sort.
/// </summary>
/// <remarks>
/// <para>Both ratios are <c>round(100 · 2·LCS / total length)</c> (FuzzySharp's edit distance counts a
/// substitution as two edits), taken on the names themselves or on their words sorted and rejoined with
/// single spaces, which keeps every other character and never adds whitespace. A common subsequence uses no
/// more of a character than either string has, so with <c>C</c> shared non-space characters, <c>m</c> the
/// smaller whitespace count and <c>N</c> the non-space characters of both, either ratio is at most
/// <c>2(C + m) / (N + 2m)</c>. Characters outside ASCII are all assumed to match, which keeps the bound an
/// upper bound. The bound never rejects a candidate that could score the threshold, so results are unchanged.</para>
/// <para>Mutable scratch owned by one call; not thread-safe.</para>
/// </remarks>
internal sealed class LetterCounts
{
    private const int Ascii = 128;

    private readonly int[] _ascii = new int[Ascii];
    private readonly int _other;
    private readonly int _spaces;
    private readonly int _characters;

    /// <summary>Initializes a new instance of the <see cref="LetterCounts"/> class.</summary>
    /// <param name="text">The query name.</param>
    public LetterCounts(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                _spaces++;
                continue;
            }

            _characters++;
            if (c < Ascii)
            {
                _ascii[c]++;
            }
            else
            {
                _other++;
            }
        }
    }

    /// <summary>Returns whether a FuzzySharp ratio of the query against <paramref name="text"/> may reach <paramref name="threshold"/>.</summary>
    /// <param name="text">The candidate name.</param>
    /// <param name="threshold">The score needed, 0 to 100.</param>
    /// <returns><see langword="false"/> only when neither ratio can round to <paramref name="threshold"/> or more.</returns>
    public bool MayReach(string text, int threshold)
    {
        Span<int> left = stackalloc int[Ascii];
        _ascii.CopyTo(left);
        int common = 0, other = 0, spaces = 0, characters = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                spaces++;
                continue;
            }

            characters++;
            if (c >= Ascii)
            {
                other++;
            }
            else if (left[c] > 0)
            {
                left[c]--;
                common++;
            }
        }

        common += Math.Min(_other, other);
        var m = Math.Min(_spaces, spaces);

        // 100 · 2(C + m) / (N + 2m) < threshold − ½ means the rounded score is below the threshold.
        return 400L * (common + m) >= ((2L * threshold) - 1) * (_characters + characters + (2L * m));
    }
}
