#!/usr/bin/env python3
"""flowadmin on PostgreSQL against a Python baseline, side by side in one run.

    pg.py ADMIN_URL [--quick]

Run through bench/run.sh with the Langflow venv's python (it has psycopg and
cryptography). ADMIN_URL names a role that may create databases (run.sh
starts a throwaway server with scripts/pg-test-server.sh when none is given).
Every database is a copy (CREATE DATABASE ... TEMPLATE) of one built here:
the rich fixture Langflow 1.13 wrote on PostgreSQL, plus N Credential
variables under the fixture's key. Writes bench/results-pg.json.

The baseline (`baseline`, below) is what an operator would write with
psycopg and cryptography: a server-side cursor in pages of 2,000 rows,
MultiFernet, batched updates (executemany, pipelined), one transaction.
"""

import json
import os
import secrets
import statistics
import sys
import time
import uuid
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import precise_summary, print_results, summary, timed  # noqa: E402
from urllib.parse import urlsplit, urlunsplit

import psycopg
from cryptography.fernet import Fernet, InvalidToken, MultiFernet

ROOT = Path(__file__).resolve().parent.parent
FLOWADMIN = ROOT / "target/release/flowadmin"
FIXTURES = ROOT / "tests/fixtures/postgres"
KEY = (FIXTURES / "langflow-1.13-rich.secret_key").read_text()
ADMIN_TOKEN = next(
    line.split(" / ")[2].strip()
    for line in (FIXTURES / "langflow-1.13-rich.credentials.txt").read_text().splitlines()
    if line.startswith("admin / admin-key-1 / ")
)
PAGE = 2_000


def fernet(key):
    return Fernet(key + "=" * (-len(key) % 4))


