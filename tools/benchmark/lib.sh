# What the benchmark scripts share (sourced, not run): compiling once, the test classpath, and running the
# script's `bench` function on H2 (in memory) and on PostgreSQL — where a fresh schema is made first, but never under
# another session's feet. Expects DATABASES, PGHOST, PGPORT, PGDATABASE, PGUSER, MVN and a `bench` function;
# PGURL_OPTIONS (e.g. ?reWriteBatchedInserts=true) is appended to the JDBC URL.

compile_and_classpath() {
  echo "=== Compiling (main and test classes) and resolving the test classpath ==="
  "${MVN[@]}" test-compile
  "${MVN[@]}" dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
  CP="target/test-classes:target/classes:$(cat target/bench.cp)"
}

run_on_databases() {
  local status=0 db others
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
        SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE${PGURL_OPTIONS:-}" \
        SPRING_DATASOURCE_USERNAME="$PGUSER" \
        SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
          bench || status=1
        ;;
      *) echo "unknown database '$db' (h2 or postgresql)"; status=1 ;;
    esac
  done
  echo
  echo "Figures appended to target/benchmark-results.md"
  return $status
}
