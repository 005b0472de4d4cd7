using ClaimCompare.Claims;
using ClaimCompare.Entities;
using ClaimCompare.Text;

namespace ClaimCompare.Events.Reading;

/// <summary>
/// Reads one document into its local events: the main event from the lead, then, claim by claim, whether the
/// claim's sentence recalls another event (a marker, a contradicting date, another kind of attack, a place the lead
/// never names, a series) and, if so, which; last, the figures each event's claims give.
/// </summary>
/// <remarks>Mutable working state of one reading; used by one thread and dropped when the reading ends.</remarks>
internal sealed class DocumentReader
{
    // Not a word (words are lower-case letters), so it never meets a term of the text.
    private const string SeriesTerm = "#series";

    private readonly EventCueExtractor extractor;
    private readonly CompiledEventLexicon lexicon;
    private readonly DocumentClaims document;
    private readonly AnalyzedText scan;
    private readonly string text;
    private readonly DateOnly? reference;
    private readonly EntityMention[] mentions;
    private readonly TextSpan lead;
    private readonly TermBuffer terms;
    private readonly bool withClaimCues;
    private readonly LocalEvent main;
    private readonly List<LocalEvent> events;

    // Background events by (sentence start, trigger or series-marker start), so claims of one clause share one.
    private readonly Dictionary<(int, int), int> byKey = [];

    // A report names its place again and again: each is searched for in the lead once.
    private readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> inLead = new Dictionary<string, bool>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly int[] claimEvents;
    private readonly EventCues[] claimCues;

    // The cues of the sentence last read, in lists each sentence reuses: a sentence's claims are read one after another.
    private readonly List<(int Start, TriggerEntry Entry, bool InRelation)> triggers = [];
    private readonly List<(int Start, DateCue Cue)> dates = [];
    private readonly List<(int Start, string Phrase)> markers = [];
    private TextSpan? cuesOf;

    // Read when a claim needs them: most claims are of the main event, and its places are the lead's.
    private List<string>? sentencePlaces;

    // The claims of a sentence share its nearest trigger, and so the place after it.
    private (TextSpan Sentence, int Trigger, string? Place) placeChecked = (default, -1, null);

    private DocumentReader(EventCueExtractor extractor, DocumentClaims document, AnalyzedText scan, IReadOnlyList<EntityMention>? scanned, TermBuffer terms, bool withClaimCues)
    {
        this.extractor = extractor;
        this.document = document;
        this.scan = scan;
        this.terms = terms;
        this.withClaimCues = withClaimCues;
        lexicon = extractor.Lexicon;
        text = document.Document.Text;
        var dateline = document.Document.PublishedOn is null ? CueScanner.Dateline(scan) : null;
        reference = document.Document.PublishedOn ?? dateline?.Date;

        // In text order, so each sentence finds its mentions by binary search rather than a scan of the whole document.
        // The analysed document's scan, when it was made with this resolver, is the scan this one would make.
        mentions = (scanned ?? extractor.Resolver?.ScanDocument(text).Mentions ?? []).OrderBy(m => m.Span.Start).ToArray();
        lead = DocumentSpans.Lead(text);
        main = MainEvent.Read(lexicon, document.Document, scan, lead, reference, dateline, mentions, terms, triggers);
        events = [main];
        claimEvents = new int[document.Claims.Count];
        claimCues = withClaimCues ? new EventCues[document.Claims.Count] : [];
    }

