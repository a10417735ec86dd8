"""Asks Flowfile 0.23.3's own code (never a reimplementation) what it makes
of a database flowadmin changed. Run with the Flowfile venv's python, with
FLOWFILE_MODE, FLOWFILE_MASTER_KEY (or the secure store settings) and
FLOWFILE_DB_PATH set for the database under test. Reads a JSON list of
checks on stdin, prints one JSON list of answers:

    {"op": "decrypt", "name": N, "user_id": U}   Flowfile's own lookup for user
        U (its own secret, else one shared with U's group), then decrypt_secret
    {"op": "decrypt_all"}                        every row of `secrets`
    {"op": "login", "username": U, "password": P} Flowfile's /auth/token handler,
        then its token check (which refuses a disabled user)
    {"op": "api_key", "slug": S, "key": K}       Flowfile's published-endpoint
        key check (enabled key, enabled consumer granted the endpoint)
"""

import json
import sqlite3
import sys
import os

from flowfile_core.secret_manager.secret_manager import decrypt_secret, get_encrypted_secret


def answer(check):
    try:
        if check["op"] == "decrypt":
            stored = get_encrypted_secret(check["user_id"], check["name"])
            if stored is None:
                return {"ok": False, "error": "not found"}
            return {"ok": True, "value": decrypt_secret(stored).get_secret_value()}
        if check["op"] == "decrypt_all":
            conn = sqlite3.connect(os.environ["FLOWFILE_DB_PATH"])
            out = {}
            for name, value in conn.execute("SELECT name, encrypted_value FROM secrets ORDER BY id"):
                try:
                    out[name] = decrypt_secret(value).get_secret_value()
                except Exception as e:  # a value the key does not open
                    out[name] = None
            return {"ok": all(v is not None for v in out.values()), "values": out}
        if check["op"] == "login":
            from flowfile_core.auth.jwt import get_current_user
            from flowfile_core.database.connection import get_db_context
            from flowfile_core.routes.auth import login_for_access_token

            with get_db_context() as db:
                token = login_for_access_token(None, db, check["username"], check["password"])
                user = get_current_user(token["access_token"], db)
                return {"ok": True, "username": user.username, "is_admin": bool(user.is_admin),
                        "must_change_password": bool(user.must_change_password)}
        if check["op"] == "api_key":
            from flowfile_core.auth.api_key import verify_api_key
            from flowfile_core.database.connection import get_db_context

            with get_db_context() as db:
                endpoint = verify_api_key(check["slug"], check["key"], db)
                return {"ok": True, "endpoint": endpoint.slug}
        return {"ok": False, "error": f"unknown op {check['op']}"}
    except Exception as e:
        detail = getattr(e, "detail", None)
        return {"ok": False, "error": f"{type(e).__name__}: {detail or e}"}


print(json.dumps([answer(c) for c in json.load(sys.stdin)]))
