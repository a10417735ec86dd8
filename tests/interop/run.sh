#!/usr/bin/env bash
# The interop suite: installs Langflow and Flowfile into cached venvs from the
# committed locks (first time only), then runs tests/interop.rs against them.
# The cryptography matrix: the whole suite on Langflow 1.13 with cryptography
# 51.0.1 (what a fresh install resolves), then the Fernet and key differential
# again on Langflow 1.13 with cryptography 50.0.2; Flowfile's differential runs
# on its own lock (cryptography 48.0.1) within the suite.
#   tests/interop/run.sh [TEST FILTER...]   (a filter runs only on 51.0.1)
set -euo pipefail
cd "$(dirname "$0")/../.."
FLOWADMIN_INTEROP_PYTHON="$(FLOWADMIN_CRYPTO=51 tests/interop/setup.sh)"
FLOWADMIN_FLOWFILE_PYTHON="$(tests/interop/setup-flowfile.sh)"
FLOWADMIN_BUNDLE_PYTHON="$(tests/interop/setup-bundle.sh)"
export FLOWADMIN_INTEROP_PYTHON FLOWADMIN_FLOWFILE_PYTHON FLOWADMIN_BUNDLE_PYTHON
echo "== interop on langflow-base 1.13.0 + cryptography 51.0.1"
cargo test --locked --features interop --test interop -- "$@"
if [ $# -eq 0 ]; then
  echo "== interop differential on langflow-base 1.13.0 + cryptography 50.0.2"
  FLOWADMIN_INTEROP_PYTHON="$(FLOWADMIN_CRYPTO=50 tests/interop/setup.sh)" \
    cargo test --locked --features interop --test interop -- \
    fernet_tokens_are_judged_as_cryptography_judges_them secret_keys_are_derived_as_langflow_derives_them
fi
