#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 cluster on 127.0.0.1:$PG_PORT, then removes it.
# The server binaries ship with the machine image; initdb refuses root, so the cluster runs as `postgres`.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-5439}
dir=$(mktemp -d /tmp/uqpay-pg.XXXXXX)
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
stop() { as_pg "$PGBIN/pg_ctl -D $dir/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap stop EXIT
as_pg "$PGBIN/initdb -D $dir/data -A trust -U postgres --no-sync" >/dev/null
as_pg "$PGBIN/pg_ctl -D $dir/data -o '-p $PG_PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200' -l $dir/server.log -w start" >/dev/null
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc 'create database console' >/dev/null
echo "[with-postgres] PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
export PG_SERVER_URL="postgres://postgres@127.0.0.1:$PG_PORT"
"$@"
