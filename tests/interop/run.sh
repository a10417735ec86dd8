#!/usr/bin/env bash
# The interop suite alone: installs Langflow into the cached venv (first time
# only), then runs tests/interop.rs against it.
set -euo pipefail
cd "$(dirname "$0")/../.."
python="$(tests/interop/setup.sh)"
export FLOWADMIN_INTEROP_PYTHON="$python"
exec cargo test --locked --features interop --test interop -- "$@"
