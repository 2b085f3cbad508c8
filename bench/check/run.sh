#!/usr/bin/env bash
# Credit check benchmark on PostgreSQL. Builds a synthetic population (default 1,000,000 persons and 100,000
# organisations, each organisation with a legal representative) through the product's generator and bulk import,
# 100,000 list entries, ratings for every organisation (`rerate`), then starts the server and drives
# POST /api/v1/checks with random existing applicants from wrk (installed here if missing), and in the same run the
# trivial authenticated endpoint GET /api/v1/me of the same server as the reference. Prints checks/s, p50 and p99,
# the ratio checks/s over reference requests/s (goal >= 0.7, p99 <= 20 ms) and the server's heap.
#
# Usage: bench/check/run.sh [persons] [organisations]   (--ten-million: 10,000,000 persons, 1,000,000 organisations)
# Environment: BENCH_DB (default credence_bench_check), DURATION (per run, default 10s), ROUNDS (default 3),
#   WARMUP (checks, default 40s),
#   CONNECTIONS (default 8), JAVA_OPTS (server JVM, default -Xmx1g), SKIP_LOAD=1 to reuse the loaded database.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" = "--ten-million" ]; then set -- 10000000 1000000; fi
PERSONS=${1:-1000000}
ORGANISATIONS=${2:-100000}
ENTRIES=${ENTRIES:-$(( (PERSONS + ORGANISATIONS) / 11 ))}
DB=${BENCH_DB:-credence_bench_check}
DURATION=${DURATION:-10s}   # per run; ROUNDS rounds of a check run and a reference run
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-40s}
CONNECTIONS=${CONNECTIONS:-8}
PORT=${PORT:-18089}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
OUT=$PWD/bench/out/check
# the generated population and the sample of its identifiers, per database (a 10 M and a 1 M load can both be kept);
# the identifier keys in app-data are shared, so that every database loaded here answers to the same hashing
POPULATION=$OUT/$DB
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PSQL=(psql -d "$DB" -v ON_ERROR_STOP=1 -qAt)

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if ! command -v wrk >/dev/null; then
  echo "Installing wrk ..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
