#!/usr/bin/env bash
# The interop suite alone: installs Langflow and Flowfile into cached venvs
# (first time only), then runs tests/interop.rs against them.
set -euo pipefail
cd "$(dirname "$0")/../.."
python="$(tests/interop/setup.sh)"
export FLOWADMIN_INTEROP_PYTHON="$python"
FLOWADMIN_FLOWFILE_PYTHON="$(tests/interop/setup-flowfile.sh)"
FLOWADMIN_BUNDLE_PYTHON="$(tests/interop/setup-bundle.sh)"
export FLOWADMIN_BUNDLE_PYTHON
export FLOWADMIN_FLOWFILE_PYTHON
exec cargo test --locked --features interop --test interop -- "$@"
