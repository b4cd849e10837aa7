# Shared settings for the benchmark scripts; sourced, not run.
# PAPERGRAPH_JAR  the CLI jar (default: cli/target/papergraph.jar, build it with
#                 `mvn -B -q -o -pl cli package -DskipTests`)
# BENCH_DIR       scratch space for generated corpora and stores (default: /tmp/papergraph-bench)
# SEED            corpus seed (default: 42)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAPERGRAPH_JAR="${PAPERGRAPH_JAR:-$ROOT/cli/target/papergraph.jar}"
BENCH_DIR="${BENCH_DIR:-/tmp/papergraph-bench}"
SEED="${SEED:-42}"
JAVA="${JAVA:-java}"
export LC_ALL=C

if [[ ! -f "$PAPERGRAPH_JAR" ]]; then
  echo "no $PAPERGRAPH_JAR; build it: cd $ROOT && mvn -B -q -o -pl cli package -DskipTests" >&2
  exit 1
fi
mkdir -p "$BENCH_DIR"

JAVA_OPTS=()
pg() { "$JAVA" "${JAVA_OPTS[@]}" -jar "$PAPERGRAPH_JAR" "$@"; }

# corpus N FILE: generate N papers into FILE unless it is already there with N lines
corpus() {
  local n="$1" file="$2"
  if [[ -f "$file" && "$(wc -l < "$file")" -eq "$n" ]]; then
    echo "reusing $file ($n papers)" >&2
  else
    "$JAVA" -jar "$PAPERGRAPH_JAR" generate --papers "$n" --seed "$SEED" --out "$file" >&2
  fi
}

# seconds since the epoch with milliseconds
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
