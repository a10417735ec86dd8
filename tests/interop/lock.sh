#!/usr/bin/env bash
# Re-resolves every interop and bench lock from its .in file (the packages and
# the pins that matter), with hashes, for Python 3.11 on x86_64 Linux. Run it
# on purpose, read the diff of cryptography and Langflow's pins, commit.
#   tests/interop/lock.sh [NAME...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
if [ ! -x "$cache/tools/bin/uv" ]; then
  mkdir -p "$cache"
  python3 -m venv "$cache/tools" >&2
  "$cache/tools/bin/pip" install -q "uv==0.13.10" >&2
fi
cd "$here/lock"
names=("$@")
[ ${#names[@]} -gt 0 ] || names=($(ls *.in | sed 's/\.in$//'))
for n in "${names[@]}"; do
  "$cache/tools/bin/uv" pip compile -q --generate-hashes --python-version 3.11 \
    --python-platform x86_64-unknown-linux-gnu \
    --custom-compile-command "tests/interop/lock.sh" "$n.in" -o "$n.txt"
  echo "$n: $(grep -E '^(cryptography|langflow-base|flowfile)==' "$n.txt" | sed 's/ .*//' | tr '\n' ' ')"
done
