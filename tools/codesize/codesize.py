#!/usr/bin/env python3
"""Size checks for the house rules (STYLE.md): no source file over 600 lines, no method over 150.

Roslyn-free: comments, strings and characters are blanked, then braces are counted. A block is a method's when
the text before its '{' (back to the previous ';', '{' or '}') has a parameter list and is not a control
statement, lambda, initialiser or type declaration, and the block sits directly in a type. A method's length is
its lines from its signature to its closing brace, local functions included. Expression-bodied members are
measured from their signature to their ';'.

  codesize.py check [ROOT]              files > 600 lines and methods > 150 lines under ROOT (default src); exit 1 if any
  codesize.py methods [ROOT] [--top N]  the N longest methods (default 20)
  codesize.py folders [--rev REV] [ROOT] .cs line counts per folder (of the working tree, or of a git revision)
"""
import os
import re
import subprocess
import sys
from collections import defaultdict

MAX_FILE = 600
MAX_METHOD = 150
CONTROL = {"if", "for", "foreach", "while", "switch", "catch", "using", "lock", "fixed", "else", "do", "try",
           "finally", "checked", "unchecked", "unsafe", "return", "new", "when", "await", "yield", "throw", "case"}
TYPE_WORDS = re.compile(r"\b(class|struct|interface|enum|namespace|record)\b")


