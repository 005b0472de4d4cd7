#!/usr/bin/env python3
"""Generates src/ClaimCompare/Claims/Lexicons/claims.generated.lexicon.json.

Death, injury and count predicates come from WordNet 3.0 (Debian `wordnet-base`, /usr/share/wordnet):
the synonyms and troponyms of chosen synsets, inflected with WordNet's own exception list (verb.exc)
and the regular English rules. Every entry carries a `source` naming its synset. Hand entries
(patterns.json) name the grammatical pattern they stand for. Run from the repository root:

    python3 tools/lexicons/claims/generate.py [WORDNET_DIR]
"""
import json
import os
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "src", "ClaimCompare", "Claims", "Lexicons", "claims.generated.lexicon.json")

# (lemma, sense number, role, kind, subject, take troponyms)
# role: "intransitive" (N died), "transitive" (killed N / N were killed), "state" (N were rescued / rescued N).
SYNSETS = [
    ("die", 1, "intransitive", "killed", None, True),
    ("succumb", 2, "intransitive", "killed", None, False),
    ("drown", 3, "intransitive", "killed", None, False),
    ("kill", 1, "transitive", "killed", None, True),
    ("injure", 1, "transitive", "injured", None, False),
    ("maim", 1, "transitive", "injured", None, False),
    ("rescue", 1, "state", "count", "rescued", False),
    ("evacuate", 1, "state", "count", "evacuated", False),
    ("evacuate", 3, "state", "count", "evacuated", False),
    ("arrest", 1, "state", "count", "arrested", False),
    ("detain", 1, "state", "count", "arrested", False),
    ("strand", 1, "state", "count", "stranded", False),
    ("trap", 1, "state", "count", "trapped", False),
    ("displace", 1, "state", "count", "displaced", False),
]

# Lemmas of those synsets that are too ambiguous in news English, with the reason.
EXCLUDED = {
    "go": "motion verb", "exit": "motion verb", "pass": "motion verb", "fall": "motion verb",
    "choke": "sport and traffic sense", "croak": "informal", "conk": "informal", "pop_off": "informal",
    "snuff_it": "informal", "kick_the_bucket": "idiom, informal", "buy_the_farm": "idiom, informal",
    "cash_in_one's_chips": "idiom, informal", "give-up_the_ghost": "idiom, informal", "drop_dead": "imperative idiom",
    "buy_it": "informal", "pip_out": "informal", "abort": "medical sense", "predecease": "legal sense",
    "yield": "economic sense", "starve": "also 'starve of'", "famish": "archaic", "stifle": "figurative sense",
    "eliminate": "sport sense", "annihilate": "figurative sense", "extinguish": "fire sense", "eradicate": "disease sense",
    "wipe_out": "figurative sense", "decimate": "figurative sense", "carry_off": "figurative sense",
    "erase": "figurative sense", "butcher": "figurative sense", "poison": "non-fatal sense", "stone": "non-fatal sense",
    "lapidate": "archaic", "commit_suicide": "reflexive, no object count", "dispatch": "messaging sense",
    "zap": "informal", "vaporize": "physical sense", "sacrifice": "figurative sense", "take_off": "motion sense",
    "tomahawk": "rare", "destroy": "things, not people", "put_down": "animals", "saber": "rare", "sabre": "rare",
    "overlie": "rare", "overlay": "rare", "brain": "informal", "put_away": "prison sense", "put_to_sleep": "animals",
    "neutralize": "military euphemism for things", "neutralise": "military euphemism for things", "liquidate": "finance sense",
    "waste": "informal", "knock_off": "informal", "do_in": "informal", "exterminate": "pests", "kill_off": "species",
    "smother": "figurative sense", "impale": "rare", "stake": "finance sense", "dismember": "bodies, not deaths",
    "martyr": "noun form dominant", "shed_blood": "mixed toll", "hit": "attack sense, no death", "off": "preposition",
    "bump_off": "informal", "polish_off": "informal", "remove": "general verb", "draw": "general verb",
    "quarter": "general verb", "draw_and_quarter": "rare", "lynch": "rare", "shoot": "injury or death: a count (annotation rules)",
    "pip": "informal", "fry": "informal", "electrocute": "accident sense kept by 'electrocuted' below",
    "deliver": "postal sense", "collar": "informal", "nail": "informal", "pick_up": "general verb", "nab": "informal",
    "cop": "informal", "hold": "general verb", "confine": "general verb", "maroon": "rare",
}

