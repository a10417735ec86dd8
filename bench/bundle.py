#!/usr/bin/env python3
"""Sealed bundles: `variable export` and `variable import` of 10,000
variables, and the argon2id derivation alone (which dominates small bundles).

    bundle.py

Run by bench/run.sh after the release build. The source database is
bench_db's (one user, credential variables under a random key); the import
goes into a fresh copy holding the same user and no variables, under another
key. Writes bench/results-bundle.json.
"""

import json
import os
import platform
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import print_results, summary, timed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FLOWADMIN = ROOT / "target/release/flowadmin"
BENCH_DB = ROOT / "target/release/examples/bench_db"
BENCH_KDF = ROOT / "target/release/examples/bench_kdf"
PASS = "bench passphrase, long enough"
VARIABLES = 10_000


def main():
    tmp = Path(tempfile.mkdtemp(prefix="flowadmin-bundle-bench-"))
    key, other = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    src = tmp / "src.db"
    # bench_db writes 9 credential variables per API key.
    subprocess.run([BENCH_DB, src, str(VARIABLES * 10 // 9 + 1), key], check=True, capture_output=True)
    n = sqlite3.connect(src).execute("SELECT count(*) FROM variable").fetchone()[0]
    empty = tmp / "empty.db"
    subprocess.run([BENCH_DB, empty, "0", other], check=True, capture_output=True)
    env = {"LANGFLOW_SECRET_KEY": key, "PP": PASS}
    bundle = tmp / "vars.bundle"
    runs = 5
    exports = [timed([FLOWADMIN, "-q", "--db", src, "variable", "export", "--all", "--force", "-o", bundle,
                      "--passphrase-env", "PP"], env) for _ in range(runs)]
    imports = []
    for i in range(runs):
        target = tmp / f"target-{i}.db"
        shutil.copy(empty, target)
        imports.append(timed([FLOWADMIN, "-q", "--db", target, "variable", "import", bundle, "--passphrase-env", "PP"],
                             {"LANGFLOW_SECRET_KEY": other, "PP": PASS}))
        got = sqlite3.connect(target).execute("SELECT count(*) FROM variable").fetchone()[0]
        assert got == n, (got, n)
    kdf = json.loads(subprocess.run([BENCH_KDF, "5"], check=True, capture_output=True, text=True).stdout)
    results = {
        f"variable export, {n:,} variables": {"flowadmin": summary(exports), "values": n},
        f"variable import, {n:,} variables": {"flowadmin": summary(imports), "values": n},
    }
    machine = {
        "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?"),
        "cores": os.cpu_count(),
        "date": time.strftime("%Y-%m-%d", time.gmtime()),
        "bundle_bytes": bundle.stat().st_size,
    }
    (ROOT / "bench/results-bundle.json").write_text(
        json.dumps({"machine": machine, "results": results, "kdf": kdf}, indent=2) + "\n")
    print_results(results)
    print(f"argon2id alone: {kdf['median_s']*1000:.0f} ms median of {kdf['runs']}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
