using ClaimCompare.Claims;
using ClaimCompare.Quantities;

namespace ClaimCompare.Diff;

/// <summary>What every disagreement needs from its sides: the built sides with their voices, its type and its severity.</summary>
internal sealed partial class EventDiffWorker
{
    // BuildSide's scratch.
    private readonly List<(string Voice, string Document)> voiceDocuments = [];
    private readonly List<Voice> voices = [];

    // The facts of the current group's sides, and each built once when a disagreement needs it.
    private readonly List<SideFacts> mainFacts = [];
    private readonly List<Side?> mainBuilt = [];
    private readonly List<HashSet<string>?> mainVoices = [];

    /// <summary>The name a claim's voice is shown by when neither a speaker nor an outlet is known.</summary>
    internal const string Unattributed = "unattributed";

    // Marks the key of an unattributed voice: no speaker or outlet name holds a control character.
    private const char UnattributedMark = '\u0001';

    /// <summary>
    /// Who a claim speaks for: its speaker, else its document's outlet, else an unattributed voice of its own document,
    /// which never equals another document's voice and is never shown by the file name (<see cref="VoiceName"/>).
    /// </summary>
    private static string VoiceKey(Claim claim) => claim.Source.Speaker ?? claim.Outlet ?? UnattributedMark + claim.DocumentId;

    /// <summary>The name a voice key is shown by: "unattributed" for a document with neither speaker nor outlet.</summary>
    private static string VoiceName(string key) => key.Length > 0 && key[0] == UnattributedMark ? Unattributed : key;

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

            voices.Add(new Voice(VoiceName(voiceDocuments[start].Voice), documents));
            start = end;
        }

        voices.Sort(static (x, y) =>
        {
            var c = y.Documents.Count.CompareTo(x.Documents.Count);
            c = c != 0 ? c : string.CompareOrdinal(x.Source, y.Source);
            return c != 0 ? c : string.CompareOrdinal(x.Documents[0], y.Documents[0]);
        });
        return new Side(ids, common ?? members[side[0]].Interval, label, voices.ToArray());
    }

    /// <summary>Works out the facts of a group's sides once, for its disagreement and every bridge that refers to them.</summary>
    private void MainSides(List<List<int>> sides)
    {
        mainFacts.Clear();
        mainBuilt.Clear();
        mainVoices.Clear();
        foreach (var side in sides)
        {
            mainFacts.Add(Facts(side));
            mainBuilt.Add(null);
            mainVoices.Add(null);
        }
    }

    private SideFacts FactsOf(SideRef side) => side.Main >= 0 ? mainFacts[side.Main] : Facts(side.Members);

    private Side BuiltSide(SideRef side) =>
        side.Main >= 0 ? mainBuilt[side.Main] ??= BuildSide(side.Members, NumberLabel(side.Members)) : BuildSide(side.Members, NumberLabel(side.Members));

    private SideFacts Facts(List<int> side)
    {
        Reset(strings);
        var first = members[side[0]].Claim;
        var firstVoice = VoiceKey(first);
        var (minLow, minOrder, rank, start) = (double.PositiveInfinity, int.MaxValue, 1, int.MaxValue);
        var (oneDocument, oneVoice, manySpeakers, timed) = (true, true, false, false);
        string? speaker = null;
        foreach (var m in side)
        {
            var claim = members[m].Claim;
            strings.Add(claim.DocumentId);
            var low = members[m].Interval.Low ?? double.NegativeInfinity;
            minLow = low < minLow || double.IsNaN(low) ? low : minLow;
            minOrder = Math.Min(minOrder, members[m].Order);
            oneDocument &= string.Equals(claim.DocumentId, first.DocumentId, StringComparison.Ordinal);
            oneVoice &= string.Equals(VoiceKey(claim), firstVoice, StringComparison.Ordinal);
            manySpeakers |= claim.Source.Speaker is { } s && speaker is not null && !string.Equals(s, speaker, StringComparison.Ordinal);
            speaker ??= claim.Source.Speaker;
            timed |= claim.Timing != ClaimTiming.Current;
            rank = claim.Timing == ClaimTiming.Earlier ? 0 : claim.Timing == ClaimTiming.Updated && rank != 0 ? 2 : rank;
            start = Math.Min(start, claim.Evidence.Start);
        }

        return new SideFacts(strings.Count, minLow, minOrder, first.DocumentId, oneDocument, firstVoice, oneVoice, speaker, manySpeakers, timed, rank, start);
    }

    private DisagreementType TypeOf(List<SideRef> sides)
    {
        // One voice, or one outlet in its own voice (with at most one named speaker), updating a figure is a
        // revision; one article quoting two different speakers is still a conflict between them. Read from each
        // side's facts in order, as if every claim were read in order.
        var first = FactsOf(sides[0]);
        var oneDocument = true;
        var oneVoice = true;
        string? speaker = null;
        var speakers = false;
        var timed = false;
        foreach (var side in sides)
        {
            var facts = FactsOf(side);
            oneDocument &= facts.OneDocument && string.Equals(facts.FirstDocument, first.FirstDocument, StringComparison.Ordinal);
            oneVoice &= facts.OneVoice && string.Equals(facts.FirstVoice, first.FirstVoice, StringComparison.Ordinal);
            speakers |= facts.ManySpeakers || (facts.FirstSpeaker is { } s && speaker is not null && !string.Equals(s, speaker, StringComparison.Ordinal));
            speaker ??= facts.FirstSpeaker;
            timed |= facts.Timed;
        }

        if (oneVoice || (oneDocument && !speakers))
        {
            return DisagreementType.Revision;
        }

        // An update or an earlier figure revises its own voice's figure on the other side.
        return timed && sides.Count == 2 && ShareAVoice(sides[0], sides[1]) ? DisagreementType.Revision : DisagreementType.Conflict;
    }

    private bool ShareAVoice(SideRef a, SideRef b)
    {
        var (small, large) = (VoicesOf(a), VoicesOf(b));
        (small, large) = small.Count <= large.Count ? (small, large) : (large, small);
        foreach (var voice in small)
        {
            if (large.Contains(voice))
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string> VoicesOf(SideRef side)
    {
        if (side.Main >= 0 && mainVoices[side.Main] is { } known)
        {
            return known;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in side.Members)
        {
            set.Add(VoiceKey(members[m].Claim));
        }

        if (side.Main >= 0)
        {
            mainVoices[side.Main] = set;
        }

        return set;
    }

    /// <summary>A side of a disagreement being built: its members, and the group's side it is when whole (-1 otherwise).</summary>
    /// <param name="Members">The members, in side order.</param>
    /// <param name="Main">The index of the group's side it is whole, whose facts and built <see cref="Side"/> are shared; -1 for a side of its own.</param>
    private readonly record struct SideRef(List<int> Members, int Main);

    /// <summary>What the ranking, the type and the time order need to know of a side, gathered in one pass over it.</summary>
    private readonly record struct SideFacts(
        int Documents,
        double MinLow,
        int MinOrder,
        string FirstDocument,
        bool OneDocument,
        string FirstVoice,
        bool OneVoice,
        string? FirstSpeaker,
        bool ManySpeakers,
        bool Timed,
        int Rank,
        int Start);
}
