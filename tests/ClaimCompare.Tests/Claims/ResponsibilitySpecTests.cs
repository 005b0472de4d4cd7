using ClaimCompare.Claims;

namespace ClaimCompare.Tests.Claims;

/// <summary>
/// Spec rows for reading responsibility from the clause (issue 22): one row per grammatical pattern, each sentence
/// composed for the row (none is taken from the development corpora), the pattern named in its comment.
/// </summary>
public sealed class ResponsibilitySpecTests
{
    private static readonly ClaimExtractor Extractor = (ClaimExtractor)ClaimComparer.Default.Extractor;

    // (sentence, actor, polarity) — a claim that must be read. A null actor means "no party named".
    private static readonly object?[][] Reads =
    [
        // Object of a blame verb (WordNet blame.v.01/.03) is the party, not the accuser.
        ["Angry families blamed the bus operator for the crash.", "bus operator", "asserted"],
        // Passive of a blame verb: the subject is the party; "and the" opens a second conjunct, so two parties.
        ["The city police and the regional government are being blamed for the flooding.", "government", "asserted"],
        ["The city police and the regional government are being blamed for the flooding.", "city police", "asserted"],
        // "blame EVENT on X": the object of "on" is the party.
        ["Investigators blamed the derailment on the train driver.", "train driver", "asserted"],
        // "attribute EVENT to X" (WordNet attribute.v.01): the object of "to".
        ["The inquiry is attributing the collision to the ship's captain.", "captain", "asserted"],
        // "hold X responsible": the noun phrase between the verb and its complement.
        ["Residents held the mining company responsible for the landslide.", "company", "asserted"], // "-ing" reads as an adjective
        // Criticism with a "for" reason (WordNet criticize.v.01, denounce.v.01) names the party.
        ["Relatives denounced the port authorities for ignoring safety checks.", "port authorities", "asserted"],
        // A rule violation (WordNet violate.v.02, disregard.v.03) blames its subject; a relative pronoun's antecedent.
        ["The freight train, which ignored a red signal, hit the stationary carriages.", "freight train", "asserted"],
        // The subject before an embedded relative clause: "the truck that … had overshot".
        ["The truck that crossed into the oncoming lane on the bridge had overshot the warning signals.", "truck", "asserted"],
        // Copular "be at fault" / "be to blame": the subject is the party; a shared determiner keeps "pilot and crew" one party.
        ["Officials said the pilot and crew of the cargo plane were at fault for the crash.", "crew", "asserted"],
        // Causal verb (WordNet cause.v.01, trigger.v.01) with a participle's by-agent inside the causer.
        ["Smoke grenades thrown by the guards led to the deaths of the prisoners.", "guards", "asserted"],
        // Causal verb in a relative clause whose antecedent is an instrument: its user is the party.
        ["Guards responded with smoke grenades, which triggered a stampede.", "Guards", "asserted"],
        // A fault noun with a party noun modifier, under a denial (WordNet rule_out.v.03): denied.
        ["The operator ruled out pilot error and mechanical failure.", "pilot", "denied"],
        // A fault noun with a by-agent: asserted.
        ["The union said this mistake by the signal engineer must be investigated.", "engineer", "asserted"], // "-al" reads as an adjective
        // An agentive fault noun names its unnamed doer (sabotage -> saboteurs).
        ["Security sources said the blackout was the result of sabotage.", "saboteurs", "asserted"],
        // A fault alleged against the main clause's subject ("amid allegations of negligence").
        ["Two hospital officials were suspended amid allegations of negligence.", "officials", "asserted"], // "-al" reads as an adjective
        // Light-verb blame: "placed the responsibility on X".
        ["The panel placed the main responsibility for the sinking on the ferry owner.", "ferry owner", "asserted"],
        // A denying modifier (WordNet undue.a.03) on the blame noun makes it a denial.
        ["The drivers' union condemned the unfair blame placed on the bus driver.", "bus driver", "denied"],
        // Naming as a suspect, hedged by a modal, is still an attribution.
        ["The ship's captain may be named a suspect, police said.", "captain", "asserted"],
        // Identification of "the people responsible" (WordNet identify.v.01): the doer is known, unnamed.
        ["The minister said the people responsible for the fire have been identified.", null, "asserted"],
        // The same under a modal: not yet known.
        ["Those behind the blast may be identified once the footage is examined.", null, "unknown"],
        // A cause said not to be known (negated knowledge predicate with a cause noun as subject).
        ["The cause of the explosion was not immediately known.", null, "unknown"],
        // The same with a negative adjective (WordNet unclear.a.02) and "remains".
        ["The origin of the blaze remains unclear, firefighters said.", null, "unknown"],
        // Extraposed subject: "it was not clear who …".
        ["It was not immediately clear who was behind the shooting.", null, "unknown"],
        // "yet to" with an inquiry noun: the cause is not yet known.
        ["Officials have yet to publish the findings of the inquiry.", null, "unknown"],
        // Hedged alternatives under a modal: unknown, not asserted.
        ["It could be arson or sabotage, an official said.", null, "unknown"],
        // A reported act: the agent of "carry out" in a that-clause after a belief verb is asserted.
        ["Analysts believe that the Northern Front carried out the bombing.", "Northern Front", "asserted"],
        // A speaker's own "it said it carried out": claimed, with the speaker as actor.
        ["The Northern Front said in a statement that it carried out the bombing.", "Northern Front", "claimed"],
        // A claim verb with a responsibility noun (WordNet liability.n.01) and "the".
        ["The Northern Front claimed the liability for the bombing.", "Northern Front", "claimed"],
        // Negation in a raising chain: "were not believed to have been involved" denies.
        ["The rebels were not believed to have been involved in the bombing.", "rebels", "denied"],
        // A generic subject ("other groups could be behind it"): no one named, so unknown.
        ["Police said other armed groups could be behind the bombing.", null, "unknown"],
        // A predicative dismissing adjective (WordNet untrue.a.01) denies the party of the attribution in the sentence.
        ["Claims that the Northern Front carried out the bombing are untrue, the group said.", "Northern Front", "denied"],
        // Dismissal of an attribution noun (WordNet reject.v.01 family, "object to") denies the party of the nearest assertion.
        ["The government blamed the Northern Front for the bombing, but its spokesman rejected the accusation.", "Northern Front", "denied"],
        // Negated possession of an act noun denies the act of the subject.
        ["The spokesman said the Northern Front had no operations planned in the city.", "Northern Front", "denied"],
        // Membership among the claimants, negated by "neither of which".
        ["The Northern Front and the Southern Front, neither of which were among the groups that claimed the attack, were named by police.", "Northern Front", "unclaimed"],
        // Identification "as": the named group the perpetrators are identified as; names outside the gazetteer are actors.
        ["The attack was carried out by gunmen whom witnesses identified as Harbour Brigade fighters.", "Harbour Brigade fighters", "asserted"],
        // An attack named by its actor's adjective inside reported speech ("…, X said") is the speaker's attribution, and
        // stands without a denial in the document.
        ["A Syrian air strike on the market killed 12 people, Turkish officials said.", "Syria", "asserted"],
        // A party giving its act's motive of retaliation (WordNet revenge.n.01) in a reported complement restates its claim:
        // a pronoun speaker is the last claimant of the document.
        ["Al-Shabaab claimed responsibility for the bombing. He claimed that the bombing was part of the revenge for his brother.", "al-Shabaab", "claimed"],
        // The same with the armed group named as the speaker.
        ["Al-Shabaab said the bombing was in retaliation for the air raids.", "al-Shabaab", "claimed"],
        // A motive ascribed to a named group (WordNet motive.n.01) presupposes that it acted: an attribution.
        ["According to the minister, the motive of Al-Shabaab was to divide the country.", "al-Shabaab", "asserted"],
        // The same with a possessive.
        ["The minister said Al-Shabaab's motive was to divide the country.", "al-Shabaab", "asserted"],
    ];

