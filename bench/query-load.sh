#!/usr/bin/env bash
# Query latency under load: serve a store built from N generated abstracts (default 100000; the
# store of bench/store-write.sh N is reused when present) with `papergraph serve` on loopback, then
# `papergraph bench queries`: CLIENTS concurrent clients (default 8) send every named query in
# turn for SECONDS (default 60) after a 10 s warm-up. Prints a Markdown table (overall and per query).
# The server runs with the parallel collector, as the papergraph launcher starts it
# (SERVER_GC=-XX:+UseG1GC for the JVM's default collector instead). CACHE_MB sets the server's
# result cache (default 64, 0 = off); VALUES the values per query parameter (default 5: the most
# reported benchmarks and models, which repeat; more values make most requests new); MAX_RUNNING
# the server's limit on queries running at once (default one per core, 0 = none).
# Usage: bench/query-load.sh [N (default 100000)] [SECONDS (default 60)] [CLIENTS (default 8)]
set -euo pipefail
source "$(dirname "$0")/common.sh"
N="${1:-100000}"
SECONDS_RUN="${2:-60}"
CLIENTS="${3:-8}"
PORT="${PORT:-3137}"
STORE="$BENCH_DIR/store-$N"
if [[ ! -d "$STORE" ]]; then
  FILE="$BENCH_DIR/gen-$N.jsonl"
  corpus "$N" "$FILE"
  JAVA_OPTS=(-Xmx2g)
  pg build -q --store "$STORE" "$FILE" >&2
fi

"$JAVA" -Xmx2g "${SERVER_GC:--XX:+UseParallelGC}" -jar "$PAPERGRAPH_JAR" serve --store "$STORE" --port "$PORT" --host 127.0.0.1 \
  --cache-mb "${CACHE_MB:-64}" ${MAX_RUNNING:+--max-running "$MAX_RUNNING"} \
  > "$BENCH_DIR/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$PORT/\$/ping" > /dev/null; then break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then cat "$BENCH_DIR/serve.log" >&2; exit 1; fi
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/\$/ping" > /dev/null || { echo "server did not start" >&2; exit 1; }

JAVA_OPTS=(-Xmx512m)
pg bench queries --endpoint "http://127.0.0.1:$PORT/papers/sparql" --clients "$CLIENTS" \
  --seconds "$SECONDS_RUN" --warmup 10 --values "${VALUES:-5}" --per-query
