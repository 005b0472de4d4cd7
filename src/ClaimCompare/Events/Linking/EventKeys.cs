namespace ClaimCompare.Events.Linking;

/// <summary>
/// What linking asks of every pair of local events it weighs, read once per event into numbers: the document,
/// trigger family and cause as ids, the exact day, weekdays, and each place as the ids of its spelling and skeleton.
/// </summary>
/// <remarks>
/// Linking weighs millions of pairs; comparing strings, computing dates and following references to events
/// scattered over the heap for each pair cost most of its time. The answers are those of the strings they stand
/// for: two families are compatible exactly when <see cref="CompiledEventLexicon.FamiliesCompatible"/> says so, two places
/// are the same exactly when <see cref="CueScanner.SamePlace"/> says so. Instances are immutable after construction
/// and thread-safe.
/// </remarks>
internal sealed class EventKeys
{
    private const int NoDay = int.MinValue;
    private const int NoSkeleton = -1;

    // How many days before its publication a report that dates its main event by nothing may tell of it: follow-ups
    // weeks later name the event's day ("the June 2 crash", "two weeks after the landslide"); undated, a report is news.
    public const int StoryWindowDays = 31;

    private readonly Fact[] facts;
    private readonly DateCue[] dates;
    // Per family id (0 for none), whether it names a weapon; and per pair of ids, whether the lexicon lets them be one event.
    private readonly bool[] specific;
    private readonly bool[] compatible;
    private readonly int familyCount;
    // Every event's places, then (for a background event) the places its main event does not name, each as two ids
    // its spelling ignoring case, and its consonant skeleton when that is long enough to compare (else NoSkeleton).
    private readonly int[] placeTexts;
    private readonly int[] placeSkeletons;
    // And as the gazetteer's area (PlaceAreas): a town matches its region and country, two towns do not.
    private readonly PlaceAreas.Area[] placeAreas;

    public EventKeys(IReadOnlyList<LocalEvent> nodes, CompiledEventLexicon lexicon)
    {
        var documentIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var familyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var families = new List<string?> { null };
        var places = new PlaceIds();
        var placeCount = 0;
        foreach (var node in nodes)
        {
            placeCount += node.Places.Count + (node.IsMain ? 0 : node.SpecificPlaces.Count);
        }

        placeTexts = new int[placeCount];
        placeSkeletons = new int[placeCount];
        placeAreas = new PlaceAreas.Area[placeCount];
        facts = new Fact[nodes.Count];
        dates = new DateCue[nodes.Count];
        var next = 0;
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            if (!documentIds.TryGetValue(node.DocumentId, out var document))
            {
                document = documentIds.Count;
                documentIds.Add(node.DocumentId, document);
            }

            var placeStart = next;
            var placeEnd = places.Add(node.Places, placeTexts, placeSkeletons, placeAreas, placeStart);
            var anchorStart = node.IsMain ? placeStart : placeEnd;
            var anchorEnd = node.IsMain ? placeEnd : places.Add(node.SpecificPlaces, placeTexts, placeSkeletons, placeAreas, placeEnd);
            facts[n] = new Fact(
                document,
                FamilyId(node.Family),
                FamilyId(node.Cause),
                node.Date.Exact is { } exact ? exact.DayNumber : NoDay,
                node.Date.Exact is { } day ? day.DayNumber - (DateCue.Slack(node.Date.Relative) - DateCue.Slack(false)) : node.IsMain && node.PublishedOn is { } recent ? recent.DayNumber - StoryWindowDays : int.MinValue,
                node.Date.Exact is { } last ? last.DayNumber : node.PublishedOn is { } published ? published.DayNumber : int.MaxValue,
                node.Weekdays,
                node.IsMain,
                node.Series,
                placeStart,
                placeEnd,
                anchorStart,
                anchorEnd);
            dates[n] = node.Date;
            next = anchorEnd;
        }

        familyCount = families.Count;
        specific = new bool[familyCount];
        compatible = new bool[familyCount * familyCount];
        for (var i = 0; i < familyCount; i++)
        {
            specific[i] = !CompiledEventLexicon.IsGeneric(families[i]);
            for (var j = 0; j < familyCount; j++)
            {
                compatible[(i * familyCount) + j] = lexicon.FamiliesCompatible(families[i], families[j]);
            }
        }

