#!/usr/bin/env python3
"""Writes one large news document for the single-large-document measurements (issues 18 and 23).

Usage: make-big-document.py SIZE_MB OUT [DIR ...]

Concatenates the corpus articles (every *.txt in the given directories, sorted by path, by default
the evaluation corpora dev/docs, dev2/docs and the repository's seeds) again and again until the
output reaches SIZE_MB megabytes (10^6 bytes). Copy k > 0 has every number rewritten so the figures
differ between copies (a document of identical repeats would collapse into far fewer distinct claims
than a real 50 MB text): every run of digits n becomes n + k * (1 + n mod 7) ("1,200" is two runs, so
it stays grouped but both parts change). Deterministic: same arguments, same bytes.
Only the local corpora are read; nothing is fetched.

Measure with tools/bigdoc/measure.sh (exit code, wall time, peak RSS and output size per format).
"""
import os
import re
import sys

NUMBER = re.compile(r"\d+")


def rewrite(text: str, copy: int) -> str:
    if copy == 0:
        return text

    def bump(match: re.Match) -> str:
        n = int(match.group(0))
        return str(n + copy * (1 + n % 7))

    return NUMBER.sub(bump, text)


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    size = int(float(sys.argv[1]) * 1_000_000)
    out = sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    dirs = sys.argv[3:] or ["/work/shared/eval/dev/docs", "/work/shared/eval/dev2/docs", os.path.join(repo, "seeds")]
    paths = sorted(os.path.join(d, f) for d in dirs for f in os.listdir(d) if f.endswith(".txt"))
    if not paths:
        print("no *.txt articles found in " + ", ".join(dirs), file=sys.stderr)
        return 2
    articles = [open(p, encoding="utf-8").read().strip() for p in paths]
    written = 0
    copy = 0
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        while written < size:
            for article in articles:
                chunk = rewrite(article, copy) + "\n\n"
                f.write(chunk)
                written += len(chunk.encode("utf-8"))
                if written >= size:
                    break
            copy += 1
    print(f"{out}: {written} bytes, {copy} copies of {len(articles)} articles", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