JAR=${CREDENCE_JAR:-target/credence-0.1.0-SNAPSHOT.jar}   # CREDENCE_JAR: a copy, so that builds can go on
# a given copy is run as it is; the build's own jar is rebuilt when the sources are newer
if [ ! -f "$JAR" ] || { [ -z "${CREDENCE_JAR:-}" ] && [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; }; then
  echo "Building $JAR ..."
  ./mvnw -q -DskipTests -Dspotless.check.skip package
fi
mkdir -p "$POPULATION/data" "$OUT/app-data"
export CREDENCE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" CREDENCE_DB_USER=$PGUSER CREDENCE_DB_PASSWORD=
export CREDENCE_DATA_DIR="$OUT/app-data" CREDENCE_SUBJECT_IDENTIFIERKEYS_GENERATE=true
app() { "$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" "$@"; }

if [ "${SKIP_LOAD:-0}" != 1 ]; then
  psql -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  echo "Generating $PERSONS persons and $ORGANISATIONS organisations ..."
  app generate-population --persons "$PERSONS" --organisations "$ORGANISATIONS" --seed 6 --out "$POPULATION/data" \
      --format csv 2>/dev/null | grep '^Generated' || true
  echo "Importing them ..."
  app import-subjects "$POPULATION/data/subjects.csv" 2>/dev/null | tail -1
  echo "Linking a legal representative to every organisation, $ENTRIES list entries ..."
  "${PSQL[@]}" -f bench/check/links-and-entries.sql -v entries="$ENTRIES"
  echo "Rating every organisation ..."
  app rerate --new 2>/dev/null | grep -a '^RERATE' || true
  "${PSQL[@]}" -c "VACUUM ANALYZE"
  # wrk picks applicants from a sample of identifiers on file (persons and organisations, as generated)
  awk -F, 'NR > 1 { print $1 }' "$POPULATION/data/subjects.csv" | shuf -n 200000 --random-source=<(yes) \
      > "$POPULATION/identifiers.txt"
fi
if [ ! -s "$POPULATION/identifiers.txt" ]; then
  echo "no identifiers of $DB's population in $POPULATION: run once without SKIP_LOAD=1" >&2
  exit 1
fi
export CHECK_IDS="$POPULATION/identifiers.txt"
source bench/lib/server.sh
CHECK_TOKEN=$(api_key bench-approver APPROVER --organisation fz-public-resource-trading)
export CHECK_TOKEN

echo "Starting the server on port $PORT ..."
start_server "$OUT/server.log" "$PORT" --credence.access.public-requests-per-minute=100000000
URL="http://127.0.0.1:$PORT"
# What the load left for the server's background work (the lists' grade rules after the first rating) is done before
# measuring, so that the figures are the checks' alone.
WAITED=0
until [ "$("${PSQL[@]}" -c "SELECT (SELECT COUNT(*) FROM work_backlog)
                              + (SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL)")" = 0 ]; do
  sleep 2; WAITED=$((WAITED + 2))
done
if [ "$WAITED" -gt 0 ]; then echo "Waited ${WAITED} s for the server's background work to catch up"; fi
# What the load, that work and earlier runs left behind (dead rows: this server runs with autovacuum off) is vacuumed,
# as autovacuum would in production: a run after a run otherwise measures the bloat (p99 in the hundreds of ms).
"${PSQL[@]}" -c "VACUUM ANALYZE"

# Warm-up of both paths (JIT, connection pool, caches), then the measured runs.
# The check path is long: C2 compiles it for well over ten seconds on two cores shared with PostgreSQL and wrk.
wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s bench/check/check.lua "$URL" >/dev/null 2>&1
wrk -t1 -c"$CONNECTIONS" -d10s -s bench/check/trivial.lua "$URL/api/v1/me" >/dev/null 2>&1
# CPU time of the server and of all PostgreSQL processes over each measured run, per request: where a check's cost is.
TICK=$(getconf CLK_TCK)
server_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
pg_ticks() { for p in $(pgrep -u postgres postgres); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done \
  | awk '{ s += $1 } END { print s + 0 }'; }
rps() { echo "$1" | awk '/Requests\/sec/ { print $2 }'; }
pct() { echo "$1" | awk -v p="$2" '$1 == p { print $2 }'; }
non2xx() { echo "$1" | awk '/Non-2xx/ { s += $5 } END { print s + 0 }'; }
# In ROUNDS rounds of a check run and a reference run each, so that the machine's drift (a quarter within minutes on
# a shared VM) falls on both sides alike; the ratio is of the totals, the rounds' own ratios are shown too.
CHECKS_SUM=0; REFS_SUM=0; SC=0; PC=0; SR=0; PR=0; NON2XX=0; ROUND_LINES=""; P99S=""
for round in $(seq 1 "$ROUNDS"); do
  S0=$(server_ticks); P0=$(pg_ticks)
  CHECK=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/check/check.lua "$URL")
  S1=$(server_ticks); P1=$(pg_ticks)
  REF=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/check/trivial.lua "$URL/api/v1/me")
  S2=$(server_ticks); P2=$(pg_ticks)
  C=$(rps "$CHECK"); R=$(rps "$REF")
  CHECKS_SUM=$(echo "$CHECKS_SUM + $C" | bc); REFS_SUM=$(echo "$REFS_SUM + $R" | bc)
  SC=$((SC + S1 - S0)); PC=$((PC + P1 - P0)); SR=$((SR + S2 - S1)); PR=$((PR + P2 - P1))
  NON2XX=$((NON2XX + $(non2xx "$CHECK") + $(non2xx "$REF")))
  P99S="$P99S $(pct "$CHECK" 99%)"
  ROUND_LINES="$ROUND_LINES
  round $round: $C checks/s (p50 $(pct "$CHECK" 50%), p99 $(pct "$CHECK" 99%)) against $R requests/s (p99 $(pct "$REF" 99%)): $(echo "scale=3; $C / $R" | bc)"
done
HEAP=$("$JAVA_HOME/bin/jcmd" "$SERVER" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 | grep -Eo '[0-9]+')
MAXRSS=$(grep VmHWM /proc/$SERVER/status | awk '{print $2}')

