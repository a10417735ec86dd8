#!/usr/bin/env bash
# The Langflow venv from its lock (langflow-base[postgresql]==1.13.0 and every
# dependency pinned with hashes), cached outside the tree; prints its python.
# FLOWADMIN_CRYPTO=50 picks the lock with cryptography 50.0.2 (default 51:
# 51.0.1, what a fresh install resolves). First run: about 1.5 GB of disk.
# The `postgresql` extra (psycopg) lets Langflow's own code judge flowadmin's
# writes on PostgreSQL too.
set -euo pipefail
crypto="${FLOWADMIN_CRYPTO:-51}"
exec "$(dirname "$0")/venv.sh" "langflow-1.13.0-crypto$crypto" "import langflow, psycopg"
