#!/usr/bin/env bash
# Starts a private PostgreSQL cluster for the tests (no system service): initdb into a fresh folder, listen on
# 127.0.0.1 at a free port, password login for a created user. Prints the connection string on stdout;
# `source <(bash scripts/start-test-postgres.sh --export)` sets PORTFOLIO_TEST_POSTGRES for the tests.
# Stop it with: bash scripts/start-test-postgres.sh --stop [--remove]  (--remove deletes the cluster's folder)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${PORTFOLIO_TEST_PG_DIR:-/tmp/portfolio-test-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || bash scripts/ensure-os-packages.sh postgresql >&2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
# initdb refuses to run as root: run the server as the postgres user (created by the Debian package).
as=""
if [ "$(id -u)" -eq 0 ]; then as="runuser -u postgres --"; fi

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$dir/data/postmaster.pid" ]; then $as "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true; fi
  if [ "${2:-}" = "--remove" ]; then rm -rf "$dir"; fi
  exit 0
fi

password=portfolio-test
if [ -f "$dir/port" ] && $as "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  port=$(cat "$dir/port")
else
  [ -f "$dir/data/postmaster.pid" ] && { $as "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; }
  rm -rf "$dir"; mkdir -p "$dir"
  [ -n "$as" ] && chown postgres: "$dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  pwfile=$(mktemp); echo "$password" > "$pwfile"; chmod 644 "$pwfile"
  $as "$bin/initdb" -D "$dir/data" -U portfolio --pwfile="$pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  $as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=50 -c fsync=off" start >/dev/null
  echo "$port" > "$dir/port"
fi
cs="Host=127.0.0.1;Port=$port;Username=portfolio;Password=$password;Database=postgres"
if [ "${1:-}" = "--export" ]; then
  echo "export PORTFOLIO_TEST_POSTGRES='$cs'"
  echo "export PORTFOLIO_TEST_PG_BIN='$bin' PORTFOLIO_TEST_PG_DATA='$dir/data'"
else
  echo "$cs"
fi
