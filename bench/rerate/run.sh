#!/usr/bin/env bash
# Full re-rating benchmark on PostgreSQL: a synthetic population of N subjects (default 1,000,000, about 5 records
# each) loaded as a fixture, re-rated in full by the packaged application (`credence rerate --new`), against the same
# run's plain `COPY (SELECT ...) TO STDOUT` of the records the job reads. Then the incremental path's latency from a
# filed record to its updated rating (`credence rating-latency`). Prints subjects/s, records/s, the ratio (goal >= 0.5),
# peak memory and the latency median and p99.
#
# Usage: bench/rerate/run.sh [subjects]
#   env: BENCH_DB (default credence_bench_d); JAVA_OPTS; CREDENCE_JAR; SKIP_LOAD=1 (the fixture as loaded before);
#   SKIP_CLI=1 (only the jobs in the server); SERVER_CYCLES (default 3, 0 for none)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000000}
DB=${BENCH_DB:-credence_bench_d}
# the throughput collector: a batch job, no pauses to keep short, and G1's barriers and refinement cost some 1.2 CPU-s a
# million subjects here
JAVA_OPTS=${JAVA_OPTS:--Xmx1g -XX:+UseParallelGC}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=${CREDENCE_JAR:-target/credence-0.1.0-SNAPSHOT.jar}   # CREDENCE_JAR: a copy, so that builds can go on
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt)

if [ ! -f "$JAR" ]; then
  ./mvnw -q -DskipTests -Dspotless.check.skip package
fi
export CREDENCE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" CREDENCE_DB_USER=postgres CREDENCE_DB_PASSWORD=
export CREDENCE_DATA_DIR=${CREDENCE_DATA_DIR:-$PWD/target/bench-data}
export CREDENCE_SUBJECT_IDENTIFIERKEYS_GENERATE=true
# Command mode (no web server) does not start yet: the access module's security configuration needs the servlet
# stack. Until it is conditional on a web application, commands run with the servlet stack on a random port.
export SPRING_MAIN_WEBAPPLICATIONTYPE=servlet SERVER_PORT=0
app() { "$JAVA_HOME/bin/java" $JAVA_OPTS -jar "$JAR" "$@"; }

if [ "${SKIP_LOAD:-0}" != 1 ]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  app rerate --help >/dev/null   # migrates the schema and publishes the seeded standards
  echo "Loading the fixture: $N subjects"
  start=$(date +%s.%N)
  bench/rerate/load-fixture.sh "$N" "$DB"
  echo "fixture loaded in $(echo "$(date +%s.%N) - $start" | bc) s"
fi
# Start from no ratings: the first run rates the whole population, the second replaces every rating.
no_ratings() {
  "${PSQL[@]}" -c "TRUNCATE rating, rating_profession, rating_job"
  "${PSQL[@]}" -c "DELETE FROM work_backlog"
  "${PSQL[@]}" -c "VACUUM ANALYZE rating" -c "CHECKPOINT"
}
"${PSQL[@]}" -c "DELETE FROM credit_record_event WHERE record_id IN (SELECT record_id FROM credit_record
                 WHERE provider_code <> 'bench-provider')" -c "DELETE FROM credit_record WHERE provider_code <> 'bench-provider'"
no_ratings
RECORDS=$("${PSQL[@]}" -c "SELECT COUNT(*) FROM credit_record")
echo "population: $N subjects, $RECORDS records"

# The reference: the records the job reads, in the order it reads them, with the same columns (best of two runs).
COLUMNS="record_id, subject_id, edition_code, record_type, polarity, severity, status, decision_date, effective_from,
         effective_to, publicity_min_end, publicity_max_end"
reference() {
  local s; s=$(date +%s.%N)
  "${PSQL[@]}" -c "\copy (SELECT $COLUMNS FROM credit_record ORDER BY subject_id) TO '/dev/null'"
  echo "$(date +%s.%N) - $s" | bc
}
R1=$(reference); R2=$(reference)
REF=$(echo "if ($R1 < $R2) $R1 else $R2" | bc)
echo "reference COPY of $RECORDS records: ${REF} s ($(echo "$RECORDS / $REF" | bc) records/s)"

