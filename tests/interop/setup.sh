#!/usr/bin/env bash
# Installs langflow-base[postgresql]==$LANGFLOW_VERSION (default 1.13.0) into a
# cached venv outside the tree and prints its python's path. First run: about
# 1.5 GB of disk; uv, because pip's resolver backtracks for many minutes on
# Langflow's dependency tree. The `postgresql` extra (psycopg) lets Langflow's
# own code judge flowadmin's writes on PostgreSQL too; the name keys the cache
# on both.
set -euo pipefail
version="${LANGFLOW_VERSION:-1.13.0}"
exec "$(dirname "$0")/venv.sh" "langflow-base-$version-postgresql" \
  "langflow-base[postgresql]==$version" "import langflow, psycopg"
