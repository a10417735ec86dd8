#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests (the recipe in tests/fixtures/postgres/README.md):
# a cluster run by the `postgres` user (PostgreSQL refuses root) in a temp folder, on
# 127.0.0.1 and a private socket, server time zone Asia/Kolkata on purpose (flowadmin
# must write UTC whatever the server's zone). Installs Debian's postgresql when missing.
#
#   scripts/pg-test-server.sh start   prints FLOWADMIN_TEST_PG_URL=... and FLOWADMIN_TEST_PG_DIR=...
#   scripts/pg-test-server.sh stop DIR
set -euo pipefail
case "${1:-}" in
start)
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || ! id postgres >/dev/null 2>&1; then
    echo "== installing postgresql (Debian packages)" >&2
    apt-get update -qq >/dev/null && apt-get install -y -qq postgresql postgresql-client >/dev/null
  fi
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/flowadmin-pg.XXXXXX")
  chmod 711 "$dir" && mkdir "$dir/pg" && chown postgres: "$dir/pg"
  # A free port: ask the kernel for one.
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
  printf '%s' "$password" > "$dir/pg/pw" && chown postgres: "$dir/pg/pw" && chmod 600 "$dir/pg/pw"
  runuser -u postgres -- "$pgbin/initdb" -D "$dir/pg/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/pg/pw" >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/pg -c timezone=Asia/Kolkata -c max_connections=200" \
    start >/dev/null
  echo "FLOWADMIN_TEST_PG_URL=postgresql://postgres:$password@127.0.0.1:$port/postgres"
  echo "FLOWADMIN_TEST_PG_DIR=$dir"
  ;;
stop)
  dir=${2:?the folder start printed}
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ -f "$dir/pg/data/postmaster.pid" ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start | stop DIR" >&2
  exit 2
  ;;
esac
