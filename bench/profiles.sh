#!/usr/bin/env bash
# The `release` profile (thin LTO, 4 codegen units: what tests and benchmarks
# build) against the `dist` profile (fat LTO, 1 codegen unit, stripped: what
# scripts/dist.sh ships): the binary's size, stripped, and a rotation of
# 300,000 values, best of 5 each. Writes bench/results-profiles.json and
# prints a table for docs/install.md.
#   bench/profiles.sh        (builds both; about 10 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --locked --release --bin flowadmin --example bench_db
cargo build -q --locked --profile dist --bin flowadmin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
strip -o "$tmp/release" target/release/flowadmin
cp target/dist/flowadmin "$tmp/dist"
key=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
target/release/examples/bench_db "$tmp/base.db" 300000 "$key" >/dev/null
python3 - "$tmp" "$key" <<'PY'
import json, os, secrets, shutil, subprocess, sys, time
tmp, key = sys.argv[1], sys.argv[2]
results = {}
best = {}
# Interleaved (release, dist, release, ...), so a busy moment of the
# machine falls on both alike; best of 5 each.
for run in range(5):
    for profile in ["release", "dist"]:
        binary = os.path.join(tmp, profile)
        db = os.path.join(tmp, f"{profile}-{run}.db")
        shutil.copy(os.path.join(tmp, "base.db"), db)
        cfg = os.path.join(tmp, f"cfg-{profile}-{run}")
        os.mkdir(cfg)
        new = os.path.join(tmp, f"new-{profile}-{run}")
        open(new, "w").write(secrets.token_urlsafe(32))
        env = {"PATH": os.environ["PATH"], "HOME": tmp, "LANGFLOW_SECRET_KEY": key, "LANGFLOW_CONFIG_DIR": cfg}
        start = time.perf_counter()
        subprocess.run([binary, "-q", "--db", db, "secret-key", "rotate", "--new-key-file", new, "--no-backup"],
                       env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        took = time.perf_counter() - start
        best[profile] = min(best.get(profile, took), took)
for profile in ["release", "dist"]:
    results[profile] = {"size_bytes": os.path.getsize(os.path.join(tmp, profile)), "rotate_300k_seconds": round(best[profile], 3)}
json.dump(results, open("bench/results-profiles.json", "w"), indent=2)
print("| profile | binary (stripped) | rotation of 300,000 values (best of 5) |")
print("|---|---|---|")
for p, r in results.items():
    print(f"| `{p}` | {r['size_bytes'] / 1e6:.1f} MB | {r['rotate_300k_seconds']:.2f} s |")
PY
