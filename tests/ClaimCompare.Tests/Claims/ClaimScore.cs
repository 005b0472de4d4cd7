using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimCompare.Tests.Claims;

/// <summary>
/// A port of the claim part of <c>shared/eval/score.py</c>: a predicted claim matches the gold claim whose
/// quote span it overlaps most, with the same document and kind and bounds the gold accepts (actor and polarity
/// for responsibility); precision, recall and F1 per kind and over killed, injured and responsibility; and
/// the sources named right among matched claims, with score.py's name normalisation and 0.8 similarity.
/// </summary>
internal static class ClaimScore
{
    private static readonly string[] Scored = ["killed", "injured", "responsibility"];

    public sealed record KindScore(int Gold, int TruePositives, int FalsePositives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public sealed record Result(IReadOnlyDictionary<string, KindScore> Kinds, KindScore Claims, int SourcesRight, int SourcesGold)
    {
        public double SourceAccuracy => SourcesGold == 0 ? 0 : (double)SourcesRight / SourcesGold;

        /// <summary>Gets the predicted claim each matched gold claim (by gold id) matched, for scoring conflicts and events.</summary>
        public IReadOnlyDictionary<string, ClaimCompare.Claims.Claim> Matched { get; init; } = new Dictionary<string, ClaimCompare.Claims.Claim>();

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"claims F1 {Claims.F1:0.000}, killed F1 {Kinds["killed"].F1:0.000}, injured F1 {Kinds["injured"].F1:0.000}, count R {Kinds["count"].Recall:0.000}, sources {SourcesRight}/{SourcesGold} ({SourceAccuracy:0.000})");
    }

    /// <summary>Scores <paramref name="report"/>'s claims against the gold file of <paramref name="goldPath"/>.</summary>
    public static Result Score(string goldPath, IReadOnlyDictionary<string, string> texts, ComparisonReport report)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var gold = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        var predicted = report.Claims.Where(c => texts.ContainsKey(c.DocumentId)).ToList();
        var used = new HashSet<ClaimCompare.Claims.Claim>(ReferenceEqualityComparer.Instance);
        var match = new Dictionary<int, ClaimCompare.Claims.Claim>();
        for (var g = 0; g < gold.Count; g++)
        {
            var c = gold[g];
            var doc = c.GetProperty("doc").GetString()!;
            var kind = c.GetProperty("kind").GetString()!;
            var quote = c.GetProperty("quote").GetString()!;
            var start = texts[doc].IndexOf(quote, StringComparison.Ordinal);
            var end = start + quote.Length;
            ClaimCompare.Claims.Claim? best = null;
            var bestOverlap = 0;
            foreach (var p in predicted)
            {
                if (used.Contains(p) || !string.Equals(p.DocumentId, doc, StringComparison.Ordinal) || !string.Equals(KindName(p.Kind), kind, StringComparison.Ordinal))
                {
                    continue;
                }

                var overlap = Math.Min(end, p.Evidence.End) - Math.Max(start, p.Evidence.Start);
                if (overlap <= 0)
                {
                    continue;
                }

                var ok = string.Equals(kind, "responsibility", StringComparison.Ordinal)
                    ? SameName(c.GetProperty("actor"), p.Actor) && string.Equals(Str(c, "polarity"), p.Polarity?.ToString().ToLowerInvariant(), StringComparison.Ordinal)
                    : BoundOk(c.GetProperty("low"), p.Interval.Low) && BoundOk(c.GetProperty("high"), p.Interval.High);
                if (ok && overlap > bestOverlap)
                {
                    best = p;
                    bestOverlap = overlap;
                }
            }

            if (best is not null)
            {
                used.Add(best);
                match[g] = best;
            }
        }

