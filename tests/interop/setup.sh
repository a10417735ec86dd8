#!/usr/bin/env bash
# Installs langflow-base==$LANGFLOW_VERSION from PyPI into a venv outside the
# source tree, reused while it is there, and prints its python's path.
# Cache: ${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}/langflow-base-<version>
# First run: about 1.5 GB of disk; the install uses uv (from PyPI) because pip's
# resolver backtracks for many minutes on Langflow's dependency tree.
set -euo pipefail
version="${LANGFLOW_VERSION:-1.13.0}"
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
# With the `postgresql` extra (psycopg), so Langflow's own code can judge
# flowadmin's writes on PostgreSQL too; the name keys the cache on both.
venv="$cache/langflow-base-$version-postgresql"
if [ -f "$venv/.complete" ] && "$venv/bin/python" -c "import langflow, psycopg" 2>/dev/null; then
  echo "$venv/bin/python"
  exit 0
fi
mkdir -p "$cache"
if [ ! -x "$cache/tools/bin/uv" ]; then
  python3 -m venv "$cache/tools" >&2
  "$cache/tools/bin/pip" install -q uv >&2
fi
rm -rf "$venv"
start=$(date +%s)
"$cache/tools/bin/uv" venv -q -p python3 "$venv" >&2
VIRTUAL_ENV="$venv" "$cache/tools/bin/uv" pip install -q "langflow-base[postgresql]==$version" >&2
touch "$venv/.complete"
echo "installed langflow-base $version in $(( $(date +%s) - start ))s ($(du -sh "$venv" | cut -f1))" >&2
echo "$venv/bin/python"
