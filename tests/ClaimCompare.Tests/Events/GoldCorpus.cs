using System.Text.Json;
using ClaimCompare.Claims;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Tests.Events;

/// <summary>
/// Builds claim records by hand from a gold file (GOLD-FORMAT.md), as a perfect claims extractor would
/// produce them, so events and diff can be measured on their own; and scores a report against the gold
/// with the rules of score.py (conflicts found, false alarms, event pair precision and recall).
/// </summary>
internal sealed class GoldCorpus
{
    private GoldCorpus(IReadOnlyList<DocumentClaims> documents, IReadOnlyDictionary<string, string> goldEventOfKey, IReadOnlyList<(string A, string B)> conflicts, IReadOnlyList<(string A, string B)> compatible)
    {
        Documents = documents;
        GoldEventOfKey = goldEventOfKey;
        Conflicts = conflicts;
        Compatible = compatible;
    }

    public IReadOnlyList<DocumentClaims> Documents { get; }

    /// <summary>Gets the gold event of each claim, keyed by "document@start".</summary>
    public IReadOnlyDictionary<string, string> GoldEventOfKey { get; }

    /// <summary>Gets the gold conflict pairs as claim keys.</summary>
    public IReadOnlyList<(string A, string B)> Conflicts { get; }

    /// <summary>Gets the gold compatible pairs as claim keys.</summary>
    public IReadOnlyList<(string A, string B)> Compatible { get; }

