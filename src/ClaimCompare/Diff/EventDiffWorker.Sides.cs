using ClaimCompare.Claims;
using ClaimCompare.Quantities;

namespace ClaimCompare.Diff;

/// <summary>What every disagreement needs from its sides: the built sides with their voices, its type and its severity.</summary>
internal sealed partial class EventDiffWorker
{
    // BuildSide's scratch.
    private readonly List<(string Voice, string Document)> voiceDocuments = [];
    private readonly List<Voice> voices = [];

    private static string VoiceKey(Claim claim) => claim.Source.Speaker ?? claim.Outlet ?? claim.DocumentId;

    private static double Severity(double gap, Side a, Side b, DisagreementType type)
    {
        var weight = 1 + (0.5 * Math.Log(Math.Max(1, a.Voices.Count) * (double)Math.Max(1, b.Voices.Count)));
        var severity = gap * weight;
        return type == DisagreementType.Revision ? severity / 2 : severity;
    }

    private Side BuildSide(List<int> side, string label)
    {
        Interval? common = members[side[0]].Interval;
        var ids = new string[side.Count];
        voiceDocuments.Clear();
        for (var k = 0; k < side.Count; k++)
        {
            var claim = members[side[k]].Claim;
            ids[k] = claim.Id;
            common = k == 0 ? common : common?.Intersect(members[side[k]].Interval);
            voiceDocuments.Add((VoiceKey(claim), claim.DocumentId));
        }

        // Each voice with its documents, distinct and in order; the voices carried by the most documents first.
        voiceDocuments.Sort(static (x, y) =>
        {
            var c = string.CompareOrdinal(x.Voice, y.Voice);
            return c != 0 ? c : string.CompareOrdinal(x.Document, y.Document);
        });
        voices.Clear();
        for (var start = 0; start < voiceDocuments.Count;)
        {
            var end = start + 1;
            var distinct = 1;
            for (; end < voiceDocuments.Count && string.Equals(voiceDocuments[end].Voice, voiceDocuments[start].Voice, StringComparison.Ordinal); end++)
            {
                distinct += string.Equals(voiceDocuments[end].Document, voiceDocuments[end - 1].Document, StringComparison.Ordinal) ? 0 : 1;
            }

            var documents = new string[distinct];
            documents[0] = voiceDocuments[start].Document;
            for (int k = start + 1, d = 1; k < end; k++)
            {
                if (!string.Equals(voiceDocuments[k].Document, voiceDocuments[k - 1].Document, StringComparison.Ordinal))
                {
                    documents[d++] = voiceDocuments[k].Document;
                }
            }

            voices.Add(new Voice(voiceDocuments[start].Voice, documents));
            start = end;
        }

        voices.Sort(static (x, y) =>
        {
            var c = y.Documents.Count.CompareTo(x.Documents.Count);
            return c != 0 ? c : string.CompareOrdinal(x.Source, y.Source);
        });
        return new Side(ids, common ?? members[side[0]].Interval, label, voices.ToArray());
    }

    private DisagreementType TypeOf(List<List<int>> sides)
    {
        // One voice, or one outlet in its own voice (with at most one named speaker), updating a figure is a
        // revision; one article quoting two different speakers is still a conflict between them.
        var first = members[sides[0][0]].Claim;
        var voice = VoiceKey(first);
        var oneDocument = true;
        var oneVoice = true;
        string? speaker = null;
        var speakers = false;
        var timed = false;
        foreach (var side in sides)
        {
            foreach (var m in side)
            {
                var claim = members[m].Claim;
                oneDocument &= string.Equals(claim.DocumentId, first.DocumentId, StringComparison.Ordinal);
                oneVoice &= string.Equals(VoiceKey(claim), voice, StringComparison.Ordinal);
                speakers |= claim.Source.Speaker is { } s && speaker is not null && !string.Equals(s, speaker, StringComparison.Ordinal);
                speaker ??= claim.Source.Speaker;

                timed |= claim.Timing != ClaimTiming.Current;
            }
        }

        if (oneVoice || (oneDocument && !speakers))
        {
            return DisagreementType.Revision;
        }

        // An update or an earlier figure revises its own voice's figure on the other side.
        if (timed && sides.Count == 2)
        {
            Reset(strings);
            foreach (var m in sides[0])
            {
                strings.Add(VoiceKey(members[m].Claim));
            }

            foreach (var m in sides[1])
            {
                if (strings.Contains(VoiceKey(members[m].Claim)))
                {
                    return DisagreementType.Revision;
                }
            }
        }

        return DisagreementType.Conflict;
    }
}
