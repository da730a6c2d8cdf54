#!/usr/bin/env bash
# Load benchmark: Dandelion as its own process (NODES=2: two processes on one database) on a fresh PostgreSQL
# database with the demo organisation and its polled simulator channels; RATE items/s of simulator traffic
# pushed through the REST ingest into the demo countries' accounts while AGENTS simulated agents (sessions,
# CSRF, forms, live streams) work their country's queue for DURATION seconds: list, take next, open, reply,
# resolve. Reports items/s, receipt -> queue, latency per operation, errors, heap and RSS; then, if STEPS is
# set (e.g. STEPS=20,40,80,160), raises the rate step by step (STEP_SECONDS each) until a p99 passes a second.
# With NODES=2 it also checks double assignment, live updates across nodes and that every poll was one node's.
# Needs a PostgreSQL server (default: the local one on 127.0.0.1:5432, user postgres); the database BENCH_DB is
# dropped and created again (never the test database).
set -euo pipefail
cd "$(dirname "$0")/.."

NODES=${NODES:-1}
AGENTS=${AGENTS:-200}
LIVE_AGENTS=${LIVE_AGENTS:-$AGENTS}
RATE=${RATE:-10}
DURATION=${DURATION:-600}
WARMUP=${WARMUP:-60}
STEPS=${STEPS:-}
STEP_SECONDS=${STEP_SECONDS:-90}
THINK_MS=${THINK_MS:-3000}
SIMULATOR_RATE=${SIMULATOR_RATE:-20}
APP_HEAP=${APP_HEAP:-1g}
POOL=${POOL:-20}
APP_PORT=${APP_PORT:-18100}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
BENCH_DB=${BENCH_DB:-dandelion_load}
export PGHOST PGPORT PGUSER
if [ "$BENCH_DB" = test ]; then echo "BENCH_DB must not be the test database" >&2; exit 2; fi

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
fi

psql -q -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB"
rm -f target/load-node-*.log

java -Xmx1g -Dbench.nodes="$NODES" -Dbench.agents="$AGENTS" -Dbench.live-agents="$LIVE_AGENTS" -Dbench.rate="$RATE" \
  -Dbench.duration="$DURATION" -Dbench.warmup="$WARMUP" -Dbench.steps="$STEPS" -Dbench.step-seconds="$STEP_SECONDS" -Dbench.think-ms="$THINK_MS" \
  -Dbench.simulator-rate="$SIMULATOR_RATE" -Dbench.heap="$APP_HEAP" -Dbench.pool="$POOL" -Dbench.port="$APP_PORT" \
  -Dbench.jar="$(ls target/dandelion-*.jar | grep -v plain | head -1)" \
  -Dbench.db="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" -Dbench.keys="load:$(head -c 32 /dev/urandom | base64)" \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  io.dandelion.bench.LoadBenchmark

if [ -z "${KEEP_DB:-}" ]; then psql -q -d postgres -c "drop database if exists $BENCH_DB"; fi
