#!/usr/bin/env bash
# flowadmin's main job, end to end, on a scratch database it makes itself:
# a generated key in an env file, a superuser, an API key minted and shown,
# a credential set and read back, a key rotation, and a check that every
# stored secret opens with the new key, then the audit (doctor). Touches
# nothing outside a temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."
# The first run compiles flowadmin (several minutes on a small machine):
# say so, and let cargo show its progress.
if [ ! -x target/release/flowadmin ]; then
  echo "== building flowadmin (release) first: the first build takes several minutes" >&2
fi
cargo build --release --locked
fa="$PWD/target/release/flowadmin"
demo=$(mktemp -d "${TMPDIR:-/tmp}/flowadmin-demo.XXXXXX")
trap 'rm -rf "$demo"' EXIT
# Only the demo's own settings: nothing from the caller's Langflow setup.
unset LANGFLOW_SECRET_KEY LANGFLOW_SUPERUSER LANGFLOW_SUPERUSER_PASSWORD LANGFLOW_SUPERUSER_TOKEN
export LANGFLOW_CONFIG_DIR="$demo/config"
export LANGFLOW_DATABASE_URL="sqlite:///$demo/langflow.db"
password="demo-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

step() { printf '\n\033[1m$ flowadmin %s\033[0m\n' "$*"; }

step db init "$demo/langflow.db"
"$fa" -q db init "$demo/langflow.db"

# The key as production keeps it: LANGFLOW_SECRET_KEY in an env file (here
# the demo's own; a rotation rewrites its line), not only in the config dir.
step "secret-key generate > langflow.env"
"$fa" secret-key generate > "$demo/langflow.env"
chmod 600 "$demo/langflow.env"
export FLOWADMIN_ENV_FILE="$demo/langflow.env"

step superuser --username admin --password-stdin
printf '%s' "$password" | "$fa" superuser --username admin --password-stdin
# The superuser exists: close the command-line door, as doctor advises.
echo "LANGFLOW_ENABLE_SUPERUSER_CLI=false" >> "$demo/langflow.env"

step api-key create --user admin --password-stdin --name demo
printf '%s' "$password" | "$fa" api-key create --user admin --password-stdin --name demo

step variable set OPENAI_API_KEY --user admin
printf 'sk-demo-openai-credential' | "$fa" variable set OPENAI_API_KEY --user admin

step variable get OPENAI_API_KEY --user admin
"$fa" variable get OPENAI_API_KEY --user admin

step secret-key rotate
"$fa" secret-key rotate

step db check
"$fa" db check

step variable get OPENAI_API_KEY --user admin
"$fa" variable get OPENAI_API_KEY --user admin

step doctor --fail-on never
"$fa" doctor --fail-on never
