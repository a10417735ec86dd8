#!/usr/bin/env bash
# The Flowfile 0.23.3 venv from its lock, cached outside the tree; prints its
# python's path (about 2 minutes the first time).
set -euo pipefail
exec "$(dirname "$0")/venv.sh" "flowfile-0.23.3" "import flowfile_core"
