#!/usr/bin/env bash
# A venv outside the source tree, installed once with uv from PyPI and
# reused while it is there; prints its python's path.
#   tests/interop/venv.sh NAME "PIP_SPEC [PIP_SPEC...]" PYTHON_IMPORT_CHECK
# Cache: ${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}/NAME
set -euo pipefail
name="$1" spec="$2" check="$3"
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
venv="$cache/$name"
if [ -f "$venv/.complete" ] && "$venv/bin/python" -c "$check" 2>/dev/null; then
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
read -r -a specs <<< "$spec"
VIRTUAL_ENV="$venv" "$cache/tools/bin/uv" pip install -q "${specs[@]}" >&2
touch "$venv/.complete"
echo "installed $spec in $(( $(date +%s) - start ))s ($(du -sh "$venv" | cut -f1))" >&2
echo "$venv/bin/python"
