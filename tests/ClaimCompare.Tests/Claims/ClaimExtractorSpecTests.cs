using ClaimCompare.Claims;

namespace ClaimCompare.Tests.Claims;

/// <summary>What the claims stage must read from one sentence. Each row says why it is there.</summary>
public sealed class ClaimExtractorSpecTests
{
    // (sentence, kind, low, high, subject) — the first number claim of that kind in the sentence; high -1 means unbounded.
    private static readonly object[][] NumberCases =
    [
        ["The strike killed at least 22 fighters, a war monitor said.", "killed", 22, -1, "fighters"],            // active verb, object after, hedge
        ["Officials said 22 people were killed in the air strike.", "killed", 22, 22, "people"],                  // passive, subject before
        ["The death toll rose to 31 on Friday.", "killed", 31, 31, "people"],                                       // toll noun, number after
        ["Eight Iranian-backed militias, claimed the Syrian Observatory, were killed in the raids.", "killed", 8, 8, "fighters"], // reporting parenthetical between subject and verb
        ["A drone attack killed a US contractor on Thursday.", "killed", 1, 1, "contractors"],                     // single victim after an article
        ["The blast injured five service members and a second contractor.", "injured", 5, 5, "soldiers"],         // -ing object, first number
        ["At least 58 people lost their lives in the bombing.", "killed", 58, -1, "people"],                      // idiom for killed
        ["Police said 83 were wounded.", "injured", 83, 83, "people"],                                             // no noun: people
        ["The attack left 20 dead and 112 wounded.", "killed", 20, 20, "people"],                                  // adjectival dead
        ["The attack left 20 dead and 112 wounded.", "injured", 112, 112, "people"],                               // adjectival wounded after a killed figure
        ["No one was hurt in the blast.", "injured", 0, 0, "people"],                                              // zero statement
        ["It was believed that “up to a handful” of people had been killed.", "killed", 0, 5, "people"],           // quoted vague quantity
        ["At least 39 people, including four children, were killed.", "killed", 39, -1, "people"],                 // breakdown parenthetical skipped
        ["27 were killed (20 civilians and 7 soldiers).", "killed", 27, 27, "people"],                              // total before a bracketed breakdown
        ["Twelve U.S. service members were killed.", "killed", 12, 12, "soldiers"],                                // initialism inside the subject
        ["The assault claimed 63 lives.", "killed", 63, 63, "people"],                                              // lives with a claiming verb
        ["The strike hit three trucks loaded with munitions.", "count", 3, 3, "trucks"],                           // counted thing
        ["The US destroyed multiple facilities.", "count", 2, -1, "facilities"],                                    // vague count
        ["About 60 bodies were brought to the hospital.", "killed", 54, 66, "people"],                             // bodies mean dead; about widens
        ["He said 12 U.S. service members were killed and 15 wounded.", "injured", 15, 15, "soldiers"],           // a bare figure after a named one counts the same people
        ["Two policemen were killed, while 30 were wounded.", "injured", 30, 30, "people"],                         // across "while" a bare figure is not the named one's
        ["The death toll from the bombing that hit the crowded mosque in the old city of Peshawar rose to 93.", "killed", 93, 93, "people"], // a toll verb carries the toll across a long subject
        ["The death toll was later revised as 39 with injuries standing at 87.", "killed", 39, 39, "people"],      // "39 with injuries" is the toll, not 39 injured
        ["According to preliminary data, 45 adults and 5 children died.", "killed", 45, 45, "people"],            // adults are people: the first of two coordinated figures
        ["The death toll was later revised as 39 with injuries standing at 87.", "injured", 87, 87, "people"],     // an injured toll: "injuries standing at"
        ["The number of injured rose to 120 on Saturday.", "injured", 120, 120, "people"],                          // an injured toll noun with the figure after
        ["McKenzie said that of US military personnel, twelve were killed and fifteen wounded.", "killed", 12, 12, "soldiers"], // a fronted "of" phrase names whom a bare figure counts
        ["McKenzie said that of US military personnel, twelve were killed and fifteen wounded.", "injured", 15, 15, "soldiers"], // and the bare figure after it counts the same people
    ];

