#!/usr/bin/env python3
"""The Python baseline: what Langflow's own tooling does, with `cryptography`'s
MultiFernet and `sqlite3` in one transaction.

    baseline.py check  DB KEY          decrypt every variable value and API key
    baseline.py rotate DB OLD NEW      re-encrypt them all under NEW, one transaction
    baseline.py tally  DB KEY1 KEY2    try both keys on every value (what doctor does)

Each takes `--procs N`: the crypto in a `multiprocessing` pool of N processes
(the database read and written by the main process, as SQLite has one writer).

Keys of 32+ characters are used as Fernet keys directly (as Langflow does).
"""

import sys
import sqlite3
import time
from multiprocessing import Pool

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


def fernet(key: str) -> Fernet:
    return Fernet(key + "=" * (-len(key) % 4))


COLUMNS = [("variable", "value", "type = 'Credential'"), ("apikey", "api_key", "1 = 1")]


def chunks(items, n):
    size = max(1, -(-len(items) // n))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _opens(args):
    keys, values = args
    fs = [fernet(k) for k in keys]
    counts = [0] * len(fs)
    for value in values:
        for i, f in enumerate(fs):
            try:
                f.decrypt(value)
                counts[i] += 1
            except InvalidToken:
                pass
    return counts


def _rotate(args):
    old, new, rows = args
    multi = MultiFernet([fernet(new), fernet(old)])
    return [(rowid, multi.rotate(value).decode()) for rowid, value in rows]


def values_of(conn):
    out = []
    for table, column, where in COLUMNS:
        out.extend(v.encode() for (v,) in conn.execute(f"SELECT {column} FROM {table} WHERE {where}"))
    return out


def check_or_tally(db: str, keys: list, procs: int) -> None:
    conn = sqlite3.connect(db)
    values = values_of(conn)
    with Pool(procs) as pool:
        parts = pool.map(_opens, [(keys, c) for c in chunks(values, procs)])
    counts = [sum(p[i] for p in parts) for i in range(len(keys))]
    print(f"{len(values)} values, opened by each key: {counts}")


def rotate_mp(db: str, old: str, new: str, procs: int) -> None:
    conn = sqlite3.connect(db)
    conn.isolation_level = None
    conn.execute("BEGIN IMMEDIATE")
    n = 0
    with Pool(procs) as pool:
        for table, column, where in COLUMNS:
            rows = [(r, v.encode()) for r, v in conn.execute(f"SELECT rowid, {column} FROM {table} WHERE {where}")]
            for part in pool.map(_rotate, [(old, new, c) for c in chunks(rows, procs)]):
                for rowid, token in part:
                    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (token, rowid))
                    n += 1
    conn.execute("COMMIT")
    print(f"rotated {n} values")


def check(db: str, key: str) -> None:
    f = fernet(key)
    conn = sqlite3.connect(db)
    total = bad = 0
    for table, column, where in COLUMNS:
        for (value,) in conn.execute(f"SELECT {column} FROM {table} WHERE {where}"):
            total += 1
            try:
                f.decrypt(value.encode())
            except InvalidToken:
                bad += 1
    print(f"{total} values, {bad} do not open")


def rotate(db: str, old: str, new: str) -> None:
    multi = MultiFernet([fernet(new), fernet(old)])
    conn = sqlite3.connect(db)
    conn.isolation_level = None
    conn.execute("BEGIN IMMEDIATE")
    n = 0
    for table, column, where in COLUMNS:
        rows = conn.execute(f"SELECT rowid, {column} FROM {table} WHERE {where}").fetchall()
        for rowid, value in rows:
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (multi.rotate(value.encode()).decode(), rowid))
            n += 1
    conn.execute("COMMIT")
    print(f"rotated {n} values")


if __name__ == "__main__":
    start = time.time()
    args = sys.argv[1:]
    procs = 1
    if "--procs" in args:
        i = args.index("--procs")
        procs = int(args[i + 1])
        del args[i:i + 2]
    if args[0] == "check" and procs == 1:
        check(args[1], args[2])
    elif args[0] == "check":
        check_or_tally(args[1], [args[2]], procs)
    elif args[0] == "tally":
        check_or_tally(args[1], [args[2], args[3]], procs)
    elif procs == 1:
        rotate(args[1], args[2], args[3])
    else:
        rotate_mp(args[1], args[2], args[3], procs)
    print(f"{time.time() - start:.2f} s", file=sys.stderr)
