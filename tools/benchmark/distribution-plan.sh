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

# shellcheck source=tools/benchmark/lib.sh
source tools/benchmark/lib.sh
compile_and_classpath

bench() {
  # shellcheck disable=SC2086
  java $BENCH_JAVA_OPTS -Dclaims="$CLAIMS" -Dwarmup="$WARMUP" -Drepetitions="$REPETITIONS" \
    -Dresults=target/benchmark-results.md \
    -cp "$CP" cn.court.crossexec.benchmark.DistributionPlanBenchmark
}

run_on_databases
