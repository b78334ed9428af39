#!/usr/bin/env bash
# Case throughput benchmark (see src/test/java/cn/court/crossexec/benchmark/CaseThroughputBenchmark.java):
# compiles the test classes once, then drives complete cases through the whole application on H2 (in memory) and,
# when PostgreSQL answers on 127.0.0.1:5432, on its database "test" as user "postgres" (schema public is dropped
# and recreated first, as .ci/run does). Prints the figures and appends them to target/benchmark-results.md.
# Not part of ./mvnw verify.
#
#   tools/benchmark/run.sh                     # 40 cases (+3 warm-up) on H2, then on PostgreSQL
#   CASES=100 CONCURRENCY=20 tools/benchmark/run.sh
#   DATABASES=h2 tools/benchmark/run.sh        # only H2 (or DATABASES=postgresql)
#   OFFLINE=1 tools/benchmark/run.sh           # Maven offline (-o), once the dependencies are in ~/.m2
#
# Further settings (environment): WARMUP (3), PEOPLE (threads playing the people, 4), TIMEOUT_SECONDS (600),
# BENCH_JAVA_OPTS (-Xms512m -Xmx1g), PGHOST/PGPORT/PGDATABASE/PGUSER (127.0.0.1/5432/test/postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."

CASES="${CASES:-40}"
WARMUP="${WARMUP:-3}"
CONCURRENCY="${CONCURRENCY:-$CASES}"
PEOPLE="${PEOPLE:-4}"
TIMEOUT_SECONDS="${TIMEOUT_SECONDS:-600}"
DATABASES="${DATABASES:-h2 postgresql}"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms512m -Xmx1g}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGDATABASE="${PGDATABASE:-test}"
PGUSER="${PGUSER:-postgres}"
MVN=(./mvnw -q -B)
if [[ -n "${OFFLINE:-}" ]]; then MVN+=(-o); fi

echo "=== Compiling (main and test classes) and resolving the test classpath ==="
"${MVN[@]}" test-compile
"${MVN[@]}" dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.cp)"

bench() {
  # shellcheck disable=SC2086
  java $BENCH_JAVA_OPTS \
    -Dcases="$CASES" -Dwarmup="$WARMUP" -Dconcurrency="$CONCURRENCY" -Dpeople="$PEOPLE" \
    -DtimeoutSeconds="$TIMEOUT_SECONDS" -Dresults=target/benchmark-results.md \
    -cp "$CP" cn.court.crossexec.benchmark.CaseThroughputBenchmark "$@"
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
      SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" \
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
