using ClaimCompare.Text;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCompare.Entities;

/// <content>
/// The fuzzy step of name resolution: blocked candidate retrieval, FuzzySharp scoring with per-type thresholds,
/// and the all-pairs baseline that tests and benchmarks compare blocking with.
/// </content>
public sealed partial class EntityResolver
{
    /// <summary>
    /// The naive baseline the benchmarks and tests compare blocking with: the name is scored with FuzzySharp
    /// against every alias (no dictionaries, no blocking), with the same scores, acronym rules and thresholds
    /// as the blocked fuzzy step; an alias with the same normalised key scores 100.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The best entity at or above its type's threshold, or <see langword="null"/>.</returns>
    internal Entity? ResolveAllPairs(string name)
    {
        var tokens = EntityNormalizer.KeptTokens(name);
        if (tokens.Count == 0)
        {
            return null;
        }

        var key = Join(tokens, 0, tokens.Count);
        var skeleton = string.Concat(tokens.Select(t => EntityNormalizer.TokenSkeleton(t.Key)));
        var fuzzyAllowed = key.Length - (tokens.Count - 1) >= 4 && !IsAcronymQuery(tokens);
        var best = -1;
        var bestScore = 0;
        for (var id = 0; id < index.Aliases.Count; id++)
        {
            var alias = index.Aliases[id];
            int score;
            if (string.Equals(alias.Key, key, StringComparison.Ordinal))
            {
                if (!MaskHolds(alias.UpperMask, tokens, 0))
                {
                    continue;
                }

                score = 100;
            }
            else
            {
                if (!fuzzyAllowed || alias.UpperMask != 0)
                {
                    continue;
                }

                var threshold = Threshold(Entity(id).Type);
                if (LengthBound(key.Length, alias.Key.Length) < threshold)
                {
                    continue;
                }

                score = Score(key, alias.Key);
                if (skeleton.Length >= 4 && string.Equals(skeleton, alias.Skeleton, StringComparison.Ordinal))
                {
                    score = Math.Max(score, 92);
                }

                if (score < threshold)
                {
                    continue;
                }
            }

            if (score > bestScore)
            {
                best = id;
                bestScore = score;
            }
        }

        return best < 0 ? null : Entity(best);
    }

    private static int Score(string query, string alias)
    {
        // TokenSortRatio only matters when word order can differ, and costs a split, sort and join.
        var ratio = Fuzz.Ratio(query, alias, PreprocessMode.None);
        return ratio == 100 || (!query.Contains(' ', StringComparison.Ordinal) && !alias.Contains(' ', StringComparison.Ordinal))
            ? ratio
            : Math.Max(ratio, Fuzz.TokenSortRatio(query, alias, PreprocessMode.None));
    }

    private static int LengthBound(int a, int b) => a + b == 0 ? 0 : 200 * Math.Min(a, b) / (a + b);

    private (int Id, int Score) FuzzyBlocked(string key, string skeleton, List<NameToken> tokens, EntityType hint)
    {
        // Blocking: aliases sharing a token skeleton or a four-letter token prefix with the query. Rare keys
        // first; very common keys ("state", "ministry") only when nothing rarer matched.
        var postings = new List<int[]>();
        foreach (var token in tokens)
        {
            foreach (var block in EntityIndex.BlockingKeys(token.Key))
            {
                var ids = index.ByBlock(block);
                if (ids.Length > 0)
                {
                    postings.Add(ids);
                }
            }
        }

        postings.Sort((a, b) => a.Length.CompareTo(b.Length));
        var hits = new Dictionary<int, int>();
        var visited = 0;
        foreach (var ids in postings)
        {
            // Rare keys identify; common ones ("state", "ministry", a frequent syllable) only add noise once rarer keys gave candidates.
            if (hits.Count > 0 && (ids.Length > EntityIndex.CommonPostingLength / 8 || visited > EntityIndex.CommonPostingLength))
            {
                break;
            }

            foreach (var id in ids.Length > EntityIndex.CommonPostingLength ? ids.AsSpan(0, EntityIndex.CommonPostingLength) : ids)
            {
                hits[id] = hits.TryGetValue(id, out var count) ? count + 1 : 1;
            }

            visited += ids.Length;
        }

        if (hits.Count == 0)
        {
            return (-1, 0);
        }

        List<int> candidates;
        if (hits.Count <= MaxCandidates)
        {
            candidates = [.. hits.Keys];
        }
        else
        {
            // Top candidates by shared keys, ties to the earlier (higher-priority) alias.
            var ranked = new (int Hits, int Id)[hits.Count];
            var n = 0;
            foreach (var (id, count) in hits)
            {
                ranked[n++] = (count, id);
            }

            Array.Sort(ranked, (a, b) => a.Hits != b.Hits ? b.Hits.CompareTo(a.Hits) : a.Id.CompareTo(b.Id));
            candidates = new List<int>(MaxCandidates);
            for (var i = 0; i < MaxCandidates; i++)
            {
                candidates.Add(ranked[i].Id);
            }
        }

        return Best(key, skeleton, candidates, hint);
    }

    private (int Id, int Score) FuzzyAll(string key, string skeleton, EntityType hint) =>
        Best(key, skeleton, Enumerable.Range(0, index.Aliases.Count), hint);

    private (int Id, int Score) Best(string key, string skeleton, IEnumerable<int> candidates, EntityType hint)
    {
        var best = -1;
        var bestScore = 0;
        var letters = new LetterCounts(key);
        foreach (var id in candidates)
        {
            var alias = index.Aliases[id];
            var entity = Entity(id);
            var threshold = Threshold(entity.Type);
            if (alias.UpperMask != 0 || !Compatible(hint, entity.Type) || LengthBound(key.Length, alias.Key.Length) < threshold)
            {
                continue;
            }

            var sameSkeleton = skeleton.Length >= 4 && string.Equals(skeleton, alias.Skeleton, StringComparison.Ordinal);
            if (!sameSkeleton && !letters.MayReach(alias.Key, threshold))
            {
                continue; // too few letters in common for either FuzzySharp ratio to reach the threshold
            }

            var score = Score(key, alias.Key);
            if (sameSkeleton)
            {
                score = Math.Max(score, 92);
            }

            if (score < threshold)
            {
                continue;
            }

            var better = score > bestScore
                || (score == bestScore && best >= 0 && hint != EntityType.Unknown && entity.Type == hint && Entity(best).Type != hint)
                || (score == bestScore && id < best && !(hint != EntityType.Unknown && Entity(best).Type == hint && entity.Type != hint));
            if (better)
            {
                best = id;
                bestScore = score;
            }
        }

        return (best, bestScore);
    }
}