        var kinds = new Dictionary<string, KindScore>(StringComparer.Ordinal);
        foreach (var kind in (string[])[.. Scored, "count"])
        {
            var goldCount = gold.Count(c => string.Equals(c.GetProperty("kind").GetString(), kind, StringComparison.Ordinal));
            var tp = match.Count(m => string.Equals(gold[m.Key].GetProperty("kind").GetString(), kind, StringComparison.Ordinal));
            var fp = predicted.Count(p => string.Equals(KindName(p.Kind), kind, StringComparison.Ordinal) && !used.Contains(p));
            kinds[kind] = new KindScore(goldCount, tp, fp);
        }

        var claims = new KindScore(Scored.Sum(k => kinds[k].Gold), Scored.Sum(k => kinds[k].TruePositives), Scored.Sum(k => kinds[k].FalsePositives));
        var withSource = match.Where(m => gold[m.Key].TryGetProperty("source", out var s) && s.ValueKind != JsonValueKind.Null).ToList();
        var right = withSource.Count(m => m.Value.Source.Speaker is { } speaker && SameName(gold[m.Key].GetProperty("source"), speaker));
        return new Result(kinds, claims, right, withSource.Count)
        {
            Matched = match.ToDictionary(m => gold[m.Key].GetProperty("id").GetString()!, m => m.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>Reads a document as score.py does (UTF-8, BOM dropped, newlines kept).</summary>
    public static string ReadText(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false));
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static string KindName(ClaimCompare.Claims.ClaimKind kind) => kind.ToString().ToLowerInvariant();

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool BoundOk(JsonElement gold, double? predicted) => gold.ValueKind switch
    {
        JsonValueKind.Array => predicted is { } p && gold[0].GetDouble() <= p && p <= gold[1].GetDouble(),
        JsonValueKind.Null => predicted is null,
        _ => predicted is { } q && Math.Abs(q - gold.GetDouble()) < 1e-9,
    };

    private static bool SameName(JsonElement gold, string? predicted)
    {
        if (gold.ValueKind == JsonValueKind.Array)
        {
            return gold.EnumerateArray().Any(g => SameName(g, predicted));
        }

        var g = NormName(gold.ValueKind == JsonValueKind.String ? gold.GetString() : null);
        var p = NormName(predicted);
        if (g is null || p is null)
        {
            return string.Equals(g, p, StringComparison.Ordinal) || (g is null && p is "" or "unknown");
        }

        if (g.Length == 0 || p.Length == 0)
        {
            return string.Equals(g, p, StringComparison.Ordinal);
        }

        return string.Equals(g, p, StringComparison.Ordinal) || g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal) || Ratio(g, p) >= 0.8;
    }

    /// <summary>score.py's norm_name: accents dropped, lower case, apostrophes removed, punctuation to spaces, "the", "al", "el", "of" dropped.</summary>
    internal static string? NormName(string? s)
    {
        if (s is null)
        {
            return null;
        }

        var decomposed = s.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(ch);
            if (lower is '’' or '\'')
            {
                continue;
            }

            builder.Append(lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ' ? lower : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("the" or "al" or "el" or "of"));
        return string.Join(' ', words);
    }

    /// <summary>difflib.SequenceMatcher(None, a, b).ratio() for short strings (no junk heuristic): 2·matches / total length.</summary>
    internal static double Ratio(string a, string b) => a.Length + b.Length == 0 ? 1 : 2.0 * Matches(a, 0, a.Length, b, 0, b.Length) / (a.Length + b.Length);

    private static int Matches(string a, int alo, int ahi, string b, int blo, int bhi)
    {
        // The longest common block, earliest in a then in b, as difflib's find_longest_match; then both sides recursively.
        int bestI = alo, bestJ = blo, bestSize = 0;
        for (var i = alo; i < ahi; i++)
        {
            for (var j = blo; j < bhi; j++)
            {
                var k = 0;
                while (i + k < ahi && j + k < bhi && a[i + k] == b[j + k])
                {
                    k++;
                }

                if (k > bestSize)
                {
                    (bestI, bestJ, bestSize) = (i, j, k);
                }
            }
        }

        return bestSize == 0 ? 0 : bestSize + Matches(a, alo, bestI, b, blo, bestJ) + Matches(a, bestI + bestSize, ahi, b, bestJ + bestSize, bhi);
    }
}
