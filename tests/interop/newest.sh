#!/usr/bin/env bash
# Non-blocking (not in .ci/run): the interop suite against the NEWEST
# langflow-base[postgresql], flowfile and cryptography the registry serves
# today, unpinned, so a new release (a new cryptography Fernet, a new Langflow
# schema) is seen before users upgrade into it. Prints the versions resolved.
#   tests/interop/newest.sh                  the Fernet and key differential
#   tests/interop/newest.sh --suite [FILTER] the whole interop suite
# The venvs live in the cache as newest-langflow / newest-flowfile and are
# rebuilt on every run (that is the point).
set -euo pipefail
cd "$(dirname "$0")/../.."
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
mkdir -p "$cache"
if [ ! -x "$cache/tools/bin/uv" ]; then
  python3 -m venv "$cache/tools" >&2
  "$cache/tools/bin/pip" install -q "uv==0.13.10" >&2
fi
uv="$cache/tools/bin/uv"
fresh() { # NAME SPEC...
  local venv="$cache/$1"; shift
  rm -rf "$venv"
  "$uv" venv -q --python-preference only-system -p 3.11 "$venv" >&2
  VIRTUAL_ENV="$venv" "$uv" pip install -q --upgrade "$@" >&2
  echo "$venv/bin/python"
}
lf=$(fresh newest-langflow "langflow-base[postgresql]" cryptography)
ff=$(fresh newest-flowfile flowfile)
versions() { "$1" -c 'import importlib.metadata as m, sys; print(" ".join(f"{p}=={m.version(p)}" for p in sys.argv[1:]))' "${@:2}"; }
echo "== newest: $(versions "$lf" langflow-base cryptography) | $(versions "$ff" flowfile cryptography)"
export FLOWADMIN_INTEROP_PYTHON="$lf" FLOWADMIN_FLOWFILE_PYTHON="$ff"
FLOWADMIN_BUNDLE_PYTHON="$(tests/interop/setup-bundle.sh)"
export FLOWADMIN_BUNDLE_PYTHON
if [ "${1:-}" = "--suite" ]; then
  shift
  exec cargo test --locked --features interop --test interop -- "$@"
fi
exec cargo test --locked --features interop --test interop -- \
  fernet_tokens_are_judged secret_keys_are_derived_as_langflow_derives_them
