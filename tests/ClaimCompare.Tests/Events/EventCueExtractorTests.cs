using ClaimCompare.Claims;
using ClaimCompare.Events;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Tests.Events;

public sealed class EventCueExtractorTests
{
    // (document text with [[claim]] marked, published on (yyyy-MM-dd or null), expected trigger, expected date or null)
    private static readonly object?[][] Cases =
    [
        ["US air strikes in eastern Syria on Thursday [[killed 22 fighters]].", "2021-02-26", "air strike", "2021-02-25"],          // weekday resolved against the publication date
        ["Strikes in Syria.\n- — Feb 26, 2021\nThe air strike on Thursday [[killed 22 fighters]].", null, "air strike", "2021-02-25"], // dateline date when no metadata
        ["A bombing in Kabul.\nThe blast on Thursday [[killed 13 troops]].", null, "explosion", null],                                  // the own sentence names the trigger; without any date a weekday stays partial
        ["A bombing in Jolo on 27 January 2019 [[killed 20 people]].", null, "bombing", "2019-01-27"],                                 // absolute date, day first
        ["A bombing hit Jolo.\nIn January 2020 a drone strike [[killed a general]].", null, "drone strike", null],                     // month and year only: no full date
        ["A bombing hit Jolo.\nThe drone attack came after a series of recent attacks on the coalition base by local militants that [[killed 40 people]].", null, "attack", null], // a generic trigger much closer than the weapon named earlier
    ];

