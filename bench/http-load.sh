#!/usr/bin/env bash
# HTTP load against a locally started node holding 100,000 generated published documents:
#   GET /api/v1/search (rotating realistic queries) and GET /disclosure/documents/{id} (random ids).
# Each run is bounded in requests and in time (see REQUESTS, DURATION in seconds). The documents are generated once into an
# H2 database under bench/target/bench-db (10–20 minutes for 100,000 on 2 cores) and reused by later runs.
# Usage: bench/http-load.sh            env: DOCUMENTS PORT CONCURRENCY REQUESTS DURATION WARMUP
set -euo pipefail
cd "$(dirname "$0")"
DOCUMENTS="${DOCUMENTS:-100000}"
PORT="${PORT:-8099}"
CONCURRENCY="${CONCURRENCY:-8}"
REQUESTS="${REQUESTS:-20000}"
DURATION="${DURATION:-60}"
WARMUP="${WARMUP:-10}"

./install-app.sh
../mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dstyle.color=never
CP="target/classes:$(cat target/classpath.txt)"
mkdir -p target/bench-data

java -Xmx3g -cp "$CP" org.yangguang.bench.BenchServer \
  --server.port="$PORT" --bench.documents="$DOCUMENTS" \
  --spring.datasource.url="jdbc:h2:file:$PWD/target/bench-data/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000" \
  --yangguang.search.path="$PWD/target/bench-data/search-index" \
  --yangguang.storage.path="$PWD/target/bench-data/files" \
  --logging.level.org.yangguang=INFO > target/bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
echo "node started (pid $SERVER), generating documents if needed; log: bench/target/bench-server.log"
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
  if ! kill -0 "$SERVER" 2>/dev/null; then echo "the node stopped; see bench/target/bench-server.log"; exit 1; fi
  sleep 5
done
echo "node ready: $(curl -s "http://localhost:$PORT/api/v1/documents?size=1" | grep -o '"total":[0-9]*') published"

for scenario in search documents; do
  java -cp "$CP" org.yangguang.bench.HttpLoad base="http://localhost:$PORT" scenario=$scenario \
    concurrency="$CONCURRENCY" requests="$REQUESTS" seconds="$DURATION" warmup="$WARMUP" | tee "target/http-$scenario.txt"
done
