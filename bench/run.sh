#!/usr/bin/env bash
# Builds flowadmin in release mode, makes sure the Langflow venv and a
# `cryptography` venv exist (cached outside the tree), runs bench/run.py, then
# renders BENCHMARKS.md's tables and plot from bench/results.json.
# About 5 minutes on the 2-core CI machine; `bench/run.sh --quick` skips 1M values.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --bin flowadmin --example bench_db
langflow_python="$(tests/interop/setup.sh)"
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
if [ ! -x "$cache/bench-py/bin/python" ] || ! "$cache/bench-py/bin/python" -c "import cryptography, matplotlib" 2>/dev/null; then
  python3 -m venv "$cache/bench-py"
  "$cache/bench-py/bin/pip" install -q cryptography matplotlib
fi
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
python3 bench/run.py "$(dirname "$langflow_python")" "$cache/bench-py/bin/python" "$@"
"$cache/bench-py/bin/python" bench/report.py
