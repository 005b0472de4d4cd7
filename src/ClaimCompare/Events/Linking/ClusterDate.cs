namespace ClaimCompare.Events.Linking;

/// <summary>
/// Chooses a finished cluster's date by what its documents say, never by which document sorts first: the full day
/// the most documents give (a document counted once per day), ties to the earliest day, since an event comes before
/// the reports that follow it up; a calendar date outweighs a day resolved from a relative word. Without a full day,
/// the cluster's merged cue, whose weekday is resolved against the earliest publication date among its reports.
/// </summary>
/// <remarks>Stateless; thread-safe. Renaming or reordering the documents cannot change the answer.</remarks>
internal static class ClusterDate
{
    /// <summary>Chooses the date of a cluster.</summary>
    /// <param name="members">The cluster's local events with their claim counts.</param>
    /// <param name="merged">The date the cluster's members merged into while linking.</param>
    /// <param name="votes">Working space, cleared here.</param>
    /// <param name="tally">Working space, cleared here.</param>
    /// <returns>The date.</returns>
    public static DateCue Choose(List<(LocalEvent Event, int Claims)> members, DateCue merged, Dictionary<(string Document, int Day), bool> votes, Dictionary<int, (int Documents, int Calendar)> tally)
    {
        // Each document's days once, with whether it writes the day as a calendar date anywhere.
        votes.Clear();
        foreach (var (e, _) in members)
        {
            if (e.Date.Exact is { } day)
            {
                var key = (e.DocumentId, day.DayNumber);
                votes[key] = (votes.TryGetValue(key, out var calendar) && calendar) || !e.Date.Relative;
            }
        }

        if (votes.Count > 0)
        {
            return Vote(votes, tally);
        }

        // The weekday most documents give, not the one of whichever merged first (linking holds weekdays soft).
        if (merged.Exact is null && merged.Weekday is not null)
        {
            merged = merged with { Weekday = MostGivenWeekday(members) ?? merged.Weekday };
        }

        // A weekday with no day, in reports without a date of their own: the most recent such weekday by the earliest
        // report that has one, a week at most before it (a report's weekday is of the week it was written in).
        if (merged.Exact is null && merged.Weekday is { } weekday && EarliestPublication(members) is { } published)
        {
            var days = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
            var resolved = DateCue.Of(published.AddDays(-days)) with { Relative = true };
            if (resolved.CompatibleWith(merged))
            {
                return resolved;
            }
        }

        return merged;
    }

    private static DateCue Vote(Dictionary<(string Document, int Day), bool> votes, Dictionary<int, (int Documents, int Calendar)> tally)
    {
        // Per day: documents, and documents that write it as a calendar date.
        tally.Clear();
        foreach (var ((_, day), calendar) in votes)
        {
            ref var t = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tally, day, out _);
            t = (t.Documents + 1, t.Calendar + (calendar ? 1 : 0));
        }

        // More documents, then more calendar dates, then the earlier day: the answer does not depend on the order seen.
        var (best, bestDocuments, bestCalendar) = (int.MaxValue, 0, 0);
        foreach (var (day, (documents, calendar)) in tally)
        {
            if (documents > bestDocuments || (documents == bestDocuments && (calendar > bestCalendar || (calendar == bestCalendar && day < best))))
            {
                (best, bestDocuments, bestCalendar) = (day, documents, calendar);
            }
        }

        return DateCue.Of(DateOnly.FromDayNumber(best)) with { Relative = bestCalendar == 0 };
    }

    private static DayOfWeek? MostGivenWeekday(List<(LocalEvent Event, int Claims)> members)
    {
        Span<int> documents = stackalloc int[7];
        string? previous = null;
        var seen = 0;
        foreach (var (e, _) in members)
        {
            // Members of one document are consecutive: a document counts once per weekday.
            if (!string.Equals(e.DocumentId, previous, StringComparison.Ordinal))
            {
                (previous, seen) = (e.DocumentId, 0);
            }

            if (e.Date.Exact is null && e.Date.Weekday is { } w && (seen & (1 << (int)w)) == 0)
            {
                seen |= 1 << (int)w;
                documents[(int)w]++;
            }
        }

        var best = -1;
        for (var w = 0; w < 7; w++)
        {
            best = documents[w] > 0 && (best < 0 || documents[w] > documents[best]) ? w : best;
        }

        return best < 0 ? null : (DayOfWeek)best;
    }

    private static DateOnly? EarliestPublication(List<(LocalEvent Event, int Claims)> members)
    {
        DateOnly? earliest = null;
        foreach (var (e, _) in members)
        {
            if (e.IsMain && e.PublishedOn is { } published && (earliest is null || published < earliest))
            {
                earliest = published;
            }
        }

        return earliest;
    }
}
