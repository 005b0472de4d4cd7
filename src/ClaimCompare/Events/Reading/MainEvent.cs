using ClaimCompare.Entities;
using ClaimCompare.Text;

namespace ClaimCompare.Events.Reading;

/// <summary>Reads a document's main event from its lead: the trigger, the event it answers, its date, places, actors and weekdays, and the document's terms.</summary>
/// <remarks>Stateless; thread-safe.</remarks>
internal static class MainEvent
{
    /// <summary>Reads the main event.</summary>
    /// <param name="lexicon">The event lexicon.</param>
    /// <param name="document">The document.</param>
    /// <param name="scan">The document's words and phrase matches.</param>
    /// <param name="lead">The document's lead.</param>
    /// <param name="reference">The date relative dates are resolved against, when known.</param>
    /// <param name="dateline">The dateline's date and where it starts, when the document has one and no publication date.</param>
    /// <param name="mentions">The resolver's mentions, sorted by start.</param>
    /// <param name="terms">Gathers the document's terms; cleared by the caller before.</param>
    /// <param name="triggers">A list to find triggers into.</param>
    /// <returns>The main event, index 0.</returns>
    public static LocalEvent Read(EventLexicon lexicon, Document document, AnalyzedText scan, TextSpan lead, DateOnly? reference, (DateOnly Date, int Start)? dateline, EntityMention[] mentions, TermBuffer terms, List<(int Start, TriggerEntry Entry, bool InRelation)> triggers)
    {
        var text = document.Text;

        // "Following a drone attack, the US launched air strikes": the answered event tells look-alike answers apart.
        string? cause = null;
        TriggerEntry? specific = null, named = null, any = null;
        foreach (var (_, entry, inRelation) in TriggerCues.Find(lexicon, scan, lead, markRelation: true, triggers))
        {
            if (inRelation)
            {
                cause ??= EventLexicon.IsGeneric(entry.Family) ? null : entry.Family;
                continue;
            }

            any ??= entry;
            if (!EventLexicon.IsGeneric(entry.Family))
            {
                named ??= entry;
                if (!string.Equals(entry.Family, "strike", StringComparison.Ordinal))
                {
                    specific ??= entry;
                }
            }
        }

        var chosen = specific ?? named ?? any;
        var date = Date(scan, text, lead, reference, dateline);
        CueScanner.AddTerms(scan, new TextSpan(0, text.Length), terms);
        return new LocalEvent(
            document.Id,
            0,
            IsMain: true,
            chosen?.Trigger,
            chosen?.Family,
            date,
            MentionCues.Places(scan, lead, mentions),
            MentionCues.Actors(lead, mentions, null),
            terms.ToSet(),
            SpecificPlaces: [],
            DocumentSpans.Weekdays(CueScanner.Dates(scan, DocumentSpans.Lead(text, DocumentSpans.WeekdayLeadLength), reference), dateline?.Start),
            Marker: null,
            cause);
    }

    /// <summary>The first date of the lead outside the dateline and outside a sentence that recalls another event; else the publication year.</summary>
    private static DateCue Date(AnalyzedText scan, string text, TextSpan lead, DateOnly? reference, (DateOnly Date, int Start)? dateline)
    {
        var date = DateCue.None;
        foreach (var (start, cue) in CueScanner.Dates(scan, lead, reference))
        {
            // The dateline dates the report, not the event; only that one phrase is skipped.
            if (dateline is { } d && start == d.Start)
            {
                continue;
            }

            var sentence = DocumentSpans.Line(text, new TextSpan(start, start));
            if (scan.FirstOf(TriggerCues.BackgroundMarkerTable, sentence) is null)
            {
                date = cue;
                break;
            }
        }

        if (reference is { } r && date.Year is null && (date.IsEmpty || date.Weekday is not null) && r.DayOfYear > 7)
        {
            // Without an event date the publication year still keeps look-alikes from other years apart.
            date = date with { Year = r.Year };
        }

        return date;
    }
}
