#!/usr/bin/env python3
"""flowadmin against Langflow's own tooling and a Python baseline.

Run through bench/run.sh, which builds flowadmin in release mode, makes sure
the Langflow venv (tests/interop/setup.sh) and a `cryptography` venv exist,
then calls this with their paths. Every measurement is wall time and peak RSS
from /usr/bin/time (millisecond commands: timed in-process), repeated; the report gives the median and the spread
(min-max). Writes bench/results.json and BENCHMARKS.md's tables.
"""

import json
import statistics
import os
import platform
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import precise_summary, print_results, summary, timed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FLOWADMIN = ROOT / "target/release/flowadmin"
BENCH_DB = ROOT / "target/release/examples/bench_db"
BENCH_FLOOR = ROOT / "target/release/examples/bench_floor"
FIXTURE = ROOT / "tests/fixtures/langflow-1.13-rich.db"
FIXTURE_KEY = (ROOT / "tests/fixtures/langflow-1.13-rich.secret_key").read_text()
ADMIN_KEY = "sk-YMtNUFTGNkXLCibnXE-4wk9oP3WVwHDOPQVQSDhrdr0"


def fresh(src, tmp, name):
    dst = Path(tmp) / name
    shutil.copyfile(src, dst)
    return dst


def main():
    langflow_bin = Path(sys.argv[1])  # the venv's bin folder
    crypto_python = sys.argv[2]
    quick = "--quick" in sys.argv
    results = {}
    tmp = tempfile.mkdtemp(prefix="flowadmin-bench-")

    # 1. api-key create
    db = fresh(FIXTURE, tmp, "apikey.db")
    env = {"LANGFLOW_SECRET_KEY": FIXTURE_KEY, "LANGFLOW_SUPERUSER_TOKEN": ADMIN_KEY}
    # In-process timing (as for the start-up rows below), 50 runs, memory from one more.
    fa_ak = precise_summary([FLOWADMIN, "--db", db, "api-key", "create", "--user", "admin"], env, 50)
    # Its floor: the process starting and ending with nothing to do.
    fa_start = precise_summary([FLOWADMIN, "--version"], {}, 50)
    lf = []
    for i in range(1 if quick else 3):
        copy = fresh(FIXTURE, tmp, f"lf-apikey-{i}.db")
        cfg = Path(tmp) / f"cfg-apikey-{i}"
        cfg.mkdir()
        lf.append(timed([langflow_bin / "langflow", "api-key"], {
            "LANGFLOW_DATABASE_URL": f"sqlite:///{copy}", "LANGFLOW_SECRET_KEY": FIXTURE_KEY,
            "LANGFLOW_CONFIG_DIR": str(cfg), "LANGFLOW_AUTO_LOGIN": "true", "LANGFLOW_SUPERUSER": "admin",
            "DO_NOT_TRACK": "true", "LANGFLOW_LOG_LEVEL": "error"}))
    results["api-key create"] = {"flowadmin": fa_ak, "baseline": summary(lf), "baseline_name": "langflow api-key",
                                 "startup": fa_start}

    # 2. superuser
    fa = []
    for i in range(5):
        copy = fresh(FIXTURE, tmp, f"su-{i}.db")
        fa.append(timed([FLOWADMIN, "--db", copy, "superuser", "--username", f"ops{i}", "--password-stdin"],
                        env, stdin="Bench-Pw-123!\n"))
    lf = []
    for i in range(1 if quick else 3):
        copy = fresh(FIXTURE, tmp, f"lf-su-{i}.db")
        cfg = Path(tmp) / f"cfg-su-{i}"
        cfg.mkdir()
        lf.append(timed([langflow_bin / "langflow", "superuser", "--username", f"lfops{i}", "--password",
                         "Bench-Pw-123!", "--auth-token", ADMIN_KEY], {
            "LANGFLOW_DATABASE_URL": f"sqlite:///{copy}", "LANGFLOW_SECRET_KEY": FIXTURE_KEY,
            "LANGFLOW_CONFIG_DIR": str(cfg), "LANGFLOW_AUTO_LOGIN": "false",
            "DO_NOT_TRACK": "true", "LANGFLOW_LOG_LEVEL": "error"}))
    results["superuser"] = {"flowadmin": summary(fa), "baseline": summary(lf), "baseline_name": "langflow superuser"}

    # 3. check and rotate at growing sizes
    sizes = [10_000, 100_000] if quick else [10_000, 100_000, 1_000_000]
    procs = os.cpu_count() or 1
    for n in sizes:
        key = secrets.token_urlsafe(32)
        new = secrets.token_urlsafe(32)
        new_file = Path(tmp) / f"new-{n}.key"
        new_file.write_text(new)
        base = Path(tmp) / f"values-{n}.db"
        subprocess.run([BENCH_DB, base, str(n), key], check=True, capture_output=True)
        runs = 3
        kenv = {"LANGFLOW_SECRET_KEY": key}
        fa_check = [timed([FLOWADMIN, "--db", base, "db", "check"], kenv) for _ in range(runs)]
        fa_skcheck = [timed([FLOWADMIN, "--db", base, "secret-key", "check"],
                            {**kenv, "LANGFLOW_CONFIG_DIR": str(Path(tmp) / f"cfg-check-{n}")}) for _ in range(runs)]
        py_check = [timed([crypto_python, ROOT / "bench/baseline.py", "check", base, key]) for _ in range(runs)]
        py_check_mp = [timed([crypto_python, ROOT / "bench/baseline.py", "check", base, key, "--procs", procs])
                       for _ in range(runs)]
        # doctor tries every key it finds on every value: here the configured
        # key (environment and file) and one old key's backup, so two keys.
        dcfg = Path(tmp) / f"cfg-doctor-{n}"
        dcfg.mkdir()
        (dcfg / "secret_key").write_text(key)
        (dcfg / "secret_key.backup.20260101T000000Z").write_text(secrets.token_urlsafe(32))
        for f in dcfg.iterdir():
            f.chmod(0o600)
        fa_doctor = [timed([FLOWADMIN, "--json", "--db", base, "doctor", "--fail-on", "never"],
                           {**kenv, "LANGFLOW_CONFIG_DIR": str(dcfg)}) for _ in range(runs)]
        old_key = (dcfg / "secret_key.backup.20260101T000000Z").read_text()
        py_tally = [timed([crypto_python, ROOT / "bench/baseline.py", "tally", base, key, old_key])
                    for _ in range(runs)] if n == sizes[-1] else []
        py_tally_mp = [timed([crypto_python, ROOT / "bench/baseline.py", "tally", base, key, old_key,
                              "--procs", procs]) for _ in range(runs)] if n == sizes[-1] else []
        fa_rot, py_rot, py_rot_mp = [], [], []
        for i in range(runs):
            copy = fresh(base, tmp, f"rot-fa-{n}-{i}.db")
            cfg = Path(tmp) / f"cfg-rot-{n}-{i}"
            cfg.mkdir()
            fa_rot.append(timed([FLOWADMIN, "-q", "--db", copy, "secret-key", "rotate", "--new-key-file", new_file,
                                 "--no-backup"], {**kenv, "LANGFLOW_CONFIG_DIR": str(cfg)}))
            copy.unlink()
            copy = fresh(base, tmp, f"rot-py-{n}-{i}.db")
            py_rot.append(timed([crypto_python, ROOT / "bench/baseline.py", "rotate", copy, key, new]))
            copy.unlink()
            copy = fresh(base, tmp, f"rot-pymp-{n}-{i}.db")
            py_rot_mp.append(timed([crypto_python, ROOT / "bench/baseline.py", "rotate", copy, key, new,
                                    "--procs", procs]))
            copy.unlink()
        # The floor: the same walk and UPDATEs with no crypto, and the crypto
        # alone on all cores with no database (examples/bench_floor.rs).
        floor_walk, floor_crypto = [], []
        for i in range(runs):
            copy = fresh(base, tmp, f"floor-{n}-{i}.db")
            out = subprocess.run([BENCH_FLOOR, "walk", copy], check=True, capture_output=True, text=True)
            floor_walk.append(json.loads(out.stdout)["walk_s"])
            copy.unlink()
            out = subprocess.run([BENCH_FLOOR, "crypto", base, key], check=True, capture_output=True, text=True)
            floor_crypto.append(json.loads(out.stdout)["crypto_s"])
        mp_name = f"the same in {procs} processes"
        results[f"db check, {n:,} values"] = {"flowadmin": summary(fa_check), "baseline": summary(py_check),
                                              "baseline_name": "Python check", "values": n,
                                              "baseline_mp": summary(py_check_mp), "baseline_mp_name": mp_name}
        results[f"secret-key check, {n:,} values"] = {"flowadmin": summary(fa_skcheck), "baseline": summary(py_check),
                                                     "baseline_name": "Python check", "values": n}
        results[f"doctor (2 keys tried), {n:,} values"] = {"flowadmin": summary(fa_doctor), "values": n,
                                                          "keys_tried": 2}
        if py_tally:
            results[f"doctor (2 keys tried), {n:,} values"].update({
                "baseline": summary(py_tally), "baseline_name": "Python, both keys on every value",
                "baseline_mp": summary(py_tally_mp), "baseline_mp_name": mp_name})
        results[f"secret-key rotate, {n:,} values"] = {"flowadmin": summary(fa_rot), "baseline": summary(py_rot),
                                                      "baseline_name": "Python MultiFernet rotate", "values": n,
                                                      "baseline_mp": summary(py_rot_mp), "baseline_mp_name": mp_name,
                                                      "floor_walk_s": statistics.median(floor_walk),
                                                      "floor_crypto_s": statistics.median(floor_crypto)}
        base.unlink()

    # 3b. memory at 3M values: flowadmin's rotation only, once (the
    # baselines' memory grows with the table; their times at 1M are above).
    if not quick:
        n = 3_000_000
        key, new = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        new_file = Path(tmp) / "new-3m.key"
        new_file.write_text(new)
        base = Path(tmp) / "values-3m.db"
        subprocess.run([BENCH_DB, base, str(n), key], check=True, capture_output=True)
        cfg = Path(tmp) / "cfg-rot-3m"
        cfg.mkdir()
        one = timed([FLOWADMIN, "-q", "--db", base, "secret-key", "rotate", "--new-key-file", new_file, "--no-backup"],
                    {"LANGFLOW_SECRET_KEY": key, "LANGFLOW_CONFIG_DIR": str(cfg)})
        results[f"secret-key rotate, {n:,} values (memory)"] = {"flowadmin": summary([one]), "values": n}
        base.unlink()

    # 4. start-up latency
    db = fresh(FIXTURE, tmp, "latency.db")
    env = {"LANGFLOW_SECRET_KEY": FIXTURE_KEY, "LANGFLOW_SUPERUSER": "admin"}
    for name, cmd in [("variable get", [FLOWADMIN, "--db", db, "variable", "get", "OPENAI_API_KEY"]),
                      ("db locate", [FLOWADMIN, "--db", db, "db", "locate"]),
                      ("doctor, rich fixture", [FLOWADMIN, "--json", "--db", db, "doctor", "--fail-on", "never"])]:
        results[name] = {"flowadmin": precise_summary(cmd, env, 50)}
    # Langflow's out-of-the-box setup: no --db, no LANGFLOW_DATABASE_URL, the
    # database in the installed package, found from the venv's site-packages
    # (and, for comparison, by starting the venv's python).
    venv = str(langflow_bin.parent)
    for name, extra in [("db locate, default database (site-packages read)", {}),
                        ("db locate, default database (FLOWADMIN_LOCATE=python)", {"FLOWADMIN_LOCATE": "python"})]:
        env = {"VIRTUAL_ENV": venv, "LANGFLOW_SECRET_KEY": FIXTURE_KEY, **extra}
        cmd = [FLOWADMIN, "db", "locate"]
        results[name] = {"flowadmin": precise_summary(cmd, env, 50)}

    shutil.rmtree(tmp, ignore_errors=True)
    machine = {
        "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?"),
        "cores": os.cpu_count(),
        "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30),
        "os": platform.platform(),
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d", time.gmtime()),
    }
    (ROOT / "bench/results.json").write_text(json.dumps({"machine": machine, "results": results}, indent=2) + "\n")
    print(json.dumps(machine))
    print_results(results)

if __name__ == "__main__":
    main()
