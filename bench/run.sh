#!/usr/bin/env bash
# Builds flowadmin in release mode, makes sure the Langflow venv and a
# `cryptography` venv exist (cached outside the tree), runs bench/run.py, then
# renders BENCHMARKS.md's tables and plot from bench/results.json.
# About 30 minutes on the 2-core CI machine (SQLite, PostgreSQL, Flowfile); `bench/run.sh
# --quick` skips 1M and 3M values; `--pg-only` skips the SQLite part (Langflow's CLI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --bin flowadmin --example bench_db --example bench_kdf --example bench_floor
langflow_python="$(tests/interop/setup.sh)"
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
# The Python baseline and the plots, from a lock (tests/interop/lock/bench.txt).
bench_python="$(tests/interop/venv.sh bench "import cryptography, matplotlib")"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
[[ " $* " == *" --pg-only "* ]] || python3 bench/run.py "$(dirname "$langflow_python")" "$bench_python" "$@"
# Where api-key create's time goes (the same command less one part at a time).
[[ " $* " == *" --pg-only "* ]] || python3 bench/apikey.py
# PostgreSQL, side by side with a psycopg baseline (Langflow's venv has psycopg):
# on FLOWADMIN_TEST_PG_URL's server, else a throwaway one stopped at the end.
if [ -z "${FLOWADMIN_TEST_PG_URL:-}" ]; then
  pg_env=$(scripts/pg-test-server.sh start)
  FLOWADMIN_TEST_PG_URL=$(printf '%s\n' "$pg_env" | sed -n 's/^FLOWADMIN_TEST_PG_URL=//p')
  pg_dir=$(printf '%s\n' "$pg_env" | sed -n 's/^FLOWADMIN_TEST_PG_DIR=//p')
  trap 'scripts/pg-test-server.sh stop "$pg_dir"' EXIT
fi
"$langflow_python" bench/pg.py "$FLOWADMIN_TEST_PG_URL" "$@"
# Flowfile, against Python with Flowfile's own derivation (its venv has cryptography).
"$(tests/interop/setup-flowfile.sh)" bench/flowfile.py "$@"
# Sealed bundles: export and import of 10,000 variables, and argon2id alone.
python3 bench/bundle.py
# Where a rotation's time goes: perf and a flame graph (skipped without perf).
bench/profile.sh
"$bench_python" bench/report.py