    /// <summary>Reads the local events of a document and assigns each claim to one.</summary>
    /// <param name="extractor">The reader whose lexicon, phrase table and resolver to use.</param>
    /// <param name="document">The document's claims.</param>
    /// <param name="analyzed">The same document analysed by the pipeline, whose text and entity scan are read; <see langword="null"/> to analyse it here.</param>
    /// <param name="pool">Numbers terms for all the documents of a run.</param>
    /// <param name="withClaimCues">Whether to keep each claim's cues.</param>
    /// <returns>The reading; without claim cues, <see cref="DocumentEventReading.ClaimCues"/> is empty.</returns>
    public static DocumentEventReading Read(EventCueExtractor extractor, DocumentClaims document, AnalyzedDocument? analyzed, TermVocabulary pool, bool withClaimCues)
    {
        // The analysed text serves only the text it was made of; one made here is this reading's to let go.
        var shared = analyzed is not null && ReferenceEquals(analyzed.Document.Text, document.Document.Text) ? analyzed : null;
        using var own = shared is null ? new AnalyzedText(document.Document.Text) : null;
        var documentScan = shared?.Text ?? own!;
        documentScan.FindPhrasesOf(extractor.PhraseIndex);

        // One list gathers each event's terms in turn.
        using var eventTerms = new TermBuffer(pool, document.Document.Text.Length / 4);
        var reader = new DocumentReader(extractor, document, documentScan, shared?.EntitiesFor(extractor.Resolver)?.Mentions, eventTerms, withClaimCues);
        for (var c = 0; c < document.Claims.Count; c++)
        {
            reader.ReadClaim(c);
        }

        reader.AddFigures();
        return new DocumentEventReading(document.Document.Id, reader.events, reader.claimEvents, reader.claimCues);
    }

    private void ReadClaim(int c)
    {
        var claim = document.Claims[c];
        var sentence = DocumentSpans.SentenceOf(text, claim);

        // Claims of one sentence share its cues, read once for each run of them.
        if (cuesOf != sentence)
        {
            ReadSentence(sentence);
        }

        // Triggers in a clause about another event ("after rocket attacks ...") belong to the claim only when the claim is in that clause.
        var evidenceInRelation = TriggerCues.InRelationClause(scan, sentence, claim.Evidence.Start);
        var nearest = TriggerCues.Nearest(triggers, claim.Evidence, evidenceInRelation);

        // A date or marker speaks for the claim only up to the end of the claim's clause, and only when no other
        // attack the sentence names stands nearer to it ("the assault was carried out, according to the TTP,
        // in retaliation for a strike ... in August last year": August dates the strike, not the assault).
        var clause = TriggerCues.ClauseOf(text, sentence, claim.Evidence);
        var date = DateCue.None;
        var dateDistance = int.MaxValue;
        foreach (var (start, cue) in dates)
        {
            var distance = TriggerCues.Distance(start, start + 1, claim.Evidence);
            if (distance < dateDistance && TriggerCues.SpeaksFor(text, clause, triggers, nearest, start))
            {
                date = cue;
                dateDistance = distance;
            }
        }

        string? marker = null;
        foreach (var (start, phrase) in markers)
        {
            if (TriggerCues.SpeaksFor(text, clause, triggers, nearest, start))
            {
                marker = phrase;
                break;
            }
        }

        var why = BackgroundReason(claim, sentence, date, marker, nearest, evidenceInRelation);

        // "Attacks aimed at US facilities, including one in Erbil last week that killed ...": past the phrase that
        // singles one out, claims and places belong to that one attack, not to the series.
        var seriesNamed = nearest is { } p && extractor.NamesSeries(p.Entry) && (CompiledEventLexicon.IsGeneric(p.Entry.Family) || !lexicon.FamiliesCompatible(p.Entry.Family, main.Family));
        var split = seriesNamed ? TriggerCues.MemberMarker(scan, nearest!.Value, sentence) : -1;
        var member = split >= 0 && claim.Evidence.Start >= split;

        // Attacks of another year than the report's ("until a crackdown in 2014") are history, not the series a story recalls.
        var series = seriesNamed && !member && !(date.Year is { } year && year != main.Date.Year);
        if (why is null && series && ArmedGroupBlamedInAirStrikeReport(claim, sentence))
        {
            // Air forces announce their strikes; a militia's part in "the attacks" is about the attacks the strike answers.
            why = "'" + nearest!.Value.Entry.Phrase + "' of an armed group in a report on an air strike";
        }

        if (why is null)
        {
            claimEvents[c] = 0;
            if (withClaimCues)
            {
                var claimPlaces = MentionCues.ClaimPlaces(scan, sentence, split, member, mentions, ref sentencePlaces);
                var trigger = nearest is { } own && !CompiledEventLexicon.IsGeneric(own.Entry.Family) ? own.Entry.Trigger : main.Trigger;
                claimCues[c] = new EventCues(trigger, (claimPlaces.Count > 0 ? claimPlaces[0] : null) ?? (main.Places.Count > 0 ? main.Places[0] : null), date.Merge(main.Date).Exact ?? main.Date.Exact, MentionCues.Actors(sentence, mentions, claim));
            }

            return;
        }

        AssignBackground(c, sentence, date, nearest, why, series, split, member);
    }

