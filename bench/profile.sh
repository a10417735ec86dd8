#!/usr/bin/env bash
# Where a rotation's time goes: perf samples of `secret-key rotate` on
# 300,000 values (bench_db's), folded into bench/flamegraph-rotate.svg
# (inferno, installed into the cache the first time) and summed by kind of
# work into bench/profile-rotate.json for BENCHMARKS.md. Needs perf; skipped
# with a message without it. Run by bench/run.sh after the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v perf >/dev/null 2>&1; then
  echo "profile: no perf on this machine; BENCHMARKS.md keeps no profile" >&2
  exit 0
fi
cache="${FLOWADMIN_INTEROP_CACHE:-$HOME/.cache/flowadmin-interop}"
tools="$cache/tools-inferno"
[ -x "$tools/bin/inferno-flamegraph" ] || cargo install -q --locked inferno@0.12.8 --root "$tools"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
key=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
python3 -c 'import secrets; print(secrets.token_urlsafe(32), end="")' > "$tmp/new.key"
target/release/examples/bench_db "$tmp/p.db" 300000 "$key" >/dev/null
mkdir "$tmp/cfg"
LANGFLOW_SECRET_KEY="$key" LANGFLOW_CONFIG_DIR="$tmp/cfg" perf record -q -F 999 --call-graph dwarf,16384 \
  -o "$tmp/perf.data" target/release/flowadmin -q --db "$tmp/p.db" secret-key rotate \
  --new-key-file "$tmp/new.key" --no-backup >/dev/null 2>&1
perf script -i "$tmp/perf.data" 2>/dev/null | "$tools/bin/inferno-collapse-perf" --kernel > "$tmp/folded"
"$tools/bin/inferno-flamegraph" --title "flowadmin secret-key rotate, 300,000 values" \
  < "$tmp/folded" > bench/flamegraph-rotate.svg
# Self time by kind of work: the leaf frame of each sample decides.
python3 - "$tmp/folded" > bench/profile-rotate.json <<'PY'
import json, sys
kinds = [("Fernet: HMAC-SHA256", ("sha2::", "hmac::", "digest::")),
         ("Fernet: AES-128-CBC", ("aes::", "cbc::", "cipher::")),
         ("Fernet: the rest (base64, token layout)", ("fernet::", "base64::")),
         ("SQLite (reads, updates, WAL)", ("sqlite3", "pcache", "btree", "wal", "pager", "unix", "vdbe")),
         ("kernel (file I/O, threads, random IVs)", ("[k]",)),
         ("memory (malloc, free, copies)", ("malloc", "free", "memmove", "memcpy", "calloc", "realloc", "alloc::"))]
totals = {k: 0 for k, _ in kinds}
totals["other (flowadmin, rusqlite, serde)"] = 0
all_samples = 0
for line in open(sys.argv[1]):
    stack, _, n = line.rstrip().rpartition(" ")
    n = int(n)
    leaf = stack.split(";")[-1]
    all_samples += n
    for name, marks in kinds:
        if any(m in leaf for m in marks) or (marks == ("[k]",) and leaf.endswith("_[k]")):
            totals[name] += n
            break
    else:
        totals["other (flowadmin, rusqlite, serde)"] += n
print(json.dumps({"samples": all_samples, "values": 300000,
                  "by_kind": {k: round(100 * v / all_samples, 1) for k, v in totals.items()}}, indent=2))
PY
echo "profile: bench/flamegraph-rotate.svg, bench/profile-rotate.json" >&2
