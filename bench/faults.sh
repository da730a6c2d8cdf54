#!/usr/bin/env bash
# Fault benchmark: pushes ITEMS (default 20,000) simulator items through the REST ingest into Dandelion
# running as its own process on a private PostgreSQL, kills the application with SIGKILL a third of the way
# and restarts it, restarts PostgreSQL in immediate mode at two thirds, and checks that every item was
# stored exactly once and that the pipeline moderated every inbound message by itself.
# Needs PostgreSQL's server binaries (Debian: postgresql) and root (the server runs as the postgres user);
# it never touches the PostgreSQL on 5432.
set -euo pipefail
cd "$(dirname "$0")/.."

ITEMS=${ITEMS:-20000}
BATCH=${BATCH:-200}
SETTLE=${SETTLE:-10}
WORK=${WORK:-/tmp/dandelion-faults}
PGPORT=${FAULT_PGPORT:-55432}
APP_PORT=${APP_PORT:-18090}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
KEYS="bench:$(head -c 32 /dev/urandom | base64)"

as_postgres() { runuser -u postgres -- "$@"; }
rm -rf "$WORK" && mkdir -p "$WORK" && chown postgres "$WORK"
as_postgres "$PGBIN/initdb" -D "$WORK/pg" -A trust -U postgres > "$WORK/initdb.log"
PGOPTS="-p $PGPORT -k $WORK -c max_connections=100"
as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -o "$PGOPTS" -l "$WORK/pg.log" -w start > /dev/null
trap 'as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop > /dev/null 2>&1 || true' EXIT
as_postgres "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres dandelion

cat > "$WORK/restart-pg.sh" <<RESTART
#!/usr/bin/env bash
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -o "$PGOPTS" -l "$WORK/pg.log" -m immediate -w restart > /dev/null
RESTART
chmod +x "$WORK/restart-pg.sh"

./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
rm -f target/faults-app.log

java -Xmx768m -Dbench.items="$ITEMS" -Dbench.batch="$BATCH" -Dbench.port="$APP_PORT" -Dbench.settle-minutes="$SETTLE" \
  -Dbench.jar="$(ls target/dandelion-*.jar | grep -v plain | head -1)" \
  -Dbench.db="jdbc:postgresql://127.0.0.1:$PGPORT/dandelion" -Dbench.keys="$KEYS" \
  -Dbench.pg-restart="$WORK/restart-pg.sh" \
  -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  io.dandelion.bench.FaultBenchmark
