#!/usr/bin/env bash
# Distribution plan benchmark (see src/test/java/cn/court/crossexec/benchmark/DistributionPlanBenchmark.java):
# compiles the test classes once, then computes and stores a plan for one case's 10,000 claims on H2 (in memory) and,
# when PostgreSQL answers on 127.0.0.1:5432, on its database "test" as user "postgres" (schema public is dropped and
# recreated first, as run.sh does). Prints the figures and appends them to target/benchmark-results.md.
# Not part of ./mvnw verify.
#
#   tools/benchmark/distribution-plan.sh                      # 10,000 claims, 20 repetitions after 5 warm-up
#   CLAIMS=50000 REPETITIONS=10 tools/benchmark/distribution-plan.sh
#   DATABASES=h2 tools/benchmark/distribution-plan.sh         # only H2 (or DATABASES=postgresql)
#   OFFLINE=1 tools/benchmark/distribution-plan.sh            # Maven offline (-o)
#
# Further settings (environment): WARMUP (5), BENCH_JAVA_OPTS (-Xms256m -Xmx512m),
# PGHOST/PGPORT/PGDATABASE/PGUSER (127.0.0.1/5432/test/postgres), PGURL_OPTIONS (e.g. ?reWriteBatchedInserts=true).
set -euo pipefail
cd "$(dirname "$0")/../.."

CLAIMS="${CLAIMS:-10000}"
WARMUP="${WARMUP:-5}"
REPETITIONS="${REPETITIONS:-20}"
DATABASES="${DATABASES:-h2 postgresql}"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms256m -Xmx512m}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGDATABASE="${PGDATABASE:-test}"
PGUSER="${PGUSER:-postgres}"
PGURL_OPTIONS="${PGURL_OPTIONS:-}"
MVN=(./mvnw -q -B)
if [[ -n "${OFFLINE:-}" ]]; then MVN+=(-o); fi

echo "=== Compiling (main and test classes) and resolving the test classpath ==="
"${MVN[@]}" test-compile
"${MVN[@]}" dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.cp)"

bench() {
  # shellcheck disable=SC2086
  java $BENCH_JAVA_OPTS -Dclaims="$CLAIMS" -Dwarmup="$WARMUP" -Drepetitions="$REPETITIONS" \
    -Dresults=target/benchmark-results.md \
    -cp "$CP" cn.court.crossexec.benchmark.DistributionPlanBenchmark
}

status=0
for db in $DATABASES; do
  case "$db" in
    h2)
      echo; echo "=== H2 (in memory) ==="
      (unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD; bench) || status=1
      ;;
    postgresql|postgres|pg)
      echo; echo "=== PostgreSQL ($PGHOST:$PGPORT/$PGDATABASE) ==="
      if ! command -v pg_isready >/dev/null || ! pg_isready -h "$PGHOST" -p "$PGPORT" -q; then
        echo "PostgreSQL does not answer on $PGHOST:$PGPORT: skipped"
        continue
      fi
      # never pull the schema from under someone else's run (e.g. the integration tests on PostgreSQL)
      others=$(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PGDATABASE" -Atq -c \
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
      if [[ "$others" != "0" ]]; then
        echo "$others other session(s) use database $PGDATABASE: not dropping its schema, PostgreSQL skipped"
        status=1
        continue
      fi
      PGOPTIONS='--client-min-messages=warning' psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PGDATABASE" -q \
        -c 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;'
      SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE$PGURL_OPTIONS" \
      SPRING_DATASOURCE_USERNAME="$PGUSER" \
      SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
        bench || status=1
      ;;
    *) echo "unknown database '$db' (h2 or postgresql)"; status=1 ;;
  esac
done
echo
echo "Figures appended to target/benchmark-results.md"
exit $status