    // (sentence, evidence of a breakdown item, kind it must take) — items take the kind of the total they break down.
    private static readonly object[][] BreakdownCases =
    [
        ["27 were killed (20 civilians and 7 soldiers) and 77 others wounded.", "20 civilians", "killed"],   // a bracket after the total's predicate opens its breakdown
        ["27 were killed (20 civilians and 7 soldiers) and 77 others wounded.", "7 soldiers", "killed"],     // the second item follows the first, not the wounded figure after it
        ["At least 39 people, including four children, were killed.", "four children", "killed"],           // an item inside the total's own span
        ["The attack has claimed at least 50 lives, of which five children, and left nearly 100 people wounded.", "five children", "killed"], // "of which" joins the total before it
        ["The fatalities include 16 civilians, six soldiers, and a member of the coast guard.", "six soldiers", "killed"], // "fatalities include" lists the dead
    ];

    [TestCaseSource(nameof(BreakdownCases))]
    public void Breakdown_items_take_the_kind_of_their_total(string sentence, string evidence, string kind)
    {
        var claims = Extractor.Extract(Document.FromText("spec", sentence)).Claims;
        var claim = claims.SingleOrDefault(c => string.Equals(c.EvidenceText, evidence, StringComparison.Ordinal));
        Assert.That(claim?.Kind.ToString(), Is.EqualTo(kind).IgnoreCase, () => string.Join("; ", claims));
    }

    // Sentences that must yield no killed or injured claim, and why.
    private static readonly object[][] NoCasualtyCases =
    [
        ["The Pentagon did not mention any injuries or deaths from the attack."],  // no figure is not zero
        ["A 22-year-old man was arrested in 2019."],                               // age and year are not counts
        ["Many of those injured are in critical condition."],                      // a vague share of a group counted elsewhere
        ["The militants killed in 2015 were buried on February 15."],              // years and dates are not counts
    ];