    [TestCaseSource(nameof(Cases))]
    public void Cues_come_from_the_claims_own_sentence_first(string marked, string? published, string trigger, string? date)
    {
        var (claims, _) = Build(marked, published);
        var cues = new EventCueExtractor().Extract(claims).Single();
        Assert.Multiple(() =>
        {
            Assert.That(cues.Trigger, Is.EqualTo(trigger));
            Assert.That(cues.Date, Is.EqualTo(date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    // Background sentences pull a claim out of the document's main event.
    private static readonly string[] BackgroundSentences =
    [
        "A year ago, a similar bombing [[killed 40 people]].",
        "In 2019 a bombing in the city [[killed 40 people]].",
        "Previous attacks on the base [[killed 40 people]].",
        "Last week a rocket attack [[killed 40 people]].",
        "Earlier this month, rocket fire in the north [[killed 40 people]].",
        "Following a drone attack that [[killed a contractor]], the US launched more strikes.",
        "Last March, a suicide bomber [[killed 40 people]] at a mosque.",
    ];

    [TestCaseSource(nameof(BackgroundSentences))]
    public void Background_cues_make_another_event(string sentence)
    {
        var text = "US air strikes hit militias in Syria on Thursday, killing 22 fighters.\n" + sentence;
        var (claims, _) = Build(text.Replace("killing 22 fighters", "[[killing 22 fighters]]", StringComparison.Ordinal), "2021-02-26");
        var reading = new EventClusterer().Read(claims);
        Assert.That(reading.ClaimEvents[1], Is.Not.EqualTo(reading.ClaimEvents[0]), sentence);
    }

    [TestCaseSource(nameof(BackgroundSentences))]
    public void A_batch_reading_without_claim_cues_reads_the_same_events(string sentence)
    {
        var text = "US air strikes hit militias in Syria on Thursday, [[killing 22 fighters]].\n" + sentence;
        var (claims, _) = Build(text, "2021-02-26");
        var clusterer = new EventClusterer();
        var full = clusterer.Read(claims);
        var batch = clusterer.Read(claims, withClaimCues: false);
        Assert.Multiple(() =>
        {
            Assert.That(batch.ClaimCues, Is.Empty, "a batch run does not keep the cues it would drop");
            Assert.That(full.ClaimCues, Has.Count.EqualTo(claims.Claims.Count));
            Assert.That(batch.ClaimEvents, Is.EqualTo(full.ClaimEvents), sentence);
            Assert.That(batch.Events.Select(Describe), Is.EqualTo(full.Events.Select(Describe)), sentence);
        });
    }

    private static string Describe(LocalEvent e) =>
        $"{e.Index} {e.IsMain} {e.Trigger}/{e.Family} {e.Date} [{string.Join("|", e.Places)}] [{string.Join("|", e.Actors)}] [{string.Join("|", e.SpecificPlaces)}] {e.Weekdays} {e.Marker} {e.Cause} {e.Series} terms: {string.Join(" ", e.Terms.ToStrings().Order(StringComparer.Ordinal))}";

    [Test]
    public void A_plain_sentence_stays_in_the_main_event()
    {
        var (claims, _) = Build("US air strikes hit militias in Syria on Thursday, [[killing 22 fighters]].\nThe observatory said [[22 people were killed]].", "2021-02-26");
        var reading = new EventClusterer().Read(claims);
        Assert.That(reading.ClaimEvents, Is.All.EqualTo(0));
    }

    // (undated report with [[claims]], whether its two claims are one event) — dates that do or do not date an event.
    private static readonly object[][] UndatedReports =
    [
        ["A bomber hit a mosque in Peshawar on Monday, [[killing 44 worshippers]].\nThe blast, the worst since 2018, [[killed 44 people]].", true],    // "since 2018" measures, it does not date
        ["A bomber hit a mosque in Peshawar on Monday, [[killing 44 worshippers]].\nLast March, a bomber [[killed 64 people]] at another mosque.", false], // "last March" is before the report, whatever its year
        ["Twin bombs hit the cathedral in Jolo last January 27, [[killing 20 people]].\nThe two explosions [[killed 20 people]].", true],                 // "last January 27" dates the report's own event
        ["A bomber hit a mosque in Peshawar on Monday, [[killing 44 worshippers]].\nThe suicide assault [[was carried out]], according to the group, as part of a retaliation strike for the death of its leader in Afghanistan in August last year.", true], // "August last year" dates the strike named beside it, not the assault
        ["A bomber hit a mosque in Peshawar on Monday, [[killing 44 worshippers]].\nNo group [[has claimed responsibility]] for the attack, but Shia mosques were frequently targeted in the past.", true], // a clause set against the claim ("but ...") tells of something else
        ["A bomber hit a mosque in Peshawar on Monday, [[killing 44 worshippers]].\nLast March a rocket attack killed 4 people, while [[10 were injured]].", false], // what comes before the claim's clause still frames it
        ["A bomber hit a mosque in Peshawar on Monday, [[killing 44 worshippers]].\nLast year on March 4, a suicide bomb blast shook Peshawar, as a mosque in Kocha Risaldar [[claimed 63 lives]].", false], // "suicide bomb blast" is one mention: the marker beside "bomb" speaks for "blast" too
    ];

    [TestCaseSource(nameof(UndatedReports))]
    public void In_an_undated_report_only_dates_of_another_time_make_another_event(string marked, bool oneEvent)
    {
        var (claims, _) = Build(marked, published: null);
        var reading = new EventClusterer().Read(claims);
        Assert.That(reading.ClaimEvents[1] == reading.ClaimEvents[0], Is.EqualTo(oneEvent));
    }

    // (month of a partial date, full date, compatible) — a month is a month in any year.
    private static readonly object[][] Months =
    [
        [3, "2022-03-04", true],  // "last March" fits 4 March 2022
        [3, "2013-06-21", false], // but not 21 June 2013, in any year
    ];

    [TestCaseSource(nameof(Months))]
    public void A_month_without_a_year_still_rules_out_other_months(int month, string date, bool compatible)
    {
        var partial = new DateCue(null, month, null, null);
        Assert.That(partial.CompatibleWith(DateCue.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))), Is.EqualTo(compatible));
    }

    [Test]
    public void Null_is_rejected() =>
        Assert.That(() => new EventCueExtractor().Extract(null!), Throws.ArgumentNullException);

    /// <summary>Builds a document whose claims are the [[marked]] phrases, each in its own line-sentence.</summary>
    internal static (DocumentClaims Claims, string Text) Build(string marked, string? published)
    {
        var claims = new List<Claim>();
        var text = new System.Text.StringBuilder();
        var rest = marked;
        while (rest.Length > 0)
        {
            var open = rest.IndexOf("[[", StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(rest);
                break;
            }

            text.Append(rest[..open]);
            var close = rest.IndexOf("]]", open, StringComparison.Ordinal);
            var phrase = rest[(open + 2)..close];
            var span = new TextSpan(text.Length, text.Length + phrase.Length);
            text.Append(phrase);
            claims.Add(new Claim("d.txt", ClaimKind.Killed, span, phrase, default, Interval.Exactly(1), null, "people", null, null, Attribution.Unattributed) { Id = "c" + (claims.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            rest = rest[(close + 2)..];
        }

        var full = text.ToString();
        claims = [.. claims.Select(c => c with { Sentence = GoldCorpus.SentenceAround(full, c.Evidence) })];
        var date = published is null ? (DateOnly?)null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        return (new DocumentClaims(new Document("d.txt", full, PublishedOn: date), [], claims, [], []), full);
    }
}
