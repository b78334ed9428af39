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
#   RAW=false tools/benchmark/run.sh           # only the product (by default the raw engine replays the same cases)
#   SOAK=1 CASES=10000 SOAK_MINUTES=10 DATABASES=h2 tools/benchmark/run.sh   # soak: figures every minute, bounded
#
# Each run measures the product (the whole application) and then, on the same models and the same cases, the raw
# engine (RawEngineReplay: the engine's Java API only, every external task completed by a no-op handler with the
# product's recorded outcome); its last line sums both up:
#   summary: db=H2 steps_per_s=… raw_steps_per_s=… ratio=… p99_ms=… cpu_ms_per_step=… cases_per_min=…
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
SOAK="${SOAK:-}"
SOAK_MINUTES="${SOAK_MINUTES:-10}"
RAW="${RAW:-true}"
if [[ -n "$SOAK" ]]; then
  # 40 at a time for at most SOAK_MINUTES, then the cases in flight finish; no raw replay of 10,000 cases
  CONCURRENCY="${CONCURRENCY_SOAK:-40}"
  TIMEOUT_SECONDS=$(( SOAK_MINUTES * 60 + 300 ))
  RAW=false
fi
MVN=(./mvnw -q -B)
if [[ -n "${OFFLINE:-}" ]]; then MVN+=(-o); fi

# shellcheck source=tools/benchmark/lib.sh
source tools/benchmark/lib.sh
compile_and_classpath

bench() {
  # shellcheck disable=SC2086
  java $BENCH_JAVA_OPTS \
    -Dcases="$CASES" -Dwarmup="$WARMUP" -Dconcurrency="$CONCURRENCY" -Dpeople="$PEOPLE" \
    -DtimeoutSeconds="$TIMEOUT_SECONDS" -Dresults=target/benchmark-results.md -Draw="$RAW" \
    ${SOAK:+-Dsoak=true -DsoakMinutes="$SOAK_MINUTES"} \
    -cp "$CP" cn.court.crossexec.benchmark.CaseThroughputBenchmark "$@"
}

run_on_databases
