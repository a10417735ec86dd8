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
  # TLS too, with a throwaway certificate for "localhost" (the TLS tests
  # connect with sslmode=verify-full against it); none without openssl.
  ssl=""
  if command -v openssl >/dev/null 2>&1; then
    # A CA, and the server's certificate signed by it (webpki refuses a
    # self-signed certificate as the server's own).
    openssl req -new -x509 -days 2 -nodes -subj "/CN=flowadmin test CA" \
      -keyout "$dir/pg/ca.key" -out "$dir/pg/ca.crt" >/dev/null 2>&1
    openssl req -new -nodes -subj "/CN=localhost" \
      -keyout "$dir/pg/server.key" -out "$dir/pg/server.csr" >/dev/null 2>&1
    printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n' > "$dir/pg/ext.cnf"
    openssl x509 -req -days 2 -in "$dir/pg/server.csr" -CA "$dir/pg/ca.crt" -CAkey "$dir/pg/ca.key" \
      -CAcreateserial -extfile "$dir/pg/ext.cnf" -out "$dir/pg/server.crt" >/dev/null 2>&1
    chown postgres: "$dir/pg/server.key" "$dir/pg/server.crt" && chmod 600 "$dir/pg/server.key"
    ssl="-c ssl=on -c ssl_cert_file=$dir/pg/server.crt -c ssl_key_file=$dir/pg/server.key"
  fi
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/pg -c timezone=Asia/Kolkata -c max_connections=200 $ssl" \
    start >/dev/null
  echo "FLOWADMIN_TEST_PG_URL=postgresql://postgres:$password@127.0.0.1:$port/postgres"
  echo "FLOWADMIN_TEST_PG_DIR=$dir"
  [ -z "$ssl" ] || echo "FLOWADMIN_TEST_PG_CA=$dir/pg/ca.crt"
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