    // (sentence, actor, polarity)
    private static readonly object?[][] ResponsibilityCases =
    [
        ["US Defense Secretary Lloyd Austin said that Kataeb Hezbollah was behind the attacks.", "Kataib Hezbollah", "asserted"], // spelling variant, asserted
        ["The Islamic State claimed responsibility for the twin bombings.", "Islamic State", "claimed"],                            // actor claims
        ["No group has claimed responsibility for the attack.", null, "unclaimed"],                                                  // no actor
        ["Kataeb Hezbollah did not claim responsibility for the attacks.", "Kataib Hezbollah", "unclaimed"],                         // named actor did not claim
        ["The Kremlin denies Russian involvement in the strike.", "Russia", "denied"],                                               // denial whose object names the actor
        ["The government blamed ISWAP for the attack.", "Islamic State West Africa Province", "asserted"],                          // blame with the actor after
        ["Officials found no evidence that the attack had been directed by Iran.", "Iran", "unknown"],                             // no evidence: unknown
        ["Officials had not determined who carried it out.", null, "unknown"],                                                       // perpetrator unknown
        ["The station was hit by Russian forces.", "Russia", "asserted"],                                                           // passive attack by an actor; a state's forces stand for the state
        ["The Kremlin denied on Friday that Russia was involved in the strike.", "Russia", "denied"],                               // the denied actor follows "that", past a time adverbial
        ["The Islamic State (IS) militant group has claimed responsibility for the attack.", "Islamic State", "claimed"],           // a description after a name (and its acronym) classifies the name: the actor is the name
        ["The ISIS terror group claimed responsibility for the bombing.", "Islamic State", "claimed"],                              // the same, with the name inside the capitalised run
        ["The Russian Defense Ministry on Friday said it did not launch any rocket attack on the station.", "Russia", "denied"],    // a pronoun subject of the reported clause is the speaker; a ministry acts for its state
        ["Russia's defense ministry said Friday it did not launch an attack on a train station.", "Russia", "denied"],            // a time word between the reporting verb and the pronoun
        ["Peskov said the Russian armed forces had no missions scheduled for the city on Friday.", "Russia", "denied"],             // a negated agentive statement by the actor's side denies
        ["Hamas said it did not carry out the attack.", "Hamas", "denied"],                                                         // negated agentive verb with a pronoun subject
        ["A spokesman said the group was not behind the bombing, Hamas said.", "Hamas", "denied"],                                  // "was not behind" negates the asserting phrase; the group resolves to the speaker
        ["Officials asked why a TTP commander had claimed responsibility for the bombing.", "Tehrik-i-Taliban Pakistan", "claimed"], // a member noun after a group's name speaks for the group
        ["The Islamic State said in a statement that its fighters had struck the church. It claimed responsibility for the attack on Sunday.", "Islamic State", "claimed"], // a pronoun subject with no name before it in its sentence is the last speaker
        ["Responsibility for the blast was denied by the Tehreek-i-Taliban Pakistan (TTP) hours after it claimed the attack.", "Tehrik-i-Taliban Pakistan", "claimed"], // a pronoun subject is the name before it in the sentence
        ["On December 27, IS claimed responsibility for an attack in the northern province.", "Islamic State", "claimed"],       // "IS" in capitals is a name, not the verb "is"
        ["The Islamic State (IS), tagged in the West as ISIS-K, issued a statement claiming responsibility for the bombing.", "Islamic State Khorasan Province", "claimed"], // the issuer of a statement that claims is the claimant
        ["The suicide assault was carried out, according to the Tehreek-e-Taliban Pakistan (TTP), as part of a retaliation strike.", "Tehrik-i-Taliban Pakistan", "claimed"], // an agentless attack on a group's own account is its claim
        ["The Tehreek-e-Taliban Pakistan (TTP) is active in the area. In a post, a commander of the armed group, Sarbakaf Mohmand, claimed responsibility for the attack.", "Tehrik-i-Taliban Pakistan", "claimed"], // an apposition names the member; the group is the actor
        ["The station was targeted in Russian rocket strikes on Friday. The Kremlin denied that Russia was involved.", "Russia", "asserted"], // an attack named by its actor's adjective, in an article reporting the actor's denial
        ["This attribution of responsibility by the National Security Council to ISWAP is a setback.", "Islamic State West Africa Province", "asserted"], // "attribution by X to Y": X attributes, Y is the actor
        ["The minister said the church attack was perpetrated by international criminals.", "international criminals", "asserted"], // an unnamed perpetrator described by a criminal noun
        ["The government blamed ISWAP for the attack. The minister said it was perpetrated by international criminals. The governor rejected their conclusion.", "Islamic State West Africa Province", "denied"], // a dismissal aims at the last named accusation, not at a description
        ["Military authorities are looking at the possible involvement of the Islamic State-linked Abu Sayyaf Group in the blasts.", "Abu Sayyaf", "asserted"], // the actor after a hyphenated modifier, further than six tokens on
        ["Mohammed Ayaz, a 37-year-old Mohmand agency resident and Salim Khan's son, was named as the alleged bomber.", "Mohammed Ayaz", "asserted"], // the subject is the name before an appositive description
        ["TTP denies responsibility hours after confession", "Tehrik-i-Taliban Pakistan", "claimed"],                             // a claim noun with no claimant before it belongs to the one group the sentence names
        ["The government blamed ISWAP for the attack. Governor Rotimi Akeredolu faulted the pronouncement as being hasty.", "Islamic State West Africa Province", "denied"], // a person's dismissal of an attribution made earlier denies the attributed actor
        ["The government blamed ISWAP for the attack. The governor objected to their conclusion.", "Islamic State West Africa Province", "denied"], // a dismissal verb (WordNet reject.v.01 family, "object to") aimed at a conclusion
        ["The government said the Islamic State, West African Province (ISWAP), was responsible for the attack.", "Islamic State West Africa Province", "asserted"], // a name spelled out before its acronym is one actor, commas and all
        ["Governor Rotimi Akeredolu dismissed the claim by the federal government that ISWAP was behind the attack.", "Islamic State West Africa Province", "denied"], // a dismissal denies the actor of the attribution it dismisses, not its own subject
        ["The claim by the government that ISWAP was responsible for the attack was dismissed on Friday by Governor Rotimi Akeredolu.", "Islamic State West Africa Province", "denied"], // the same, passive, with the attribution before the dismissal
    ];