    // (sentence, actor) — a responsibility claim that must not be read. A null actor means: no responsibility claim at all.
    private static readonly object?[][] DoesNotRead =
    [
        // A question asks; it does not attribute.
        ["Who was behind the attack on the depot?", null],
        // A habitual statement is about what usually happens, not this event.
        ["The opposition often blames the ruling party for every accident.", "ruling party"],
        // A named gerund ("the trend of blaming") states no attribution.
        ["The union criticised the trend of blaming drivers for accidents.", null],
        // Intention ("plan to accuse") is not an accusation made.
        ["Officials plan to accuse the contractor of cutting corners.", "contractor"],
        // A conditional clause asserts nothing.
        ["If the driver ignored the signal, he will be charged.", "driver"],
        // A denial of a report or a complaint is no denial of the act.
        ["The police denied a newspaper report about the number of arrests.", "police"],
        // "hit by" a thing names no perpetrator.
        ["The passenger train was hit by a freight train from the north.", null],
        // The article narrating an uncontested act attributes nothing (no reporting verb or attribution noun).
        ["Government forces carried out air strikes on the hills overnight.", null],
        // A cause that names no party is not a responsibility claim.
        ["Heavy rain triggered the landslide that buried the village.", null],
        // Negated possession of something that is not an act ("no fire alarm") denies nothing.
        ["The warehouse had no fire alarm, the inspectors said.", null],
        // "blamed" negated fits no polarity.
        ["The ministry did not blame the contractor for the collapse.", "contractor"],
        // A violation in a participle adjunct after a comma has no subject the clause gives.
        ["The engineer had worked four night shifts, violating the rule on rest periods.", "engineer"],
        // An attack adjective in the article's own voice, with no denial in the document, takes no side.
        ["A Syrian air strike on the market killed 12 people.", "Syria"],
        // "previous X attacks": an adjective of sequence sets the attacks apart from the one reported.
        ["The bomb was unlike those used in previous Al-Shabaab attacks, police said.", null],
        // A retaliation motive given by anyone but the party (police) is a motive, not a claim.
        ["Police said the bombing was revenge for a land dispute.", null],
        // A motive of no one named names no party.
        ["The motive of the attack was not immediately clear, police said.", null],
    ];

