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
    public static EventPairScore EventPairs(IReadOnlyList<GoldClaim> gold, IReadOnlyList<Claim> claims) => EventPairs(gold, claims, (_, _) => true);

    /// <summary>Returns score.py's pairwise event counts over the pairs of matched gold claims that <paramref name="include"/> accepts.</summary>
    /// <param name="gold">The gold claims.</param>
    /// <param name="claims">The report's claims, with their events.</param>
    /// <param name="include">Which pairs of gold claims to count (a held-out fold's).</param>
    /// <returns>Precision, recall and the pair counts.</returns>
    public static EventPairScore EventPairs(IReadOnlyList<GoldClaim> gold, IReadOnlyList<Claim> claims, Func<GoldClaim, GoldClaim, bool> include)
    {
        var match = Match(gold, claims, strict: true);
        var matched = gold.Where(g => match.ContainsKey(g.Id)).OrderBy(g => g.Id, StringComparer.Ordinal).ToArray();
        long sameGold = 0, samePredicted = 0, both = 0;
        for (var i = 0; i < matched.Length; i++)
        {
            for (var j = i + 1; j < matched.Length; j++)
            {
                if (!include(matched[i], matched[j]))
                {
                    continue;
                }

                var g = string.Equals(matched[i].Event, matched[j].Event, StringComparison.Ordinal);
                var p = string.Equals(claims[match[matched[i].Id]].EventId, claims[match[matched[j].Id]].EventId, StringComparison.Ordinal);
                sameGold += g ? 1 : 0;
                samePredicted += p ? 1 : 0;
                both += g && p ? 1 : 0;
            }
        }

        return new EventPairScore(sameGold, samePredicted, both);
    }

    /// <summary>
    /// Returns score.py's conflict figures of a report against the corpus's gold conflicts and compatible pairs whose
    /// first claim <paramref name="include"/> accepts: a pair is flagged when one disagreement puts claims matching its
    /// two claims on different sides.
    /// </summary>
    /// <param name="corpus">The corpus with its gold conflicts.</param>
    /// <param name="report">The report on its documents.</param>
    /// <param name="include">Which gold pairs to count, by their first claim (a held-out fold's).</param>
    /// <returns>Conflicts found and false alarms.</returns>
    public static ConflictScore Conflicts(GoldCorpus corpus, ComparisonReport report, Func<GoldClaim, bool> include)
    {
        var match = Match(corpus.Claims, report.Claims, strict: true);
        var flagged = new HashSet<(string, string)>();
        foreach (var sides in report.Disagreements.Select(d => d.Sides))
        {
            for (var i = 0; i < sides.Count; i++)
            {
                for (var j = i + 1; j < sides.Count; j++)
                {
                    flagged.UnionWith(sides[i].ClaimIds.SelectMany(x => sides[j].ClaimIds.Select(y => Ordered(x, y))));
                }
            }
        }

        var byId = corpus.Claims.ToDictionary(g => g.Id, StringComparer.Ordinal);
        bool Flagged((string A, string B) pair) =>
            match.TryGetValue(pair.A, out var a) && match.TryGetValue(pair.B, out var b) && flagged.Contains(Ordered(report.Claims[a].Id, report.Claims[b].Id));
        var conflicts = corpus.Conflicts.Where(p => include(byId[p.A])).ToArray();
        var compatible = corpus.Compatible.Where(p => include(byId[p.A])).ToArray();
        return new ConflictScore(conflicts.Count(Flagged), conflicts.Length, compatible.Count(Flagged), compatible.Length);
    }

    private static (string, string) Ordered(string x, string y) => string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);

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
