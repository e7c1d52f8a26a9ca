#!/usr/bin/env bash
# Durable service-case intake on PostgreSQL, beside pgbench single-row inserts on the same server in the same run.
#   POST /api/v1/applications (citizen1's token, a promised item of 余庆县教育局): 201 = the case is committed.
#   pgbench: one INSERT of one row per transaction, CONCURRENCY clients.
# The packaged jar (java -jar target/yangguang.jar) runs on a fresh database yangguang_bench_intake.
# Usage: bench/case-intake.sh         env: PORT CONCURRENCY DURATION WARMUP PGHOST PGUSER
set -euo pipefail
cd "$(dirname "$0")"
PORT="${PORT:-8098}"
CONCURRENCY="${CONCURRENCY:-8}"
DURATION="${DURATION:-30}"
WARMUP="${WARMUP:-10}"
PGHOST="${PGHOST:-127.0.0.1}"
PGUSER="${PGUSER:-postgres}"
DB=yangguang_bench_intake
export PGHOST PGUSER

(cd .. && ./mvnw -q -DskipTests package)
./install-app.sh
../mvnw -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dstyle.color=never
CP="target/classes:$(cat target/classpath.txt)"
DATA="$PWD/target/intake-data"
rm -rf "$DATA" && mkdir -p "$DATA"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

YANGGUANG_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" YANGGUANG_DB_USER="$PGUSER" YANGGUANG_DEMO=true \
  java -jar ../target/yangguang.jar --spring.profiles.active=postgres --server.port="$PORT" \
  --yangguang.storage.path="$DATA/files" --yangguang.search.path="$DATA/index" > target/intake-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do
  kill -0 "$SERVER" 2>/dev/null || { echo "the node stopped; see bench/target/intake-server.log"; exit 1; }
  sleep 2
done
TOKEN=$(curl -s -X POST "http://localhost:$PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"citizen1","password":"Demo@2026"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
ITEM=$(curl -s "http://localhost:$PORT/api/v1/service-items?dept=520329-JYJ" | tr '{' '\n' | grep '"kind":"promised"' \
  | head -1 | sed -n 's/.*"code":"\([^"]*\)".*/\1/p')
MATERIALS=$(curl -s "http://localhost:$PORT/api/v1/service-items/$ITEM" | tr '{' '\n' | grep -o '"id":[0-9]*' \
  | cut -d: -f2 | paste -sd, -)
echo "item $ITEM, materials [$MATERIALS]"

before=$(psql -tA -d "$DB" -c "SELECT COUNT(*) FROM services_case")
java -cp "$CP" org.yangguang.bench.HttpLoad base="http://localhost:$PORT" scenario=intake token="$TOKEN" item="$ITEM" \
  materials="$MATERIALS" concurrency="$CONCURRENCY" requests=100000000 seconds="$DURATION" warmup="$WARMUP" \
  | tee target/intake-cases.txt
after=$(psql -tA -d "$DB" -c "SELECT COUNT(*) FROM services_case")
acknowledged=$(( $(sed -n 's/^warm-up: \([0-9]*\) requests.*/\1/p' target/intake-cases.txt) + $(sed -n 's/^requests \([0-9]*\) in.*/\1/p' target/intake-cases.txt) ))
echo "cases acknowledged (201, warm-up and measurement): $acknowledged; cases stored: $((after - before))"

psql -q -d "$DB" -c "CREATE TABLE IF NOT EXISTS bench_row (id BIGSERIAL PRIMARY KEY, payload VARCHAR(200) NOT NULL)"
echo "INSERT INTO bench_row (payload) VALUES ('余庆县教育局 教师资格认定');" > target/pgbench-insert.sql
pgbench -n -c "$CONCURRENCY" -j 2 -T "$DURATION" -f target/pgbench-insert.sql "$DB" | tee target/intake-pgbench.txt

cases=$(sed -n 's/.* = \([0-9.]*\) req\/s.*/\1/p' target/intake-cases.txt)
tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' target/intake-pgbench.txt)
echo "intake: $cases cases/s; pgbench single-row inserts: $tps tps; ratio $(awk "BEGIN{printf \"%.1f%%\", 100*$cases/$tps}")"
