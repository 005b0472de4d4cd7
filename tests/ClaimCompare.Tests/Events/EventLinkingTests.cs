namespace ClaimCompare.Tests.Events;

/// <summary>Which claims of short reports end up in one event, through the whole default pipeline.</summary>
public sealed class EventLinkingTests
{
    private static readonly string Filler = string.Concat(Enumerable.Repeat("Officials gave no further details as rescue work went on through the night. ", 8)) + "\n";

    // (reports, separated by "|||"; evidence of claim A; evidence of claim B; same event?)
    private static readonly object[][] Cases =
    [
        // Look-alike strikes told apart by the attack each one answers.
        [
            "US air strikes hit militia sites in eastern Syria on Thursday, following a drone attack that killed a US contractor. The strikes killed eight fighters, a monitor said."
            + "|||US air strikes hit militia sites in eastern Syria on Thursday, after rocket attacks targeted US troops in Iraq. The strikes killed 22 fighters, a monitor said.",
            "killed eight fighters", "killed 22 fighters", false,
        ],

        // An undated report gives the year only for the earlier bombing it recalls.
        [
            "Twin bombs exploded near the cathedral in Jolo on Monday, killing 14 people.\n" + Filler + "A bombing at the Jolo cathedral on Jan. 27, 2019, killed 23 people.",
            "killing 14 people", "killed 23 people", false,
        ],

        // "last Sunday's attack" dates the attack as "on Sunday" does, though the report itself is Thursday's.
        [
            "Gunmen attacked St Francis church in Owo on Sunday, killing 40 worshippers, the police said."
            + "|||The government on Thursday blamed ISWAP for last Sunday’s attack on St Francis church in Owo, which killed 22 worshippers.",
            "killing 40 worshippers", "killed 22 worshippers", true,
        ],

        // A count of troops in a sentence that names no attack is a deployment, not part of the strike; trucks the strike destroyed are.
        [
            "US air strikes hit militias in eastern Syria on Thursday, killing 22 fighters.\nThe strikes destroyed three trucks.\nAbout 900 US troops are stationed in Syria.",
            "killing 22 fighters", "About 900 US troops", false,
        ],
        [
            "US air strikes hit militias in eastern Syria on Thursday, killing 22 fighters.\nThe strikes destroyed three trucks.\nAbout 900 US troops are stationed in Syria.",
            "killing 22 fighters", "three trucks", true,
        ],

        // A report that names no weekday cannot join a Thursday bombing to a Sunday one.
        [
            "Twin blasts near Kabul airport on Thursday killed 60 people, officials said."
            + "|||Blasts near Kabul airport killed 60 people, officials said."
            + "|||A blast near Kabul military airport on Sunday killed 10 people, officials said.",
            "killed 60 people", "killed 10 people", false,
        ],

        // Two reports of one strike recalling the attack on one city, past their leads, recall the same attack in different words.
        [
            "US air strikes hit Iran-backed militias in eastern Syria on Thursday, killing 22 fighters.\n" + Filler + "Last week a rocket attack on Erbil killed a civilian contractor."
            + "|||The US struck Iran-backed militias in eastern Syria on Thursday, killing at least 17 fighters.\n" + Filler + "The Pentagon has not blamed anyone for the attack in Erbil, which killed a contractor working with the military.",
            "killed a civilian contractor", "killed a contractor", true,
        ],

        // Reports of one strike that recall the series of attacks it answers recall one series, in whatever words.
        [
            "US air strikes hit Iran-backed militias in eastern Syria on Thursday, killing 22 fighters.\n" + Filler + "Defence Secretary Lloyd Austin said Kataeb Hezbollah was behind previous attacks on US targets."
            + "|||The US struck Iran-backed militias in eastern Syria on Thursday, killing 22 fighters.\n" + Filler + "In recent weeks, Shia militia groups have claimed responsibility for attacks aimed at US facilities in Iraq, including one in Erbil last week that killed a civilian contractor.",
            "said Kataeb Hezbollah was behind previous attacks on US", "militia groups have claimed responsibility for attacks aimed at", true,
        ],

        // "Including one in Erbil" singles out one attack of the series: its toll is that attack's, not the series'.
        [
            "US air strikes hit Iran-backed militias in eastern Syria on Thursday, killing 22 fighters.\n" + Filler + "In recent weeks, Shia militia groups have claimed responsibility for attacks aimed at US facilities in Iraq, including one in Erbil last week that killed a civilian contractor.",
            "militia groups have claimed responsibility for attacks aimed at", "killed a civilian contractor", false,
        ],

        // Air forces announce their strikes: a militia's part in "the attacks" concerns the attacks the strike answered.
        [
            "A US airstrike destroyed militia sites in eastern Syria on Thursday, killing 22 fighters.\n" + Filler + "Although Kataeb Hezbollah did not claim responsibility for the attacks, Lloyd Austin said the group was behind them.",
            "killing 22 fighters", "Although Kataeb Hezbollah did not claim responsibility for the attacks", false,
        ],

        // In a report on a shooting "the attacks" are the report's own: the claim stays with its toll.
        [
            "Gunmen and suicide bombers killed 130 people in Paris on Friday.\n" + Filler + "Islamic State claimed responsibility for the attacks.",
            "killed 130 people", "Islamic State claimed responsibility for the attacks", true,
        ],

        // "Two rockets" are the munitions of one attack, not a series of attacks.
        [
            "US air strikes hit Iran-backed militias in eastern Syria on Thursday, killing 22 fighters.\n" + Filler + "Shia militia groups have claimed responsibility for recent attacks on US facilities in Iraq.\nOn Monday, two rockets hit near the US embassy in Baghdad.",
            "militia groups have claimed responsibility for recent attacks on", "two rockets", false,
        ],

        // Disasters are events too: an earthquake and a flood in one province on one day are two events.
        [
            "A magnitude 6.3 earthquake hit Herat province on Saturday, killing 120 people, officials said."
            + "|||Flash floods swept through villages in Herat province on Saturday, killing 40 people, officials said.",
            "killing 120 people", "killing 40 people", false,
        ],

        // "The quake struck": the verb names no weapon, so the toll beside it stays with the earthquake.
        [
            "A magnitude 6.3 earthquake hit Herat province on Saturday, killing 120 people.\nIt struck at dawn near the city and killed 30 people in one village.",
            "killing 120 people", "killed 30 people", true,
        ],

        // A storm brings its floods: the flood toll in a storm report is the storm's.
        [
            "Cyclone Freddy hit the coast of Malawi on Monday, killing 30 people.\nThe floods that followed killed 12 more people in Blantyre.",
            "killing 30 people", "killed 12 more people", true,
        ],

        // Series recalled by two unrelated stories share no anchor, however alike their words.
        [
            "US air strikes hit Iran-backed militias in eastern Syria on Thursday, killing 22 fighters.\n" + Filler + "Defence Secretary Lloyd Austin said Kataeb Hezbollah was behind previous attacks on US targets."
            + "|||A car bomb killed 14 people at a market in Kabul on Monday.\n" + Filler + "Officials said the Haqqani network was behind previous attacks on US targets.",
            "said Kataeb Hezbollah was behind previous attacks on US", "the Haqqani network was behind previous attacks on US", false,
        ],
    ];

    [TestCaseSource(nameof(Cases))]
    public void Claims_land_in_the_event_their_reports_describe(string reports, string evidenceA, string evidenceB, bool sameEvent)
    {
        var documents = reports.Split("|||").Select((text, i) => Document.FromText("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt", text));
        var report = ClaimComparer.Default.Compare(documents);
        var a = report.Claims.First(c => string.Equals(c.EvidenceText, evidenceA, StringComparison.Ordinal));
        var b = report.Claims.Single(c => string.Equals(c.EvidenceText, evidenceB, StringComparison.Ordinal));
        Assert.That(string.Equals(a.EventId, b.EventId, StringComparison.Ordinal), Is.EqualTo(sameEvent), string.Join("\n", report.Events.Select(e => e.Id + " " + e.Label + ": " + e.Reason)));
    }
}
