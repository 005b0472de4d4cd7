using ClaimCompare.Claims;

namespace ClaimCompare.Tests.Claims;

/// <summary>
/// Claims as news English states them (issue 21): one row per general pattern, with sentences composed for the
/// spec, not taken from the corpora. The comment on each row names the pattern it stands for.
/// </summary>
public sealed class ClaimReadingSpecTests
{
    private const string Outlet = "Daily Example";

    private static readonly ClaimExtractor Extractor = (ClaimExtractor)ClaimComparer.Default.Extractor;

    // (text, kind, low, high) — some claim of that kind has these bounds; high -1 means unbounded, -2 any high.
    private static readonly object[][] FigureCases =
    [
        ["The death toll stood at 45 on Sunday.", "killed", 45, 45],                                  // toll noun + state verb "stood at"
        ["The number of injured reached 130 by the evening.", "injured", 130, 130],                   // injured toll noun + change verb "reached"
        ["Officials revised the death toll to 80 from 95.", "killed", 80, 80],                        // shifted toll: the current figure ("to N") ...
        ["Officials revised the death toll to 80 from 95.", "killed", 95, 95],                        // ... and the earlier one ("from M") as its own claim
        ["No one was hurt when the roof collapsed.", "injured", 0, 0],                                // zero statement with a negative subject
        ["The storm passed without casualties.", "killed", 0, 0],                                     // zero statement: "without casualties" covers the dead ...
        ["The storm passed without casualties.", "injured", 0, 0],                                    // ... and the injured
        ["At least 25 climbers are missing after the avalanche.", "count", 25, -1],                   // count predicate: a state a toll depends on
        ["The gunmen killed or wounded around 90 in the raid.", "count", 81, 99],                     // mixed toll: coordinated killed/wounded sharing one number is one count
        ["Of the fatalities, 31 were in the northern district.", "killed", 31, 31],                   // fronted partitive of a casualty noun + copula + place: a sub-group
        ["The remaining casualties were reported in the west (12) and in the south (7).", "killed", 7, 7], // bracketed figure after the place of a list: a sub-group
        ["Four bodies had been recovered by Friday.", "count", 4, 4],                                  // body noun + recovery participle: a count beside the toll
        ["With 40 bodies yet to be identified, the morgue is full.", "count", 40, 40],                 // body noun + pending identification: a part of the dead, a count
        ["At least six miners and two guards were killed in the blast.", "killed", 2, -1],            // one "at least" over coordinated subjects of one predicate bounds both
        ["At least 9 were killed, including a driver, and 30 others wounded.", "injured", 30, -1],    // hedge scope across an aside between commas
        ["Nearly 700 trekkers headed down the volcano on Monday.", "count", 630, 700],                 // person noun from WordNet (hyponym of traveler) counts people present
        ["The police said the death toll from the crash has exceeded 40.", "killed", 41, -1],         // verb of passing as the number's own hedge reaches a distant toll noun
        ["The toll was earlier put at 90, which the ministry revised to 85 on Sunday.", "killed", 85, 85], // relative "which" after the earlier figure refers back to the toll
        ["Officials said one death was confirmed on Monday.", "killed", 1, 1],                         // count noun "death" after its number
        ["Hundreds of the injured were taken to hospitals.", "injured", 200, -2],                      // a vague plural of a number word ("hundreds") as a share still states a magnitude
        ["As many as 400 people were on the ferry.", "count", 360, 400],                              // "as many as N" stresses a large figure (dev2 bounds table): near N, not 0..N
        ["Rescuers said 12 U.S. sailors were among casualties.", "count", 12, 12],                    // partitive "among casualties" mixes dead and injured: a count
        ["Officials listed 30 passengers as missing on Tuesday.", "count", 30, 30],                    // object complement "list N as missing" (Quirk §16.45)
        ["The agency listed 45 others -- including two crew members -- as missing.", "count", 45, 45], // an aside set off by dashes between the number and its predicate
        ["By Friday 14 hikers were still unaccounted for.", "count", 14, 14],                           // "unaccounted for" as a predicative state, like "missing"
        ["Officials raised the number of villagers missing to 64.", "count", 64, 64],                  // tally noun "number of" + noun phrase + post-modifying state: a toll
        ["Rescuers are searching for 25 people in the rubble.", "count", 25, 25],                      // object of "search for" counts the people not yet found
        ["Between 40 and 60 people were killed in the flood.", "killed", 40, 60],                      // range quantifier "between N and M" before a toll's subject
        ["Upwards of 300 people were killed in the flood.", "killed", 301, -1],                        // comparative quantifier "upwards of N": more than N
        ["Officials gave an estimate of greater than 2,000 dead.", "killed", 2001, -1],                 // comparative quantifier "greater than N" before a casualty noun
        ["The number of people killed is not known but was estimated by elders to be between 200 and 600.", "killed", 200, 600], // toll noun + "estimated to be" + range
        ["Of the 90 bodies, 60 have been identified while 30 more are yet to be identified.", "count", 30, 30], // head noun left out after a fronted "of the N bodies" partitive
        ["The ministry said 50 people had died, while local media reported figures as high as 80.", "killed", 72, 80], // general noun "figures" reiterates the toll before it
    ];

