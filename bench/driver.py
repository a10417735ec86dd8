#!/usr/bin/env python3
"""The rotation before and after a change to flowadmin, side by side with the
Python baselines, on the same databases, runs interleaved (before, after,
Python) so load drifts hit all three alike.

    driver.py BEFORE_BIN AFTER_BIN LANGFLOW_BASELINE_PYTHON [--quick]

Run through bench/driver.sh (which builds both binaries) with the Flowfile
venv's python (Flowfile's derivation needs `cryptography`). Langflow: the
databases of examples/bench_db.rs, the baseline bench/baseline.py under the
bench lock's cryptography; Flowfile: bench/flowfile.py's databases and
baseline under the Flowfile lock's. Writes bench/results-driver.json and the
section of BENCHMARKS.md between its `driver` markers.
"""

import json
import platform
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import summary, timed  # noqa: E402
import flowfile as ff  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BENCH_DB = ROOT / "target/release/examples/bench_db"
RUNS = 5


def crypto_version(python):
    out = subprocess.run([python, "-c", "import cryptography; print(cryptography.__version__)"],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def langflow(before, after, py, n, tmp):
    key, new = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    new_file = tmp / "lf-new.key"
    new_file.write_text(new)
    base = tmp / f"lf-{n}.db"
    subprocess.run([BENCH_DB, base, str(n), key], check=True, capture_output=True)
    got = {"before": [], "after": [], "python": []}
    for i in range(RUNS):
        for which, binary in (("before", before), ("after", after)):
            copy = tmp / f"lf-rot-{which}-{i}.db"
            shutil.copyfile(base, copy)
            cfg = tmp / f"cfg-{which}-{n}-{i}"
            cfg.mkdir()
            got[which].append(timed([binary, "-q", "--db", copy, "secret-key", "rotate", "--new-key-file",
                                     new_file, "--no-backup"],
                                    {"LANGFLOW_SECRET_KEY": key, "LANGFLOW_CONFIG_DIR": str(cfg)}))
            copy.unlink()
        copy = tmp / f"lf-rot-py-{i}.db"
        shutil.copyfile(base, copy)
        got["python"].append(timed([py, ROOT / "bench/baseline.py", "rotate", copy, key, new]))
        copy.unlink()
    base.unlink()
    return {k: summary(v) for k, v in got.items()}


def flowfile(before, after, n, tmp):
    master, new = ff.Fernet.generate_key().decode(), ff.Fernet.generate_key().decode()
    new_file = tmp / "ff-new.key"
    new_file.write_text(new)
    base = tmp / f"ff-{n}.db"
    ff.build(base, master, n)
    env = {"FLOWFILE_MODE": "docker", "FLOWFILE_MASTER_KEY": master}
    got = {"before": [], "after": [], "python": []}
    for i in range(RUNS):
        for which, binary in (("before", before), ("after", after)):
            copy = tmp / f"ff-rot-{which}-{i}.db"
            shutil.copyfile(base, copy)
            got[which].append(timed([binary, "-q", "--db", copy, "secret-key", "rotate", "--new-key-file",
                                     new_file, "--no-backup"], env))
            copy.unlink()
        copy = tmp / f"ff-rot-py-{i}.db"
        shutil.copyfile(base, copy)
        got["python"].append(timed([sys.executable, ROOT / "bench/flowfile.py", "baseline", "rotate", copy,
                                    master, new], {}))
        copy.unlink()
    base.unlink()
    return {k: summary(v) for k, v in got.items()}


def seconds(s):
    return f"{s['median_s']:.2f} s ({s['min_s']:.2f} – {s['max_s']:.2f})"


def render(results, meta):
    lines = [
        f"`bench/driver.sh {meta['before_rev']}` on {meta['machine']}, {meta['runs']} runs each, interleaved; "
        f"median (min – max) wall time of `secret-key rotate --no-backup`. Python: Langflow's baseline "
        f"under cryptography {meta['langflow_crypto']}, Flowfile's under {meta['flowfile_crypto']} "
        "(the versions the locks pin).",
        "",
        "| rotation | before | after | after / before | Python, one process | Python / after |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        b, a, p = r["before"], r["after"], r["python"]
        lines.append(f"| {name} | {seconds(b)} | {seconds(a)} | {a['median_s'] / b['median_s']:.2f} | "
                     f"{seconds(p)} | {p['median_s'] / a['median_s']:.1f}× |")
    return "\n".join(lines)


def main():
    before, after, lf_python = sys.argv[1:4]
    quick = "--quick" in sys.argv
    tmp = Path(tempfile.mkdtemp(prefix="flowadmin-bench-driver-"))
    results = {}
    for n in [200_000] if quick else [200_000, 1_000_000]:
        results[f"Langflow, {n:,} values"] = langflow(before, after, lf_python, n, tmp)
        print(f"Langflow {n}: done", file=sys.stderr)
    for n in [100_000] if quick else [100_000, 1_000_000]:
        results[f"Flowfile, {n:,} secrets"] = flowfile(before, after, n, tmp)
        print(f"Flowfile {n}: done", file=sys.stderr)
    shutil.rmtree(tmp, ignore_errors=True)
    meta = {"before_rev": Path(before).name.removeprefix("flowadmin-"), "runs": RUNS,
            "machine": f"{platform.processor() or platform.machine()}, {__import__('os').cpu_count()} cores",
            "langflow_crypto": crypto_version(lf_python), "flowfile_crypto": crypto_version(sys.executable)}
    (ROOT / "bench/results-driver.json").write_text(json.dumps({"meta": meta, "results": results}, indent=1))
    table = render(results, meta)
    page = ROOT / "BENCHMARKS.md"
    text = page.read_text()
    text = re.sub(r"(<!-- driver:start -->\n).*?(\n<!-- driver:end -->)", lambda m: m[1] + table + m[2], text,
                  flags=re.S)
    page.write_text(text)
    print(table)


if __name__ == "__main__":
    main()
