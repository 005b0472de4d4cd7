using ClaimCompare.Claims;

namespace ClaimCompare.Tests.Claims;

/// <summary>
/// Who said it (issue 21, sources): one row per general pattern of attribution, with sentences composed for the spec,
/// not taken from the corpora. The comment on each row names the pattern it stands for.
/// </summary>
public sealed class SourceSpecTests
{
    private const string Outlet = "Daily Example";

    private static readonly ClaimExtractor Extractor = (ClaimExtractor)ClaimComparer.Default.Extractor;

    // (text, kind, low of the claim, words its speaker must contain).
    private static readonly object[][] SpeakerCases =
    [
        ["“Two guards were shot at the gate. Another 5 were wounded,” Ahmed Karimi said.", "injured", 5, "Karimi"],                            // reported speech across sentences: the closing frame names the quotation's speaker
        ["Mayor Lina Park told reporters: “We are still searching. At least 9 people were hurt in the collapse.”", "injured", 9, "Lina Park"],  // reported speech across sentences: the opening frame names it
        ["Omar Haddad, a spokesman for the Civil Defence Directorate (CDD) in Tripoli, said 11 people died.", "killed", 11, "Haddad"],          // appositive between commas with a bracket inside: the name speaks
        ["“Eight people died,” Nadia Rahman, a spokeswoman for the fire service, said in a statement.", "killed", 8, "Rahman"],                // ", said in a statement": an adjunct, no inverted subject, follows the verb
        ["Pedro Alves, who heads the district council, said, “Four people drowned in the river.”", "killed", 4, "Alves"],                    // an aside, then "said," and a quotation: the subject stands before the comma
        ["Tomas Berg, a farmer near the river said 6 people had died.", "killed", 6, "Tomas Berg"],                                           // indefinite appositive whose closing comma is left out
        ["At least 15 people were killed in Chile, according to the authorities.", "killed", 15, "authorities"],                               // an unnamed party keeps its words; a state is no antecedent of "the authorities"
        ["The fire chief Anna Holm had said that 13 people died.", "killed", 13, "Holm"],                                                      // the subject stands before the auxiliaries of the reporting verb
        ["A boat capsized on the lake, with police saying that 7 passengers drowned.", "killed", 7, "police"],                               // absolute construction "with X saying": X speaks
        ["Hospital officials said the toll had risen, saying that 17 people had died.", "killed", 17, "Hospital officials"],                  // a participle after a comma takes the main clause's speaker
        ["Kenya's interior minister said 19 people had died.", "killed", 19, "interior minister"],                                           // an office named with a place speaks as the office, not the state
        ["Police said 12 people were killed in the blast. Another 30 were injured.", "injured", 30, "Police"],                               // a paragraph's attribution carries to the figures after it
        ["A spokesman for the rescue service, Idris Musa, reported 9 deaths on Monday.", "killed", 9, "Idris Musa"],                        // a name between commas in apposition to the subject
        ["The National Disaster Agency (NDA) reported 14 deaths.", "killed", 14, "National Disaster Agency"],                               // a bracket closes the subject; it opens no inversion
        ["The provincial agency fears 200 people died in the landslide.", "killed", 200, "agency"],                                          // a reporting verb generated from WordNet (fear.v.01)
        ["The mine operator admitted that 8 workers died.", "killed", 8, "mine operator"],                                                  // a reporting verb generated from WordNet (admit.v.01)
        ["Officials said on Monday that according to preliminary data, 21 people had died.", "killed", 21, "Officials"],                   // "according to" information (WordNet data.n.01): whoever gives it speaks
        ["Source: Regional Governor Marta Silva\n“Our teams have found 16 bodies.”", "killed", 16, "Marta Silva"],                         // a "Source:" credit line names the speaker of the quotation after it
        ["At least 10 people died, according to Western Cape (WC) minister Sipho Dlamini.", "killed", 10, "Sipho Dlamini"],                 // a bracketed acronym inside the speaker phrase; the office holder named with a place speaks
        ["Two fire officials said 6 people died in the blaze.", "killed", 6, "fire officials"],                                              // a counted party speaks: cardinal + noun phrase with a role noun
        ["Estimates from the World Health Organization (WHO) had on Friday put the death toll at 42.", "killed", 42, "World Health"],  // toll setter whose subject ends in a bracketed acronym
        ["Local police, however, put the death toll at 15.", "killed", 15, "police"],                                                        // a conjunctive adverb between commas (WordNet however.r.01) is outside the subject
        ["The toll was first put at 40, which the provincial council revised to 37 on Monday.", "killed", 37, "provincial council"],       // an object relative clause whose antecedent is the toll
        ["“We have counted 12 bodies,” Deputy Director of the Regional Emergency Office of the Northern Province Ana Lima said.", "killed", 12, "Ana Lima"], // a long closing-frame subject with no punctuation inside
        ["It’s believed 4 climbers died on the ridge.", "killed", 4, Outlet],                                                               // the contracted impersonal passive names nobody: the own voice speaks
        ["Fire brigade spokesman Tomas Okafor spoke at noon. Later the PRO Okafor told reporters 7 people had died.", "killed", 7, "Tomas Okafor"], // a title and a surname refer back to the name in full
        ["At least 9 people died, the disaster agency said. The quake's depth was 10 km, according to the US Geological Survey.", "killed", 9, "disaster agency"], // a definite description refers back, never to an agency named later
        ["Rescue chief Maria Lopez spoke at dawn. “The ground is moving,” Lopez said, citing firsthand reports from staff. She said 8 people had died.", "killed", 8, "Lopez"], // "citing … reports" names no antecedent for "she said"
        ["Eleven people drowned, said a regional official, Maria Costa, the head of the coast guard.", "killed", 11, "Maria Costa"],       // an inverted subject's name in apposition speaks
        ["The engineer who asked not to be named said 5 workers were killed.", "killed", 5, "engineer"],                                   // a relative clause between the subject's head and its verb
        ["14 dead in mine collapse\nAt least 14 miners died in the collapse, the mines ministry said.", "killed", 14, "mines ministry"],    // a headline's bare figure takes the source of the body's hedged restatement
        ["Floods struck the town. An official toll of 19 announced on Monday by the interior ministry was later revised.", "killed", 19, "interior ministry"], // a reduced passive relative names its agent in "by"
        ["The bridge gave way at noon, officials said. At least 6 people were killed.", "killed", 6, "officials"],                          // an earlier sentence of the paragraph names the speaker of an own-voice figure
        ["The ministry rejected a Red Cross report that 40 people had died.", "killed", 40, "Red Cross"],                                   // the owner of a statement noun (WordNet report.n.03) with a content clause speaks
        ["Mayor Ruth Okoye also said 9 people died.", "killed", 9, "Okoye"],                                                               // an adverb of the verb group is no part of the subject
        ["Floods swept the valley.\nThe number of people displaced rose to 4,000, Reuters reported.\nAt least 12 people died in the floods.", "killed", 12, "Reuters"], // an agency cited alone for a sentence carries the copy
        ["Rescue teams are at the site; 5 people have died — City News (@CityNews) May 2, 2024", "killed", 5, "City News"],               // an embedded post's signature names its author
        ["Fire officials sealed the area and said 4 people were injured.", "injured", 4, "Fire officials"],                                            // coordinated predicates share the subject
    ];

