#!/usr/bin/env bash
# Reports benchmark: 10,000,000 messages over a year (bench/reports-data.sql, generate_series) into
# analytics' base table and roll-ups in a fresh PostgreSQL database, then the main report queries timed
# through the application's own Reports and WorkReports. Needs a PostgreSQL server (default: the local
# one on 127.0.0.1:5432, user postgres); the database BENCH_DB is dropped and created again.
set -euo pipefail
cd "$(dirname "$0")/.."

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-dandelion_bench_reports}
export PGHOST PGPORT PGUSER BENCH_DB
# the application runs with the test classes (for the benchmark's main): TestDatabaseInitializer then puts it
# into a schema of its own in this database, dropped when it stops; ReportsBenchmark runs the data script with
# psql in the server, database and schema its own connection reports (never the shell's PG* settings)
export DANDELION_TEST_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB"

./mvnw -q -B -ntp -DskipTests package
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

psql -q -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB"

java -Xmx1g -Dbench.runs="${RUNS:-5}" -Dbench.messages="${MESSAGES:-10000000}" \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  io.dandelion.bench.ReportsBenchmark \
  --dandelion.demo.enabled=false --dandelion.simulator.enabled=false \
  --logging.level.root=WARN --spring.main.banner-mode=off

psql -q -d postgres -c "drop database if exists $BENCH_DB"