CHECKS=$(echo "scale=2; $CHECKS_SUM / $ROUNDS" | bc); REFS=$(echo "scale=2; $REFS_SUM / $ROUNDS" | bc)
echo "population: $PERSONS persons, $ORGANISATIONS organisations, $("${PSQL[@]}" -c "SELECT COUNT(*) FROM list_entry") list entries"
echo "$ROUNDS rounds of $DURATION checks and $DURATION reference (GET /api/v1/me):$ROUND_LINES"
echo "checks:    $CHECKS checks/s (mean)   p99 of the rounds:$P99S   non-2xx (both sides): $NON2XX"
echo "reference: $REFS requests/s (mean)"
echo "ratio checks/s over reference requests/s: $(echo "scale=3; $CHECKS / $REFS" | bc)   (goal >= 0.7, p99 <= 20 ms)"
SECONDS_RUN=$(( ${DURATION%s} * ROUNDS ))
per_request() { echo "scale=0; $1 * 1000000 / $TICK / ($2 * $SECONDS_RUN)" | bc; }
echo "CPU per check: server $(per_request "$SC" "$CHECKS") us, PostgreSQL $(per_request "$PC" "$CHECKS") us;" \
  "per reference request: server $(per_request "$SR" "$REFS") us, PostgreSQL $(per_request "$PR" "$REFS") us"
# The write floor: only the durable writes of a check (stored answer and audit entry, one transaction each), from
# pgbench with as many clients, straight into PostgreSQL with no server at all. A check cannot be served faster than
# this, so floor over reference bounds the ratio with durable per-check writes.
if command -v pgbench >/dev/null; then
  kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true
  # transactions/s of a pgbench script (as many clients as the load, twice a run's length), times $2: what one stands for
  tps() {
    pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$(( ${DURATION%s} * 2 ))" -D subjects="$PERSONS" -D group="$2" \
        -f "bench/check/$1.sql" "$DB" 2>/dev/null | awk -v g="$2" '/^tps/ { printf "%.0f", $3 * g }'
  }
  FLOOR=$(tps write-floor 1)
  GROUP_FLOOR=$(tps group-write-floor 16)
  WIDE_FLOOR=$(tps group-write-floor 64)
  ROUND_TRIPS=$(tps round-trip 1)
  "${PSQL[@]}" -c "DELETE FROM audit_log WHERE actor = 'bench-floor' AND chain_position IS NULL" \
      -c "DELETE FROM credit_check WHERE actor = 'bench-floor'" \
      -c "VACUUM ANALYZE credit_check" -c "VACUUM ANALYZE audit_log"
  echo "write floor: $FLOOR checks' writes/s (pgbench, $CONNECTIONS clients, no server, one transaction a check);" \
    "as a ratio to the reference: $(echo "scale=3; $FLOOR / $REFS" | bc)"
  echo "group write floor: $GROUP_FLOOR checks' writes/s (the same writes, 16 checks a transaction as the server groups" \
    "them); as a ratio to the reference: $(echo "scale=3; $GROUP_FLOOR / $REFS" | bc): the best any server could do while" \
    "recording every check and its audit entry before answering"
  # The goal's budget. With the machine saturated, a request's share of the cores is its cost: the reference's is
  # CORES/REFS. At the goal ratio a check may cost 1/0.7 of that; the reference's own request handling and the cheapest
  # durable writes (64 checks a transaction) are part of every check, and what is left is all a check may spend on
  # reading the applicant, deciding and writing its answer. A PostgreSQL round trip (pgbench SELECT 1) for scale.
  CORES=$(nproc)
  echo "wide group write floor: $WIDE_FLOOR checks' writes/s (64 a transaction); round trip floor: $ROUND_TRIPS SELECT 1/s" \
    "($(awk -v c="$CORES" -v t="$ROUND_TRIPS" 'BEGIN { printf "%.1f", c * 1e6 / t }') us of CPU each)"
  echo "budget at the goal: $(awk -v c="$CORES" -v r="$REFS" -v f="$WIDE_FLOOR" \
      'BEGIN { printf "%.1f", c * 1e6 * (1 / (0.7 * r) - 1 / r - 1 / f) }')" \
    "us of CPU a check for reading, deciding and its answer (the reference's request and the wide floor's writes" \
    "taken out); the best ratio with nothing else to do: $(echo "scale=3; $WIDE_FLOOR / ($WIDE_FLOOR + $REFS)" | bc)"
fi
# the settings the figures depend on most (a WAL checkpoint's writes are what p99 meets; the page cache what reads cost)
echo "PostgreSQL as run: $("${PSQL[@]}" -c "SELECT string_agg(name || ' ' || current_setting(name), ', ' ORDER BY name)
    FROM unnest(ARRAY['shared_buffers', 'max_wal_size', 'autovacuum', 'synchronous_commit']) AS name")"
echo "server heap used: $(( ${HEAP:-0} / 1024 )) MB, peak resident $(( MAXRSS / 1024 )) MB (JAVA_OPTS=$JAVA_OPTS), $CONNECTIONS connections, wrk on the same 2 cores"
