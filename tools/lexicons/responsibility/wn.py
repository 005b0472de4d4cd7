"""Minimal reader of the Princeton WordNet 3.0 data files (Debian package wordnet-base, /usr/share/wordnet)."""
import os

ROOT = os.environ.get("WNHOME", "/usr/share/wordnet")
POS = {"v": "verb", "n": "noun", "a": "adj"}
_index, _data = {}, {}


def _load(pos):
    if pos in _index:
        return
    idx = {}
    with open(os.path.join(ROOT, "index." + POS[pos]), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, cnt, pcnt = parts[0], int(parts[2]), int(parts[3])
            offsets = parts[4 + pcnt + 2:]
            idx[lemma] = offsets[:cnt]
    _index[pos] = idx
    _data[pos] = open(os.path.join(ROOT, "data." + POS[pos]), "rb")


def synset(pos, offset):
    """Returns (words, gloss, pointers) of the synset at offset."""
    _load(pos)
    f = _data[pos]
    f.seek(int(offset))
    line = f.readline().decode("latin-1")
    head, _, gloss = line.partition("|")
    parts = head.split()
    wcnt = int(parts[3], 16)
    words = [parts[4 + 2 * i].replace("_", " ") for i in range(wcnt)]
    k = 4 + 2 * wcnt
    pcnt = int(parts[k])
    ptrs = []
    for i in range(pcnt):
        sym, off, p, st = parts[k + 1 + 4 * i: k + 5 + 4 * i]
        ptrs.append((sym, off, p, st))
    return [w.split("(")[0] for w in words], gloss.strip(), ptrs


def sense(lemma, pos, n):
    """Synset offset of lemma.pos.n (1-based sense number, as in NLTK's lemma.v.01)."""
    _load(pos)
    return _index[pos][lemma.replace(" ", "_")][n - 1]


def senses(lemma, pos):
    _load(pos)
    return _index[pos].get(lemma.replace(" ", "_"), [])


def exceptions(pos):
    out = {}
    with open(os.path.join(ROOT, POS[pos] + ".exc" if pos != "a" else "adj.exc"), encoding="latin-1") as f:
        for line in f:
            infl, *bases = line.split()
            for b in bases:
                out.setdefault(b, []).append(infl)
    return out
