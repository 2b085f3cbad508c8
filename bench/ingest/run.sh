#!/usr/bin/env bash
# Bulk-ingest benchmark on PostgreSQL: N generated records through the product's bulk path (submit-records: stream,
# validate, resolve subjects, COPY into staging, set-based merge, history, events), then the very same rows loaded with
# plain COPY into an equivalent table (same columns, constraints and indexes as credit_record). Prints rows/s of both,
# the ratio and peak memory. MEMORY_CHECK=1 also runs a 50,000-line and a 5,000,000-line file with the same small heap.
#
#   N=1000000 HEAP=256m bench/ingest/run.sh
#   NO_WAIT=1 skips the ratings and list rules after the batch (submit-records --no-wait): the ratio only, faster
#   WARMUP=200000 lines (other references) are submitted first in the same process, as a running server would have
#   done: the measured batch then runs on compiled code. A fresh JVM spends some 9 CPU seconds of a 1M-line batch in
#   the JIT compiler (-XX:+CITime), once per process; the warm-up batch's own rate is printed as the cold figure, and
#   WARMUP=0 measures the 1M lines in a fresh JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."

N=${N:-1000000}
SUBJECTS=${SUBJECTS:-$((N * 30 / 100))}
HEAP=${HEAP:-256m}
DB=${DB:-credence_bench_c}
MEMORY_CHECK=${MEMORY_CHECK:-0}
WARMUP=${WARMUP:-200000}
PROVIDER=fj-credit-platform
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
OUT=bench/out/ingest
JAR=${CREDENCE_JAR:-target/credence-0.1.0-SNAPSHOT.jar}   # CREDENCE_JAR: a copy, so that builds can go on
mkdir -p "$OUT"
export CREDENCE_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" CREDENCE_DB_USER=$PGUSER CREDENCE_DATA_DIR="$OUT/data"

