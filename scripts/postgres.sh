#!/usr/bin/env bash
# A throwaway local PostgreSQL server for NeedScout's storage tests and local runs.
#
#   scripts/postgres.sh start   install (Debian package) if missing, initdb once, start, print URL
#   scripts/postgres.sh url     print the URL of the running server
#   scripts/postgres.sh stop    stop the server (the cluster stays under var/pg for next time)
#
# The cluster lives under var/pg (NEEDSCOUT_PG_DIR overrides; see set_paths for a checkout the
# postgres user cannot enter), listens on 127.0.0.1 only,
# on a free port chosen once and remembered, with a generated password (0600 file).
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

set_paths() {
  # Called after ensure_installed: as root the server runs as `postgres`, which cannot enter a
  # checkout under a private directory (`mktemp -d` makes it 0700). Then the cluster lives in
  # /var/tmp under a name derived from the checkout path, so it is still found next time.
  PGDIR="${NEEDSCOUT_PG_DIR:-$ROOT/var/pg}"
  if [ -z "${NEEDSCOUT_PG_DIR:-}" ] && [ "$(id -u)" = "0" ] && ! (cd / && runuser -u postgres -- test -x "$ROOT") 2>/dev/null; then
    PGDIR="/var/tmp/needscout-pg-$(printf %s "$ROOT" | sha1sum | cut -c1-12)"
  fi
  DATA="$PGDIR/data"
  RUN="$PGDIR/run"
  LOG="$PGDIR/server.log"
  PORT_FILE="$PGDIR/port"
  PASS_FILE="$PGDIR/password"
}
DB_USER="needscout"
DB_NAME="needscout"

find_bin() {
  local name="$1" found
  if found="$(command -v "$name" 2>/dev/null)"; then echo "$found"; return 0; fi
  found="$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$found" ] && { echo "$found"; return 0; }
  return 1
}

ensure_installed() {
  if ! find_bin initdb >/dev/null || ! find_bin pg_ctl >/dev/null; then
    echo "postgres.sh: installing PostgreSQL (Debian package)" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  INITDB="$(find_bin initdb)"
  PG_CTL="$(find_bin pg_ctl)"
  PSQL="$(find_bin psql)"
  set_paths
}

as_owner() {
  # Run a command as the cluster's owner: `postgres` when we are root.
  # (from /: the postgres user may not be allowed into the current directory)
  if [ "$(id -u)" = "0" ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

free_port() {
  python3 - <<'PY'
import socket
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
PY
}

url() {
  echo "postgresql://$DB_USER:$(cat "$PASS_FILE")@127.0.0.1:$(cat "$PORT_FILE")/$DB_NAME"
}

running() {
  [ -f "$DATA/PG_VERSION" ] && as_owner "$PG_CTL" -D "$DATA" status >/dev/null 2>&1
}

init_cluster() {
  mkdir -p "$PGDIR" "$RUN"
  [ -f "$PORT_FILE" ] || free_port >"$PORT_FILE"
  if [ ! -f "$PASS_FILE" ]; then
    (umask 077; python3 -c 'import secrets; print(secrets.token_hex(16))' >"$PASS_FILE")
  fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    local pwfile="$RUN/initdb.pw"
    cp "$PASS_FILE" "$pwfile"
    if [ "$(id -u)" = "0" ]; then chown -R postgres: "$PGDIR"; chown root: "$PASS_FILE" "$PORT_FILE"; chmod 0600 "$PASS_FILE"; fi
    chmod 0600 "$pwfile"; [ "$(id -u)" = "0" ] && chown postgres: "$pwfile"
    as_owner "$INITDB" -D "$DATA" -U "$DB_USER" --pwfile="$pwfile" \
      --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --no-instructions >/dev/null
    rm -f "$pwfile"
  fi
  if [ "$(id -u)" = "0" ]; then chown postgres: "$RUN" "$PGDIR"; touch "$LOG"; chown postgres: "$LOG"; fi
}

start() {
  ensure_installed
  init_cluster
  if ! running; then
    as_owner "$PG_CTL" -D "$DATA" -l "$LOG" -w -t 60 \
      -o "-p $(cat "$PORT_FILE") -k $RUN -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
  fi
  export PGPASSWORD="$(cat "$PASS_FILE")"
  local exists
  exists="$("$PSQL" -h 127.0.0.1 -p "$(cat "$PORT_FILE")" -U "$DB_USER" -d postgres -Atc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")"
  if [ "$exists" != "1" ]; then
    "$PSQL" -h 127.0.0.1 -p "$(cat "$PORT_FILE")" -U "$DB_USER" -d postgres -qc "CREATE DATABASE $DB_NAME" >/dev/null
  fi
  url
}

stop() {
  ensure_installed
  if running; then as_owner "$PG_CTL" -D "$DATA" -m fast -w stop >/dev/null; fi
  echo "postgres.sh: stopped" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url)
    ensure_installed
    if running; then url; else echo "postgres.sh: not running (run: scripts/postgres.sh start)" >&2; exit 1; fi ;;
  *) echo "usage: scripts/postgres.sh start|stop|url" >&2; exit 2 ;;
esac