    [TestCaseSource(nameof(Reads))]
    public void Reads_responsibility_from_the_clause(string sentence, string? actor, string polarity)
    {
        var claims = Responsibility(sentence);
        Assert.That(
            claims.Any(c => string.Equals(c.Actor, actor, StringComparison.OrdinalIgnoreCase) && string.Equals(c.Polarity?.ToString(), polarity, StringComparison.OrdinalIgnoreCase)),
            Is.True,
            () => $"expected {actor ?? "(no actor)"} {polarity}; got: {string.Join("; ", claims.Select(c => $"{c.Actor} {c.Polarity} \"{c.EvidenceText}\""))}");
    }

    [TestCaseSource(nameof(DoesNotRead))]
    public void Does_not_read_what_is_no_attribution(string sentence, string? actor)
    {
        var claims = Responsibility(sentence);
        Assert.That(
            actor is null ? claims : claims.Where(c => string.Equals(c.Actor, actor, StringComparison.OrdinalIgnoreCase)),
            Is.Empty,
            () => string.Join("; ", claims.Select(c => $"{c.Actor} {c.Polarity} \"{c.EvidenceText}\"")));
    }

    [Test]
    public void Every_predicate_and_word_of_the_table_has_a_source()
    {
        var table = ClaimCompare.Claims.Responsibility.ResponsibilityTable.BuiltIn;
        Assert.Multiple(() =>
        {
            Assert.That(table.Predicates, Is.Not.Empty);
            Assert.That(table.Predicates.Where(p => string.IsNullOrWhiteSpace(p.Source) || p.Forms.Count == 0).Select(p => p.Lemma), Is.Empty);
            Assert.That(table.Phrases.Where(p => string.IsNullOrWhiteSpace(p.Source)).Select(p => p.Phrase), Is.Empty);
            var words = table.BlameNouns.Concat(table.FaultNouns).Concat(table.RuleNouns).Concat(table.DenyingModifiers).Concat(table.PartyNouns)
                .Concat(table.EventNouns).Concat(table.AttributionNouns).Concat(table.PerpetratorNouns).Concat(table.KnowledgeWords)
                .Concat(table.UnknowingWords).Concat(table.StatementNouns).Concat(table.CauseNouns).Concat(table.PlacingVerbs).Concat(table.OriginNouns).Concat(table.MotiveNouns);
            Assert.That(words.Where(w => string.IsNullOrWhiteSpace(w.Source)).Select(w => w.Word), Is.Empty);
        });
    }

    [Test]
    public void Coordinated_names_give_one_claim_each()
    {
        // "blamed X, Y and Z": three parties, each its own claim.
        var claims = Responsibility("The minister blamed Russia, Iran and China for the cyber attack.");
        Assert.That(claims.Select(c => c.Actor), Is.SupersetOf(new[] { "Russia", "Iran", "China" }));
    }

    [Test]
    public void A_pronoun_restating_a_claim_reaches_back_only_a_few_sentences()
    {
        // "He" five sentences after the claim is someone else (the governor), not the claimant.
        var claims = Responsibility("Al-Shabaab claimed responsibility for the bombing. The market reopened on Monday. Traders returned. "
            + "Schools stayed shut. Roads were cleared. The governor visited the site. He said the bombing was revenge for the raids.");
        Assert.That(claims.Count(c => c.Polarity == Polarity.Claimed), Is.EqualTo(1), () => string.Join("; ", claims.Select(c => $"{c.Actor} {c.Polarity} \"{c.EvidenceText}\"")));
    }

    private static List<Claim> Responsibility(string sentence) =>
        Extractor.Extract(Document.FromText("spec", sentence)).Claims.Where(c => c.Kind == ClaimKind.Responsibility).ToList();
}
