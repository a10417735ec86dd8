#!/usr/bin/env bash
# flowadmin's main job, end to end, on a scratch database it makes itself:
# a generated key in an env file, a superuser, an API key minted and shown,
# a credential set and read back, a key rotation, and a check that every
# stored secret opens with the new key; then administration as code (an
# AdminState and a Credentials manifest applied in one transaction, and a
# diff that finds no drift), then the audit (doctor). Touches nothing
# outside a temp folder.
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

# Administration as code, as an init container runs it: Langflow's AdminState
# (a new user, her password from the environment) and flowadmin's Credentials
# (a variable from the environment, an API key written to a file), one
# transaction; then the diff finds nothing left to do.
mkdir -p "$demo/keys"
cat > "$demo/admin.yaml" <<'YAML'
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
  - {name: OPENAI_API_KEY, owner: carol, value_from: {env: CAROL_OPENAI_KEY}}
api_keys:
  - {name: ci-deploy, owner: admin, write_to: KEYS/ci-deploy}
YAML
sed -i "s|KEYS/|$demo/keys/|" "$demo/admin.yaml"
export CAROL_PASSWORD="carol-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export CAROL_OPENAI_KEY="sk-demo-carol-credential"

step state apply admin.yaml
"$fa" state apply "$demo/admin.yaml"
echo "(the new API key is in $demo/keys/ci-deploy, mode $(stat -c %a "$demo/keys/ci-deploy"); it is never printed)"

step state diff admin.yaml
"$fa" state diff "$demo/admin.yaml"

step variable get OPENAI_API_KEY --user carol
"$fa" variable get OPENAI_API_KEY --user carol

step doctor --fail-on never
"$fa" doctor --fail-on never