        int FamilyId(string? family)
        {
            if (family is null)
            {
                return 0;
            }

            if (!familyIds.TryGetValue(family, out var id))
            {
                id = families.Count;
                familyIds.Add(family, id);
                families.Add(family);
            }

            return id;
        }
    }

    /// <summary>Gets the number of events.</summary>
    public int Count => facts.Length;

    /// <summary>Returns whether the event is its document's main event.</summary>
    public bool IsMain(int node) => facts[node].IsMain;

    /// <summary>Returns whether the event is a recalled series of attacks.</summary>
    public bool Series(int node) => facts[node].Series;

    /// <summary>Returns what the text says about when the event happened.</summary>
    public DateCue Date(int node) => dates[node];

    /// <summary>
    /// Returns whether one event is recalled and the other is a main event the recall names: by a place its own report's
    /// main event does not name, a stated date, and a kind of event of its own that agrees (a family, not a word: an
    /// "explosion at a Baghdad hospital in April" recalls the Baghdad hospital fire).
    /// </summary>
    /// <remarks>
    /// The dates must agree, not merely not contradict: the main event's year is known and the recall states a month or
    /// year. A recall that names no place names the event by its day and the same kind ("the July 29 quake") unless its
    /// places and the event's differ.
    /// </remarks>
    public bool RecallsMainEvent(int a, int b) =>
        IsMain(a) != IsMain(b) && IsSpecific(Family(a)) && IsSpecific(Family(b))
        && ((StatesMonthOrYear(IsMain(a) ? b : a) && dates[IsMain(a) ? a : b].Year is not null && NameSamePlace(a, b))
            || (SameDay(a, b) && Family(a) == Family(b) && (facts[a].Places == facts[a].PlacesEnd || facts[b].Places == facts[b].PlacesEnd || SharePlace(a, b))));

    /// <summary>
    /// Returns whether one main event is dated to a day and the other, undated, is told by a report published that day or
    /// within <see cref="DateCue.Slack"/> days after, with the same specific kind of event at one same named place: news
    /// reports an event as it happens, so a report that gives no day of its own tells of that day's event.
    /// </summary>
    /// <remarks>The place must be the same name, not a town and its country, and the kind a weapon or disaster, not "attack".</remarks>
    public bool ReportsSameDay(int a, int b)
    {
        if (!IsMain(a) || !IsMain(b) || !IsSpecific(Family(a)) || Family(a) != Family(b) || (facts[a].Day == NoDay) == (facts[b].Day == NoDay))
        {
            return false;
        }

        var (dated, undated) = facts[a].Day != NoDay ? (a, b) : (b, a);
        var published = facts[undated].Latest;
        return published != int.MaxValue && published - facts[dated].Day >= 0 && published - facts[dated].Day <= DateCue.Slack(relative: true)
            && dates[undated].CompatibleWith(dates[dated]) && NameSamePlace(a, b);
    }

    /// <summary>Whether the two events name one same place, not merely places one inside the other: a country holds many events.</summary>
    private bool NameSamePlace(int a, int b) => AnySamePlace(facts[a].Places, facts[a].PlacesEnd, facts[b].Places, facts[b].PlacesEnd, containment: false);

    /// <summary>Returns whether the text gives the event's month or year, not only a weekday.</summary>
    public bool StatesMonthOrYear(int node) => dates[node].Month is not null || dates[node].Year is not null;

    /// <summary>Returns whether the text says anything of when the event happened.</summary>
    public bool HasDate(int node) => !dates[node].IsEmpty;

    /// <summary>Returns the weekdays the text gives for the event, as a bit set (bit 0 Sunday).</summary>
    public int Weekdays(int node) => facts[node].Weekdays;

    /// <summary>Returns the event's trigger family as an id, 0 for none; equal ids are equal families.</summary>
    public int Family(int node) => facts[node].Family;

    /// <summary>Returns the id of the family of the event a main event answers, 0 for none.</summary>
    public int Cause(int node) => facts[node].Cause;

    /// <summary>Returns whether a family id names a weapon (not none and not the generic "attack").</summary>
    public bool IsSpecific(int family) => specific[family];

    /// <summary>Returns whether two family ids may be one event (<see cref="CompiledEventLexicon.FamiliesCompatible"/>).</summary>
    public bool FamiliesCompatible(int a, int b) => compatible[(a * familyCount) + b];

    /// <summary>Returns whether two events come from the same document.</summary>
    public bool SameDocument(int a, int b) => facts[a].Document == facts[b].Document;

    /// <summary>Returns whether both events have an exact date and those are at most a day apart.</summary>
    /// <remarks>Two days when either was resolved from a relative word against a page's date (<see cref="DateCue.Slack"/>).</remarks>
    public bool SameDay(int a, int b) => facts[a].Day != NoDay && facts[b].Day != NoDay && Math.Abs(facts[a].Day - facts[b].Day) <= DateCue.Slack(dates[a].Relative || dates[b].Relative);

    /// <summary>Returns whether nothing the two events' dates say contradicts (<see cref="DateCue.CompatibleWith"/>).</summary>
    /// <remarks>
    /// Each event also has a window of days: its own day when known, else up to the day its report was published (a report
    /// tells only of what happened by then) and, for a main event, from <see cref="StoryWindowDays"/> before.
    /// </remarks>
    public bool DatesCompatible(int a, int b) =>
        facts[a].Day != NoDay && facts[b].Day != NoDay ? SameDay(a, b) : dates[a].CompatibleWith(dates[b]) && Overlap(facts[a].Earliest, facts[a].Latest, facts[b].Earliest, facts[b].Latest);

    /// <summary>Returns the first and last day the event can have happened on (<see cref="int.MinValue"/> and <see cref="int.MaxValue"/> when unbounded).</summary>
    public (int Earliest, int Latest) Window(int node) => (facts[node].Earliest, facts[node].Latest);

    /// <summary>Whether two windows of days overlap, one day allowed for time zones and late-night reports.</summary>
    public static bool Overlap(int earliestA, int latestA, int earliestB, int latestB) =>
        (long)Math.Max(earliestA, earliestB) <= (long)Math.Min(latestA, latestB) + 1;

    /// <summary>Returns whether the two events name a same place, or places one inside the other (a town and its region or country).</summary>
    public bool SharePlace(int a, int b) => AnySamePlace(facts[a].Places, facts[a].PlacesEnd, facts[b].Places, facts[b].PlacesEnd);

    /// <summary>
    /// Returns whether the two events name a same specific place: for a background event, one its own document's
    /// main event does not name ("the attack on Erbil"); for a main event, any of its places.
    /// </summary>
    public bool SharesSpecificPlace(int a, int b) => AnySamePlace(facts[a].Anchors, facts[a].AnchorsEnd, facts[b].Anchors, facts[b].AnchorsEnd);

    private bool AnySamePlace(int xStart, int xEnd, int yStart, int yEnd, bool containment = true)
    {
        for (var i = xStart; i < xEnd; i++)
        {
            for (var j = yStart; j < yEnd; j++)
            {
                if (placeTexts[i] == placeTexts[j] || (placeSkeletons[i] != NoSkeleton && placeSkeletons[i] == placeSkeletons[j]) || (containment ? PlaceAreas.Related(placeAreas[i], placeAreas[j]) : placeAreas[i].Place >= 0 && placeAreas[i].Place == placeAreas[j].Place))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>One event's facts; its places are [Places, PlacesEnd) of the place arrays and its specific places [Anchors, AnchorsEnd), the same range for a main event.</summary>
    private readonly record struct Fact(int Document, int Family, int Cause, int Day, int Earliest, int Latest, int Weekdays, bool IsMain, bool Series, int Places, int PlacesEnd, int Anchors, int AnchorsEnd);

    /// <summary>Numbers place names so that two get a same id exactly where <see cref="CueScanner.SamePlace"/> compares them equal on that part, and reads each one's area.</summary>
    /// <remarks>Used by one thread while facts are built; not thread-safe.</remarks>
    private sealed class PlaceIds
    {
        private readonly Dictionary<string, (int Text, int Skeleton, PlaceAreas.Area Area)> byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> texts = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> skeletons = new(StringComparer.Ordinal);

        /// <summary>Writes the ids of <paramref name="names"/> from <paramref name="start"/> on and returns the index past them.</summary>
        public int Add(IReadOnlyList<string> names, int[] textIds, int[] skeletonIds, PlaceAreas.Area[] areas, int start)
        {
            for (var i = 0; i < names.Count; i++)
            {
                var (text, skeleton, area) = Ids(names[i]);
                textIds[start + i] = text;
                skeletonIds[start + i] = skeleton;
                areas[start + i] = area;
            }

            return start + names.Count;
        }

        private (int Text, int Skeleton, PlaceAreas.Area Area) Ids(string name)
        {
            if (byName.TryGetValue(name, out var ids))
            {
                return ids;
            }

            if (!texts.TryGetValue(name, out var text))
            {
                text = texts.Count;
                texts.Add(name, text);
            }

            // SamePlace holds skeletons of fewer than three letters too short to match.
            var letters = CueScanner.Skeleton(name);
            var skeleton = NoSkeleton;
            if (letters.Length >= 3 && !skeletons.TryGetValue(letters, out skeleton))
            {
                skeleton = skeletons.Count;
                skeletons.Add(letters, skeleton);
            }

            // Each distinct name is looked up in the gazetteer once per run.
            ids = (text, skeleton, PlaceAreas.Of(name));
            byName.Add(name, ids);
            return ids;
        }
    }
}
