#!/usr/bin/env python3
"""flowadmin on Flowfile databases against a Python baseline, side by side.

    flowfile.py [--quick]

Run through bench/run.sh with the Flowfile venv's python (it has
`cryptography`). Each database is the Flowfile 0.23.3 fixture's schema plus
100 users and N secrets spread over them, each sealed as Flowfile seals it
(`$ffsec$1$<owner>$` + Fernet under HKDF-SHA256(master key, salt
flowfile-secrets-v1, info user-<id>)). The baseline does the same work with
Flowfile's derivation and `cryptography` on one core: decrypt every secret
(check), or decrypt and re-encrypt under the new master key's derivation and
update in one transaction (rotate). Writes bench/results-ff.json.
"""

import base64
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import print_results, summary, timed  # noqa: E402

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ROOT = Path(__file__).resolve().parent.parent
FLOWADMIN = ROOT / "target/release/flowadmin"
FIXTURE = ROOT / "tests/fixtures/flowfile/flowfile-fixture.db"
OWNERS = 100
PREFIX = "$ffsec$1$"


def user_fernet(master: str, uid: int) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"flowfile-secrets-v1",
               info=f"user-{uid}".encode()).derive(master.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def seal_range(args):
    master, start, end, first_uid = args
    fernets = {}
    out = []
    for i in range(start, end):
        uid = first_uid + i % OWNERS
        f = fernets.get(uid) or fernets.setdefault(uid, user_fernet(master, uid))
        out.append((f"bench_secret_{i}", f"{PREFIX}{uid}${f.encrypt(f'value-{i}'.encode()).decode()}", uid))
    return out


def build(path: Path, master: str, n: int):
    shutil.copyfile(FIXTURE, path)
    os.chmod(path, 0o644)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM resource_grants")
    conn.execute("DELETE FROM secrets")
    first = conn.execute("SELECT max(id) FROM users").fetchone()[0] + 1
    conn.executemany(
        "INSERT INTO users (id, username, email, hashed_password, disabled, is_admin, must_change_password) "
        "VALUES (?, ?, ?, 'x', 0, 0, 0)",
        [(first + i, f"bench{i}", f"bench{i}@flowfile.app") for i in range(OWNERS)])
    chunks = [(master, s, min(s + 20_000, n), first) for s in range(0, n, 20_000)]
    with Pool(os.cpu_count()) as pool:
        for rows in pool.imap(seal_range, chunks):
            conn.executemany("INSERT INTO secrets (name, encrypted_value, iv, user_id) VALUES (?, ?, '', ?)", rows)
    conn.commit()
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()


def baseline(mode, db, master, new=None):
    conn = sqlite3.connect(db)
    olds, news = {}, {}
    if mode == "check":
        bad = total = 0
        for (value,) in conn.execute("SELECT encrypted_value FROM secrets"):
            uid, token = value[len(PREFIX):].split("$", 1)
            f = olds.get(uid) or olds.setdefault(uid, user_fernet(master, int(uid)))
            total += 1
            try:
                f.decrypt(token.encode())
            except Exception:
                bad += 1
        print(f"{total} values, {bad} do not open")
        return
    conn.isolation_level = None
    conn.execute("BEGIN IMMEDIATE")
    rows = conn.execute("SELECT id, encrypted_value FROM secrets").fetchall()
    updates = []
    for rid, value in rows:
        uid, token = value[len(PREFIX):].split("$", 1)
        o = olds.get(uid) or olds.setdefault(uid, user_fernet(master, int(uid)))
        w = news.get(uid) or news.setdefault(uid, user_fernet(new, int(uid)))
        updates.append((f"{PREFIX}{uid}${w.encrypt(o.decrypt(token.encode())).decode()}", rid))
    conn.executemany("UPDATE secrets SET encrypted_value = ? WHERE id = ?", updates)
    conn.execute("COMMIT")
    print(f"rotated {len(updates)} values")






def main():
    quick = "--quick" in sys.argv
    me = [sys.executable, __file__, "baseline"]
    results = {}
    tmp = Path(tempfile.mkdtemp(prefix="flowadmin-bench-ff-"))
    master = Fernet.generate_key().decode()
    new = Fernet.generate_key().decode()
    (tmp / "new.key").write_text(new)
    for n in [10_000, 100_000] if quick else [10_000, 100_000, 1_000_000]:
        base = tmp / f"ff-{n}.db"
        build(base, master, n)
        runs = 3
        env = {"FLOWFILE_MODE": "docker", "FLOWFILE_MASTER_KEY": master}
        fa_check = [timed([FLOWADMIN, "--db", base, "db", "check"], env) for _ in range(runs)]
        py_check = [timed([*me, "check", base, master], {}) for _ in range(runs)]
        fa_rot, py_rot = [], []
        for i in range(runs):
            copy = tmp / f"rot-{n}-{i}.db"
            shutil.copyfile(base, copy)
            fa_rot.append(timed([FLOWADMIN, "-q", "--db", copy, "secret-key", "rotate", "--new-key-file",
                                 tmp / "new.key", "--no-backup"], env))
            copy.unlink()
            shutil.copyfile(base, copy)
            py_rot.append(timed([*me, "rotate", copy, master, new], {}))
            copy.unlink()
        base.unlink()
        results[f"db check (Flowfile), {n:,} secrets"] = {
            "flowadmin": summary(fa_check), "baseline": summary(py_check),
            "baseline_name": "Python check (Flowfile's derivation)", "values": n}
        results[f"secret-key rotate (Flowfile), {n:,} secrets"] = {
            "flowadmin": summary(fa_rot), "baseline": summary(py_rot),
            "baseline_name": "Python rotate (Flowfile's derivation)", "values": n}
    shutil.rmtree(tmp, ignore_errors=True)
    machine = {"date": time.strftime("%Y-%m-%d", time.gmtime()), "owners": OWNERS}
    (ROOT / "bench/results-ff.json").write_text(json.dumps({"machine": machine, "results": results}, indent=2) + "\n")
    print_results(results)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "baseline":
        baseline(*sys.argv[2:])
    else:
        main()
