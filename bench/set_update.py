#!/usr/bin/env python3
"""The experiment of #33: does one set-based UPDATE beat a prepared UPDATE
per row for the rotation's writes on SQLite?

    python3 bench/set_update.py [VALUES]     (default 1,000,000)

Builds the release examples, makes a database of VALUES real tokens
(examples/bench_db.rs), then times the rotation's writes alone
(`bench_floor updates`: the same 2,000-row batches in one transaction, no
crypto, rolled back) per row and as `UPDATE ... FROM (VALUES ...)` of 20,
100, 500 and 2,000 rows, 3 runs each, interleaved. Writes
bench/results-set-update.json and BENCHMARKS.md's section between its
`set-update` markers.
"""

import json
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ["row", "20", "100", "500", "2000"]
RUNS = 3


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    subprocess.run(["cargo", "build", "--release", "--locked", "--example", "bench_db", "--example",
                    "bench_floor"], cwd=ROOT, check=True)
    tmp = Path(tempfile.mkdtemp(prefix="flowadmin-set-update-"))
    base = tmp / "base.db"
    subprocess.run([ROOT / "target/release/examples/bench_db", base, str(n), secrets.token_urlsafe(32)],
                   check=True, capture_output=True)
    got = {m: [] for m in MODES}
    for _ in range(RUNS):
        for mode in MODES:
            copy = tmp / "run.db"
            shutil.copyfile(base, copy)
            out = subprocess.run([ROOT / "target/release/examples/bench_floor", "updates", copy, mode],
                                 check=True, capture_output=True, text=True)
            got[mode].append(json.loads(out.stdout)["write_s"])
            copy.unlink()
    shutil.rmtree(tmp, ignore_errors=True)
    results = {m: {"median_s": statistics.median(v), "min_s": min(v), "max_s": max(v)} for m, v in got.items()}
    (ROOT / "bench/results-set-update.json").write_text(json.dumps({"values": n, "runs": RUNS,
                                                                     "results": results}, indent=1) + "\n")
    row = results["row"]["median_s"]
    lines = [f"`python3 bench/set_update.py` ({n:,} values, {RUNS} runs each, interleaved): the rotation's "
             "writes alone, median (min – max).", "",
             "| writes | seconds | against a prepared UPDATE per row |", "|---|---|---|"]
    for m, r in results.items():
        what = "a prepared UPDATE per row (the rotation's)" if m == "row" else \
            f"one `UPDATE ... FROM (VALUES ...)` per {int(m):,} rows"
        lines.append(f"| {what} | {r['median_s']:.2f} s ({r['min_s']:.2f} – {r['max_s']:.2f}) | "
                     f"{r['median_s'] / row:.2f} |")
    table = "\n".join(lines)
    page = ROOT / "BENCHMARKS.md"
    text = re.sub(r"(<!-- set-update:start -->\n).*?(\n<!-- set-update:end -->)", lambda m: m[1] + table + m[2],
                  page.read_text(), flags=re.S)
    page.write_text(text)
    print(table)


if __name__ == "__main__":
    main()
