#!/usr/bin/env bash
# Search latency (JMH, sample time → p50/p95/p99) over an index of 100,000 generated documents.
# Builds the index once into bench/target/bench-index-100000 (about 3–4 minutes on 2 cores) and reuses it.
# Usage: bench/search-latency.sh [documents]
set -euo pipefail
cd "$(dirname "$0")"
documents="${1:-100000}"
./install-app.sh
../mvnw -q compile
# hits per query, one cold pass (also builds the index if needed)
../mvnw -q exec:exec -Dbench.main=org.yangguang.search.internal.SearchLatency -Dbench.args="$documents"
# the measurement
../mvnw -q exec:exec -Dbench.args="SearchLatency -p documents=$documents -rf text -rff target/search-latency.txt"
