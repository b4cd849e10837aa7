#!/usr/bin/env bash
# Ingest at scale: generate a JSON Lines corpus of about SIZE_GB gigabytes (default 5), then stream
# it through the ingest stage alone (`papergraph bench ingest`: read, parse, clean, deduplicate,
# count) under -Xmx512m, with /usr/bin/time -v for peak RSS and a GC log for the heap after each
# collection. `papergraph build` has no ingest-only mode, hence the bench command.
# With FULL_BUILD=1 it also runs `papergraph build` on the whole file under -Xmx512m (very long:
# extraction of millions of abstracts).
# Usage: bench/ingest-5gb.sh [SIZE_GB (default 5; decimals allowed, e.g. 0.5)]
set -euo pipefail
source "$(dirname "$0")/common.sh"
SIZE_GB="${1:-5}"
# the generator averages about 1,630 bytes per paper (measured on seed 42)
PAPERS=$(awk -v g="$SIZE_GB" 'BEGIN { printf "%d", g * 1e9 / 1630 }')
FILE="$BENCH_DIR/gen-${PAPERS}.jsonl"
corpus "$PAPERS" "$FILE"
BYTES=$(stat -c %s "$FILE")
echo "input: $FILE, $PAPERS papers, $BYTES bytes" >&2

GCLOG="$BENCH_DIR/ingest-gc.log"
TIMELOG="$BENCH_DIR/ingest-time.txt"
JAVA_OPTS=(-Xmx512m "-Xlog:gc:file=$GCLOG")
/usr/bin/time -v -o "$TIMELOG" "$JAVA" "${JAVA_OPTS[@]}" -jar "$PAPERGRAPH_JAR" \
  bench ingest "$FILE"
RSS_KB=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$TIMELOG")
# largest heap in use right after a collection, from lines like "Pause Young ... 300M->12M(512M)"
AFTER_GC=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$GCLOG" \
  | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -1)
GCS=$(grep -cE 'Pause' "$GCLOG" || true)
echo
echo "| input GB | papers | peak RSS MB (/usr/bin/time) | max heap after GC MB (GC log) | GC pauses |"
echo "| --- | --- | --- | --- | --- |"
awk -v b="$BYTES" -v p="$PAPERS" -v r="$RSS_KB" -v a="${AFTER_GC:-?}" -v g="$GCS" \
  'BEGIN { printf "| %.2f | %d | %.0f | %s | %s |\n", b / 1e9, p, r / 1024, a, g }'

if [[ "${FULL_BUILD:-0}" == "1" ]]; then
  STORE="$BENCH_DIR/store-ingest"
  rm -rf "$STORE"
  /usr/bin/time -v -o "$BENCH_DIR/build-time.txt" "$JAVA" -Xmx512m \
    "-Xlog:gc:file=$BENCH_DIR/build-gc.log" -jar "$PAPERGRAPH_JAR" build -q --store "$STORE" "$FILE"
  grep -E 'Maximum resident|Elapsed' "$BENCH_DIR/build-time.txt"
fi
