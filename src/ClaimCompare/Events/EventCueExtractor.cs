using ClaimCompare.Claims;
using ClaimCompare.Entities;
using ClaimCompare.Text;

namespace ClaimCompare.Events;

/// <summary>
/// Reads, for each claim, what its sentence, then its paragraph, then (for weak cues only) the
/// document's lead say about which event it is about: trigger, place, date and actors. A sentence that
/// recalls an earlier event ("previous attacks", "last week", "in January 2020") or names a different
/// kind of attack than the document's main event puts its claims into an event of their own.
/// </summary>
/// <remarks>
/// Relative dates ("Thursday", "last week", "earlier this month", "a year ago") are resolved against
/// <see cref="Document.PublishedOn"/>, else a dateline or byline date in the first lines; without
/// either they stay partial (a weekday, a year) and are never guessed. Instances are immutable and
/// thread-safe.
/// </remarks>
public sealed class EventCueExtractor
{

    private const int LeadLength = 500;
    private const int MaxLeadLength = 1500;
    private const int WeekdayLeadLength = 1000;
    private const int RelationWindow = 160;
    private const int SpecificTriggerReach = 30;

    private static readonly string[] ClauseBreaks = [";", ", but ", ", while ", ", whereas ", ", although ", ", though "];

    // Not a word (words are lower-case letters), so it never meets a term of the text.
    private const string SeriesTerm = "#series";

    private readonly IEntityResolver? resolver;
    private readonly EventLexicon lexicon = EventLexicon.Default;

    // The lexicon's phrase lists in one table, all found in a document in one pass (see AnalyzedText), by these indexes.
    private const int TriggerTable = 0;
    private const int BackgroundMarkerTable = 1;
    private const int RelationMarkerTable = 2;
    private const int SeriesMemberMarkerTable = 3;
    private readonly PhraseIndex phraseTable;
    private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> seriesNouns;

    /// <summary>Initializes a new instance of the <see cref="EventCueExtractor"/> class.</summary>
    /// <param name="resolver">Resolves place and actor names; <see langword="null"/> reads capitalised names after "in", "near", "at" instead.</param>
    public EventCueExtractor(IEntityResolver? resolver = null)
    {
        this.resolver = resolver;
        seriesNouns = lexicon.SeriesNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        phraseTable = new PhraseIndex([.. lexicon.Triggers.Select(t => t.Phrase)], lexicon.BackgroundMarkers, lexicon.RelationMarkers, lexicon.SeriesMemberMarkers);
    }

    /// <summary>Gets the resolver that names places and actors; a document whose claims carry a scan by it is not scanned again.</summary>
    internal IEntityResolver? Resolver => resolver;

