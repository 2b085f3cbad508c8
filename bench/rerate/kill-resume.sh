#!/usr/bin/env bash
# A full re-rating killed midway with kill -9 (the packaged jar, `credence rerate`) and resumed by a new process from
# the cursor it persisted with its last chunk. Checks that nothing after the cursor was written, that the resumed run
# starts there, redoes nothing before it, and completes. Needs a population: bench/rerate/run.sh (or load-fixture.sh).
#
# Usage: bench/rerate/kill-resume.sh   (env: BENCH_DB, default credence_bench_d; KILL_AT, default 400000)
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${BENCH_DB:-credence_bench_d}
KILL_AT=${KILL_AT:-400000}   # kill once the job has committed past this subject id
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=${CREDENCE_JAR:-target/credence-0.1.0-SNAPSHOT.jar}   # CREDENCE_JAR: a copy, so that builds can go on
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt)
export CREDENCE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" CREDENCE_DB_USER=postgres CREDENCE_DB_PASSWORD=
export CREDENCE_DATA_DIR=${CREDENCE_DATA_DIR:-$PWD/target/bench-data}
export CREDENCE_SUBJECT_IDENTIFIERKEYS_GENERATE=true
export SPRING_MAIN_WEBAPPLICATIONTYPE=servlet SERVER_PORT=0   # see run.sh
fail() { echo "FAIL: $*"; exit 1; }

LOG=$(mktemp)
"$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" rerate --new --chunk-size 2000 >"$LOG" 2>&1 &
PID=$!
JOB=""
for _ in $(seq 1 3000); do
  JOB=$("${PSQL[@]}" -c "SELECT job_id FROM rating_job WHERE status = 'RUNNING' AND cursor_subject_id >= $KILL_AT
                         ORDER BY job_id DESC LIMIT 1")
  [ -n "$JOB" ] && break
  kill -0 "$PID" 2>/dev/null || fail "the re-rating ended before it could be killed: $(tail -3 "$LOG")"
  sleep 0.2
done
[ -n "$JOB" ] || fail "no job got past subject $KILL_AT"
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
IFS='|' read -r STATUS CURSOR DONE TOTAL <<<"$("${PSQL[@]}" -c "SELECT status, cursor_subject_id, subjects_done,
    subjects_total FROM rating_job WHERE job_id = $JOB")"
echo "killed job $JOB: status $STATUS, cursor $CURSOR, $DONE of $TOTAL subjects done"
[ "$STATUS" = RUNNING ] || fail "a killed job stays RUNNING until taken over"
# Over a rated population on PostgreSQL the job writes into a table of its own (switched in at the end): there are
# its ratings, and the live table has none of them yet.
TABLE=$("${PSQL[@]}" -c "SELECT CASE WHEN rebuilding THEN 'rating_rebuild_' || job_id ELSE 'rating' END
                         FROM rating_job WHERE job_id = $JOB")
AFTER=$("${PSQL[@]}" -c "SELECT COUNT(*) FROM $TABLE WHERE job_id = $JOB AND subject_id > $CURSOR")
BEFORE=$("${PSQL[@]}" -c "SELECT COUNT(*) FROM $TABLE WHERE job_id = $JOB AND subject_id <= $CURSOR")
echo "ratings by the job in $TABLE: $BEFORE up to the cursor, $AFTER after it"
if [ "$TABLE" != rating ]; then
  LIVE=$("${PSQL[@]}" -c "SELECT COUNT(*) FROM rating WHERE job_id = $JOB")
  echo "ratings by the job in the live table before its switch: $LIVE"
  [ "$LIVE" -eq 0 ] || fail "the live table shows ratings of a job not yet switched in"
fi
[ "$AFTER" -eq 0 ] || fail "ratings after the cursor were committed"
[ "$BEFORE" -gt 0 ] || fail "no ratings before the cursor"
HALF=$("${PSQL[@]}" -c "SELECT COUNT(*) FROM rating WHERE reasons IS NULL")
[ "$HALF" -eq 0 ] || fail "$HALF ratings without their reasons are visible"

RESUMED=$("${PSQL[@]}" -c "SELECT now()")
"$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" rerate --takeover --chunk-size 2000 >"$LOG" 2>&1 || fail "resume: $(tail -3 "$LOG")"
grep -a "^Job $JOB:" "$LOG"
grep -aq "^Job $JOB: .* from subject $CURSOR " "$LOG" || fail "the resumed run did not start at the cursor"
IFS='|' read -r STATUS DONE TOTAL <<<"$("${PSQL[@]}" -c "SELECT status, subjects_done, subjects_total
    FROM rating_job WHERE job_id = $JOB")"
REDONE=$("${PSQL[@]}" -c "SELECT COUNT(*) FROM rating WHERE job_id = $JOB AND subject_id <= $CURSOR
    AND computed_at >= '$RESUMED'")
OTHERS=$("${PSQL[@]}" -c "SELECT COUNT(*) FROM rating WHERE job_id IS DISTINCT FROM $JOB")
echo "resumed job $JOB: status $STATUS, $DONE of $TOTAL subjects; redone before the cursor: $REDONE;" \
     "ratings not by the job: $OTHERS"
[ "$STATUS" = COMPLETED ] && [ "$DONE" -eq "$TOTAL" ] || fail "the resumed job did not complete the population"
[ "$REDONE" -eq 0 ] || fail "chunks before the cursor were redone"
echo "OK: killed midway and resumed from the persisted cursor"
rm -f "$LOG"
