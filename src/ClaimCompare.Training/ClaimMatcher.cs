using System.Globalization;
using System.Text;
using ClaimCompare.Claims;

namespace ClaimCompare.Training;

/// <summary>
/// Matches gold claims to extracted claims as score.py does: same document and kind, overlapping spans, the largest
/// overlap winning, each extracted claim used once, gold claims in gold order. The strict match also asks score.py's
/// bound and actor tests; the loose one (for labelling events) asks only document, kind and overlap.
/// </summary>
/// <remarks>
/// The actor test accepts equal or contained normalised names; score.py also accepts names whose difflib ratio is at
/// least 0.8, so a few near-spellings may match there and not here. Stateless; thread-safe.
/// </remarks>
internal static class ClaimMatcher
{
    /// <summary>Returns, per matched gold claim id, the index of its extracted claim in <paramref name="claims"/>.</summary>
    /// <param name="gold">The gold claims.</param>
    /// <param name="claims">The extracted claims, in the report's order.</param>
    /// <param name="strict">Whether bounds, actor and polarity must agree too.</param>
    /// <returns>The match.</returns>
    public static Dictionary<string, int> Match(IReadOnlyList<GoldClaim> gold, IReadOnlyList<Claim> claims, bool strict)
    {
        var byDocument = claims.Select((c, i) => (c, i)).ToLookup(x => x.c.DocumentId, StringComparer.Ordinal);
        var used = new HashSet<int>();
        var match = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var g in gold)
        {
            var (best, bestOverlap) = (-1, 0);
            foreach (var (c, i) in byDocument[g.Document])
            {
                var overlap = Math.Min(g.End, c.Evidence.End) - Math.Max(g.Start, c.Evidence.Start);
                if (c.Kind != g.Kind || overlap <= bestOverlap || used.Contains(i) || (strict && !Agrees(g, c)))
                {
                    continue;
                }

                (best, bestOverlap) = (i, overlap);
            }

            if (best >= 0)
            {
                used.Add(best);
                match[g.Id] = best;
            }
        }

        return match;
    }

    /// <summary>Returns score.py's pairwise event precision and recall of a report against the gold (null where nothing to count).</summary>
    /// <param name="gold">The gold claims.</param>
    /// <param name="claims">The report's claims, with their events.</param>
    /// <returns>Precision, recall and the pair counts.</returns>
    public static EventPairScore EventPairs(IReadOnlyList<GoldClaim> gold, IReadOnlyList<Claim> claims)
    {
        var match = Match(gold, claims, strict: true);
        var matched = gold.Where(g => match.ContainsKey(g.Id)).OrderBy(g => g.Id, StringComparer.Ordinal).ToArray();
        long sameGold = 0, samePredicted = 0, both = 0;
        for (var i = 0; i < matched.Length; i++)
        {
            for (var j = i + 1; j < matched.Length; j++)
            {
                var g = string.Equals(matched[i].Event, matched[j].Event, StringComparison.Ordinal);
                var p = string.Equals(claims[match[matched[i].Id]].EventId, claims[match[matched[j].Id]].EventId, StringComparison.Ordinal);
                sameGold += g ? 1 : 0;
                samePredicted += p ? 1 : 0;
                both += g && p ? 1 : 0;
            }
        }

        return new EventPairScore(sameGold, samePredicted, both);
    }

    private static bool Agrees(GoldClaim g, Claim c)
    {
        if (g.Kind != ClaimKind.Responsibility)
        {
            return g.Low.Accepts(c.Interval.Low) && g.High.Accepts(c.Interval.High);
        }

        var polarity = c.Polarity?.ToString().ToLowerInvariant();
        return string.Equals(g.Polarity, polarity, StringComparison.Ordinal) && SameActor(g.Actors, c.Actor);
    }

    private static bool SameActor(IReadOnlyList<string> gold, string? predicted)
    {
        var p = Normalize(predicted);
        if (gold.Count == 0)
        {
            return p.Length == 0 || string.Equals(p, "unknown", StringComparison.Ordinal);
        }

        return gold.Select(Normalize).Any(g => g.Length > 0 && p.Length > 0 ? g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal) : g.Length == p.Length);
    }

    /// <summary>score.py's <c>norm_name</c>: no accents or apostrophes, lower case, letters and digits, without "the", "al", "el", "of".</summary>
    private static string Normalize(string? name)
    {
        if (name is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is '\'' or '\u2019')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(ch);
            text.Append(lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? lower : ' ');
        }

        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("the" or "al" or "el" or "of"));
        return string.Join(' ', words);
    }
}
