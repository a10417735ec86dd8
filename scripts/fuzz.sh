#!/usr/bin/env bash
# Fuzzes the readers that take hostile input (src/fuzzing.rs) with cargo fuzz
# (libFuzzer), each for a bounded time, on the stable toolchain
# (RUSTC_BOOTSTRAP=1). Not run by .ci/run: CI replays what is kept
# (tests/fuzz_regressions.rs). Every input that crashed, hung or ran out of
# memory is copied to tests/fuzz/<target>/ as a regression input (commit it
# with the fix), and a summary is printed.
#   scripts/fuzz.sh [SECONDS_PER_TARGET (default 120)] [TARGET...]
# Installs cargo-fuzz into the interop cache the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(manifest pg_url dotenv bundle)
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
tools="$cache/tools-fuzz"
if [ ! -x "$tools/bin/cargo-fuzz" ]; then
  echo "== installing cargo-fuzz into $tools" >&2
  cargo install -q --locked cargo-fuzz --root "$tools"
fi
export PATH="$tools/bin:$PATH" RUSTC_BOOTSTRAP=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
found=0
for t in "${targets[@]}"; do
  # The fuzzer grows a working corpus from the kept inputs; only what
  # breaks a reader is kept in the tree.
  mkdir -p "$work/$t" "fuzz/artifacts/$t"
  cp tests/fuzz/"$t"/* "$work/$t/"
  echo "== fuzzing $t for ${seconds}s"
  set +e
  cargo fuzz run --fuzz-dir fuzz "$t" "$work/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 2>"$work/$t.log"
  status=$?
  set -e
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE" "$work/$t.log" | sed "s/^/   $t: /" || true
  for art in fuzz/artifacts/"$t"/*; do
    [ -f "$art" ] || continue
    cp "$art" "tests/fuzz/$t/found-$(basename "$art")"
    echo "   $t: FOUND $(basename "$art") -> tests/fuzz/$t/found-$(basename "$art")"
    found=$((found + 1))
  done
  [ $status -eq 0 ] || grep -E "ERROR|panicked" "$work/$t.log" | head -5 | sed "s/^/   $t: /"
done
echo "== $found input(s) found; tests/fuzz_regressions.rs replays them"