def with_db(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def encrypt_range(args):
    start, end = args
    f = fernet(KEY)
    return [f.encrypt(f"bench-value-{i}".encode()).decode() for i in range(start, end)]


def build_template(admin, name, n):
    """The fixture plus n encrypted Credential variables, as database `name`."""
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        c.execute(f"CREATE DATABASE {name}")
    with psycopg.connect(with_db(admin, name)) as c:
        c.execute((FIXTURES / "langflow-1.13-rich.inserts.sql").read_text())
        c.execute("RESET search_path")  # the dump empties it
        if n:
            owner = c.execute("SELECT id FROM \"user\" WHERE username = 'admin'").fetchone()[0]
            chunks = [(i, min(i + 50_000, n)) for i in range(0, n, 50_000)]
            with Pool(os.cpu_count()) as pool, c.cursor().copy(
                "COPY variable (id, name, value, type, user_id, default_fields, created_at, is_environment_managed) FROM STDIN"
            ) as copy:
                i = 0
                for tokens in pool.imap(encrypt_range, chunks):
                    for token in tokens:
                        copy.write_row((uuid.uuid4(),
                                        f"BENCH_{i}", token, "Credential", owner, "[]", "2026-01-01 00:00:00+00", False))
                        i += 1
        c.commit()
    with psycopg.connect(with_db(admin, name), autocommit=True) as c:
        c.execute("VACUUM ANALYZE")


def copy_of(admin, template, name):
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        c.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    return with_db(admin, name)


def drop(admin, name):
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")






# The Python baseline, run as a child process (so its time and memory are
# measured like flowadmin's): `pg.py baseline check URL KEY` or
# `pg.py baseline rotate URL OLD NEW`.
COLUMNS = [("variable", "value", "type = 'Credential'"), ("apikey", "api_key", "true")]


def baseline(mode, url, *keys):
    with psycopg.connect(url, options="-c timezone=UTC") as conn:
        if mode == "check":
            f = fernet(keys[0])
            total = bad = 0
            for table, col, where in COLUMNS:
                with conn.cursor(name=f"walk_{table}") as cur:
                    cur.itersize = PAGE
                    cur.execute(f"SELECT {col} FROM {table} WHERE {where}")
                    for (value,) in cur:
                        total += 1
                        try:
                            f.decrypt(value.encode())
                        except InvalidToken:
                            bad += 1
            print(f"{total} values, {bad} do not open")
            return
        multi = MultiFernet([fernet(keys[1]), fernet(keys[0])])
        n = 0
        with conn.transaction():
            for table, col, where in COLUMNS:
                with conn.cursor(name=f"walk_{table}") as cur, conn.cursor() as upd:
                    cur.execute(f"SELECT id, {col} FROM {table} WHERE {where}")
                    while rows := cur.fetchmany(PAGE):
                        upd.executemany(f"UPDATE {table} SET {col} = %s WHERE id = %s",
                                        [(multi.rotate(v.encode()).decode(), i) for i, v in rows])
                        n += len(rows)
        print(f"rotated {n} values")


def connect_floor(url, runs=30):
    """What one connection costs before any statement: psycopg (libpq) opening
    and closing one, in-process, with the URL flowadmin is given (TLS when the
    server offers it, as both prefer), and whether TLS was used."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        psycopg.connect(url).close()
        times.append(time.perf_counter() - t)
    with psycopg.connect(url) as c:
        tls = c.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0]
    times.sort()
    return {"median_s": statistics.median(times), "min_s": times[0], "max_s": times[-1], "tls": bool(tls)}


def server_rewrite_floor(url):
    """The server's own cost of rewriting every encrypted value once, with no
    client in the loop: each column set to itself plus '' (a new row version
    and its index entries, as a rotation writes), in one transaction, rolled
    back. No rotation over the wire can beat it."""
    with psycopg.connect(url) as c:
        t = time.perf_counter()
        for table, col, where in COLUMNS:
            c.execute(f"UPDATE {table} SET {col} = {col} || '' WHERE {where}")
        elapsed = time.perf_counter() - t
        c.rollback()
    return elapsed


def main():
    admin = sys.argv[1]
    quick = "--quick" in sys.argv
    me = [sys.executable, __file__, "baseline"]
    results = {}
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"flowadmin-bench-pg-{os.getpid()}"
    tmp.mkdir()

    # 1. api-key create on PostgreSQL over the loopback (one database, 20 keys).
    build_template(admin, "bench_fixture", 0)
    url = copy_of(admin, "bench_fixture", "bench_apikey")
    env = {"LANGFLOW_DATABASE_URL": url, "LANGFLOW_SECRET_KEY": KEY, "LANGFLOW_SUPERUSER_TOKEN": ADMIN_TOKEN}
    results["api-key create (PostgreSQL)"] = {
        "flowadmin": precise_summary([FLOWADMIN, "api-key", "create", "--user", "admin"], env, 30),
        "connect_floor": connect_floor(url)}
    drop(admin, "bench_apikey")

    # 2. db check and rotate at 100k and 1M values.
    for n in [100_000] if quick else [100_000, 1_000_000]:
        template = f"bench_{n}"
        build_template(admin, template, n)
        total = n + 18
        new = secrets.token_urlsafe(32)
        new_file = tmp / f"new-{n}.key"
        new_file.write_text(new)
        runs = 3
        url = copy_of(admin, template, f"bench_check_{n}")
        kenv = {"LANGFLOW_DATABASE_URL": url, "LANGFLOW_SECRET_KEY": KEY}
        fa_check = [timed([FLOWADMIN, "db", "check"], kenv) for _ in range(runs)]
        py_check = [timed([*me, "check", url, KEY], {}) for _ in range(runs)]
        drop(admin, f"bench_check_{n}")
        fa_rot, py_rot, floor = [], [], []
        for i in range(runs):
            url = copy_of(admin, template, f"bench_floor_{n}")
            floor.append(server_rewrite_floor(url))
            drop(admin, f"bench_floor_{n}")
            cfg = tmp / f"cfg-{n}-{i}"
            cfg.mkdir()
            (cfg / "secret_key").write_text(KEY)
            url = copy_of(admin, template, f"bench_rot_{n}")
            fa_rot.append(timed([FLOWADMIN, "-q", "secret-key", "rotate", "--new-key-file", new_file, "--no-backup"],
                                {"LANGFLOW_DATABASE_URL": url, "LANGFLOW_CONFIG_DIR": str(cfg)}))
            url = copy_of(admin, template, f"bench_rot_{n}")
            py_rot.append(timed([*me, "rotate", url, KEY, new], {}))
            drop(admin, f"bench_rot_{n}")
        drop(admin, template)
        results[f"db check (PostgreSQL), {n:,} values"] = {
            "flowadmin": summary(fa_check), "baseline": summary(py_check),
            "baseline_name": "Python psycopg check", "values": total}
        results[f"secret-key rotate (PostgreSQL), {n:,} values"] = {
            "flowadmin": summary(fa_rot), "baseline": summary(py_rot),
            "baseline_name": "Python psycopg MultiFernet rotate", "values": total,
            "server_floor_s": statistics.median(floor)}
    drop(admin, "bench_fixture")
    with psycopg.connect(admin) as c:
        server = c.execute("SHOW server_version").fetchone()[0]
    machine = {"date": time.strftime("%Y-%m-%d", time.gmtime()), "server": f"PostgreSQL {server} on 127.0.0.1"}
    (ROOT / "bench/results-pg.json").write_text(json.dumps({"machine": machine, "results": results}, indent=2) + "\n")
    print_results(results)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "baseline":
        baseline(*sys.argv[2:])
    else:
        main()