# The full re-rating, timed by the command itself; peak resident memory from GNU time.
# Each job starts right after a checkpoint, as the first rating always did: otherwise whether the WAL that the step
# before left (a first rating writes some 380 MB, max_wal_size is 1 GB here) makes a checkpoint fall inside the
# measured job depends on the order of the steps, not on the job.
rerate() {
  local out; out=$(mktemp)
  "${PSQL[@]}" -c "CHECKPOINT"
  /usr/bin/time -v -o "$out.time" "$JAVA_HOME/bin/java" $JAVA_OPTS -jar "$JAR" rerate --new >"$out" 2>&1
  LINE=$(grep -a '^RERATE' "$out")
  RSS_MB=$(( $(grep 'Maximum resident set size' "$out.time" | awk '{print $NF}') / 1024 ))
  rm -f "$out" "$out.time"
}
get() { echo "$LINE" | tr ' ' '\n' | grep "^$1=" | cut -d= -f2; }
report() {
  local ratio; ratio=$(echo "scale=3; $REF / $(get seconds)" | bc)
  echo "$1: $(get subjects) subjects, $(get records) records, $(get ratings) ratings in $(get seconds) s"
  echo "  subjects/s: $(get subjects_per_s)   records/s: $(get records_per_s)"
  echo "  ratio to the reference COPY (records/s over COPY records/s): $ratio   (goal >= 0.5)"
  echo "  peak memory: heap $(get peak_heap_mb) MB, resident $RSS_MB MB (JAVA_OPTS=$JAVA_OPTS)"
}
# The grades a job changes across a list's grade rule (A-grade taxpayers) are queued for the list rules, which a
# server works through after the job; reported, then cleared, so that they do not run under the next measurement.
list_work() {
  local queued; queued=$("${PSQL[@]}" -c "SELECT COALESCE(SUM(id_count), 0) FROM work_backlog WHERE queue = 'listing.grades'")
  echo "  queued for the lists' grade rules: $queued subjects (cleared before the next step)"
  "${PSQL[@]}" -c "DELETE FROM work_backlog WHERE queue = 'listing.grades'"
}
# Each job runs twice, as the reference does, and the faster run counts: on a shared machine a run varies by a second
# or more either way, and the best of each side is the fairest pair.
best() {
  local best_line=""
  for _ in 1 2; do
    "$@"
    if [ -z "$best_line" ] || [ "$(echo "$(get seconds) < $(echo "$best_line" | tr ' ' '\n' | grep '^seconds=' | cut -d= -f2)" | bc)" = 1 ]; then
      best_line=$LINE
    fi
    echo "  (run: $(get seconds) s)"
    list_work >/dev/null
  done
  LINE=$best_line
}
if [ "${SKIP_CLI:-0}" != 1 ]; then
first_rating() { no_ratings; rerate; }
best first_rating; report "first rating of the population (best of two)"
rerate; list_work >/dev/null   # the ratings of the second first rating, replaced once, so that both runs below replace
best rerate; report "re-rating, every rating replaced (best of two)"

# What the job writes, on its own: the rows it stored (ratings, their reasons in the same row), loaded with plain COPY
# into an empty table with the same indexes. No re-rating can take less than this, whatever it does to read and
# compute; printed so that the ratio's ceiling with the current tables is visible in the same run.
write_floor() {
  local dir; dir=$(mktemp -d)
  "${PSQL[@]}" -c "\copy rating TO '$dir/rating.tsv'"
  "${PSQL[@]}" -c "DROP TABLE IF EXISTS bench_rating" -c "CREATE TABLE bench_rating (LIKE rating INCLUDING ALL)" \
    -c "CHECKPOINT"
  local s; s=$(date +%s.%N)
  "${PSQL[@]}" -c "\copy bench_rating FROM '$dir/rating.tsv'"
  FLOOR=$(echo "$(date +%s.%N) - $s" | bc)
  "${PSQL[@]}" -c "DROP TABLE bench_rating"
  rm -rf "$dir"
}
write_floor
echo "write floor: plain COPY of the $("${PSQL[@]}" -c "SELECT COUNT(*) FROM rating") ratings stored (with" \
  "$("${PSQL[@]}" -c "SELECT COALESCE(SUM(array_length(string_to_array(reasons, ';'), 1)), 0) FROM rating") reasons):" \
  "${FLOOR} s; best possible ratio with this table $(echo "scale=3; $REF / $FLOOR" | bc)"

# The incremental path: a filed record to its subject's updated rating.
app rating-latency --allow-writes --samples "${LATENCY_SAMPLES:-200}" | grep '^LATENCY'
"${PSQL[@]}" -c "DELETE FROM credit_record_event WHERE record_id IN (SELECT record_id FROM credit_record
                 WHERE provider_code <> 'bench-provider')" -c "DELETE FROM credit_record WHERE provider_code <> 'bench-provider'"
fi