def blank(src: str) -> str:
    """Replaces comments, strings and char literals by spaces, keeping newlines (so line numbers stay)."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        two = src[i:i + 2]
        if two == "//":
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif two == "/*":
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3)
            j = n if j < 0 else j + 3
            while j < n and src[j] == '"':
                j += 1
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif c == '"' or two in ('@"', '$"') or src[i:i + 3] in ('$@"', '@$"'):
            verbatim = "@" in src[i:i + 3].split('"')[0]
            start = i
            i = src.find('"', i) + 1
            while i < n:
                if src[i] == "\\" and not verbatim:
                    i += 2
                    continue
                if src[i] == '"':
                    if verbatim and src[i + 1:i + 2] == '"':
                        i += 2
                        continue
                    i += 1
                    break
                i += 1
            # Interpolation holes are blanked too: their braces are not blocks.
            out.append(re.sub(r"[^\n]", " ", src[start:i]))
        elif c == "'":
            m = re.match(r"'(\\.[^']*|[^'\\])'", src[i:])
            if m:
                out.append(" " * len(m.group(0)))
                i += len(m.group(0))
            else:
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def header_kind(header: str) -> str:
    h = " ".join(header.split())
    h = re.sub(r"^(\[[^\]]*\]\s*)+", "", h)
    if not h:
        return "block"
    if TYPE_WORDS.search(h) and "(" not in h.split(TYPE_WORDS.search(h).group(0))[0]:
        return "type"
    first = re.match(r"[A-Za-z_]+", h)
    if first and first.group(0) in CONTROL:
        return "block"
    if "=>" in h or re.search(r"(?<![=!<>])=(?!=)", h):
        return "block"
    if "(" in h and h.rstrip().endswith(")") or re.search(r"\)\s*(where\b.*)?$", h) or re.search(r"\)\s*:\s*(base|this)\s*\(.*\)$", h):
        return "method"
    return "block"


def methods(path: str, text: str):
    """Yields (name, first line, last line) of each method directly inside a type."""
    b = blank(text)
    stack = []  # (kind, start line, name)
    last_stop = 0
    line_of = [0] * (len(b) + 1)
    line = 1
    for i, c in enumerate(b):
        line_of[i] = line
        if c == "\n":
            line += 1
    line_of[len(b)] = line
    i = 0
    while i < len(b):
        c = b[i]
        if c == "{":
            header = b[last_stop:i]
            kind = header_kind(header)
            parent = stack[-1][0] if stack else "type"
            if kind == "method" and parent != "type":
                kind = "block"
            stripped = header.lstrip()
            start = line_of[last_stop + (len(header) - len(stripped))]
            name = re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:<[^()]*>)?\s*\(", header)
            stack.append((kind, start, name[0] if name else "?"))
            last_stop = i + 1
        elif c == "}":
            if stack:
                kind, start, name = stack.pop()
                if kind == "method":
                    yield name, start, line_of[i]
            last_stop = i + 1
        elif c == ";":
            header = b[last_stop:i]
            parent = stack[-1][0] if stack else "type"
            if parent == "type" and "=>" in header:
                sig = header.split("=>")[0]
                if header_kind(sig) == "method":
                    stripped = header.lstrip()
                    start = line_of[last_stop + (len(header) - len(stripped))]
                    name = re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:<[^()]*>)?\s*\(", sig)
                    yield (name[0] if name else "?"), start, line_of[i]
            last_stop = i + 1
        i += 1


def cs_files(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in ("bin", "obj")]
        for f in files:
            if f.endswith(".cs"):
                yield os.path.join(d, f)


def all_methods(root):
    for p in cs_files(root):
        with open(p, encoding="utf-8-sig") as fh:
            text = fh.read()
        for name, a, z in methods(p, text):
            yield p, name, a, z, z - a + 1


def check(root):
    bad = 0
    for p in sorted(cs_files(root)):
        with open(p, encoding="utf-8-sig") as fh:
            n = sum(1 for _ in fh)
        if n > MAX_FILE:
            print(f"file   {n:5d} lines  {p}")
            bad += 1
    for p, name, a, z, n in sorted(all_methods(root)):
        if n > MAX_METHOD:
            print(f"method {n:5d} lines  {p}:{a}-{z} {name}")
            bad += 1
    print(f"{bad} over the limits (files > {MAX_FILE} lines, methods > {MAX_METHOD})")
    return 1 if bad else 0


def top(root, count):
    for p, name, a, z, n in sorted(all_methods(root), key=lambda m: -m[4])[:count]:
        print(f"{n:5d}  {p}:{a}-{z} {name}")
    return 0


def folder_key(path):
    """src/ClaimCompare/Claims/Lexicons/X.cs -> 'Claims/Lexicons'; src/ClaimCompare/Events/Linking/X.cs -> 'Events'."""
    parts = path.split("/")
    i = parts.index("src")
    project = parts[i + 1]
    rest = parts[i + 2:]
    if project != "ClaimCompare":
        return project.replace("ClaimCompare.", "")
    if len(rest) == 1:
        return "(root files)"
    if rest[0] == "Claims" and rest[1] == "Lexicons":
        return "Claims/Lexicons"
    return rest[0]


def folders(rev, root):
    totals = defaultdict(int)
    if rev:
        names = subprocess.run(["git", "ls-tree", "-r", "--name-only", rev, root], capture_output=True, text=True, check=True).stdout.split()
        for f in names:
            if f.endswith(".cs"):
                body = subprocess.run(["git", "show", f"{rev}:{f}"], capture_output=True, check=True).stdout
                totals[folder_key(f)] += body.count(b"\n")
    else:
        for f in cs_files(root):
            with open(f, "rb") as fh:
                totals[folder_key(os.path.relpath(f))] += fh.read().count(b"\n")
    for k in sorted(totals):
        print(f"{k:20s} {totals[k]:6,d}")
    print(f"{'total':20s} {sum(totals.values()):6,d}")
    return 0


def main(argv):
    if not argv or argv[0] not in ("check", "methods", "folders"):
        print(__doc__)
        return 2
    cmd, args = argv[0], argv[1:]
    if cmd == "folders":
        rev = None
        if "--rev" in args:
            k = args.index("--rev")
            rev = args[k + 1]
            del args[k:k + 2]
        return folders(rev, args[0] if args else "src")
    count = 20
    if "--top" in args:
        k = args.index("--top")
        count = int(args[k + 1])
        del args[k:k + 2]
    root = args[0] if args else "src"
    return check(root) if cmd == "check" else top(root, count)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
