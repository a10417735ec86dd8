#!/usr/bin/env bash
# The image smoke test .ci/run runs: the image built from the release binary
# (the same code as the dist archive, without its LTO), run as an init
# container would run it, read-only:
#   - `--version` inside equals the binary's;
#   - `db check` on a SQLite database in a mounted volume, with no network;
#   - on a fresh PostgreSQL database: Langflow's own migration first
#     (`langflow migration --no-test`, from the interop venv), then `state apply`
#     of an AdminState and a Credentials document (a variable from an
#     environment variable, an API key written to a mounted folder) over the
#     host's loopback; Langflow's own code then reads the variable and accepts
#     the key;
#   - the key file is 0600 and owned by the image's user (65532), and the
#     container wrote nothing outside its mounts (`podman diff`).
# Needs FLOWADMIN_TEST_PG_URL (a server .ci/run starts) and the interop venv.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${FLOWADMIN_TEST_PG_URL:?start a server first: scripts/pg-test-server.sh start}"
start=$(date +%s)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
image="localhost/flowadmin:$version"
cargo build -q --locked --release --bin flowadmin
scripts/image.sh target/release/flowadmin
. scripts/podman-env.sh
python="$(tests/interop/setup.sh)"
work=$(mktemp -d)
db="smoke_$$"
cleanup() {
  podman rm -f "flowadmin-smoke-$$" >/dev/null 2>&1 || true
  psql -q "$FLOWADMIN_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

# 1. The same version inside as outside.
inside=$(podman run --rm --read-only --network none "$image" --version)
outside=$(target/release/flowadmin --version)
[ "$inside" = "$outside" ] || fail "--version inside is '$inside', outside '$outside'"
echo "ok: --version inside the image: $inside"

# 2. db check on a SQLite database in a volume, no network.
mkdir -p "$work/data"
cp tests/fixtures/langflow-1.13-rich.db "$work/data/langflow.db"
chown -R 65532:65532 "$work/data"
podman run --rm --read-only --network none -v "$work/data:/data" \
  -e LANGFLOW_SECRET_KEY="$(cat tests/fixtures/langflow-1.13-rich.secret_key)" \
  "$image" --db /data/langflow.db db check >/dev/null || fail "db check in the image"
echo "ok: db check on SQLite in a volume, --network none"

# 3. A fresh install: an empty database, Langflow's migration, then flowadmin.
psql -q "$FLOWADMIN_TEST_PG_URL" -c "CREATE DATABASE $db" >/dev/null
url="${FLOWADMIN_TEST_PG_URL%/*}/$db"
key="$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
if podman run --rm --read-only --network host -e LANGFLOW_DATABASE_URL="$url" "$image" db check 2>"$work/empty.err"; then
  fail "db check on an empty database succeeded"
fi
grep -q "langflow migration" "$work/empty.err" || fail "the empty database's error does not name the migration: $(cat "$work/empty.err")"
echo "ok: an empty database is refused with the order ($(head -c 80 "$work/empty.err")...)"
mkdir -p "$work/lfhome"
# The migration also makes the first superuser, as Langflow's start does
# (it needs LANGFLOW_SUPERUSER_PASSWORD while AUTO_LOGIN is off).
HOME="$work/lfhome" LANGFLOW_DATABASE_URL="$url" LANGFLOW_SECRET_KEY="$key" LANGFLOW_CONFIG_DIR="$work/lfhome" \
  LANGFLOW_SUPERUSER=admin LANGFLOW_SUPERUSER_PASSWORD=Smoke-Admin-Pw-1 DO_NOT_TRACK=true \
  "$(dirname "$python")/langflow" migration --no-test >"$work/migration.log" 2>&1 \
  || fail "langflow migration: $(tail -5 "$work/migration.log")"
echo "ok: Langflow's own migration made the schema and the superuser"
mkdir -p "$work/config" "$work/keys"
cat > "$work/config/admin.yaml" <<'YAML'
apiVersion: langflow.ai/v1
kind: AdminState
users:
  - username: admin
  - username: carol
    password_env: CAROL_PASSWORD
---
apiVersion: flowadmin/v1
kind: Credentials
variables:
  - {name: SMOKE_VAR, owner: carol, value_from: {env: SMOKE_VALUE}}
api_keys:
  - {name: smoke-key, owner: admin, write_to: /keys/smoke-key}
YAML
chown -R 65532:65532 "$work/keys"
podman run --name "flowadmin-smoke-$$" --read-only --network host \
  -v "$work/config:/config:ro" -v "$work/keys:/keys" \
  -e LANGFLOW_DATABASE_URL="$url" -e LANGFLOW_SECRET_KEY="$key" \
  -e CAROL_PASSWORD=Smoke-Carol-Pw-2 -e SMOKE_VALUE=smoke-secret-value \
  "$image" state apply /config/admin.yaml >"$work/apply.out" || fail "state apply: $(cat "$work/apply.out")"
echo "ok: state apply with an AdminState and a Credentials document, over the host's loopback"
# What podman itself adds (mount points, its /etc files, the tmpfs of
# --read-only) is not a write of flowadmin's; anything else would be (and
# would have failed on the read-only root).
changed=$(podman diff "flowadmin-smoke-$$" | awk '{print $2}' \
  | grep -v -x -E '/config|/keys|/etc|/etc/(hosts|resolv\.conf|hostname)|/var|/var/tmp|/tmp|/run|/run/\.containerenv|/dev/shm' || true)
[ -z "$changed" ] || fail "the container wrote outside its mounts: $changed"
echo "ok: nothing written outside the mounted folders"
stat=$(stat -c '%a %u' "$work/keys/smoke-key")
[ "$stat" = "600 65532" ] || fail "the key file is '$stat', not '600 65532'"
echo "ok: the key file is 0600 and the image user's"

# 4. Langflow's own code judges what the image wrote.
apikey=$(cat "$work/keys/smoke-key")
answer=$(printf '%s' "{\"database\": \"$url\", \"secret_key\": \"$key\", \"config_dir\": \"$work/lfhome\", \"checks\": [
  {\"op\": \"variable\", \"username\": \"carol\", \"name\": \"SMOKE_VAR\"},
  {\"op\": \"api_key\", \"key\": \"$apikey\"},
  {\"op\": \"login\", \"username\": \"carol\", \"password\": \"Smoke-Carol-Pw-2\"}]}" \
  | "$python" tests/interop/checker.py)
echo "$answer" | python3 -c '
import json, sys
r = json.load(sys.stdin)["results"]
assert r[0]["ok"] and r[0]["value"] == "smoke-secret-value", r[0]
assert r[1]["ok"] and r[1]["username"] == "admin", r[1]
assert r[2]["ok"] or "Waiting for approval" in r[2]["detail"], r[2]
' || fail "Langflow did not accept what the image wrote: $answer"
echo "ok: Langflow reads the variable and accepts the API key"
echo "== image smoke test passed in $(( $(date +%s) - start ))s (image: $(podman image inspect --format '{{.Size}}' "$image") bytes)"
