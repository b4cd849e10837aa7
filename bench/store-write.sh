#!/usr/bin/env bash
# Store write stage against Jena's bulk loader, side by side, on N generated abstracts (default
# 100000):
#  1. `papergraph bench store-write`: the build with extraction and writing not overlapped, the
#     store write stage (the build's writer: Jena's bulk loader for this new store, every
#     1,024-paper chunk streamed in + the final commit that builds the indexes) timed on its own;
#  2. `papergraph build` into another fresh store, end to end (its own "seconds" line);
#  3. `papergraph export --format nquads` of that store;
#  4. `tdb2.tdbloader --loc FRESH file.nq` (jena-cmds 5.6.0 from Maven), timed.
# Prints a Markdown table with both times and their ratio.
# Usage: bench/store-write.sh [N (default 100000)]
# BUILD=0 skips step 2 and exports the store of step 1 (same papers, same code): at 100,000
# abstracts the second build alone takes most of an hour. NQ_GZIP=1 writes the N-Quads gzipped
# (about a tenth of the disk; tdb2.tdbloader then also pays the decompression).
set -euo pipefail
source "$(dirname "$0")/common.sh"
N="${1:-100000}"
FILE="$BENCH_DIR/gen-$N.jsonl"
corpus "$N" "$FILE"
JAVA_OPTS=(-Xmx2g)

# jena-cmds class path, resolved by Maven from a throwaway pom
CP_FILE="$BENCH_DIR/jena-cmds.classpath"
if [[ ! -s "$CP_FILE" ]]; then
  POM_DIR="$(mktemp -d /tmp/jena-cmds-pom.XXXXXX)"
  cat > "$POM_DIR/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>jena-cmds-classpath</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.jena</groupId><artifactId>jena-cmds</artifactId>
      <version>5.6.0</version></dependency>
  </dependencies>
</project>
POM
  mvn -B -q -f "$POM_DIR/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >&2
  rm -rf "$POM_DIR"
fi

STAGED="$BENCH_DIR/store-staged-$N"
rm -rf "$STAGED"
echo "== papergraph bench store-write ($N papers)" >&2
pg bench store-write --store "$STAGED" "$FILE" | tee "$BENCH_DIR/store-staged-$N.md" >&2
WRITE_S=$(awk -F'|' 'NR == 3 { gsub(/ /, "", $6); print $6 }' "$BENCH_DIR/store-staged-$N.md")
TRIPLES=$(awk -F'|' 'NR == 3 { gsub(/ /, "", $3); print $3 }' "$BENCH_DIR/store-staged-$N.md")

BUILT="$BENCH_DIR/store-$N"
rm -rf "$BUILT"
if [[ "${BUILD:-1}" == 0 ]]; then
  mv "$STAGED" "$BUILT"
  BUILD_S="not run"
else
  echo "== papergraph build ($N papers)" >&2
  pg build -q --store "$BUILT" "$FILE" | tee "$BENCH_DIR/build-$N.txt" >&2
  BUILD_S=$(awk '/^seconds:/ { print $2 }' "$BENCH_DIR/build-$N.txt")
fi

NQ="$BENCH_DIR/store-$N.nq"
if [[ "${NQ_GZIP:-0}" == 1 ]]; then
  NQ="$NQ.gz"
  pg export --store "$BUILT" --format nquads --gzip --out "$NQ" >&2
  QUADS=$(gzip -dc "$NQ" | wc -l)
else
  pg export --store "$BUILT" --format nquads --out "$NQ" >&2
  QUADS=$(wc -l < "$NQ")
fi

LOADED="$BENCH_DIR/tdbloader-$N"
rm -rf "$LOADED"
echo "== tdb2.tdbloader ($QUADS quads)" >&2
T0=$(now)
"$JAVA" -Xmx2g -cp "$(cat "$CP_FILE")" tdb2.tdbloader --loc "$LOADED" "$NQ" >&2
T1=$(now)
LOADER_S=$(elapsed "$T0" "$T1")

echo
echo "| abstracts | triples in store | N-Quads lines | papergraph store write s | papergraph build total s | tdb2.tdbloader s | store write / tdbloader |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
awk -v n="$N" -v t="$TRIPLES" -v q="$QUADS" -v w="$WRITE_S" -v b="$BUILD_S" -v l="$LOADER_S" \
  'BEGIN { printf "| %d | %s | %d | %s | %s | %s | %.2fx |\n", n, t, q, w, b, l, w / l }'
rm -rf "$LOADED"   # only its load time matters; at 100,000 abstracts it is tens of GB
