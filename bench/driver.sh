#!/usr/bin/env bash
# The rotation of this tree against an earlier revision's, with the Python
# baselines under the pinned cryptography versions (bench/driver.py).
#   bench/driver.sh REV [--quick]     e.g. bench/driver.sh b1b1961
# Builds REV's binary from a temporary worktree (its own target dir, kept in
# target/bench-before for reuse), then writes bench/results-driver.json and
# BENCHMARKS.md's "one driver" section. About 10 minutes on 2 cores, plus
# the two release builds the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:?usage: bench/driver.sh REV [--quick]}"
shift
cargo build --release --locked --bin flowadmin --example bench_db
sha=$(git rev-parse --short "$rev")
before="$PWD/target/release/flowadmin-$sha"
if [ ! -x "$before" ]; then
  wt=$(mktemp -d)
  git worktree add -q --detach "$wt" "$sha"
  trap 'git worktree remove --force "$wt"' EXIT
  CARGO_TARGET_DIR="$PWD/target/bench-before" cargo build --release --locked --bin flowadmin \
    --manifest-path "$wt/Cargo.toml"
  cp target/bench-before/release/flowadmin "$before"
fi
bench_python="$(tests/interop/venv.sh bench "import cryptography, matplotlib")"
flowfile_python="$(tests/interop/setup-flowfile.sh)"
"$flowfile_python" bench/driver.py "$before" "$PWD/target/release/flowadmin" "$bench_python" "$@"
