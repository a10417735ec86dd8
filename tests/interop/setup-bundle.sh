#!/usr/bin/env bash
# A cached venv with argon2-cffi and cryptography, the independent reader
# of flowadmin's sealed bundles (tests/interop/open_bundle.py); prints its python.
set -euo pipefail
exec "$(dirname "$0")/venv.sh" "bundle" \
  "import argon2.low_level, cryptography.hazmat.primitives.ciphers.aead"