# The job as the platform runs it: in the server (its JobWorker), started through the API, cycle after cycle in one
# JVM. The command above starts a fresh JVM for every job, which then compiles the job's code while it runs (2-4 CPU-s
# of C2 on these two cores); a running server has compiled it in its first job. Each cycle is a first rating and a
# replacement; the first cycle is the cold one, the later ones together the warm figure. The server leaves the
# queues alone (credence.backlog.enabled=false): what the jobs queue for the lists is cleared between jobs, as above.
CYCLES=${SERVER_CYCLES:-3}
if [ "$CYCLES" -gt 0 ]; then
  PORT=${SERVER_PORT_BENCH:-18087}
  source bench/lib/server.sh
  TOKEN=$(api_key "bench-officer-$$" CREDIT_OFFICER)
  start_server target/bench-rerate-server.log "$PORT" --credence.backlog.enabled=false
  sleep 10   # the server's own start-up work (compiling, its first scheduled checks) out of the first reference
  API=(curl -sf -H "Authorization: ApiKey $TOKEN")
  field() { echo "$1" | grep -o "\"$2\":[^,}]*" | head -1 | cut -d: -f2- | tr -d '"'; }
  cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
  # all PostgreSQL processes together (the job's connections, the writers, the checkpointer)
  pg_ticks() { local t=0 pid; for pid in $(pgrep -u postgres); do
      t=$((t + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
  TICKS=$(getconf CLK_TCK)
  # Starts a job, waits for it, and sets JOB_S (started to finished, by the job's own record) and JOB_CPU (the
  # server's CPU seconds meanwhile, every thread: the job's, the compilers', the collector's).
  wal_state() { "${PSQL[@]}" -c "SELECT pg_current_wal_lsn() || ' ' || (SELECT checkpoints_timed + checkpoints_req
                                  FROM pg_stat_bgwriter)"; }
  server_job() {
    local started job id status cpu0 pg0 wal0
    "${PSQL[@]}" -c "CHECKPOINT"   # as for the command above
    cpu0=$(cpu_ticks); pg0=$(pg_ticks)
    wal0=$(wal_state)
    started=$("${API[@]}" -X POST "http://127.0.0.1:$PORT/api/v1/rating-jobs")
    id=$(field "$started" jobId)
    while :; do
      sleep 0.5
      job=$("${API[@]}" "http://127.0.0.1:$PORT/api/v1/rating-jobs/$id")
      status=$(field "$job" status)
      case $status in COMPLETED) break ;; FAILED | SUPERSEDED) echo "job $id: $status: $job" >&2; exit 1 ;; esac
    done
    JOB_S=$(echo "$(date -d "$(field "$job" finishedAt)" +%s.%N) - $(date -d "$(field "$job" startedAt)" +%s.%N)" | bc)
    JOB_CPU="$(echo "scale=1; ($(cpu_ticks) - $cpu0) / $TICKS" | bc) s, PostgreSQL CPU"
    JOB_CPU="$JOB_CPU $(echo "scale=1; ($(pg_ticks) - $pg0) / $TICKS" | bc)"
    JOB_RATINGS=$(field "$job" ratingsWritten)
    local wal1; wal1=$(wal_state)
    JOB_WAL=$("${PSQL[@]}" -c "SELECT pg_wal_lsn_diff('${wal1% *}', '${wal0% *}') / 1048576")
    JOB_WAL="${JOB_WAL%%.*} MB of WAL, $(( ${wal1#* } - ${wal0#* } )) checkpoints"
    list_work >/dev/null
  }
  heap_mb() { "$JAVA_HOME/bin/jcmd" "$SERVER" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 \
    | grep -Eo '[0-9]+' | awk '{ print int($1 / 1024) }'; }
  echo "in the server (JobWorker, jobs started through the API, $CYCLES cycles in one JVM; JAVA_OPTS=$JAVA_OPTS)."
  echo "  Each cycle times the reference again and is compared with its own: the machine drifts by a quarter or more"
  echo "  within a run, so a reference from the start of the run would favour whichever side ran in a fast phase."
  ratio() { echo "scale=3; $1 / $2" | bc; }
  SUM_REF=0 SUM_FIRST=0 SUM_REPLACE=0
  for cycle in $(seq 1 "$CYCLES"); do
    # no ratings, but the jobs kept: without a completed job the server would start one of its own (a scheme in
    # force that no job has rated)
    "${PSQL[@]}" -c "TRUNCATE rating, rating_profession" -c "DELETE FROM work_backlog" \
      -c "VACUUM ANALYZE rating" -c "CHECKPOINT"
    R1=$(reference); R2=$(reference)   # best of two, as at the start
    CYCLE_REF=$(echo "if ($R1 < $R2) $R1 else $R2" | bc)
    server_job; FIRST=$JOB_S; FIRST_CPU=$JOB_CPU; FIRST_WAL=$JOB_WAL
    server_job; REPLACE=$JOB_S
    echo "  cycle $cycle: reference $CYCLE_REF s; first rating $FIRST s (ratio $(ratio "$CYCLE_REF" "$FIRST")," \
      "server CPU $FIRST_CPU s, $FIRST_WAL); replacement $REPLACE s (ratio $(ratio "$CYCLE_REF" "$REPLACE")," \
      "server CPU $JOB_CPU s, $JOB_WAL); $JOB_RATINGS ratings, heap used $(heap_mb) MB"
    if [ "$cycle" -gt 1 ]; then
      SUM_REF=$(echo "$SUM_REF + $CYCLE_REF" | bc)
      SUM_FIRST=$(echo "$SUM_FIRST + $FIRST" | bc)
      SUM_REPLACE=$(echo "$SUM_REPLACE + $REPLACE" | bc)
    fi
  done
  if [ "$CYCLES" -gt 1 ]; then
    echo "  warm (cycles 2-$CYCLES, ratio of the summed times): first rating $(ratio "$SUM_REF" "$SUM_FIRST")," \
      "replacement $(ratio "$SUM_REF" "$SUM_REPLACE")   (goal >= 0.5)"
  fi
  echo "  server peak resident: $(grep VmHWM "/proc/$SERVER/status" | awk '{ print int($2 / 1024) }') MB"
  kill $SERVER; wait $SERVER 2>/dev/null || true
fi
