#!/usr/bin/env bash
# Installs flowfile==$FLOWFILE_VERSION (default 0.23.3) into a cached venv
# outside the tree and prints its python's path (about 2 minutes the first time).
set -euo pipefail
version="${FLOWFILE_VERSION:-0.23.3}"
exec "$(dirname "$0")/venv.sh" "flowfile-$version" "flowfile==$version" "import flowfile_core"
