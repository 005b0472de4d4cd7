#!/usr/bin/env bash
# Usage: tools/bigdoc/measure.sh CLI DOC [FORMAT ...]
# Runs `CLI compare -q --format F DOC` for each format (default: json text markdown html) under
# /usr/bin/time -v and prints one line per format: exit code, wall time, peak RSS (MB), output bytes,
# and output size as a multiple of the input. The output is counted, not kept.
# TIMEOUT (seconds, default 900) stops a run that takes longer (exit 124).
set -u
cli=${1:?CLI}; doc=${2:?DOC}; shift 2
formats=${*:-json text markdown html}
in=$(stat -c %s "$doc")
err=$(mktemp)
for f in $formats; do
  out=$( { timeout "${TIMEOUT:-900}" /usr/bin/time -v "$cli" compare -q --format "$f" "$doc" 2> "$err"; echo $? > "$err.rc"; } | wc -c)
  rc=$(cat "$err.rc")
  wall=$(grep "Elapsed (wall" "$err" | awk '{print $NF}')
  rss=$(grep "Maximum resident" "$err" | awk '{printf "%.0f", $NF/1024}')
  printf "%-9s exit=%s wall=%s peakMB=%s out=%s ratio=%.2f\n" "$f" "$rc" "${wall:-?}" "${rss:-?}" "$out" "$(echo "$out/$in" | bc -l)"
  grep -v -E "^\s|Command (being timed|exited)" "$err" | grep -v "^$" | head -3 | sed 's/^/    stderr: /'
done
rm -f "$err" "$err.rc"
