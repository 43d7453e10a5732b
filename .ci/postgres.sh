#!/usr/bin/env bash
# Installs and starts a local PostgreSQL server for the event store tests, creates a user and a database,
# and exports VIGIL_TEST_POSTGRES (the connection string the tests read). Meant to be sourced by .ci/run;
# also works when run directly (then it prints the export line to paste).
set -euo pipefail

VIGIL_PG_USER=${VIGIL_PG_USER:-vigil}
VIGIL_PG_PASSWORD=${VIGIL_PG_PASSWORD:-vigil}
VIGIL_PG_DATABASE=${VIGIL_PG_DATABASE:-vigil_test}
VIGIL_PG_PORT=${VIGIL_PG_PORT:-5432}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${pg_version} main$"; then
  pg_createcluster "$pg_version" main --port "$VIGIL_PG_PORT" >/dev/null
fi
pg_ctlcluster "$pg_version" main start 2>/dev/null || true

for _ in $(seq 1 30); do
  if pg_isready -q -h 127.0.0.1 -p "$VIGIL_PG_PORT"; then break; fi
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$VIGIL_PG_PORT"

as_postgres() { su postgres -c "$1"; }
as_postgres "psql -q -p $VIGIL_PG_PORT -tc \"SELECT 1 FROM pg_roles WHERE rolname = '$VIGIL_PG_USER'\" | grep -q 1 || psql -q -p $VIGIL_PG_PORT -c \"CREATE ROLE $VIGIL_PG_USER LOGIN PASSWORD '$VIGIL_PG_PASSWORD'\""
as_postgres "psql -q -p $VIGIL_PG_PORT -tc \"SELECT 1 FROM pg_database WHERE datname = '$VIGIL_PG_DATABASE'\" | grep -q 1 || createdb -p $VIGIL_PG_PORT -O $VIGIL_PG_USER $VIGIL_PG_DATABASE"

export VIGIL_TEST_POSTGRES="Host=127.0.0.1;Port=$VIGIL_PG_PORT;Database=$VIGIL_PG_DATABASE;Username=$VIGIL_PG_USER;Password=$VIGIL_PG_PASSWORD"
echo "PostgreSQL $pg_version ready: VIGIL_TEST_POSTGRES=$VIGIL_TEST_POSTGRES"