if [ ! -f "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; then
  echo "building $JAR"
  JAVA_HOME=$JAVA_HOME ./mvnw -q -o package -DskipTests -Dspotless.check.skip
fi

psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
echo "migrating and seeding the catalogue; identifier keys generated into $OUT/data"
rm -rf "$OUT/data"
"$JAVA" -Dcredence.subject.identifier-keys.generate=true -jar "$JAR" submit-records --help > /dev/null

echo "population: $SUBJECTS subjects (70 % organisations) through the product's import (identifiers encrypted)"
"$JAVA" bench/ingest/Generate.java subjects "$SUBJECTS" "$OUT/subjects.csv"
"$JAVA" -jar "$JAR" import-subjects "$OUT/subjects.csv" > "$OUT/import-subjects.txt"
# an existing population is a settled one: autovacuum (off on this machine) would have vacuumed and analysed the
# freshly loaded register before any filing; without it the first filings pay for setting every row's hint bits
psql -q -d "$DB" -c "VACUUM ANALYZE subject"

# CPU seconds used by PostgreSQL backends that have exited (the postmaster's children), to split a run's CPU between
# the JVM and the database; read before and after a run whose connections all close at its end
pg_cpu() { awk '{ printf "%.1f", ($16 + $17) / 100 }' /proc/"$(head -1 "$(psql -tA -d postgres -c 'SHOW data_directory')/postmaster.pid")"/stat 2>/dev/null || echo 0; }

# peak heap from a unified GC log: the largest heap in use before and after a collection (MB)
gc_peaks() { grep -oE '[0-9]+M->[0-9]+M' "$1" | awk -F'M->|M' '{ if ($1>b) b=$1; if ($2>a) a=$2 } END { printf "%d MB before GC, %d MB live after GC", b, a }'; }

# product: runs the files through one submit-records process; sets SECONDS_TAKEN and ACCEPTED of the last file's
# batch, COLD_RATE of the first one's when there are two, RSS_MB, GC_PEAKS, CPU figures
product() {
  local label=$1; shift
  psql -q -d "$DB" -c "CHECKPOINT"
  local pg_before; pg_before=$(pg_cpu)
  /usr/bin/time -v -o "$OUT/time-$label.txt" "$JAVA" -Xmx"$HEAP" ${PRODUCT_OPTS:-} -Xlog:gc:file="$OUT/gc-$label.log" \
    -jar "$JAR" submit-records "$@" --provider "$PROVIDER" ${NO_WAIT:+--no-wait} > "$OUT/product-$label.txt"
  tr '\r' '\n' < "$OUT/product-$label.txt" | grep -E '^batch|caught up'
  read -r ACCEPTED SECONDS_TAKEN < <(psql -tA -F' ' -d "$DB" -c \
    "SELECT accepted, EXTRACT(EPOCH FROM finished_at - started_at) FROM ingest_batch ORDER BY batch_id DESC LIMIT 1")
  COLD_RATE=
  if [ $# -gt 1 ]; then
    COLD_RATE=$(psql -tA -d "$DB" -c "SELECT ROUND(accepted / EXTRACT(EPOCH FROM finished_at - started_at))
      FROM ingest_batch ORDER BY batch_id DESC OFFSET 1 LIMIT 1")
  fi
  RSS_MB=$(awk '/Maximum resident set size/ { printf "%d", $6 / 1024 }' "$OUT/time-$label.txt")
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$OUT/time-$label.txt")
  GC_PEAKS=$(gc_peaks "$OUT/gc-$label.log")
  PG_CPU=$(awk -v a="$pg_before" -v b="$(pg_cpu)" 'BEGIN { printf "%.1f", b - a }')
  JVM_CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$OUT/time-$label.txt")
}

echo "generating $N records (about $((SUBJECTS * 100 / N)) subjects per 100 records)"
"$JAVA" bench/ingest/Generate.java records "$N" "$SUBJECTS" "P-" "$OUT/records.csv"

WARMUP_FILES=()
if [ "$WARMUP" -gt 0 ]; then
  echo "generating $WARMUP warm-up records (other source references), submitted first in the same process"
  "$JAVA" bench/ingest/Generate.java records "$WARMUP" "$SUBJECTS" "W-" "$OUT/warmup.csv"
  WARMUP_FILES=("$OUT/warmup.csv")
fi

echo "product bulk path: submit-records with -Xmx$HEAP"
product main "${WARMUP_FILES[@]}" "$OUT/records.csv"
PRODUCT_RATE=$(awk -v n="$ACCEPTED" -v s="$SECONDS_TAKEN" 'BEGIN { printf "%.0f", n / s }')
echo "  $ACCEPTED records in ${SECONDS_TAKEN}s of batch time (wall $WALL incl. JVM start): $PRODUCT_RATE rows/s"
echo "  peak RSS $RSS_MB MB; heap $GC_PEAKS; CPU: JVM ${JVM_CPU}s (incl. start), PostgreSQL ${PG_CPU}s"

echo "reference: the same rows with plain COPY into an equivalent table with the same indexes"
COLUMNS="record_id, subject_id, provider_code, source_reference, record_type, edition_code, polarity, disclosure, severity, status, version, decision_number, legal_basis, decision_date, effective_from, effective_to, summary, payload, content_hash, publication_date, publicity_min_end, publicity_max_end, last_batch_id, last_batch_line, filed_at, updated_at"
psql -q -d "$DB" -c "\copy (SELECT $COLUMNS FROM credit_record WHERE source_reference LIKE 'P-%' ORDER BY record_id) TO '$OUT/rows.tsv'"
psql -q -d "$DB" -c "DROP TABLE IF EXISTS bench_copy" -c "CREATE TABLE bench_copy (LIKE credit_record INCLUDING ALL)" -c "CHECKPOINT"
START=$(date +%s.%N)
PG_BEFORE=$(pg_cpu)
psql -q -d "$DB" -c "\copy bench_copy ($COLUMNS) FROM '$OUT/rows.tsv'"
END=$(date +%s.%N)
COPY_PG_CPU=$(awk -v a="$PG_BEFORE" -v b="$(pg_cpu)" 'BEGIN { printf "%.1f", b - a }')
COPY_SECONDS=$(awk -v a="$START" -v b="$END" 'BEGIN { printf "%.2f", b - a }')
COPY_ROWS=$(psql -tA -d "$DB" -c "SELECT COUNT(*) FROM bench_copy")
COPY_RATE=$(awk -v n="$COPY_ROWS" -v s="$COPY_SECONDS" 'BEGIN { printf "%.0f", n / s }')
echo "  $COPY_ROWS rows in ${COPY_SECONDS}s: $COPY_RATE rows/s"
psql -q -d "$DB" -c "\d bench_copy" | grep -E "Indexes|btree" || true

echo
echo "=== ingest benchmark, N=$N ==="
printf "product bulk path : %10s rows/s  (%s records, %ss%s)\n" "$PRODUCT_RATE" "$ACCEPTED" "$SECONDS_TAKEN" \
  "$([ -n "$COLD_RATE" ] && echo ", after a $WARMUP-line warm-up batch" || echo ", fresh JVM")"
if [ -n "$COLD_RATE" ]; then
  printf "  cold JVM        : %10s rows/s  (the %s-line warm-up batch, JIT compiling; ratio %s)\n" "$COLD_RATE" "$WARMUP" \
    "$(awk -v p="$COLD_RATE" -v c="$COPY_RATE" 'BEGIN { printf "%.2f", p / c }')"
fi
printf "plain COPY        : %10s rows/s  (%s rows, %ss)\n" "$COPY_RATE" "$COPY_ROWS" "$COPY_SECONDS"
printf "CPU seconds       : product JVM %s (incl. start and warm-up) + PostgreSQL %s; reference PostgreSQL %s\n" "$JVM_CPU" "$PG_CPU" "$COPY_PG_CPU"
printf "ratio             : %10s  (goal >= 0.5)\n" "$(awk -v p="$PRODUCT_RATE" -v c="$COPY_RATE" 'BEGIN { printf "%.2f", p / c }')"
printf "memory (-Xmx%s) : peak RSS %s MB; heap %s\n" "$HEAP" "$RSS_MB" "$GC_PEAKS"

if [ "$MEMORY_CHECK" = 1 ]; then
  echo
  echo "=== flat memory: the same -Xmx$HEAP for 50,000 and 5,000,000 lines ==="
  for lines in 50000 5000000; do
    "$JAVA" bench/ingest/Generate.java records "$lines" "$SUBJECTS" "M$lines-" "$OUT/memory-$lines.csv"
    product "memory-$lines" "$OUT/memory-$lines.csv"
    printf "%9s lines: %s records in %ss, peak RSS %s MB; heap %s\n" "$lines" "$ACCEPTED" "$SECONDS_TAKEN" "$RSS_MB" "$GC_PEAKS"
    rm -f "$OUT/memory-$lines.csv"
  done
fi
