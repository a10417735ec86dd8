#!/usr/bin/env bash
# Installs flowfile==$FLOWFILE_VERSION from PyPI into a venv outside the
# source tree, reused while it is there, and prints its python's path.
# Cache: ${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}/flowfile-<version>
set -euo pipefail
version="${FLOWFILE_VERSION:-0.23.3}"
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
venv="$cache/flowfile-$version"
if [ -f "$venv/.complete" ] && "$venv/bin/python" -c "import flowfile_core" 2>/dev/null; then
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
VIRTUAL_ENV="$venv" "$cache/tools/bin/uv" pip install -q "flowfile==$version" >&2
touch "$venv/.complete"
echo "installed flowfile $version in $(( $(date +%s) - start ))s ($(du -sh "$venv" | cut -f1))" >&2
echo "$venv/bin/python"