    public static GoldCorpus Load(string goldPath, string docsDir, Func<string, DateOnly?>? publishedOn = null)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = json.RootElement;
        var texts = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var d in root.GetProperty("documents").EnumerateArray())
        {
            var id = d.GetProperty("id").GetString()!;
            var doc = Document.FromFile(Path.Combine(docsDir, id));
            texts[id] = doc with { PublishedOn = publishedOn?.Invoke(id) };
        }

        var claimsOf = texts.Keys.ToDictionary(k => k, _ => new List<Claim>(), StringComparer.Ordinal);
        var keyOfGold = new Dictionary<string, string>(StringComparer.Ordinal);
        var eventOfKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in root.GetProperty("claims").EnumerateArray())
        {
            var docId = c.GetProperty("doc").GetString()!;
            var text = texts[docId].Text;
            var quote = c.GetProperty("quote").GetString()!;
            var start = text.IndexOf(quote, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            var evidence = new TextSpan(start, start + quote.Length);
            var kind = Enum.Parse<ClaimKind>(c.GetProperty("kind").GetString()!, ignoreCase: true);
            var interval = kind == ClaimKind.Responsibility ? Interval.Unbounded : new Interval(Bound(c, "low", low: true), Bound(c, "high", low: false));
            var key = docId + "@" + start.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@" + c.GetProperty("id").GetString();
            keyOfGold[c.GetProperty("id").GetString()!] = key;
            eventOfKey[key] = c.GetProperty("event").GetString()!;
            Polarity? polarity = c.TryGetProperty("polarity", out var p) && p.ValueKind == JsonValueKind.String ? Enum.Parse<Polarity>(p.GetString()!, ignoreCase: true) : null;
            claimsOf[docId].Add(new Claim(
                docId,
                kind,
                evidence,
                quote,
                SentenceAround(text, evidence),
                interval,
                Quantity: null,
                Subject: kind == ClaimKind.Responsibility ? null : c.GetProperty("subject").GetString(),
                Actor: kind == ClaimKind.Responsibility ? FirstName(c, "actor") : null,
                Polarity: polarity,
                Source: new Attribution(FirstName(c, "source")),
                Outlet: null) { Id = key });
        }

        var documents = texts.Values
            .Select(d => new DocumentClaims(d, [], [.. claimsOf[d.Id].OrderBy(c => c.Evidence.Start).ThenBy(c => c.Id, StringComparer.Ordinal)], [], []))
            .ToList();
        return new GoldCorpus(documents, eventOfKey, Pairs(root, "conflicts", keyOfGold), Pairs(root, "compatible", keyOfGold));
    }

    /// <summary>Scores a report built from <see cref="Documents"/>; claim ids there are "c1"..., mapped back by document and position.</summary>
    public Score ScoreReport(ComparisonReport report)
    {
        var keyOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        var byDocPos = Documents.SelectMany(d => d.Claims).ToDictionary(c => (c.DocumentId, c.Evidence.Start, c.Kind, c.EvidenceText, c.Actor), c => c.Id);
        foreach (var c in report.Claims)
        {
            keyOfId[c.Id] = byDocPos[(c.DocumentId, c.Evidence.Start, c.Kind, c.EvidenceText, c.Actor)];
        }

        var eventOfKey = report.Claims.ToDictionary(c => keyOfId[c.Id], c => c.EventId, StringComparer.Ordinal);
        var flagged = new HashSet<(string, string)>();
        foreach (var d in report.Disagreements)
        {
            for (var i = 0; i < d.Sides.Count; i++)
            {
                for (var j = i + 1; j < d.Sides.Count; j++)
                {
                    foreach (var a in d.Sides[i].ClaimIds)
                    {
                        foreach (var b in d.Sides[j].ClaimIds)
                        {
                            flagged.Add((keyOfId[a], keyOfId[b]));
                            flagged.Add((keyOfId[b], keyOfId[a]));
                        }
                    }
                }
            }
        }

        var found = Conflicts.Count(p => flagged.Contains(p));
        var falseAlarms = Compatible.Count(p => flagged.Contains(p));
        var keys = GoldEventOfKey.Keys.Where(eventOfKey.ContainsKey).Order(StringComparer.Ordinal).ToList();
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            for (var j = i + 1; j < keys.Count; j++)
            {
                var gold = string.Equals(GoldEventOfKey[keys[i]], GoldEventOfKey[keys[j]], StringComparison.Ordinal);
                var predicted = string.Equals(eventOfKey[keys[i]], eventOfKey[keys[j]], StringComparison.Ordinal);
                tp += gold && predicted ? 1 : 0;
                fp += !gold && predicted ? 1 : 0;
                fn += gold && !predicted ? 1 : 0;
            }
        }

        return new Score(found, Conflicts.Count, falseAlarms, Compatible.Count, tp + fp == 0 ? 0 : tp / (double)(tp + fp), tp + fn == 0 ? 0 : tp / (double)(tp + fn));
    }

    private static List<(string, string)> Pairs(JsonElement root, string name, Dictionary<string, string> keyOfGold) =>
        [.. root.GetProperty(name).EnumerateArray()
            .Select(p => p.GetProperty("claims").EnumerateArray().Select(x => x.GetString()!).ToArray())
            .Where(p => keyOfGold.ContainsKey(p[0]) && keyOfGold.ContainsKey(p[1]))
            .Select(p => (keyOfGold[p[0]], keyOfGold[p[1]]))];

    private static double? Bound(JsonElement claim, string name, bool low)
    {
        if (!claim.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        // A range of accepted readings: take the widest, as the annotation rules judge conflicts.
        return v.ValueKind == JsonValueKind.Array ? v[low ? 0 : 1].GetDouble() : v.GetDouble();
    }

    private static string? FirstName(JsonElement claim, string name)
    {
        if (!claim.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Array => v[0].GetString(),
            _ => null,
        };
    }

    /// <summary>The sentence around a span: from the previous sentence end or line start to the next.</summary>
    internal static TextSpan SentenceAround(string text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && text[start - 1] != '\n' && !(start >= 2 && text[start - 1] == ' ' && text[start - 2] is '.' or '!' or '?'))
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && text[end] != '\n' && !(text[end] is '.' or '!' or '?' && (end + 1 >= text.Length || char.IsWhiteSpace(text[end + 1]))))
        {
            end++;
        }

        return new TextSpan(start, Math.Min(text.Length, end + (end < text.Length && text[end] != '\n' ? 1 : 0)));
    }

    internal sealed record Score(int ConflictsFound, int Conflicts, int FalseAlarms, int Compatible, double EventPrecision, double EventRecall)
    {
        public override string ToString() =>
            $"conflicts {ConflictsFound}/{Conflicts}, false alarms {FalseAlarms}/{Compatible}, event pair precision {EventPrecision:0.000}, recall {EventRecall:0.000}";
    }
}
