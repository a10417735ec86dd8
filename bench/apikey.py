"""Where `api-key create` spends its time on SQLite: the same command on the
same database, less one part at a time. Writes bench/results-apikey.json.

    python3 bench/apikey.py

- as measured in BENCHMARKS.md (`--db`, so the product is found from the file:
  one more open of the database, whose whole schema SQLite parses);
- with the product named (FLOWADMIN_PRODUCT=langflow: no look at the file);
- with fsync made a no-op by an LD_PRELOAD shim built here with `cc` (the
  durability of the commit: SQLite syncs the WAL it creates, the commit, and
  the checkpoint at close); skipped when there is no C compiler;
- the process alone (`flowadmin --version`).
"""

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from common import precise_summary  # noqa: E402

FLOWADMIN = ROOT / "target/release/flowadmin"
FIXTURE = ROOT / "tests/fixtures/langflow-1.13-rich.db"
FIXTURE_KEY = (ROOT / "tests/fixtures/langflow-1.13-rich.secret_key").read_text()
ADMIN_KEY = "sk-YMtNUFTGNkXLCibnXE-4wk9oP3WVwHDOPQVQSDhrdr0"
RUNS = 50

NOSYNC_C = "int fsync(int fd) { (void)fd; return 0; }\nint fdatasync(int fd) { (void)fd; return 0; }\n"


def nosync_shim(tmp):
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        return None
    src = tmp / "nosync.c"
    src.write_text(NOSYNC_C)
    lib = tmp / "nosync.so"
    built = subprocess.run([cc, "-shared", "-fPIC", "-o", lib, src], capture_output=True)
    return lib if built.returncode == 0 else None


def main():
    tmp = Path(tempfile.mkdtemp(prefix="flowadmin-bench-apikey-"))
    db = tmp / "apikey.db"
    shutil.copyfile(FIXTURE, db)
    env = {"LANGFLOW_SECRET_KEY": FIXTURE_KEY, "LANGFLOW_SUPERUSER_TOKEN": ADMIN_KEY,
           "LANGFLOW_CONFIG_DIR": str(tmp / "cfg")}
    (tmp / "cfg").mkdir()
    create = [FLOWADMIN, "--db", db, "api-key", "create", "--user", "admin"]
    results = {
        "api-key create (as in BENCHMARKS.md)": precise_summary(create, env, RUNS),
        "api-key create, product named (no look at the file)":
            precise_summary(create, {**env, "FLOWADMIN_PRODUCT": "langflow"}, RUNS),
    }
    shim = nosync_shim(tmp)
    if shim:
        results["api-key create, fsync a no-op (LD_PRELOAD shim)"] = precise_summary(
            create, {**env, "LD_PRELOAD": str(shim)}, RUNS)
    results["the process alone (flowadmin --version)"] = precise_summary([FLOWADMIN, "--version"], {}, RUNS)
    shutil.rmtree(tmp, ignore_errors=True)
    machine = {"date": time.strftime("%Y-%m-%d", time.gmtime()), "runs": RUNS}
    (ROOT / "bench/results-apikey.json").write_text(
        json.dumps({"machine": machine, "results": results}, indent=2) + "\n")
    for name, r in results.items():
        print(f"{name}: {r['median_s'] * 1000:.2f} ms")


if __name__ == "__main__":
    main()