    // (sentence, actor) — responsibility claims that must not be read, and why.
    private static readonly object?[][] NoResponsibilityCases =
    [
        ["The army said it did not fire on Ukrainian positions.", "Ukraine"],                     // a negated act's object is its target, not the denied actor
        ["US-backed Iraqi militant groups suspected of firing are seeking to expand.", "Iraq"],  // a demonym classifying a group is not the group's name
        ["The attack was carried out at dawn, according to the police, who blamed no one.", "police"],     // "according to" someone who is not a group is no claim
        ["The Tehreek-e-Taliban Pakistan (TTP) is active in the area. In a post, a commander of the armed group, Sarbakaf Mohmand, claimed responsibility for the attack.", "Sarbakaf Mohmand"], // the member named in apposition is not a second actor
        ["The government said the Islamic State, West African Province (ISWAP), was responsible for the attack.", "West African Province"], // not split at the comma into two actors
        ["The government blamed ISWAP for the attack. Governor Rotimi Akeredolu faulted the pronouncement as being hasty.", "Rotimi Akeredolu"], // the dismissing person is not the denied actor
        ["The government blamed ISWAP for the attack. Investigators faulted the pilot for the crash.", null],                  // faulting with no attribution in sight denies no one
        ["Police checked a confession posted online that mentioned both the Islamic State and the Taliban.", "Taliban"],      // with two groups named, a claim noun has no known claimant
        ["The US air strike targeted a border control point in Syria.", "United States"],          // an uncontested attack named by its actor's adjective is no responsibility claim
        ["Allegations by the Ukrainian side that Russia carried out the attack are untrue, the ministry said.", "Ukraine"], // the by-phrase of an allegation names who alleges, not the actor
        ["Police said many other threat groups could be behind the bombings.", "threat groups"],  // "other" two words before the group noun: no one named
        ["He claimed the attack was revenge for his brother.", "He"],                              // "claimed the attack was …" reports a view of the attack; a pronoun is never an actor
        ["Governor Rotimi Akeredolu dismissed the claim by the federal government that ISWAP was behind the attack.", "Rotimi Akeredolu"], // the dismissing speaker is not the denied actor
    ];

    [TestCaseSource(nameof(NoResponsibilityCases))]
    public void Reads_no_responsibility_for_the_wrong_actor(string sentence, string? actor)
    {
        // A null actor means: no denial at all (the sentences' one attribution is asserted).
        var claims = Extractor.Extract(Document.FromText("spec", sentence)).Claims.Where(c => c.Kind == ClaimKind.Responsibility).ToList();
        Assert.That(actor is null ? claims.Where(c => c.Polarity == Polarity.Denied) : claims.Where(c => string.Equals(c.Actor, actor, StringComparison.Ordinal)), Is.Empty, () => string.Join("; ", claims));
    }

    private static readonly ClaimExtractor Extractor = (ClaimExtractor)ClaimComparer.Default.Extractor;

