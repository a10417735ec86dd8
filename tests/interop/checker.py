#!/usr/bin/env python3
"""Asks the real Langflow (langflow-base 1.13.0) about a database, through
Langflow's own functions: never a reimplementation.

Reads one JSON request on stdin and prints one JSON answer on stdout:

    {"database": "/abs/langflow.db", "secret_key": "...", "config_dir": "/abs/dir",
     "checks": [
        {"op": "login", "username": "admin", "password": "..."},
        {"op": "api_key", "key": "sk-..."},
        {"op": "variable", "username": "admin", "name": "OPENAI_API_KEY"},
        {"op": "api_key_row", "name": "CLI"},
        {"op": "create_variable", "username": "admin", "name": "X", "value": "..."}
     ]}

    {"results": [{"ok": true, "detail": "..."}, ...]}

Importing Langflow takes about 10 s, so one process answers a whole batch.
The environment is set before Langflow is imported, and Langflow's start-up
(which would migrate the database) never runs: only the service factories
are registered, as `langflow check-integrity` does.
`check-integrity` itself runs as Langflow's CLI: see run_check_integrity().
"""

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path


def langflow_env(database: str, secret_key: str, config_dir: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANGFLOW_")}
    env.update(
        # A path is a SQLite file; a URL (postgresql://...) is used as it is.
        LANGFLOW_DATABASE_URL=database if "://" in database else f"sqlite:///{database}",
        LANGFLOW_SECRET_KEY=secret_key,
        LANGFLOW_CONFIG_DIR=config_dir,
        LANGFLOW_AUTO_LOGIN="false",
        LANGFLOW_LOG_LEVEL="error",
        DO_NOT_TRACK="true",
    )
    return env


async def answer(checks: list[dict]) -> list[dict]:
    from lfx.services.settings.utils import keys_not_persisted

    from langflow.services.deps import get_auth_service, get_settings_service, get_variable_service, session_scope
    from langflow.services.utils import register_all_service_factories

    register_all_service_factories()
    with keys_not_persisted():
        get_settings_service()

    from fastapi import HTTPException

    from langflow.services.database.models.api_key.crud import authenticate_api_key
    from langflow.services.database.models.user.crud import get_user_by_username

    auth = get_auth_service()
    results = []
    for check in checks:
        op = check["op"]
        try:
            if op == "login":
                async with session_scope() as db:
                    try:
                        user = await auth.authenticate_user(check["username"], check["password"], db)
                    except HTTPException as exc:
                        results.append({"ok": False, "detail": str(exc.detail)})
                        continue
                    if user is None:
                        results.append({"ok": False, "detail": "incorrect username or password"})
                        continue
                    tokens = await auth.create_user_tokens(user.id, db)
                    # Resolving the token looks the user up by id, as every request does.
                    resolved = await auth.get_current_user_from_access_token(tokens["access_token"], db)
                    results.append(
                        {
                            "ok": resolved.username == check["username"],
                            "detail": "logged in",
                            "is_superuser": bool(resolved.is_superuser),
                        }
                    )
            elif op == "api_key":
                result = await authenticate_api_key(check["key"])
                if result is None:
                    results.append({"ok": False, "detail": "API key refused"})
                else:
                    results.append(
                        {"ok": True, "detail": "API key accepted", "username": result.user.username,
                         "is_superuser": bool(result.user.is_superuser)}
                    )
            elif op == "variable":
                async with session_scope() as db:
                    user = await get_user_by_username(db, check["username"])
                    if user is None:
                        results.append({"ok": False, "detail": "no such user"})
                        continue
                    value = await get_variable_service().get_variable(user.id, check["name"], "", db)
                    if hasattr(value, "get_secret_value"):
                        value = value.get_secret_value()
                    results.append({"ok": True, "detail": "read", "value": value})
            elif op == "create_variable":
                # Langflow itself writes a credential (encrypted with the key it runs with).
                async with session_scope() as db:
                    user = await get_user_by_username(db, check["username"])
                    if user is None:
                        results.append({"ok": False, "detail": "no such user"})
                        continue
                    await get_variable_service().create_variable(
                        user.id, check["name"], check["value"], session=db
                    )
                    results.append({"ok": True, "detail": "created"})
            else:
                results.append({"ok": False, "detail": f"unknown op {op}"})
        except Exception as exc:  # noqa: BLE001 - every failure is an answer
            results.append({"ok": False, "detail": f"{type(exc).__name__}: {exc}"})
    return results


def run_check_integrity(database: str, secret_key: str, config_dir: str) -> dict:
    """`langflow check-integrity --json` with the given key: its final report and exit code."""
    langflow = Path(sys.executable).parent / "langflow"
    proc = subprocess.run(
        [str(langflow), "check-integrity", "--json"],
        env=langflow_env(database, secret_key, config_dir),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    report = json.loads(lines[-1]) if lines else {"error": proc.stderr[-2000:]}
    return {"exit": proc.returncode, "report": report}


def main() -> None:
    request = json.load(sys.stdin)
    if request.get("mode") == "check-integrity":
        print(json.dumps(run_check_integrity(request["database"], request["secret_key"], request["config_dir"])))
        return
    os.environ.clear()
    os.environ.update(langflow_env(request["database"], request["secret_key"], request["config_dir"]))
    print(json.dumps({"results": asyncio.run(answer(request["checks"]))}))


if __name__ == "__main__":
    main()
