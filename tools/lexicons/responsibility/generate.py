#!/usr/bin/env python3
"""Generates src/ClaimCompare/Claims/Responsibility/responsibility.lexicon.json.

usage: python3 tools/lexicons/responsibility/generate.py [OUT.json]

Development-time only: reads the Princeton WordNet 3.0 data files (Debian `wordnet-base`,
/usr/share/wordnet, or WNHOME) and writes the responsibility predicate families with every inflected
form and a `source` per entry. Each family names the WordNet synsets it takes its members from
(lemma.pos.N, as NLTK numbers senses); members on a family's `drop` list are senses of the synset
that do not carry the family's meaning in news English (WordNet's "dismiss" synset also holds "fire",
"can"). Entries marked `hand` name a general pattern that WordNet has no synset for (phrasal
predicates such as "be behind", "take responsibility").

The runtime never reads WordNet: the generated JSON is embedded in the assembly.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wn  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(REPO, "src", "ClaimCompare", "Claims", "Responsibility", "responsibility.lexicon.json")

# Frames: where the party a predicate puts the event on stands (see ResponsibilityFrame.cs).
FAMILIES = [
    # family, frame, polarity, synsets [(lemma, pos, sense)], drop, hand additions
    ("blame", "objectIsParty", "asserted", [("blame", "v", 1), ("blame", "v", 3)], {"find fault", "pick", "charge"}, []),
    ("accuse", "objectIsParty", "asserted", [("accuse", "v", 1), ("accuse", "v", 2)], {"charge", "impeach", "criminate"}, []),
    ("hold responsible", "holdResponsible", "asserted", [("hold", "v", 1)], {"keep", "maintain"}, []),
    ("criticise for", "criticismFor", "asserted", [("criticize", "v", 1), ("denounce", "v", 1), ("condemn", "v", 1)], {"knock", "pick apart", "objurgate", "reprobate", "excoriate"}, ["slam"]),
    ("attribute to", "toIsParty", "asserted", [("attribute", "v", 1)], {"assign"}, []),
    ("cause", "causal", "asserted", [("cause", "v", 1), ("trigger", "v", 1)], {"do", "make", "trip", "actuate", "activate", "trigger off", "touch off", "spark off"}, ["lead to", "result in", "spark", "set off"]),
    ("disregard a rule", "violation", "asserted", [("disregard", "v", 3), ("violate", "v", 2), ("flout", "v", 1), ("overshoot", "v", 1)], {"offend", "infract", "go against", "break", "scoff", "neglect"}, ["jump", "overrun", "skip"]),
    ("carry out", "agentOfAct", "asserted", [("carry out", "v", 1), ("perpetrate", "v", 1), ("mastermind", "v", 1), ("stage", "v", 2)],
     {"carry through", "accomplish", "action", "fulfill", "fulfil", "pull", "engineer", "direct", "organize", "organise", "arrange"}, ["launch", "conduct", "mount"]),
    ("deny", "denial", "denied", [("deny", "v", 1)], set(), []),
    ("reject", "dismissal", "denied", [("reject", "v", 1), ("reject", "v", 4), ("dismiss", "v", 1)], {"spurn", "freeze off", "scorn", "disdain", "turn down", "disregard", "brush off", "discount", "push aside", "ignore", "brush aside"}, ["object to", "contest", "dispute", "refute"]),
    ("rule out", "denial", "denied", [("rule out", "v", 3)], {"eliminate", "winnow out", "reject"}, []),
    ("identify", "identification", "asserted", [("identify", "v", 1), ("identify", "v", 2)], {"place"}, ["trace", "pinpoint"]),
]

# Copular and phrasal predicates WordNet has no verb synset for: the subject is the party.
PHRASAL = [
    ("be behind", "subjectIsParty", "asserted", ["behind"], "hand: phrasal predicate 'be behind' (X was behind the attack)"),
    ("be at fault", "subjectIsParty", "asserted", ["at fault"], "hand: copular predicate 'be at fault' (WordNet at_fault.s.01 'deserving blame')"),
    ("be to blame", "subjectIsParty", "asserted", ["to blame"], "hand: copular predicate 'be to blame'"),
    ("be responsible", "subjectIsParty", "asserted", ["responsible", "accountable", "culpable"], "wordnet:responsible.a.01 similar-to culpable, accountable"),
    ("be involved", "involvement", "asserted", ["involved"], "wordnet:involved.a.01 'connected by participation or association or use' (read only when negated: 'was not involved')"),
]

# Light-verb constructions: a blame or responsibility noun placed on its party ("placed the blame on X", "pointed the finger at X").
BLAME_NOUNS = [
    ("blame", "wordnet:blame.n.01 'an accusation that you are responsible for some lapse or misdeed'"),
    ("responsibility", "wordnet:responsibility.n.03 'the social force that binds you to your obligations'"),
    ("finger", "hand: idiom 'point the finger at X' (Collins: to blame X)"),
]

# Nouns of a fault whose possessor, compound modifier or by/of-agent is the party ("driver error", "negligence by the
# operator"); an agent noun names the unnamed doer of a deliberate one ("sabotage" -> saboteurs).
FAULT_NOUNS = [
    ("negligence", None, ("negligence", "n", 1)),
    ("carelessness", None, ("negligence", "n", 1)),
    ("neglect", None, ("negligence", "n", 1)),
    ("error", None, ("error", "n", 1)),
    ("mistake", None, ("error", "n", 1)),
    ("fault", None, ("error", "n", 1)),
    ("lapse", None, ("lapse", "n", 1)),
    ("mishandling", None, ("mishandle", "v", 1)),
    ("mismanagement", None, ("mismanagement", "n", 1)),
    ("sabotage", "saboteurs", ("sabotage", "n", 1)),
    ("arson", "arsonists", ("arson", "n", 1)),
    ("tampering", None, ("tampering", "n", 1)),
]

# Objects of a violation verb: a rule, signal or warning disregarded ("disregarded the signal", "violated safety rules").
RULE_NOUNS = [("signal", "n", 1), ("rule", "n", 1), ("regulation", "n", 1), ("warning", "n", 1), ("order", "n", 1),
              ("limit", "n", 1), ("procedure", "n", 1), ("norm", "n", 1), ("protocol", "n", 1), ("law", "n", 1),
              ("instruction", "n", 1), ("guideline", "n", 1), ("standard", "n", 1)]

# Adjectives that deny the attribution noun they modify ("the undue blame placed on X", "baseless allegations").
DENYING_MODIFIERS = [("untrue", "a", 1), ("undue", "a", 3), ("unfair", "a", 1), ("baseless", "a", 1), ("false", "a", 1), ("premature", "a", 2),
                     ("unjustifiable", "a", 1)]
DENYING_DROP = {"idle", "previous", "indefensible", "insupportable", "wild"}

# Nouns of an act or harm a predicate can take as object ("carried out the attack", "triggered a stampede").
EVENT_NOUNS = [("attack", "n", 1), ("bombing", "n", 1), ("blast", "n", 1), ("explosion", "n", 1), ("strike", "n", 1), ("assault", "n", 1),
               ("raid", "n", 1), ("shooting", "n", 1), ("massacre", "n", 1), ("ambush", "n", 1), ("killing", "n", 1), ("operation", "n", 5),
               ("accident", "n", 1), ("crash", "n", 1), ("collision", "n", 1), ("derailment", "n", 1), ("fire", "n", 1), ("blaze", "n", 1),
               ("stampede", "n", 1), ("crush", "n", 1), ("sinking", "n", 1), ("collapse", "n", 1), ("disaster", "n", 2), ("tragedy", "n", 1),
               ("death", "n", 1), ("incident", "n", 1), ("mission", "n", 2)]

# Nouns of an attribution someone can dismiss ("rejected the accusation", "objected to her statement").
ATTRIBUTION_NOUNS = [("accusation", "n", 2), ("allegation", "n", 1), ("claim", "n", 1), ("statement", "n", 1), ("assertion", "n", 1),
                     ("charge", "n", 2), ("blame", "n", 1), ("conclusion", "n", 1), ("finding", "n", 1), ("pronouncement", "n", 1),
                     ("verdict", "n", 1), ("attribution", "n", 2)]

# Nouns of the unnamed doer of the act ("the people responsible", "the culprits").
PERPETRATOR_NOUNS = [("perpetrator", "n", 1), ("culprit", "n", 1), ("people", "n", 1), ("individual", "n", 1), ("person", "n", 1),
                     ("those", None, None)]

# Predicates of knowing whose negation says who or what caused it is not known ("the cause was not immediately known").
KNOWLEDGE_WORDS = [("known", "a", 1), ("clear", "a", 1), ("certain", "a", 1), ("determined", "a", 2), ("established", "a", 1),
                   ("confirmed", "a", 1)]
UNKNOWING_WORDS = [("unknown", "a", 1), ("unclear", "a", 2), ("uncertain", "a", 1), ("undetermined", "a", 1)]

# Nouns of a cause or of an inquiry into it: "the cause was not known", "yet to issue the results of an investigation".
CAUSE_NOUNS = [("cause", "n", 1), ("reason", "n", 1), ("origin", "n", 1), ("investigation", "n", 1), ("inquiry", "n", 1), ("probe", "n", 1),
               ("result", "n", 1), ("finding", "n", 1)]

# Verbs that place blame on a party in a light-verb construction ("placed the responsibility on", "pointed the finger at").
PLACING_VERBS = [("put", "v", 1), ("pin", "v", 1), ("shift", "v", 1), ("point", "v", 2)]
PLACING_DROP = {"trap", "immobilize", "immobilise", "change over", "orient", "set", "pose", "position", "fix", "attach", "switch", "transfer", "displace", "aim", "train", "take aim", "direct"}

# A party's own claim: a verb of claiming or admitting with a responsibility noun ("claimed responsibility", "took the
# credit", "claimed the liability"), its passive ("acknowledged by X"), a claim noun ("hours after its confession") and
# the light verb "make" with a possessive ("the group made its claim"). Read by the phrase reader, which finds the actor.
CLAIM_VERBS = [("claim", "v", 4), ("admit", "v", 1), ("accept", "v", 4)]
CLAIM_DROP = {"take on", "allow in", "let in", "intromit", "include"}
RESPONSIBILITY_NOUNS = [("responsibility", "n", 3), ("credit", "n", 1), ("liability", "n", 1)]
CLAIM_NOUNS = [("confession", "n", 1), ("claim", "n", 1)]

# Nouns of a motive of retaliation: a party that says the act was revenge for a wrong done to it restates its own claim
# ("he said the attack was part of the revenge for his brother"), read only with a party or a claimant as the speaker.
MOTIVE_NOUNS = [("revenge", "n", 1), ("reprisal", "n", 1), ("vengeance", "n", 1)]

# Nouns of a doer's reason for acting: a motive ascribed to a named group ("the motive of X was to", "X's motive")
# presupposes that the group acted, so it attributes the act to it.
PURPOSE_NOUNS = [("motive", "n", 1)]
PURPOSE_DROP = {"need"}

# Statements a denial can be about that are not the act: denying them is no denial of responsibility.
STATEMENT_NOUNS = [("report", "n", 1), ("complaint", "n", 1), ("figure", "n", 1), ("toll", "n", 2), ("rumor", "n", 1), ("rumour", "n", 1)]

# Common-noun parties of accidents and disasters: their head nouns, from the WordNet hyponyms named in each source.
PARTY_NOUNS = [
    ("police", "wordnet:police.n.01"), ("policemen", "wordnet:policeman.n.01"), ("officers", "wordnet:officer.n.04"),
    ("driver", "wordnet:driver.n.01"), ("drivers", "wordnet:driver.n.01"), ("pilot", "wordnet:pilot.n.01 (also railway usage 'loco pilot', Indian English)"),
    ("pilots", "wordnet:pilot.n.01"), ("captain", "wordnet:captain.n.05 'the naval officer in command of a ship'"),
    ("skipper", "wordnet:skipper.n.01"), ("crew", "wordnet:crew.n.01"), ("operator", "wordnet:operator.n.02"),
    ("operators", "wordnet:operator.n.02"), ("owner", "wordnet:owner.n.02"), ("owners", "wordnet:owner.n.02"),
    ("authorities", "wordnet:authority.n.02 'the organization that is the governing authority of a political unit'"),
    ("government", "wordnet:government.n.01"), ("administration", "wordnet:administration.n.02"),
    ("management", "wordnet:management.n.02 'those in charge of running a business'"), ("officials", "wordnet:official.n.01"),
    ("company", "wordnet:company.n.01"), ("contractor", "wordnet:contractor.n.01"), ("engineer", "wordnet:engineer.n.02 'a railroad locomotive driver'"),
    ("master", "wordnet:master.n.01 (station master, ship's master)"), ("guard", "wordnet:guard.n.01"), ("staff", "wordnet:staff.n.01"),
    ("train", "wordnet:train.n.01 (a vehicle named for its crew, as in 'the goods train disregarded the signal')"),
    ("ship", "wordnet:ship.n.01 (metonymy for its crew)"), ("ferry", "wordnet:ferry.n.01 (metonymy for its crew)"),
    ("bus", "wordnet:bus.n.01 (metonymy for its driver)"), ("truck", "wordnet:truck.n.01 (metonymy for its driver)"),
    ("ministry", "wordnet:ministry.n.01"), ("hospital", "wordnet:hospital.n.02 'a medical institution' (its management)"),
    ("criminals", "wordnet:criminal.n.01"), ("saboteurs", "hand: agent noun of sabotage (WordNet saboteur.n.01)"),
]

# A vehicle's operating crew and the vehicle that stands for it by metonymy ("the goods train disregarded the signal" is
# said of its loco pilot): within one event with one such vehicle they name one party, so blame on the one and its
# rejection for the other are set against each other.
CREW_NOUNS = ["driver", "drivers", "pilot", "pilots", "captain", "skipper", "crew", "engineer"]
VEHICLE_NOUNS = ["train", "ship", "ferry", "bus", "truck"]


def forms(lemma):
    """Inflected forms of a verb or phrasal verb: the first word inflects ("lead to" -> "led to")."""
    exc = _EXC
    words = lemma.split(" ")
    head, rest = words[0], words[1:]
    out = [head]
    irregular = exc.get(head, [])
    if irregular:
        out += irregular
    if head.endswith("e"):
        out += [head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        out += [head + "es", head + "ed", head + "ing"]
    elif head.endswith("y") and head[-2] not in "aeiou":
        out += [head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head in DOUBLE:
        out += [head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]
    else:
        out += [head + "s", head + "ed", head + "ing"]
    if irregular:  # "lead" -> "led", not "leaded"
        out = [f for f in out if not (f.endswith("ed") and f not in irregular and f != head)]
    seen = []
    for f in out:
        phrase = " ".join([f] + rest)
        if phrase not in seen:
            seen.append(phrase)
    return seen


# Final consonants doubled before -ed/-ing (one-syllable verbs ending consonant-vowel-consonant, and stressed final syllables).
DOUBLE = {"slam", "skip", "pin", "spot", "set", "overrun", "put"}
_EXC = wn.exceptions("v")


def name(lemma, pos, n):
    return f"{lemma.replace(' ', '_')}.{pos}.{n:02d}"


def plural(w):
    return w[:-1] + "ies" if w.endswith("y") and w[-2] not in "aeiou" else w + "es" if w.endswith(("s", "sh", "ch", "x")) else w + "s"


def nouns(entries):
    """Each noun and its plural, with the synset it stands for."""
    out = []
    for w, p, n in entries:
        if p is None:
            out.append({"word": w, "source": "hand: demonstrative head of a headless noun phrase ('those responsible')"})
            continue
        words, gloss, _ = wn.synset(p, wn.sense(w, p, n))
        src = f"wordnet:{name(w, p, n)} '{gloss.split(';')[0]}'"
        out.append({"word": w, "source": src})
        pl = {"person": "persons", "people": None, "death": "deaths"}.get(w, plural(w))
        if pl and w not in ("fire",):
            out.append({"word": pl, "source": src + " (plural)"})
    return out


def synonyms(synsets, pos, drop):
    """Every member of the synsets, each with the synset it comes from."""
    out, seen = [], set()
    for lemma, p, n in synsets:
        words, gloss, _ = wn.synset(p, wn.sense(lemma, p, n))
        for w in words:
            if w not in drop and w not in seen:
                seen.add(w)
                out.append({"word": w, "source": f"wordnet:{name(lemma, p, n)} synonyms '{gloss.split(';')[0]}'"})
    return out


def main():
    out = OUT if len(sys.argv) < 2 else sys.argv[1]
    predicates = []
    for family, frame, polarity, synsets, drop, hand in FAMILIES:
        members = {}
        for lemma, pos, n in synsets:
            words, _, _ = wn.synset(pos, wn.sense(lemma, pos, n))
            for w in words:
                w = w.lower()
                if w not in drop and w not in members:
                    members[w] = f"wordnet:{name(lemma, pos, n)} synonyms"
        for w in hand:
            members.setdefault(w, f"hand: member of the '{family}' family WordNet lists under no shared synset")
        for lemma, source in members.items():
            predicates.append({"lemma": lemma, "family": family, "frame": frame, "polarity": polarity,
                               "forms": forms(lemma),
                               "source": source})
    for family, frame, polarity, words, source in PHRASAL:
        for w in words:
            predicates.append({"lemma": w, "family": family, "frame": frame, "polarity": polarity, "forms": [w], "source": source})

    def wn_source(lemma, pos, n, note=""):
        words, gloss, _ = wn.synset(pos, wn.sense(lemma, pos, n))
        return f"wordnet:{name(lemma, pos, n)} '{gloss.split(';')[0]}'" + note

    verbs = synonyms(CLAIM_VERBS, "v", CLAIM_DROP)
    resp_nouns = [(w, f"wordnet:{name(w, p, n)}") for w, p, n in RESPONSIBILITY_NOUNS]
    phrases = []
    for v in verbs:
        for f in forms(v["word"]):
            for noun, nsrc in resp_nouns:
                for det in ("", "the "):
                    phrases.append({"phrase": f"{f} {det}{noun}", "polarity": "claimed",
                                    "source": f"generated: {v['source']} verb + {nsrc} noun"})
    for v in ("claimed", "acknowledged"):
        phrases.append({"phrase": v + " by", "polarity": "claimed", "source": "generated: passive of the claim family (wordnet:claim.v.04, admit.v.01), agent after 'by'"})
    for w, p, n in CLAIM_NOUNS:
        src = wn_source(w, p, n)
        if w != "claim":
            phrases.append({"phrase": w, "polarity": "claimed", "source": src + " (claim noun; its owner is the sentence's group)"})
        for f in forms("make"):
            for poss in ("its", "their"):
                phrases.append({"phrase": f"{f} {poss} {w}", "polarity": "claimed", "source": "generated: light verb 'make' + possessive + " + src})
    data = {
        "about": "Responsibility predicate families, generated by tools/lexicons/responsibility/generate.py from Princeton "
                 "WordNet 3.0 (Debian wordnet-base); 'hand' entries name a general pattern WordNet has no synset for. "
                 "Frames say where the party stands (ResponsibilityFrame). Regenerate; do not edit by hand.",
        "predicates": predicates,
        "phrases": phrases,
        "blameNouns": [{"word": w, "source": s} for w, s in BLAME_NOUNS],
        "faultNouns": [{"word": w, "agent": a, "source": wn_source(*syn) + (f"; agent noun '{a}' by hand" if a else "")}
                       for w, a, syn in FAULT_NOUNS],
        "ruleNouns": [{"word": w, "source": wn_source(w, p, n)} for w, p, n in RULE_NOUNS]
                     + [{"word": w + "s", "source": wn_source(w, p, n) + " (plural)"} for w, p, n in RULE_NOUNS],
        "denyingModifiers": synonyms(DENYING_MODIFIERS, "a", DENYING_DROP),
        "partyNouns": [{"word": w, "source": s} for w, s in PARTY_NOUNS]
                      + [{"word": plural(w), "source": s + " (plural)"} for w, s in PARTY_NOUNS
                         if (w == "bus" or not w.endswith(("s", "men"))) and plural(w) not in {x for x, _ in PARTY_NOUNS}
                         and w not in ("police", "staff", "crew", "management", "government", "administration")],
        "eventNouns": nouns(EVENT_NOUNS),
        "attributionNouns": nouns(ATTRIBUTION_NOUNS),
        "perpetratorNouns": nouns(PERPETRATOR_NOUNS),
        "knowledgeWords": [{"word": w, "source": wn_source(w, p, n)} for w, p, n in KNOWLEDGE_WORDS],
        "unknowingWords": [{"word": w, "source": wn_source(w, p, n)} for w, p, n in UNKNOWING_WORDS],
        "statementNouns": nouns(STATEMENT_NOUNS),
        "motiveNouns": synonyms(MOTIVE_NOUNS, "n", set()),
        "purposeNouns": [{"word": f, "source": x["source"]} for x in synonyms(PURPOSE_NOUNS, "n", PURPOSE_DROP) for f in (x["word"], plural(x["word"]))],
        "crewNouns": [{"word": w, "source": s + " (a vehicle's operating crew)"} for w, s in PARTY_NOUNS if w in CREW_NOUNS]
                     + [{"word": plural(w), "source": s + " (plural; a vehicle's operating crew)"} for w, s in PARTY_NOUNS if w in CREW_NOUNS and w != "crew"
                        and not w.endswith("s") and plural(w) not in {x for x, _ in PARTY_NOUNS}],
        "vehicleNouns": [{"word": w, "source": s} for w, s in PARTY_NOUNS if w in VEHICLE_NOUNS]
                        + [{"word": plural(w), "source": s + " (plural)"} for w, s in PARTY_NOUNS if w in VEHICLE_NOUNS],
        "causeNouns": nouns(CAUSE_NOUNS),
        "originNouns": nouns([("origin", "n", 1), ("provenance", "n", 1)]),
        "placingVerbs": [{"word": f, "source": x["source"]} for x in synonyms(PLACING_VERBS, "v", PLACING_DROP) for f in forms(x["word"])],
    }
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(predicates)} predicates to {out}")


if __name__ == "__main__":
    main()