    private void ReadSentence(TextSpan sentence)
    {
        cuesOf = sentence;
        TriggerCues.Find(lexicon, scan, sentence, markRelation: true, triggers);
        dates.Clear();
        foreach (var dated in CueScanner.Dates(scan, sentence, reference))
        {
            // A day beside a reporting verb ("the toll rose to 278 on Monday") is the day of the report, not of
            // another event, and so is a weekday or "yesterday" beside no trigger; a year or a month still sets an event
            // apart ("a quake in 2004"), and so does a calendar date ("On October 27, 2020, a timed device killed ...").
            var anchor = dated.Cue.Day is null && dated.Cue.Weekday is null ? EventDates.Attributive : EventDates.Anchor(lexicon, scan, sentence, dated.Start, triggers);
            if (anchor > EventDates.Unanchored || (anchor == EventDates.Unanchored && !EventDates.IsRelativeDay(text, dated.Start)))
            {
                dates.Add(dated);
            }
        }

        TriggerCues.Markers(lexicon, scan, sentence, markers);
        sentencePlaces = null;
    }

    /// <summary>Why a claim's sentence is about another event than the main one, or <see langword="null"/> when it is about the main event.</summary>
    private string? BackgroundReason(Claim claim, TextSpan sentence, DateCue date, string? marker, (int Start, TriggerEntry Entry)? nearest, bool evidenceInRelation)
    {
        if (marker is not null)
        {
            return "'" + marker + "'";
        }

        if (evidenceInRelation && nearest is { } recalled && AnotherBefore(recalled.Start))
        {
            // "a week after another tremor struck the island and killed 17": "another" sets the event apart from the report's own.
            return "'another " + recalled.Entry.Phrase + "'";
        }

        if (!date.IsEmpty && BeforeStoryWindow(date))
        {
            // A report that dates its own event by nothing tells of recent news: "in April", in a July report, is another event.
            return "date " + date;
        }

        if (!date.IsEmpty && (!date.CompatibleWith(main.Date) || (date.Year is not null && main.Date.Year is null && sentence.Start >= lead.End)))
        {
            // Reports date their own event by weekday and give the year of an earlier one ("the cathedral bombing of January 2019").
            return "date " + date;
        }

        if (nearest is { } t && !lexicon.FamiliesCompatible(t.Entry.Family, main.Family))
        {
            return "trigger '" + t.Entry.Trigger + "'";
        }

        if (claim.Kind == ClaimKind.Count && nearest is null && claim.Subject is { } counted && EndsWithAny(counted, lexicon.StandingForces))
        {
            // "US forces have been reduced to 2,500 personnel": a deployment, not something the attack did.
            return counted + " counted where no attack is named";
        }

        if (nearest is { } at && MentionCues.PlaceBeyondLead(scan, sentence, at, lead, main.Places, inLead, ref placeChecked) is { } place)
        {
            // "the attack on Erbil": an attack placed somewhere the lead never names is another event.
            return "place " + place;
        }

        return null;
    }