    // (text, kind, low, subject) — the claim of that kind and low counts this subject.
    private static readonly object[][] SubjectCases =
    [
        ["19 people have been rescued. One of them was later found dead.", "count", 19, "rescued" + PartitiveFates.IncludingDead], // partitive "one of them" + death revises its antecedent count
        ["30 people have been rescued. Two of them are in critical condition.", "count", 30, "rescued"],                              // a partitive of the injured leaves the rescued alive
        ["Police listed 12 people as missing after the flood.", "count", 12, "missing"],                                              // object complement names the state counted
        ["Police are searching for two suspects after the blast.", "count", 2, "suspects"],                                           // "search for" counts the missing only when it searches for people
        ["The toll rose to 436 on Monday (Aug 13), the authorities said, as bodies were recovered from the ruins.", "killed", 436, "people"], // "as" after a comma opens a clause, no complement
    ];

    [TestCaseSource(nameof(SubjectCases))]
    public void Reads_the_subject(string text, string kind, int low, string subject)
    {
        var claims = Extractor.Extract(Document.FromText("spec", text)).Claims;
        Assert.That(
            claims.Any(c => c.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase) && c.Interval.Low == low && string.Equals(c.Subject, subject, StringComparison.Ordinal)),
            Is.True,
            () => string.Join("; ", claims));
    }

    // (text, kind, low) — no claim of that kind with this low is read.
    private static readonly object[][] NoClaimCases =
    [
        ["Three more people died in hospital on Tuesday.", "killed", 3],                               // increment "N more": no total
        ["Several people were killed or injured in the blast.", "killed", 3],                          // vague mixed toll: neither dead nor injured
        ["The official death toll rose to 30.", "killed", 1],                                          // a victim noun before a toll noun is its modifier ("the official death toll")
        ["The toll rose to 30, the deputy governor of the province said.", "killed", 1],               // a victim noun before a reporting verb is the speaker
        ["The toll of 58 was announced by Ali Bayati, a member of the commission.", "killed", 1],      // a victim noun in an appositive to a name is a role
        ["He is the brother of slain Abu Tariq.", "killed", 1],                                       // relation noun + "of" + casualty adjective: the victim is the of-object
        ["Many passengers are still trapped in the coaches.", "count", 3],                             // bare "many" with a count state: more than one, not how many
        ["The ferry was carrying about three times its capacity.", "count", 3],                        // multiplier "N times" counts no one
        ["Mr Lee, the Rescue Agency chief, spoke to reporters.", "count", 1],                          // a count by an article ("a survivor", "the chief") is no figure
        ["Rescuers said 40 people were rescued, while relatives gave figures as high as 60.", "killed", 54], // a figure noun reiterates a toll of the dead or injured only
        ["A number of hikers missing on the mountain were found by 40 volunteers.", "count", 40],     // "a number of" is a vague quantifier, not a tally noun
    ];

    [TestCaseSource(nameof(NoClaimCases))]
    public void Reads_no_claim(string text, string kind, int low)
    {
        var claims = Extractor.Extract(Document.FromText("spec", text)).Claims;
        Assert.That(
            claims.Any(c => c.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase) && c.Interval.Low == low),
            Is.False,
            () => string.Join("; ", claims));
    }

    [TestCaseSource(nameof(FigureCases))]
    public void Reads_the_figure(string text, string kind, int low, int high)
    {
        var claims = Extractor.Extract(Document.FromText("spec", text)).Claims;
        Assert.That(
            claims.Any(c => c.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase) && c.Interval.Low == low && (high == -2 || c.Interval.High == (high < 0 ? null : high))),
            Is.True,
            () => string.Join("; ", claims));
    }

    // (text, kind, low of the claim, words its speaker must contain) — who the claim is attributed to.
    private static readonly object[][] SpeakerCases =
    [
        ["A fire killed 6 people in the market.", "killed", 6, Outlet],                                                              // own voice: no speaker, so the outlet
        ["AFP, NAIROBI\n\nA bus crash killed 7 people on the highway.", "killed", 7, "AFP"],                                        // own voice of wire copy: a credit line with its dateline
        ["A bus crash killed 7 people on the highway.\nThe driver was detained, a police officer told Reuters.", "killed", 7, "Reuters"], // the agency the reporters spoke to carries the copy
        ["Officials said a bus crash killed 7 people, according to Reuters.\nAnother 9 were injured.", "injured", 9, Outlet],     // "according to" an agency that relays another speaker: no credit of the copy
        ["A bus crash killed 7 people on the highway, according to Reuters.\nAnother 9 were injured.", "injured", 9, "Reuters"],  // an agency cited alone for a sentence carries the copy (issue 21, item 10: "according to X")
        ["Flood toll rises to 40\n\nThe death toll from the floods rose to 40, officials said.", "killed", 40, "officials"],         // a headline figure takes the body's speaker for the same figure
        ["Provincial authorities on Tuesday raised the death toll to 58.", "killed", 58, "authorities"],                            // the subject of a toll-setting verb states the toll
        ["At least 12 people were injured, according to two hospital officials.", "injured", 12, "hospital officials"],             // "according to" with a counted speaker
        ["Maria Lopez, the head of the regional rescue service in Valencia, said 14 people had died.", "killed", 14, "Lopez"],    // name, appositive between commas, reporting verb: the name speaks
        ["Officials in the mountain province said 20 people died.", "killed", 20, "Officials"],                                     // a place phrase after the speaker's head is no part of it
    ];

    [TestCaseSource(nameof(SpeakerCases))]
    public void Attributes_the_claim(string text, string kind, int low, string speaker)
    {
        var claims = Extractor.Extract(Document.FromText("spec", text) with { Outlet = Outlet }).Claims;
        var claim = claims.FirstOrDefault(c => c.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase) && c.Interval.Low == low);
        Assert.That(claim?.Source.Speaker, Does.Contain(speaker).IgnoreCase, () => string.Join("; ", claims.Select(c => c + " / " + c.Source)));
    }
}
