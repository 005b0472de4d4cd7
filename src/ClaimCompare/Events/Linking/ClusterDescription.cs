using System.Text;

namespace ClaimCompare.Events.Linking;

/// <summary>
/// Describes a finished cluster from its own local events: its trigger and place (the most common, weighted by
/// claims), its date, its actors, and the <see cref="EventReason"/> its events belong together by.
/// </summary>
/// <remarks>Stateless; thread-safe. Each thread passes its own <see cref="Scratch"/>.</remarks>
internal static class ClusterDescription
{
    /// <summary>Describes one cluster.</summary>
    /// <param name="id">The cluster's id ("e1").</param>
    /// <param name="scratch">The cluster's members (local events with their claim counts, in node order) and working space.</param>
    /// <param name="date">The cluster's merged date; the date described is chosen from the members (<see cref="ClusterDate"/>).</param>
    /// <param name="claimIds">The cluster's claims, in canonical order.</param>
    /// <returns>The cluster.</returns>
    public static EventCluster Describe(string id, Scratch scratch, DateCue date, string[] claimIds)
    {
        var members = scratch.Members;
        var counts = scratch.Counts;
        var trigger = Trigger(members, counts);

        counts.Clear();
        var actors = new List<string>();
        var documents = 0;
        for (var m = 0; m < members.Count; m++)
        {
            var (e, claims) = members[m];
            for (var p = 0; p < Math.Min(2, e.Places.Count); p++)
            {
                Count(counts, e.Places[p], claims + 1);
            }

            actors.AddRange(e.Actors);

            // Members are in node order, where a document's events are consecutive and documents go by id.
            if (m == 0 || !string.Equals(e.DocumentId, members[m - 1].Event.DocumentId, StringComparison.Ordinal))
            {
                documents++;
            }
        }

        var place = MostCommon(counts);
        SortDistinct(actors);
        date = ClusterDate.Choose(members, date, scratch.Votes, scratch.Tally);
        var dateText = date.IsEmpty ? null : date.ToString();

        // Label and reason are written into one reused builder, so a cluster makes no strings but the two it keeps.
        var text = scratch.Text.Clear();
        var label = EventReasonText.AppendLabel(text, trigger, place, dateText).Length == 0 ? "unnamed event" : text.ToString();
        var reason = Reason(members, documents, trigger, place, dateText);
        var sentence = EventReasonText.AppendReason(text.Clear(), reason).ToString();
        return new EventCluster(id, label, new EventCues(trigger, place, date.Exact, actors), claimIds, sentence) { Basis = reason };
    }

    /// <summary>Why the members belong together.</summary>
    private static EventReason Reason(List<(LocalEvent Event, int Claims)> members, int documents, string? trigger, string? place, string? dateText)
    {
        // A story followed over time: the publication days of the reports that tell it (not of those that recall it), first to last.
        DateOnly? first = null, last = null;
        foreach (var (e, _) in members)
        {
            if (e.IsMain && e.PublishedOn is { } published)
            {
                first = first is { } f && f <= published ? f : published;
                last = last is { } l && l >= published ? l : published;
            }
        }

        var reportedOver = first is { } from && last is { } to && to.DayNumber - from.DayNumber >= 2 ? to.DayNumber - from.DayNumber + 1 : 0;
        var kind = documents == 1
            ? members.Exists(m => m.Event.IsMain) ? EventReasonKind.MainEventOfOneDocument : EventReasonKind.RecalledByOneDocument
            : members.TrueForAll(m => m.Event.Series) ? EventReasonKind.RecalledSeries
            : trigger is not null || place is not null || dateText is not null ? EventReasonKind.SharedCues : EventReasonKind.SharedTerms;
        var marker = kind == EventReasonKind.RecalledByOneDocument ? members.First(m => m.Event.Marker is not null).Event.Marker : null;
        return new EventReason(kind, documents, marker, members.Exists(m => !m.Event.IsMain), trigger, place, dateText, documents > 1 ? reportedOver : 0);
    }

    /// <summary>The most common specific trigger, weighted by claims; else the most common trigger; ties to the ordinally first.</summary>
    private static string? Trigger(List<(LocalEvent Event, int Claims)> members, Dictionary<string, int> counts)
    {
        counts.Clear();
        foreach (var (e, claims) in members)
        {
            if (!CompiledEventLexicon.IsGeneric(e.Family))
            {
                Count(counts, e.Trigger!, claims + 1);
            }
        }

        var trigger = MostCommon(counts);
        if (trigger is null)
        {
            foreach (var (e, claims) in members)
            {
                if (e.Trigger is not null)
                {
                    Count(counts, e.Trigger, claims + 1);
                }
            }

            trigger = MostCommon(counts);
        }

        return trigger;
    }

    /// <summary>Sorts names ordinally and keeps each once.</summary>
    private static void SortDistinct(List<string> names)
    {
        names.Sort(StringComparer.Ordinal);
        var distinct = 0;
        for (var a = 0; a < names.Count; a++)
        {
            if (distinct == 0 || !string.Equals(names[a], names[distinct - 1], StringComparison.Ordinal))
            {
                names[distinct++] = names[a];
            }
        }

        names.RemoveRange(distinct, names.Count - distinct);
    }

    private static void Count(Dictionary<string, int> counts, string value, int weight) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _) += weight;

    /// <summary>The value with the largest total weight, ties to the ordinally first; <see langword="null"/> when there is none.</summary>
    private static string? MostCommon(Dictionary<string, int> counts)
    {
        string? best = null;
        var bestCount = 0;
        foreach (var (value, count) in counts)
        {
            if (best is null || count > bestCount || (count == bestCount && string.CompareOrdinal(value, best) < 0))
            {
                (best, bestCount) = (value, count);
            }
        }

        return best;
    }

    /// <summary>One thread's working space for describing clusters.</summary>
    /// <remarks>Used by one thread at a time; not thread-safe.</remarks>
    internal sealed class Scratch
    {
        public List<(LocalEvent Event, int Claims)> Members { get; } = [];

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        public StringBuilder Text { get; } = new();

        public Dictionary<(string Document, int Day), bool> Votes { get; } = [];

        public Dictionary<int, (int Documents, int Calendar)> Tally { get; } = [];
    }
}