# Person nouns whose plurals count people present at an event ("700 trekkers", "300 passengers"): every hyponym of
# these noun synsets, (lemma, sense number).
PERSON_SYNSETS = [("traveler", 1), ("inhabitant", 1), ("laborer", 1), ("spectator", 1), ("pedestrian", 1)]

# Hyponym lemmas that are not plain role nouns in news English, with the reason.
PERSON_EXCLUDED = {
    "tramp": "vagrant sense", "jack": "general word", "footer": "page sense", "rider": "document sense",
    "fare": "price sense", "visitor": "kept: a role noun", "native": "adjective sense", "local": "adjective sense",
    "stiff": "adjective sense", "hand": "body sense", "navvy": "rare", "peon": "rare",
}

IRREGULAR_FIXES = {"slay": ["slew", "slain"], "put": ["put"]}


def read_index(pos):
    index = {}
    with open(os.path.join(WN, f"index.{pos}"), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            pointers = int(fields[3])
            index[fields[0]] = fields[4 + pointers + 2:]
    return index


def read_synset(pos, offset):
    with open(os.path.join(WN, f"data.{pos}"), encoding="utf-8") as f:
        f.seek(int(offset))
        line = f.readline()
    fields = line.split("|")[0].split()
    count = int(fields[3], 16)
    words = [fields[4 + 2 * i].lower() for i in range(count)]
    k = 4 + 2 * count
    pointers = [(fields[k + 1 + 4 * i], fields[k + 2 + 4 * i]) for i in range(int(fields[k]))]
    return words, pointers


def read_exceptions(pos="verb"):
    """WordNet's exception list for a part of speech (verb.exc, noun.exc): each base form with its irregular forms."""
    forms = {}
    with open(os.path.join(WN, f"{pos}.exc"), encoding="utf-8") as f:
        for line in f:
            inflected, *lemmas = line.split()
            for lemma in lemmas:
                forms.setdefault(lemma, []).append(inflected)
    return forms


def inflect(lemma, exceptions):
    """Returns (past and participle forms, -ing form, -s form) of a verb lemma; a phrasal verb inflects its first word."""
    head, _, rest = lemma.partition("_")
    tail = (" " + rest.replace("_", " ")) if rest else ""
    if head in IRREGULAR_FIXES:
        past = IRREGULAR_FIXES[head]
    elif head in exceptions:
        past = [w for w in exceptions[head] if not w.endswith("ing") and not w.endswith("s")] or [head + "ed"]
    elif head.endswith("e"):
        past = [head + "d"]
    elif head.endswith("y") and head[-2] not in "aeiou":
        past = [head[:-1] + "ied"]
    else:
        past = [head + "ed"]
    doubled = [w for w in exceptions.get(head, []) if w.endswith("ing")]
    if doubled:
        ing = doubled[0]
    elif head.endswith("ie"):
        ing = head[:-2] + "ying"
    elif head.endswith("e") and not head.endswith("ee"):
        ing = head[:-1] + "ing"
    else:
        ing = head + "ing"
    s = head[:-1] + "ies" if head.endswith("y") and head[-2] not in "aeiou" else head + ("es" if head.endswith(("s", "sh", "ch", "x")) else "s")
    return [p + tail for p in past], ing + tail, s + tail


def read_raw_synset(pos, offset):
    """The synset's words with their case, and its gloss."""
    with open(os.path.join(WN, f"data.{pos}"), encoding="utf-8") as f:
        f.seek(int(offset))
        line = f.readline()
    head, _, gloss = line.partition("|")
    fields = head.split()
    return [fields[4 + 2 * i] for i in range(int(fields[3], 16))], gloss


def plural(lemma, exceptions):
    """The plural of a noun lemma: WordNet's noun.exc, else the regular English rules; a compound inflects its last word."""
    head, _, last = lemma.replace("_", " ").rpartition(" ")
    prefix = head + " " if head else ""
    if last in exceptions:
        return prefix + exceptions[last][0]
    if last.endswith("man"):
        return prefix + last[:-3] + "men"
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return prefix + last[:-1] + "ies"
    if last.endswith(("s", "sh", "ch", "x", "z")):
        return prefix + last + "es"
    return prefix + last + "s"


def person_nouns():
    """Plurals of every hyponym of PERSON_SYNSETS whose first (most frequent) WordNet sense is that person, with its synset."""
    index = read_index("noun")
    exceptions = read_exceptions("noun")
    found = {}
    for lemma, sense in PERSON_SYNSETS:
        root = index[lemma][sense - 1]
        stack, seen = [root], set()
        while stack:
            offset = stack.pop()
            if offset in seen:
                continue
            seen.add(offset)
            words, pointers = read_synset("noun", offset)
            raw, gloss = read_raw_synset("noun", offset)
            if any(mark in gloss for mark in ("slur", "disparag", "offensive", "derogatory", "informal", "contemptuous")):
                stack.extend(o for sym, o in pointers if sym == "~")
                continue
            for word, original in zip(words, raw):
                word = word.split("(")[0]
                if original[:1].isupper():
                    continue  # a proper or national name ("Afghan"), not a role
                if word in index and index[word][0] != offset:
                    continue  # the person is not the word's most frequent sense ("carriers", "pages", "companies")
                if word in PERSON_EXCLUDED and PERSON_EXCLUDED[word] != "kept: a role noun" or not word.replace("_", "").replace("-", "").isalpha():
                    continue
                found.setdefault(plural(word, exceptions), f"WordNet 3.0 hyponym of {lemma}.n.{sense:02d} (synset {offset}: {word})")
            stack.extend(o for sym, o in pointers if sym == "~")
    return found


def main():
    index = read_index("verb")
    exceptions = read_exceptions()
    with open(os.path.join(HERE, "patterns.json"), encoding="utf-8") as f:
        patterns = json.load(f)
    predicates, seen = [], set()

    def add(entry):
        if entry["phrase"] not in seen:
            seen.add(entry["phrase"])
            predicates.append(entry)

    for entry in patterns["casualtyPredicates"]:
        add(entry)
    for lemma, sense, role, kind, subject, troponyms in SYNSETS:
        offset = index[lemma][sense - 1]
        words, pointers = read_synset("verb", offset)
        groups = [(words, f"WordNet 3.0 {lemma}.v.{sense:02d} (synset {offset}) synonym")]
        if troponyms:
            groups += [(read_synset("verb", o)[0], f"WordNet 3.0 troponym of {lemma}.v.{sense:02d} (synset {o})") for s, o in pointers if s == "~"]
        for group, source in groups:
            for word in group:
                if word in EXCLUDED:
                    continue
                past, ing, third = inflect(word, exceptions)
                extra = {"subject": subject} if subject else {}
                for form in past:
                    if role == "intransitive":
                        add({"phrase": form, "kind": kind, "subjectBefore": True, "source": source, **extra})
                    else:
                        add({"phrase": form, "kind": kind, "subjectBefore": True, "objectAfter": True, "source": source, **extra})
                if role != "intransitive":
                    for form in (ing, third, word.replace("_", " ")):
                        add({"phrase": form, "kind": kind, "objectAfter": True, "source": source, **extra})

    people = person_nouns()

    def strings(key):
        return [e["phrase"] for e in patterns.get(key, [])]

    out = {
        "about": "Generated by tools/lexicons/claims/generate.py from WordNet 3.0 (Princeton University, WordNet License) and the hand patterns of tools/lexicons/claims/patterns.json; do not edit by hand.",
        "casualtyPredicates": predicates,
        "tollVerbs": strings("tollVerbs"),
        "tollExceedVerbs": strings("tollExceedVerbs"),
        "newsAgencies": strings("newsAgencies"),
        "bodyStates": patterns.get("bodyStates", []),
        "countedThings": strings("countedThings") + sorted(people),
        "subjectClasses": [{"subject": "people", "heads": sorted(people)}],
        "provenance": {**{key: {e["phrase"]: e["source"] for e in patterns.get(key, [])} for key in ("tollVerbs", "tollExceedVerbs", "newsAgencies")},
                       "countedThings": {**{e["phrase"]: e["source"] for e in patterns.get("countedThings", [])}, **dict(sorted(people.items()))}, "subjectClasses": "the heads of the people class are the countedThings above"},
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(predicates)} predicates to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