    /// <summary>Reads the event cues of every claim of a document.</summary>
    /// <param name="document">The document's claims.</param>
    /// <returns>One set of cues per claim, in the order of <see cref="DocumentClaims.Claims"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<EventCues> Extract(DocumentClaims document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Read(document).ClaimCues;
    }

    /// <summary>Returns the date relative dates in a document are resolved against: its publication date, else its dateline.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The date, or <see langword="null"/> when the document gives none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static DateOnly? ReferenceDate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.PublishedOn is { } published)
        {
            return published;
        }

        using var text = new AnalyzedText(document.Text);
        return CueScanner.Dateline(text)?.Date;
    }

    /// <summary>Reads the local events of a document and assigns each claim to one.</summary>
    /// <param name="document">The document's claims.</param>
    /// <param name="pool">Numbers terms for all the documents of a run; <see langword="null"/> for a document read on its own.</param>
    /// <param name="withClaimCues">Whether to keep each claim's cues; linking needs only the events, so a batch run leaves them out.</param>
    /// <returns>The reading; without claim cues, <see cref="DocumentEventReading.ClaimCues"/> is empty.</returns>
    internal DocumentEventReading Read(DocumentClaims document, TermVocabulary? pool = null, bool withClaimCues = true)
    {
        pool ??= new TermVocabulary();
        var text = document.Document.Text;
        using var scan = new AnalyzedText(text);
        var docId = document.Document.Id;
        var dateline = document.Document.PublishedOn is null ? CueScanner.Dateline(scan) : null;
        var reference = document.Document.PublishedOn ?? dateline?.Date;
        // In text order, so each sentence finds its mentions by binary search rather than a scan of the whole document.
        // The claims stage's scan, when it was made with this resolver, is the scan this one would make.
        var scanned = document.EntityScan is { } carried && resolver is not null && ReferenceEquals(carried.Resolver, resolver) ? carried.Mentions : resolver?.ScanDocument(text).Mentions;
        var mentions = (scanned ?? []).OrderBy(m => m.Span.Start).ToArray();
        var lead = Lead(text);

        // One list gathers each event's terms in turn.
        using var terms = new TermBuffer(pool, text.Length / 4);
        // The cues of the sentence last read, in lists each sentence reuses: a sentence's claims are read one after another.
        TextSpan? cuesOf = null;
        var cues = (Triggers: new List<(int Start, TriggerEntry Entry, bool InRelation)>(), Dates: new List<(int Start, DateCue Cue)>(), Markers: new List<(int Start, string Phrase)>(), Places: (List<string>?)null);
        var main = ReadMain(document.Document, scan, lead, reference, dateline, mentions, terms, cues.Triggers);
        var events = new List<LocalEvent> { main };
        var byKey = new Dictionary<(int, int), int>();
        // The claims of a sentence share its nearest trigger, and so the place after it.
        var placeChecked = (Sentence: default(TextSpan), Trigger: -1, Place: (string?)null);
        // A report names its place again and again: each is searched for in the lead once.
        var inLead = new Dictionary<string, bool>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var claimEvents = new int[document.Claims.Count];
        var claimCues = withClaimCues ? new EventCues[document.Claims.Count] : [];

        for (var c = 0; c < document.Claims.Count; c++)
        {
            var claim = document.Claims[c];
            var sentence = SentenceSpan(text, claim);
            var paragraph = Line(text, sentence);

            // Claims of one sentence share its cues, read once for each run of them.
            if (cuesOf != sentence)
            {
                cuesOf = sentence;
                Triggers(scan, sentence, markRelation: true, cues.Triggers);
                cues.Dates.Clear();
                foreach (var dated in CueScanner.Dates(scan, sentence, reference))
                {
                    cues.Dates.Add(dated);
                }

                Markers(scan, sentence, cues.Markers);

                // Read when a claim needs them: most claims are of the main event, and its places are the lead's.
                cues.Places = null;
            }

            // Triggers in a clause about another event ("after rocket attacks ...") belong to the claim only when the claim is in that clause.
            var evidenceInRelation = InRelationClause(scan, sentence, claim.Evidence.Start);
            var nearest = Nearest(cues.Triggers, claim.Evidence, evidenceInRelation);

            // A date or marker speaks for the claim only up to the end of the claim's clause, and only when no other
            // attack the sentence names stands nearer to it ("the assault was carried out, according to the TTP,
            // in retaliation for a strike ... in August last year": August dates the strike, not the assault).
            var clause = ClauseOf(text, sentence, claim.Evidence);
            var date = DateCue.None;
            var dateDistance = int.MaxValue;
            foreach (var (start, cue) in cues.Dates)
            {
                var distance = Distance(start, start + 1, claim.Evidence);
                if (distance < dateDistance && SpeaksFor(text, clause, cues.Triggers, nearest, start))
                {
                    date = cue;
                    dateDistance = distance;
                }
            }

            string? marker = null;
            foreach (var (start, phrase) in cues.Markers)
            {
                if (SpeaksFor(text, clause, cues.Triggers, nearest, start))
                {
                    marker = phrase;
                    break;
                }
            }

            string? why = null;
            if (marker is not null)
            {
                why = "'" + marker + "'";
            }
            else if (!date.IsEmpty && (!date.CompatibleWith(main.Date) || (date.Year is not null && main.Date.Year is null && sentence.Start >= lead.End)))
            {
                // Reports date their own event by weekday and give the year of an earlier one ("the cathedral bombing of January 2019").
                why = "date " + date;
            }
            else if (nearest is { } t && !lexicon.FamiliesCompatible(t.Entry.Family, main.Family))
            {
                why = "trigger '" + t.Entry.Trigger + "'";
            }
            else if (claim.Kind == ClaimKind.Count && nearest is null && claim.Subject is { } counted && EndsWithAny(counted, lexicon.StandingForces))
            {
                // "US forces have been reduced to 2,500 personnel": a deployment, not something the attack did.
                why = counted + " counted where no attack is named";
            }
            else if (nearest is { } at && PlaceBeyondLead(scan, sentence, at, lead, inLead, ref placeChecked) is { } place)
            {
                // "the attack on Erbil": an attack placed somewhere the lead never names is another event.
                why = "place " + place;
            }

            // "Attacks aimed at US facilities, including one in Erbil last week that killed ...": past the phrase that
            // singles one out, claims and places belong to that one attack, not to the series.
            var seriesNamed = nearest is { } p && NamesSeries(p.Entry) && (EventLexicon.IsGeneric(p.Entry.Family) || !lexicon.FamiliesCompatible(p.Entry.Family, main.Family));
            var split = seriesNamed ? MemberMarker(scan, nearest!.Value, sentence) : -1;
            var member = split >= 0 && claim.Evidence.Start >= split;

            // Attacks of another year than the report's ("until a crackdown in 2014") are history, not the series a story recalls.
            var series = seriesNamed && !member && !(date.Year is { } year && year != main.Date.Year);
            if (why is null && series && ArmedGroupBlamedInAirStrikeReport(claim, main, sentence, mentions))
            {
                // Air forces announce their strikes; a militia's part in "the attacks" is about the attacks the strike answers.
                why = "'" + nearest!.Value.Entry.Phrase + "' of an armed group in a report on an air strike";
            }

            if (why is null)
            {
                claimEvents[c] = 0;
                if (withClaimCues)
                {
                    var claimPlaces = ClaimPlaces(scan, sentence, split, member, mentions, ref cues.Places);
                    var trigger = nearest is { } own && !EventLexicon.IsGeneric(own.Entry.Family) ? own.Entry.Trigger : main.Trigger;
                    claimCues[c] = new EventCues(trigger, (claimPlaces.Count > 0 ? claimPlaces[0] : null) ?? (main.Places.Count > 0 ? main.Places[0] : null), date.Merge(main.Date).Exact ?? main.Date.Exact, Actors(sentence, mentions, claim));
                }

                continue;
            }

            var places = ClaimPlaces(scan, sentence, split, member, mentions, ref cues.Places);
            var actors = Actors(sentence, mentions, claim);

            // A background sentence: its own event, keyed by sentence and trigger so claims of one clause share it.
            if (date.IsEmpty)
            {
                foreach (var (_, cue) in CueScanner.Dates(scan, paragraph, reference))
                {
                    date = cue;
                    break;
                }
            }

            if (series && date.IsEmpty && main.Date.Year is { } reportYear)
            {
                // "Recent attacks" are recent for the report.
                date = new DateCue(reportYear, null, null, null);
            }

            nearest ??= Nearest(Triggers(scan, paragraph, markRelation: false, []), claim.Evidence, relationToo: true);
            var key = (sentence.Start, member ? split : nearest?.Start ?? -1);
            if (!byKey.TryGetValue(key, out var index))
            {
                terms.Clear();
                CueScanner.AddTerms(scan, paragraph, terms);
                if (series)
                {
                    // Series recalled in one story are proposed to each other even where their paragraphs share no word.
                    terms.Add(SeriesTerm);
                }

                index = events.Count;
                byKey[key] = index;
                events.Add(new LocalEvent(
                    docId,
                    index,
                    IsMain: false,
                    nearest?.Entry.Trigger,
                    nearest?.Entry.Family,
                    date,
                    places,
                    actors,
                    terms.ToSet(),
                    NotIn(places, main.Places),
                    Weekdays(CueScanner.Dates(scan, sentence, reference), dateline: null),
                    series ? why + ", a series" : why,
                    Series: series));
            }

            claimEvents[c] = index;
            if (withClaimCues)
            {
                claimCues[c] = new EventCues(nearest?.Entry.Trigger, places.Count > 0 ? places[0] : null, date.Exact, actors);
            }
        }

        // Figures travel between outlets: a toll of 93 or 221 repeated across documents ties them to one event.
        for (var e = 0; e < events.Count; e++)
        {
            terms.Clear();
            for (var c = 0; c < claimEvents.Length; c++)
            {
                if (claimEvents[c] == e)
                {
                    AddFigure(terms, document.Claims[c].Interval.Low);
                    AddFigure(terms, document.Claims[c].Interval.High);
                }
            }

            if (terms.Count > 0)
            {
                terms.AddRange(events[e].Terms);
                events[e] = events[e] with { Terms = terms.ToSet() };
            }
        }

        return new DocumentEventReading(docId, events, claimEvents, claimCues);
    }

    private LocalEvent ReadMain(Document document, AnalyzedText scan, TextSpan lead, DateOnly? reference, (DateOnly Date, int Start)? dateline, EntityMention[] mentions, TermBuffer terms, List<(int Start, TriggerEntry Entry, bool InRelation)> triggers)
    {
        var text = document.Text;
        var docId = document.Id;
        // "Following a drone attack, the US launched air strikes": the answered event tells look-alike answers apart.
        string? cause = null;
        TriggerEntry? specific = null, named = null, any = null;
        foreach (var (_, entry, inRelation) in Triggers(scan, lead, markRelation: true, triggers))
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

        var date = DateCue.None;
        foreach (var (start, cue) in CueScanner.Dates(scan, lead, reference))
        {
            // The dateline dates the report, not the event; only that one phrase is skipped.
            if (dateline is { } d && start == d.Start)
            {
                continue;
            }

            var sentence = Line(text, new TextSpan(start, start));
            if (scan.FirstOf(phraseTable, BackgroundMarkerTable, sentence) is null)
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

        CueScanner.AddTerms(scan, new TextSpan(0, text.Length), terms);
        return new LocalEvent(
            docId,
            0,
            IsMain: true,
            chosen?.Trigger,
            chosen?.Family,
            date,
            Places(scan, lead, mentions),
            Actors(lead, mentions, null),
            terms.ToSet(),
            SpecificPlaces: [],
            Weekdays(CueScanner.Dates(scan, Lead(text, WeekdayLeadLength), reference), dateline?.Start),
            Marker: null,
            cause);
    }

    /// <summary>The triggers of a span in text order, each marked when <paramref name="markRelation"/> with whether it stands in a clause about another event.</summary>
    /// <returns><paramref name="found"/>, cleared and filled.</returns>
    private List<(int Start, TriggerEntry Entry, bool InRelation)> Triggers(AnalyzedText scan, TextSpan span, bool markRelation, List<(int Start, TriggerEntry Entry, bool InRelation)> found)
    {
        // Phrase by phrase in lexicon order, each phrase's matches in text order, as a search per phrase would find them.
        Span<PhraseHit> matches = stackalloc PhraseHit[32];
        var count = 0;
        foreach (var match in scan.Hits(phraseTable, TriggerTable, span))
        {
            if (count == matches.Length)
            {
                var more = new PhraseHit[matches.Length * 2];
                matches.CopyTo(more);
                matches = more;
            }

            matches[count++] = match;
        }

        matches = matches[..count];
        matches.Sort(static (a, b) => a.Phrase != b.Phrase ? a.Phrase.CompareTo(b.Phrase) : a.Start.CompareTo(b.Start));
        found.Clear();
        foreach (var (start, end, phrase) in matches)
        {
            // Longer phrases come first, so a shorter one inside an earlier match is dropped.
            if (!Overlaps(found, start, end))
            {
                found.Add((start, lexicon.Triggers[phrase], false));
            }
        }

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        if (markRelation)
        {
            for (var i = 0; i < found.Count; i++)
            {
                found[i] = found[i] with { InRelation = InRelationClause(scan, span, found[i].Start) };
            }
        }

        return found;
    }

    private static bool Overlaps(List<(int Start, TriggerEntry Entry, bool InRelation)> found, int start, int end)
    {
        foreach (var f in found)
        {
            if (f.Start < end && start < f.Start + f.Entry.Phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    private bool InRelationClause(AnalyzedText scan, TextSpan span, int position)
    {
        var text = scan.Text;
        // The clause that holds the position: back to the nearest clause break, at most RelationWindow characters.
        var start = position;
        while (start > span.Start && position - start < RelationWindow && text[start - 1] is not (',' or '.' or ';' or ':' or '\n'))
        {
            start--;
        }

        var clause = new TextSpan(start, position);
        return !clause.IsEmpty && scan.FirstOf(phraseTable, RelationMarkerTable, clause) is not null;
    }

    /// <summary>The background markers of a sentence, in text order: the lexicon's phrases and "last March".</summary>
    private void Markers(AnalyzedText scan, TextSpan sentence, List<(int Start, string Phrase)> markers)
    {
        markers.Clear();
        foreach (var match in scan.Hits(phraseTable, BackgroundMarkerTable, sentence))
        {
            markers.Add((match.Start, lexicon.BackgroundMarkers[match.Phrase]));
        }

        if (CueScanner.LastMonth(scan, sentence) is { } lastMonth)
        {
            markers.Add(lastMonth);
        }

        markers.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// The part of a sentence that can speak for a claim: everything up to the end of the claim's clause. A clause
    /// set against the claim after it (", but", ", while", ", whereas", ", although", ";") tells of something else;
    /// what comes before the claim still frames it ("Last week, a rocket attack killed 4, while 10 were injured").
    /// </summary>
    private static TextSpan ClauseOf(string text, TextSpan sentence, TextSpan evidence)
    {
        // One pass for the earliest break: every break starts with ';' or ','.
        for (var p = Math.Clamp(evidence.End, sentence.Start, sentence.End); p < sentence.End; p++)
        {
            if (text[p] is not (';' or ','))
            {
                continue;
            }

            foreach (var clauseBreak in ClauseBreaks)
            {
                if (p + clauseBreak.Length <= sentence.End && text.AsSpan(p, clauseBreak.Length).Equals(clauseBreak, StringComparison.OrdinalIgnoreCase))
                {
                    return new TextSpan(sentence.Start, p);
                }
            }
        }

        return sentence;
    }

    /// <summary>
    /// Whether a date or marker at <paramref name="position"/> speaks for a claim whose nearest trigger is <paramref name="own"/>:
    /// it lies in the claim's clause, and no other attack the sentence names stands nearer to it.
    /// </summary>
    private static bool SpeaksFor(string text, TextSpan clause, List<(int Start, TriggerEntry Entry, bool InRelation)> triggers, (int Start, TriggerEntry Entry)? own, int position) =>
        clause.Contains(position) && (own is not { } mine || triggers.Count < 2
            || SameMention(text, triggers, NearestOf(triggers, new TextSpan(position, position + 1), relationToo: true, specificOnly: false)!.Value.Start, mine.Start));

    /// <summary>Whether two triggers of a sentence name the attack in one phrase ("suicide bomb blast"): nothing but spaces between them.</summary>
    private static bool SameMention(string text, List<(int Start, TriggerEntry Entry, bool InRelation)> triggers, int a, int b)
    {
        // Triggers are in text order, so each one's neighbour is the next in the list.
        var (from, to) = a <= b ? (a, b) : (b, a);
        for (var i = 0; i + 1 < triggers.Count; i++)
        {
            var (start, entry, _) = triggers[i];
            if (start >= from && start < to)
            {
                var end = start + entry.Phrase.Length;
                var next = triggers[i + 1].Start;
                if (next > to || text.AsSpan(end, Math.Max(next - end, 0)).Trim().Length > 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether a trigger phrase names several attacks ("attacks", "air strikes") rather than one.</summary>
    /// <remarks>
    /// Only a plural event noun of the lexicon's series nouns counts: "two rockets hit the embassy" is one
    /// attack with two munitions, and "floods" or "twin blasts" are one disaster or one bombing.
    /// </remarks>
    private bool NamesSeries(TriggerEntry entry) =>
        seriesNouns.Contains(entry.Phrase.AsSpan(entry.Phrase.LastIndexOf(' ') + 1));

    /// <summary>Where a phrase singling out one of a series ("including one", "the latest") follows the series in its sentence, or -1.</summary>
    private int MemberMarker(AnalyzedText text, (int Start, TriggerEntry Entry) series, TextSpan sentence)
    {
        var from = series.Start + series.Entry.Phrase.Length;
        if (sentence.End <= from)
        {
            return -1;
        }

        // The earliest of them: "including one in Erbil that ... injured several, including one soldier" splits at the first.
        foreach (var match in text.Hits(phraseTable, SeriesMemberMarkerTable, new TextSpan(from, sentence.End)))
        {
            return match.Start;
        }

        return -1;
    }

    private static bool ArmedGroupBlamedInAirStrikeReport(Claim claim, LocalEvent main, TextSpan sentence, EntityMention[] mentions) =>
        claim.Kind == ClaimKind.Responsibility
        && string.Equals(main.Family, "airstrike", StringComparison.Ordinal)
        && claim.Actor is { } actor
        && NamesArmedGroup(Within(mentions, sentence), actor);

    // Loops, not LINQ, in the helpers the claim loop calls: a lambda over a loop variable costs a closure on every
    // claim, whether or not the test runs.
    private static bool NamesArmedGroup(ArraySegment<EntityMention> mentions, string actor)
    {
        foreach (var mention in mentions)
        {
            if (mention.Entity.Type == EntityType.ArmedGroup && string.Equals(mention.Entity.CanonicalName, actor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SamePlaceAsAny(string place, IReadOnlyList<string> others)
    {
        foreach (var other in others)
        {
            if (CueScanner.SamePlace(other, place))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(string text, IReadOnlyList<string> suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The places that are not the same place as any of <paramref name="others"/>, in order.</summary>
    private static List<string> NotIn(List<string> places, IReadOnlyList<string> others)
    {
        var specific = new List<string>();
        foreach (var place in places)
        {
            if (!SamePlaceAsAny(place, others))
            {
                specific.Add(place);
            }
        }

        return specific;
    }

    /// <summary>The place right after a trigger when the lead never names it, remembering the last answer.</summary>
    private static string? PlaceBeyondLead(AnalyzedText text, TextSpan sentence, (int Start, TriggerEntry Entry) trigger, TextSpan lead, Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> inLead, ref (TextSpan Sentence, int Trigger, string? Place) last)
    {
        if (last.Sentence != sentence || last.Trigger != trigger.Start)
        {
            string? beyond = null;
            if (PlaceAfter(text, sentence, trigger) is { } place)
            {
                var name = text.Text.AsSpan(place.Start, place.Length);
                if (!inLead.TryGetValue(name, out var named))
                {
                    named = text.Text.AsSpan(lead.Start, lead.Length).IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0;
                    inLead[name] = named;
                }

                beyond = named ? null : place.Slice(text.Text);
            }

            last = (sentence, trigger.Start, beyond);
        }

        return last.Place;
    }

    private static TextSpan? PlaceAfter(AnalyzedText text, TextSpan sentence, (int Start, TriggerEntry Entry) trigger)
    {
        var after = trigger.Start + trigger.Entry.Phrase.Length;
        var window = new TextSpan(after, Math.Min(sentence.End, after + 40));
        if (window.IsEmpty)
        {
            return null;
        }

        // Only a place that follows the trigger at once: "attack on Erbil", "rocket attack near the city of Irbil".
        var words = text.Words(window);
        if (words.Length == 0 || words[0].Start - after > 1 || text.Word(words[0]) is not ("on" or "in" or "near" or "at"))
        {
            return null;
        }

        foreach (var place in CueScanner.Places(text, new TextSpan(words[0].Start, window.End), allowOn: true))
        {
            return place.Start - words[0].Start < 30 ? place : null;
        }

        return null;
    }

    /// <summary>The trigger nearest the evidence; triggers in a clause about another event count only when <paramref name="relationToo"/>.</summary>
    private static (int Start, TriggerEntry Entry)? Nearest(List<(int Start, TriggerEntry Entry, bool InRelation)> triggers, TextSpan evidence, bool relationToo)
    {
        // A trigger that names the weapon outranks a generic one close by ("the drone struck": drone, not strike),
        // but not a generic one much closer ("the drone attack and a series of attacks by groups ...").
        var specific = NearestOf(triggers, evidence, relationToo, specificOnly: true);
        var any = NearestOf(triggers, evidence, relationToo, specificOnly: false);
        return specific is { } s && any is { } a && DistanceOf(s, evidence) - DistanceOf(a, evidence) <= SpecificTriggerReach ? s : any;
    }

    private static int DistanceOf((int Start, TriggerEntry Entry) trigger, TextSpan evidence) =>
        Distance(trigger.Start, trigger.Start + trigger.Entry.Phrase.Length, evidence);

    private static (int Start, TriggerEntry Entry)? NearestOf(List<(int Start, TriggerEntry Entry, bool InRelation)> triggers, TextSpan evidence, bool relationToo, bool specificOnly)
    {
        (int Start, TriggerEntry Entry)? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (start, entry, inRelation) in triggers)
        {
            if ((inRelation && !relationToo) || (specificOnly && (EventLexicon.IsGeneric(entry.Family) || string.Equals(entry.Family, "strike", StringComparison.Ordinal))))
            {
                continue;
            }

            var distance = Distance(start, start + entry.Phrase.Length, evidence);
            if (distance < bestDistance)
            {
                best = (start, entry);
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int Distance(int start, int end, TextSpan evidence) =>
        end <= evidence.Start ? evidence.Start - end : start >= evidence.End ? start - evidence.End : 0;

    /// <summary>The places of a claim's part of its sentence: the whole sentence's (read once, then kept), or the side of a series marker the claim is on.</summary>
    private static List<string> ClaimPlaces(AnalyzedText text, TextSpan sentence, int split, bool member, EntityMention[] mentions, ref List<string>? sentencePlaces) =>
        split < 0
            ? sentencePlaces ??= Places(text, sentence, mentions)
            : Places(text, member ? new TextSpan(split, sentence.End) : new TextSpan(sentence.Start, split), mentions);

    private static List<string> Places(AnalyzedText text, TextSpan span, EntityMention[] mentions)
    {
        var places = new List<string>();
        foreach (var mention in Within(mentions, span))
        {
            if (mention.Entity.Type == EntityType.Place && span.Contains(mention.Span) && !places.Contains(mention.Entity.CanonicalName))
            {
                places.Add(mention.Entity.CanonicalName);
            }
        }

        if (places.Count == 0)
        {
            // A name is made a string only the first time it is read.
            foreach (var place in CueScanner.Places(text, span))
            {
                if (!Holds(places, text.Text.AsSpan(place.Start, place.Length)))
                {
                    places.Add(place.Slice(text.Text));
                }
            }
        }

        return places;
    }

    private static bool Holds(List<string> names, ReadOnlySpan<char> name)
    {
        foreach (var held in names)
        {
            if (name.SequenceEqual(held))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Actors(TextSpan span, EntityMention[] mentions, Claim? claim)
    {
        var actors = new List<string>();
        if (claim?.Actor is { } actor)
        {
            actors.Add(actor);
        }

        foreach (var mention in Within(mentions, span))
        {
            if (mention.Entity.Type is EntityType.ArmedGroup or EntityType.Government or EntityType.Agency
                && span.Contains(mention.Span) && !actors.Contains(mention.Entity.CanonicalName))
            {
                actors.Add(mention.Entity.CanonicalName);
            }
        }

        return actors;
    }

    /// <summary>The mentions that start inside a span, from mentions sorted by start.</summary>
    private static ArraySegment<EntityMention> Within(EntityMention[] mentions, TextSpan span)
    {
        var (lo, end) = AnalyzedText.StartingIn<EntityMention>(mentions, static m => m.Span.Start, span);
        return new ArraySegment<EntityMention>(mentions, lo, end - lo);
    }

    private static TextSpan SentenceSpan(string text, Claim claim)
    {
        var s = claim.Sentence;
        if (s.IsEmpty || s.Start < 0 || s.End > text.Length || !s.Contains(claim.Evidence))
        {
            var evidence = claim.Evidence;
            var start = Math.Clamp(evidence.Start, 0, text.Length);
            var end = Math.Clamp(evidence.End, start, text.Length);
            return Line(text, new TextSpan(start, end));
        }

        return s;
    }

    /// <summary>Returns the line (paragraph) that holds the span.</summary>
    private static TextSpan Line(string text, TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end);
        return new TextSpan(lineStart, lineEnd < 0 ? text.Length : lineEnd);
    }

    private static void AddFigure(TermBuffer figures, double? value)
    {
        // Small numbers (one, two, three) recur by chance; larger ones identify a report.
        Span<char> figure = stackalloc char[32];
        if (value is >= 10 and < 1e9 && Math.Round(value.Value).TryFormat(figure[1..], out var length, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            figure[0] = '#';
            figures.Add(figure[..(length + 1)]);
        }
    }

    /// <summary>The set of weekdays the dates name, as bits, leaving out the dateline's date.</summary>
    private static int Weekdays(DateScan dates, int? dateline)
    {
        var set = 0;
        foreach (var (start, cue) in dates)
        {
            if (start != dateline && (cue.Exact?.DayOfWeek ?? cue.Weekday) is { } day)
            {
                set |= 1 << (int)day;
            }
        }

        return set;
    }

    /// <summary>The headline and opening lines: whole lines until about <paramref name="length"/> characters.</summary>
    private static TextSpan Lead(string text, int length = LeadLength)
    {
        var end = 0;
        while (end < text.Length && end < length)
        {
            var next = text.IndexOf('\n', end);
            end = next < 0 ? text.Length : next + 1;
        }

        return new TextSpan(0, Math.Min(end, Math.Min(text.Length, MaxLeadLength)));
    }
}
