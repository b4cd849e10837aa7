#!/usr/bin/env bash
# Extraction throughput (abstracts/s, per thread, per CPU-second) at 1 and 2 threads, everything
# on, on generated abstracts; warm-up excluded. Prints a Markdown table.
# Usage: bench/extract.sh [PAPERS (default 2000)] [WARMUP (default 500)]
set -euo pipefail
source "$(dirname "$0")/common.sh"
PAPERS="${1:-2000}"
WARMUP="${2:-500}"
JAVA_OPTS=(-Xmx1g)
pg bench extract --papers "$PAPERS" --warmup "$WARMUP" --threads 1,2 --seed "$SEED"
