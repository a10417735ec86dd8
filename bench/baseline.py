#!/usr/bin/env python3
"""The Python baseline: what Langflow's own tooling does, with `cryptography`'s
MultiFernet and `sqlite3` in one transaction.

    baseline.py check  DB KEY          decrypt every variable value and API key
    baseline.py rotate DB OLD NEW      re-encrypt them all under NEW, one transaction

Keys of 32+ characters are used as Fernet keys directly (as Langflow does).
"""

import sys
import sqlite3
import time

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


def fernet(key: str) -> Fernet:
    return Fernet(key + "=" * (-len(key) % 4))


COLUMNS = [("variable", "value", "type = 'Credential'"), ("apikey", "api_key", "1 = 1")]


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
    if sys.argv[1] == "check":
        check(sys.argv[2], sys.argv[3])
    else:
        rotate(sys.argv[2], sys.argv[3], sys.argv[4])
    print(f"{time.time() - start:.2f} s", file=sys.stderr)
