using ClaimCompare.Events;
using ClaimCompare.Events.Linking;
using ClaimCompare.Events.Reading;
using ClaimCompare.Text;

namespace ClaimCompare.Tests.Events;

/// <summary>
/// Dates across days: which dates name an event's day and which a day of reporting (<see cref="EventDates"/>), the
/// window of days an undated report's event lies in, and recalled events joining the main event they name
/// (<see cref="EventKeys"/>); and the trigger families of the lexicon, where the family, not the word, must agree.
/// </summary>
public sealed class EventDatesTests
{
    private static readonly EventCueExtractor Reader = new();

    // Each row: a sentence, the word the date starts with, the anchor expected, and the grammatical pattern.
    private static readonly object[] Anchors =
    [
        new object[] { "Death toll from Sunday's quake rises to 16.", "Sunday's", EventDates.Attributive, "possessive date before the event noun" },
        new object[] { "The June 2 Balasore train crash killed 278 people.", "June", EventDates.Attributive, "calendar date modifying the event noun" },
        new object[] { "At least 27 people were killed in a fire on Saturday at a hospital.", "Saturday", EventDates.Attributive, "'on' + day right after the event noun" },
        new object[] { "A massive landslide devastated a remote village early Friday, killing three.", "Friday", EventDates.Adverbial, "day adverbial later in the event's clause" },
        new object[] { "The fire, which erupted late Saturday at the hospital, raged for hours.", "Saturday", EventDates.Adverbial, "day in a relative clause on the event noun" },
        new object[] { "The railways said on Sunday that the crash was caused by sabotage.", "Sunday", EventDates.Reported, "day after a reporting verb" },
        new object[] { "The official death toll in the train crash on Monday increased to 278.", "Monday", EventDates.Reported, "day before a toll-update verb" },
        new object[] { "The death toll from an earthquake on the island rose to 436 on Monday.", "Monday", EventDates.Reported, "day after a toll-update verb in its clause" },
        new object[] { "Relatives pleaded Wednesday for a bigger search for 190 people presumed drowned after a ferry sank.", "Wednesday", EventDates.Unanchored, "day of another clause, before the event noun" },
        new object[] { "Rescuers searched the rubble on Tuesday. The quake killed 98.", "Tuesday", EventDates.Unanchored, "day in another sentence" },
    ];

    [TestCaseSource(nameof(Anchors))]
    public void A_date_names_the_event_only_where_english_attaches_it_to_the_event(string sentence, string dateWord, int expected, string pattern)
    {
        using var scan = new AnalyzedText(sentence);
        scan.FindPhrasesOf(Reader.PhraseIndex);
        var span = new TextSpan(0, sentence.Length);
        var triggers = TriggerCues.Find(Reader.Lexicon, scan, span, markRelation: false, []);
        Assert.That(EventDates.Anchor(Reader.Lexicon, scan, span, sentence.IndexOf(dateWord, StringComparison.Ordinal), triggers), Is.EqualTo(expected), pattern);
    }

    [Test]
    public void Weekdays_and_relative_days_are_told_from_calendar_dates()
    {
        const string text = "On Sunday, yesterday, on October 27, 2020";
        Assert.Multiple(() =>
        {
            Assert.That(EventDates.IsRelativeDay(text, text.IndexOf("Sunday", StringComparison.Ordinal)), Is.True);
            Assert.That(EventDates.IsRelativeDay(text, text.IndexOf("yesterday", StringComparison.Ordinal)), Is.True);
            Assert.That(EventDates.IsRelativeDay(text, text.IndexOf("October", StringComparison.Ordinal)), Is.False);
        });
    }

