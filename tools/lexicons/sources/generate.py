#!/usr/bin/env python3
"""Generates src/ClaimCompare/Claims/Lexicons/sources.generated.lexicon.json: the words that name who says a claim.

- Reporting verbs: the synonyms of chosen WordNet 3.0 verb synsets of saying (say.v.01, admit.v.01, insist.v.01,
  cite.v.02, quote.v.01, ...), each inflected (past and participle, -s, -ing) with WordNet's verb.exc and the regular
  English rules, as tools/lexicons/claims/generate.py does. They are merged into the claims lexicon's reporting verbs.
- Information nouns: the synonyms of data.n.01, information.n.01 and announcement.n.01. The object of "according
  to" that is one of them ("according to preliminary data") names a document, not a speaker.
- Office nouns: the synonyms of chosen WordNet 3.0 noun synsets of offices (governor.n.01, minister.n.02, mayor.n.01,
  ...), singular and plural. An office holder named after a place ("the deputy governor of East Java", "the KP
  minister Kamran Bangash") speaks as the office or the person, never as the place.

Every entry carries a `source` naming its synset. Run from the repository root:

    python3 tools/lexicons/sources/generate.py [WORDNET_DIR]
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "src", "ClaimCompare", "Claims", "Lexicons", "sources.generated.lexicon.json")

_spec = importlib.util.spec_from_file_location("claims_generate", os.path.join(HERE, "..", "claims", "generate.py"))
claims = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(claims)  # reads WN from sys.argv[1] like this script

# (lemma, sense) of verb synsets of saying.
VERB_SYNSETS = [
    ("say", 1), ("admit", 1), ("insist", 1), ("insist", 3), ("highlight", 1), ("cite", 2), ("quote", 1),
    ("announce", 2), ("report", 1), ("confirm", 2), ("stress", 1), ("note", 1), ("warn", 1), ("explain", 1),
    ("add", 2), ("reveal", 2), ("allege", 1), ("fear", 1),
]

# Lemmas of those synsets that do not report speech in news English, with the reason.
VERB_EXCLUDED = {
    "foreground": "visual sense", "spotlight": "visual sense", "play_up": "phrasal, no reported clause",
    "describe": "depicts, names no figure's speaker", "account": "'account for' sense", "append": "documents",
    "supply": "goods sense", "unwrap": "physical sense", "let_on": "informal", "bring_out": "publishing sense",
    "discover": "finding sense", "expose": "physical sense", "break": "physical sense", "give_away": "physical sense",
    "let_out": "physical sense", "punctuate": "writing sense", "accent": "phonetic sense", "accentuate": "phonetic sense",
    "observe": "watching sense", "reassert": "rare", "aver": "rare", "explicate": "rare",
    "take_a_firm_stand": "idiom, no reported clause",
}

# Forms that are far more often nouns in news English ("the remarks", "Islamic State"): the base form of every verb
# (the hand table keeps "say"), and these -s forms.
NOUN_FORMS = {"remarks", "quotes", "notes", "highlights", "stresses", "mentions", "states", "reports", "adds", "tells"}

# (lemma, sense) of noun synsets of offices.
NOUN_SYNSETS = [
    ("governor", 1), ("minister", 2), ("mayor", 1), ("chief", 1), ("commissioner", 1), ("director", 1),
    ("chairman", 1), ("secretary", 1), ("lawmaker", 1), ("legislator", 1), ("president", 1), ("commander", 1),
    ("premier", 1), ("administrator", 1), ("superintendent", 1), ("inspector", 1), ("deputy", 2),
]

# (lemma, sense) of noun synsets of information: "according to preliminary data" names a document, not a speaker.
INFORMATION_SYNSETS = [("data", 1), ("information", 1), ("announcement", 1)]

INFORMATION_EXCLUDED = {"annunciation": "religious sense", "declaration": "legal document sense", "proclamation": "kept"}
INFORMATION_EXCLUDED.pop("proclamation")

# (lemma, sense) of adverb synsets of conjuncts (conjunctive adverbs): set off by commas between a subject and its verb
# ("Police officials, however, put the toll at 15") they stand outside the subject.
CONNECTIVE_SYNSETS = [("however", 1), ("however", 2), ("furthermore", 1), ("meanwhile", 1), ("besides", 2), ("therefore", 1)]

# Multi-word or archaic members of those synsets, which never stand alone between two commas before a verb.
CONNECTIVE_EXCLUDED = {"withal": "archaic", "still": "also a time adverb inside the verb group", "yet": "also a time adverb",
                      "so": "also a degree adverb", "thence": "archaic"}

# (lemma, sense) of noun synsets of statements: the possessor or "by" agent of one ("the government's claim that …",
# "a fans' group report that …", "the attribution of responsibility by the council") is its speaker.
SAYING_SYNSETS = [
    ("claim", 2), ("report", 2), ("report", 3), ("statement", 1), ("allegation", 2), ("attribution", 2), ("accusation", 2),
    ("assertion", 1), ("announcement", 1), ("denial", 1),
]

SAYING_EXCLUDED = {"story": "narrative sense", "account": "bank sense", "write_up": "rare", "study": "research sense",
                   "written_report": "document", "news_report": "kept", "charge": "price and legal senses", "averment": "rare",
                   "asseveration": "rare", "allegement": "rare", "ascription": "rare", "proclamation": "kept",
                   "annunciation": "religious sense"}
for kept in ("news_report", "proclamation"):
    SAYING_EXCLUDED.pop(kept)

# Words after which a clause opens, so a subject can start there (closed classes, not WordNet): the central
# coordinators and the common simple subordinators of Quirk, Greenbaum, Leech and Svartvik (1985), A Comprehensive
# Grammar of the English Language, sections 13.18 and 14.12, and the complementiser "that".
CLAUSE_OPENERS = {
    "and": "Quirk et al. 1985, 13.18 central coordinator", "but": "Quirk et al. 1985, 13.18 central coordinator",
    "or": "Quirk et al. 1985, 13.18 central coordinator", "that": "Quirk et al. 1985, 14.12 simple subordinator",
    "while": "Quirk et al. 1985, 14.12 simple subordinator", "as": "Quirk et al. 1985, 14.12 simple subordinator",
    "when": "Quirk et al. 1985, 14.12 simple subordinator", "after": "Quirk et al. 1985, 14.12 simple subordinator",
    "before": "Quirk et al. 1985, 14.12 simple subordinator", "because": "Quirk et al. 1985, 14.12 simple subordinator",
    "although": "Quirk et al. 1985, 14.12 simple subordinator", "though": "Quirk et al. 1985, 14.12 simple subordinator",
    "since": "Quirk et al. 1985, 14.12 simple subordinator", "if": "Quirk et al. 1985, 14.12 simple subordinator",
    "whereas": "Quirk et al. 1985, 14.12 simple subordinator", "until": "Quirk et al. 1985, 14.12 simple subordinator",
}

NOUN_EXCLUDED = {
    "head": "body sense dominates", "top_dog": "informal", "city_manager": "rare", "chair": "furniture sense",
    "decision_maker": "generic", "overseer": "rare", "commandant": "rare", "lieutenant": "military rank",
    "pm": "abbreviation, matches 'p.m.'", "chairwoman": "kept", "chairperson": "kept", "lawgiver": "rare",
    "managing_director": "kept", "manager": "business sense", "government_minister": "kept",
}
for kept in ("chairwoman", "chairperson", "managing_director", "government_minister"):
    NOUN_EXCLUDED.pop(kept)


def plural(noun):
    head, _, rest = noun.rpartition(" ")
    word = rest
    if word.endswith("man"):
        word = word[:-3] + "men"
    elif word.endswith(("s", "sh", "ch", "x")):
        word += "es"
    elif word.endswith("y") and word[-2] not in "aeiou":
        word = word[:-1] + "ies"
    else:
        word += "s"
    return (head + " " if head else "") + word


def synonyms(index, pos, synsets, excluded, plurals=True, phrases=True, uncountable=()):
    """The synonyms of the given senses, each with its synset as source; nouns also in their regular plural."""
    found = {}
    letter = {"noun": "n", "adv": "r"}[pos]
    for lemma, sense in synsets:
        offset = index[lemma][sense - 1]
        words, _ = claims.read_synset(pos, offset)
        source = f"WordNet 3.0 {lemma}.{letter}.{sense:02d} (synset {offset}) synonym"
        for word in words:
            if word in excluded or (not phrases and "_" in word):
                continue
            phrase = word.replace("_", " ")
            found.setdefault(phrase, source)
            if plurals and word not in uncountable:
                found.setdefault(plural(phrase), source + ", regular plural")
    return found


def main():
    verbs = {}
    index = claims.read_index("verb")
    exceptions = claims.read_exceptions()
    for lemma, sense in VERB_SYNSETS:
        offset = index[lemma][sense - 1]
        words, _ = claims.read_synset("verb", offset)
        source = f"WordNet 3.0 {lemma}.v.{sense:02d} (synset {offset}) synonym"
        for word in words:
            if word in VERB_EXCLUDED:
                continue
            past, ing, third = claims.inflect(word, exceptions)
            for form in [*past, ing, third]:
                if form not in NOUN_FORMS:
                    verbs.setdefault(form, source)
    index = claims.read_index("noun")
    nouns = synonyms(index, "noun", NOUN_SYNSETS, NOUN_EXCLUDED)
    information = synonyms(index, "noun", INFORMATION_SYNSETS, INFORMATION_EXCLUDED, uncountable=("data", "information", "info"))
    connectives = synonyms(claims.read_index("adv"), "adv", CONNECTIVE_SYNSETS, CONNECTIVE_EXCLUDED, plurals=False, phrases=False)
    saying = synonyms(index, "noun", SAYING_SYNSETS, SAYING_EXCLUDED)
    out = {
        "about": "Generated by tools/lexicons/sources/generate.py from WordNet 3.0 (Princeton University, WordNet License); do not edit by hand.",
        "reportingVerbs": sorted(verbs),
        "officeNouns": sorted(nouns),
        "informationNouns": sorted(information),
        "connectives": sorted(connectives),
        "sayingNouns": sorted(saying),
        "clauseOpeners": sorted(CLAUSE_OPENERS),
        "provenance": {
            "reportingVerbs": dict(sorted(verbs.items())),
            "officeNouns": dict(sorted(nouns.items())),
            "informationNouns": dict(sorted(information.items())),
            "connectives": dict(sorted(connectives.items())),
            "sayingNouns": dict(sorted(saying.items())),
            "clauseOpeners": dict(sorted(CLAUSE_OPENERS.items())),
        },
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(verbs)} reporting verbs and {len(nouns)} office nouns to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
