#!/usr/bin/env bash
# Ingest benchmark: COPYs ITEMS rows (default 1,000,000) of the traffic simulator into a table shaped
# like message on an idle server, then pushes the same items through the REST ingest (signed NDJSON
# over HTTP) into a fresh PostgreSQL database, and prints both rates and the peak resident memory.
# Needs a PostgreSQL server (default: the local one on 127.0.0.1:5432, user postgres); the database BENCH_DB
# is dropped and created again.
set -euo pipefail
cd "$(dirname "$0")/.."

ITEMS=${ITEMS:-1000000}
THREADS=${THREADS:-4}
BATCH=${BATCH:-1000}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-dandelion_bench}
export PGHOST PGPORT PGUSER

./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

psql -q -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB"

java -Xmx1g -XX:+UseParallelGC \
  -Dbench.items="$ITEMS" -Dbench.threads="$THREADS" -Dbench.batch="$BATCH" \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  io.dandelion.bench.IngestBenchmark \
  --dandelion.db.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" --dandelion.db.user="$PGUSER" \
  --dandelion.demo.enabled=false --dandelion.simulator.enabled=false \
  --logging.level.root=WARN --spring.main.banner-mode=off

psql -q -d postgres -c "drop database if exists $BENCH_DB"