    /// <summary>Puts a claim into the background event of its sentence and trigger, made when the first of its claims comes.</summary>
    private void AssignBackground(int c, TextSpan sentence, DateCue date, (int Start, TriggerEntry Entry)? nearest, string why, bool series, int split, bool member)
    {
        var claim = document.Claims[c];
        var paragraph = DocumentSpans.Line(text, sentence);
        var places = MentionCues.ClaimPlaces(scan, sentence, split, member, mentions, ref sentencePlaces);
        var actors = MentionCues.Actors(sentence, mentions, claim);

        // A background sentence: its own event, keyed by sentence and trigger so claims of one clause share it.
        if (date.IsEmpty)
        {
            foreach (var (_, cue) in CueScanner.Dates(scan, paragraph, reference))
            {
                // The main event's own day in the paragraph ("the quake on Aug 5 ... a week after another tremor") dates the main event.
                if (main.Date.Exact is { } own && cue.Exact is { } day && Math.Abs(own.DayNumber - day.DayNumber) <= 1)
                {
                    continue;
                }

                date = cue;
                break;
            }
        }

        if (series && date.IsEmpty && main.Date.Year is { } reportYear)
        {
            // "Recent attacks" are recent for the report.
            date = new DateCue(reportYear, null, null, null);
        }

        nearest ??= TriggerCues.Nearest(TriggerCues.Find(lexicon, scan, paragraph, markRelation: false, []), claim.Evidence, relationToo: true);
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
                document.Document.Id,
                index,
                IsMain: false,
                nearest?.Entry.Trigger,
                nearest?.Entry.Family,
                date,
                places,
                actors,
                terms.ToSet(),
                MentionCues.NotIn(places, main.Places),
                DocumentSpans.Weekdays(CueScanner.Dates(scan, sentence, reference), dateline: null),
                series ? why + ", a series" : why,
                Series: series)
            {
                PublishedOn = reference,
            });
        }

        claimEvents[c] = index;
        if (withClaimCues)
        {
            claimCues[c] = new EventCues(nearest?.Entry.Trigger, places.Count > 0 ? places[0] : null, date.Exact, actors);
        }
    }

    /// <summary>Adds to each event the figures its claims give: a toll of 93 or 221 repeated across documents ties them to one event.</summary>
    /// <remarks>
    /// Claims are bucketed by event in one pass, in claim order: a scan of every claim per event was quadratic in a long
    /// document, whose background sentences make thousands of local events.
    /// </remarks>
    private void AddFigures()
    {
        // Counting sort: claimsOf[first[e]..first[e + 1]] are event e's claims, ascending.
        var first = new int[events.Count + 1];
        foreach (var e in claimEvents)
        {
            first[e + 1]++;
        }

        for (var e = 0; e < events.Count; e++)
        {
            first[e + 1] += first[e];
        }

        var claimsOf = new int[claimEvents.Length];
        var next = first[..^1];
        for (var c = 0; c < claimEvents.Length; c++)
        {
            claimsOf[next[claimEvents[c]]++] = c;
        }

        for (var e = 0; e < events.Count; e++)
        {
            terms.Clear();
            for (var k = first[e]; k < first[e + 1]; k++)
            {
                var claim = document.Claims[claimsOf[k]];
                DocumentSpans.AddFigure(terms, claim.Interval.Low);
                DocumentSpans.AddFigure(terms, claim.Interval.High);
            }

            if (terms.Count > 0)
            {
                terms.AddRange(events[e].Terms);
                events[e] = events[e] with { Terms = terms.ToSet() };
            }
        }
    }

    /// <summary>Whether "another" stands among the three words before a trigger ("another tremor", "another deadly quake").</summary>
    private bool AnotherBefore(int trigger)
    {
        var words = scan.Words(new TextSpan(Math.Max(0, trigger - 40), trigger));
        for (var w = words.Length - 1; w >= Math.Max(0, words.Length - 3); w--)
        {
            if (scan.Word(words[w]).Equals("another", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a date lies wholly before the days a main event that the report does not date can lie in (<see cref="Linking.EventKeys.StoryWindowDays"/>).</summary>
    private bool BeforeStoryWindow(DateCue date)
    {
        if (main.Date.Exact is not null || reference is not { } published || (date.Month is null && date.Year is null))
        {
            return false;
        }

        // A month without a year is the latest such month by the report: "in April" in a July report.
        var year = date.Year ?? (date.Month <= published.Month ? published.Year : published.Year - 1);
        var latest = date.Exact ?? (date.Month is { } month ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, 12, 31));
        return latest.DayNumber < published.DayNumber - Linking.EventKeys.StoryWindowDays;
    }

    private bool ArmedGroupBlamedInAirStrikeReport(Claim claim, TextSpan sentence) =>
        claim.Kind == ClaimKind.Responsibility
        && string.Equals(main.Family, "airstrike", StringComparison.Ordinal)
        && claim.Actor is { } actor
        && MentionCues.NamesArmedGroup(mentions, sentence, actor);

    private static bool EndsWithAny(string value, IReadOnlyList<string> suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