    [TestCaseSource(nameof(NumberCases))]
    public void Reads_number_claims(string sentence, string kind, int low, int high, string subject)
    {
        var claims = Extractor.Extract(Document.FromText("spec", sentence)).Claims;
        var claim = claims.FirstOrDefault(c => c.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase));
        Assert.That(claim, Is.Not.Null, () => $"no {kind} claim in: {string.Join("; ", claims)}");
        Assert.Multiple(() =>
        {
            Assert.That(claim!.Interval.Low, Is.EqualTo((double)low));
            Assert.That(claim.Interval.High, Is.EqualTo(high < 0 ? null : (double?)high));
            Assert.That(claim.Subject, Is.EqualTo(subject));
            Assert.That(claim.EvidenceText, Is.EqualTo(sentence[claim.Evidence.Start..claim.Evidence.End]));
        });
    }

    [TestCaseSource(nameof(NoCasualtyCases))]
    public void Reads_no_casualty_figure_where_there_is_none(string sentence)
    {
        var claims = Extractor.Extract(Document.FromText("spec", sentence)).Claims;
        Assert.That(claims.Where(c => c.Kind is ClaimKind.Killed or ClaimKind.Injured), Is.Empty);
    }

    [TestCaseSource(nameof(ResponsibilityCases))]
    public void Reads_responsibility_claims(string sentence, string? actor, string polarity)
    {
        var claims = Extractor.Extract(Document.FromText("spec", sentence)).Claims.Where(c => c.Kind == ClaimKind.Responsibility).ToList();
        Assert.That(
            claims.Any(c => string.Equals(c.Actor, actor, StringComparison.Ordinal) && c.Polarity.ToString()!.Equals(polarity, StringComparison.OrdinalIgnoreCase)),
            Is.True,
            () => $"expected {actor ?? "(no actor)"} {polarity}; got: {string.Join("; ", claims)}");
    }

    // (text, speaker of its first claim) — who a claim is attributed to.
    private static readonly object[][] SourceCases =
    [
        ["The Russian Defense Ministry on Friday said 22 people were killed.", "Russian Defence Ministry"],                            // a time phrase between the speaker and the verb is no part of the speaker
        ["Ukrainian President Volodymyr Zelenskyy, for his part, said that the station was hit by Russian forces.", "Volodymyr Zelensky"], // a comma closing an aside before the verb is no inversion
        ["Mr Sardar Hussain, who lost three relatives in the blast, said 22 people were killed.", "Sardar Hussain"],                    // a relative clause between the speaker and the verb is an aside
        ["The Ondo Governor, Akeredolu, said the region had been calm. According to him, 22 people were killed.", "Akeredolu"],        // "according to him" is the last speaker, read past an apposition
    ];

    [TestCaseSource(nameof(SourceCases))]
    public void Attributes_claims_to_their_speaker(string text, string speaker)
    {
        var claims = Extractor.Extract(Document.FromText("spec", text)).Claims;
        Assert.That(claims.Count > 0 ? claims[0].Source.Speaker : null, Is.EqualTo(speaker), () => string.Join("; ", claims.Select(c => c + " / " + c.Source)));
    }

    [Test]
    public void A_war_monitor_resolves_to_the_observatory_the_article_names()
    {
        const string text = "The US struck militias, killing at least 22 fighters, a war monitor said.\nThe Syrian Observatory for Human Rights said the strike hit three trucks.";
        var claim = Extractor.Extract(Document.FromText("spec", text)).Claims.First(c => c.Kind == ClaimKind.Killed);
        Assert.That(claim.Source.Speaker, Is.EqualTo("Syrian Observatory for Human Rights"));
    }

    [Test]
    public void A_toll_update_is_marked_as_one()
    {
        var claim = Extractor.Extract(Document.FromText("spec", "The death toll rose to 31 on Friday.")).Claims.Single();
        Assert.That(claim.Timing, Is.EqualTo(ClaimTiming.Updated));
    }

    [Test]
    public void Every_number_is_a_claim_or_listed_as_unclassified()
    {
        const string text = "In 2019, 22 people were killed and the 40-year-old mayor paid $5 million for 3 trucks. Another 7 stood by.";
        var read = Extractor.Extract(Document.FromText("spec", text));
        var inClaims = read.Claims.Where(c => c.Quantity is not null).Select(c => c.Quantity!.Span);
        var listed = read.Unclassified.Select(u => u.Quantity.Span);
        Assert.That(inClaims.Concat(listed).Count(), Is.EqualTo(new ClaimCompare.Quantities.QuantityRecognizer().Recognize(text).Count));
    }
}