    [Test]
    public void The_subject_of_a_verb_of_blame_speaks_for_it()
    {
        // "X denounced Y for …": the subject of an inflected verb of blame is the source of the assertion.
        var claims = Extractor.Extract(Document.FromText("spec", "Angry relatives denounced the ferry operator for the sinking.") with { Outlet = Outlet }).Claims;
        var blame = claims.FirstOrDefault(c => c.Kind == ClaimKind.Responsibility);
        Assert.That(blame?.Source.Speaker, Does.Contain("relatives"), () => string.Join("; ", claims.Select(c => c + " / " + c.Source)));
    }

    [Test]
    public void An_agency_relaying_another_speaker_carries_no_copy()
    {
        // "Officials said …, Reuters reported": the agency relays a speaker; the outlet keeps its own voice elsewhere.
        var text = "Officials said the dam held, Reuters reported.\nAt least 12 people died in the floods.";
        var claims = Extractor.Extract(Document.FromText("spec", text) with { Outlet = Outlet }).Claims;
        Assert.That(claims.Single(c => c.Kind == ClaimKind.Killed).Source.Speaker, Is.EqualTo(Outlet));
    }

    [TestCaseSource(nameof(SpeakerCases))]
    public void Attributes_the_claim(string text, string kind, int low, string speaker)
    {
        var claims = Extractor.Extract(Document.FromText("spec", text) with { Outlet = Outlet }).Claims;
        var claim = claims.FirstOrDefault(c => c.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase) && c.Interval.Low == low);
        Assert.That(claim?.Source.Speaker, Does.Contain(speaker).IgnoreCase, () => string.Join("; ", claims.Select(c => c + " / " + c.Source)));
    }

    [Test]
    public void A_party_denying_with_no_one_else_named_is_its_own_source()
    {
        // "X denied responsibility": the party that denies says so; no other speaker is named.
        var claims = Extractor.Extract(Document.FromText("spec", "The Taliban denied responsibility for the bombing.") with { Outlet = Outlet }).Claims;
        var denial = claims.FirstOrDefault(c => c.Kind == ClaimKind.Responsibility && c.Polarity == Polarity.Denied);
        Assert.That(denial?.Source.Speaker, Does.Contain("Taliban"), () => string.Join("; ", claims.Select(c => c + " / " + c.Source)));
    }

    [Test]
    public void A_speaker_name_the_gazetteer_does_not_know_is_kept_as_written()
    {
        // A lone name that resolves only by its spelling skeleton to a state is no state: "Besana" is no "Bosnia".
        var claims = Extractor.Extract(Document.FromText("spec", "Besana said 5 soldiers were killed.") with { Outlet = Outlet }).Claims;
        Assert.That(claims.Single(c => c.Kind == ClaimKind.Killed).Source.Speaker, Is.EqualTo("Besana"));
    }

    [Test]
    public void Quotations_run_to_their_closing_mark_or_the_end_of_the_line()
    {
        var text = "He said: “One. Two.” Then \"three\nFour";
        var quotations = QuotedSpeech.Quotations(text);
        Assert.That(quotations.Select(q => text[q.Start..q.End]), Is.EqualTo(new[] { "One. Two.", "three" }));
    }
}