    [Test]
    public void An_undated_report_tells_of_an_event_of_the_month_before_it_and_never_of_a_later_one()
    {
        var keys = new EventKeys(
            [
                MainEvent("nasiriyah", "fire", DateCue.None with { Year = 2021 }, new DateOnly(2021, 7, 13)),
                MainEvent("baghdad", "fire", DateCue.Of(new DateOnly(2021, 4, 24)), new DateOnly(2021, 4, 25)),
                MainEvent("nasiriyah-first", "fire", DateCue.Of(new DateOnly(2021, 7, 12)), new DateOnly(2021, 7, 12)),
                MainEvent("lombok-first", "earthquake", DateCue.None with { Year = 2018 }, new DateOnly(2018, 7, 30)),
                MainEvent("lombok-second", "earthquake", DateCue.Of(new DateOnly(2018, 8, 5)), new DateOnly(2018, 8, 6)),
            ],
            CompiledEventLexicon.Default);
        Assert.Multiple(() =>
        {
            Assert.That(keys.DatesCompatible(0, 1), Is.False, "April is more than 31 days before a July report");
            Assert.That(keys.DatesCompatible(0, 2), Is.True, "the day before the report");
            Assert.That(keys.DatesCompatible(3, 4), Is.False, "a quake of 5 August is after a report of 30 July");
        });
    }

    [Test]
    public void A_recalled_event_names_a_main_event_by_place_kind_and_a_stated_date()
    {
        var keys = new EventKeys(
            [
                MainEvent("baghdad", "fire", DateCue.Of(new DateOnly(2021, 4, 24)), new DateOnly(2021, 4, 25), "Baghdad"),
                MainEvent("nasiriyah", "fire", DateCue.Of(new DateOnly(2021, 7, 12)), new DateOnly(2021, 7, 13), "Nasiriyah"),
                Recalled("nasiriyah", "bombing", new DateCue(null, 4, null, null), "Baghdad"),
                Recalled("nasiriyah", "bombing", DateCue.None, "Baghdad"),
                MainEvent("undated", "fire", DateCue.None, null, "Baghdad"),
            ],
            CompiledEventLexicon.Default);
        Assert.Multiple(() =>
        {
            Assert.That(keys.RecallsMainEvent(2, 0), Is.True, "an explosion at a Baghdad hospital in April recalls the Baghdad hospital fire");
            Assert.That(LinkRules.Linkable(keys, 2, 0), Is.True, "and is anchored to it");
            Assert.That(keys.RecallsMainEvent(3, 0), Is.False, "without a date it says too little");
            Assert.That(keys.RecallsMainEvent(2, 4), Is.False, "a main event of no known year does not agree with April");
            Assert.That(LinkRules.Linkable(keys, 2, 1), Is.False, "nor is it its own report's main event");
        });
    }

    [Test]
    public void The_family_not_the_word_must_agree()
    {
        var lexicon = CompiledEventLexicon.Default;
        string? Family(string phrase) => lexicon.Triggers.FirstOrDefault(t => string.Equals(t.Phrase, phrase, StringComparison.Ordinal))?.Family;
        Assert.Multiple(() =>
        {
            Assert.That(Family("struck"), Is.Null, "'the quake struck' is a verb every kind of event takes, not an air strike");
            Assert.That(Family("fire"), Is.EqualTo("fire"));
            Assert.That(Family("opened fire"), Is.EqualTo("shooting"), "the gunfire sense of 'fire'");
            Assert.That(Family("derailment"), Is.EqualTo(Family("train crash")), "EM-DAT rail transport");
            Assert.That(lexicon.FamiliesCompatible(Family("collision"), "rail"), Is.True, "a generic accident may be a train crash");
            Assert.That(lexicon.FamiliesCompatible(Family("collision"), "earthquake"), Is.False, "but not an earthquake");
            Assert.That(lexicon.FamiliesCompatible("rail", "air"), Is.False, "a train crash is no plane crash");
            Assert.That(lexicon.FamiliesCompatible("riot", "stampede"), Is.True, "crowd crushes happen in riots");
            Assert.That(lexicon.FamiliesCompatible("attack", "earthquake"), Is.True, "the universal generic family");
            Assert.That(CompiledEventLexicon.IsGeneric("accident") && !CompiledEventLexicon.IsGeneric("rail"), Is.True);
        });
    }

    private static LocalEvent MainEvent(string document, string family, DateCue date, DateOnly? published, params string[] places) =>
        new(document, 0, true, family, family, date, places, [], TermSet.Empty, [], 0, null) { PublishedOn = published };

    private static LocalEvent Recalled(string document, string family, DateCue date, params string[] places) =>
        new(document, 1, false, family, family, date, places, [], TermSet.Empty, [], 0, "date") { PublishedOn = new DateOnly(2021, 7, 13) };
}
