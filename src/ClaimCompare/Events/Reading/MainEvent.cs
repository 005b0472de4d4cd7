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
    public static LocalEvent Read(CompiledEventLexicon lexicon, Document document, AnalyzedText scan, TextSpan lead, DateOnly? reference, (DateOnly Date, int Start)? dateline, EntityMention[] mentions, TermBuffer terms, List<(int Start, TriggerEntry Entry, bool InRelation)> triggers)
    {
        var text = document.Text;

        // "Following a drone attack, the US launched air strikes": the answered event tells look-alike answers apart.
        string? cause = null;
        TriggerEntry? specific = null, named = null, any = null;
        foreach (var (_, entry, inRelation) in TriggerCues.Find(lexicon, scan, lead, markRelation: true, triggers))
        {
            if (inRelation)
            {
                cause ??= CompiledEventLexicon.IsGeneric(entry.Family) ? null : entry.Family;
                continue;
            }

            any ??= entry;
            if (!CompiledEventLexicon.IsGeneric(entry.Family))
            {
                named ??= entry;
                if (!string.Equals(entry.Family, "strike", StringComparison.Ordinal))
                {
                    specific ??= entry;
                }
            }
        }

        // "Two weeks after a landslide leveled a village, search operations are about to finish": a lead that names
        // no event outside its clauses about another tells of the aftermath of the one they name.
        var chosen = specific ?? named ?? any;
        if (chosen is null && cause is not null)
        {
            foreach (var (_, entry, inRelation) in triggers)
            {
                if (inRelation && !CompiledEventLexicon.IsGeneric(entry.Family))
                {
                    chosen = entry;
                    cause = null;
                    break;
                }
            }
        }
        var date = Date(lexicon, scan, text, reference, dateline, out var weekdays);
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
            weekdays,
            Marker: null,
            cause)
        {
            PublishedOn = reference,
        };
    }

    /// <summary>
    /// The event's own day: of the lead's dates outside the dateline and outside a sentence that recalls another
    /// event, those a trigger anchors (<see cref="EventDates"/>), the most firmly anchored first and, among equals, the
    /// latest (a lead recalls earlier events, not later ones); never a day after the report. Without one, the
    /// publication year: a day of reporting ("said on Monday", "the toll rose on Tuesday") never dates the event.
    /// </summary>
    private static DateCue Date(CompiledEventLexicon lexicon, AnalyzedText scan, string text, DateOnly? reference, (DateOnly Date, int Start)? dateline, out int weekdays)
    {
        var date = DateCue.None;
        var strength = EventDates.Unanchored;
        weekdays = 0;
        var span = DocumentSpans.Lead(text, DocumentSpans.WeekdayLeadLength);
        var triggers = TriggerCues.Find(lexicon, scan, span, markRelation: false, []);
        foreach (var (start, cue) in CueScanner.Dates(scan, span, reference))
        {
            // The dateline dates the report, not the event; only that one phrase is skipped.
            if ((dateline is { } d && start == d.Start) || (reference is { } r && cue.Exact is { } day && day.DayNumber > r.DayNumber + 1))
            {
                continue;
            }

            var sentence = DocumentSpans.Line(text, new TextSpan(start, start));
            if (scan.FirstOf(TriggerCues.BackgroundMarkerTable, sentence) is not null)
            {
                continue;
            }

            var anchor = EventDates.Anchor(lexicon, scan, sentence, start, triggers);
            if (anchor <= EventDates.Unanchored)
            {
                continue;
            }

            if (cue.StatedWeekday is { } weekday)
            {
                weekdays |= 1 << (int)weekday;
            }

            if (anchor > strength || (anchor == strength && cue.Exact is { } later && date.Exact is { } earlier && later > earlier))
            {
                date = cue;
                strength = anchor;
            }
        }

        if (reference is { } published && date.Year is null && (date.IsEmpty || date.Weekday is not null) && published.DayOfYear > 7)
        {
            // Without an event date the publication year still keeps look-alikes from other years apart.
            date = date with { Year = published.Year };
        }

        return date;
    }
}
