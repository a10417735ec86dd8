#!/usr/bin/env bash
# A venv outside the source tree, installed once with uv from a committed lock
# (tests/interop/lock/NAME.txt, every package pinned with its hashes) and
# reused while it is there; prints its python's path.
#   tests/interop/venv.sh NAME PYTHON_IMPORT_CHECK
# Cache: ${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}/NAME-<lock hash>,
# so a changed lock installs a new venv (and the old one is removed).
set -euo pipefail
name="$1" check="$2"
here="$(cd "$(dirname "$0")" && pwd)"
lock="$here/lock/$name.txt"
[ -f "$lock" ] || { echo "error: no lock $lock (tests/interop/lock.sh makes it)" >&2; exit 2; }
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
hash=$(sha256sum "$lock" | cut -c1-12)
venv="$cache/$name-$hash"
if [ -f "$venv/.complete" ] && "$venv/bin/python" -c "$check" 2>/dev/null; then
  echo "$venv/bin/python"
  exit 0
fi
mkdir -p "$cache"
# One installer at a time per cache: two test runs racing on one venv break both.
exec 9>"$cache/.lock-$name"
flock 9
if [ -f "$venv/.complete" ] && "$venv/bin/python" -c "$check" 2>/dev/null; then
  echo "$venv/bin/python"
  exit 0
fi
if [ ! -x "$cache/tools/bin/uv" ]; then
  python3 -m venv "$cache/tools" >&2
  "$cache/tools/bin/pip" install -q "uv==0.13.10" >&2
fi
for old in "$cache/$name"-*; do
  [ "$old" = "$venv" ] || [ ! -d "$old" ] || rm -rf "$old"
done
rm -rf "$venv"
start=$(date +%s)
# The locks are made for Python 3.11 (the machine's); uv may not download another.
"$cache/tools/bin/uv" venv -q --python-preference only-system -p 3.11 "$venv" >&2
VIRTUAL_ENV="$venv" "$cache/tools/bin/uv" pip sync -q --require-hashes "$lock" >&2
"$venv/bin/python" -c "$check"
touch "$venv/.complete"
echo "installed $name from $lock in $(( $(date +%s) - start ))s ($(du -sh "$venv" | cut -f1))" >&2
echo "$venv/bin/python"
