#!/usr/bin/env python3
"""Benchmark of `flowadmin state apply|export` (#24) against Langflow 1.13's own
`langflow admin apply|export` over HTTP, on a generated manifest: N users (each
created with a password from an environment variable), N/10 teams of 10
members, 10 custom roles, one global role per user. Writes
bench/results-state.json and the "Declarative administration" section of
BENCHMARKS.md. No test asserts a time.

    python3 bench/state.py [--users 1000] [--langflow PYTHON]

--langflow names the interop venv's python (tests/interop/setup.sh prints it);
without it only flowadmin is measured.
"""
import argparse, json, os, pathlib, re, shutil, signal, socket, subprocess, sys, tempfile, time, urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
FLOWADMIN = ROOT / "target" / "release" / "flowadmin"


def manifest(users: int) -> str:
    roles = [f"bench-role-{i}" for i in range(10)]
    lines = ["apiVersion: langflow.ai/v1", "kind: AdminState", "users:"]
    for i in range(users):
        lines += [f"- username: bench-user-{i:05d}", "  password_env: BENCH_PASSWORD"]
    lines.append("teams:")
    for t in range(max(1, users // 10)):
        members = ", ".join(f"bench-user-{t * 10 + k:05d}" for k in range(10) if t * 10 + k < users)
        lines += [f"- adom_name: bench-team-{t:04d}", f"  display_name: Bench team {t}", f"  members: [{members}]"]
    lines.append("roles:")
    for r in roles:
        lines += [f"- name: {r}", "  description: generated", "  permissions: [flow:read, flow:execute]"]
    lines.append("assignments:")
    for i in range(users):
        lines += [f"- subject: {{type: user, name: bench-user-{i:05d}}}", f"  role: {roles[i % 10]}"]
    return "\n".join(lines) + "\n"


def timed(cmd, env):
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"{cmd[:4]} failed ({out.returncode}): {out.stderr[-2000:]}")
    return took, out.stdout


def flowadmin_runs(work: pathlib.Path, path: pathlib.Path) -> dict:
    db = work / "flowadmin.db"
    shutil.copy(FIX / "langflow-1.13-rich.db", db)
    env = {"PATH": os.environ["PATH"], "HOME": str(work), "BENCH_PASSWORD": "Bench-Pw-12345!"}
    base = [str(FLOWADMIN), "--db", str(db), "-q"]
    apply_s, _ = timed(base + ["state", "apply", str(path)], env)
    again_s, _ = timed(base + ["state", "apply", str(path)], env)
    export_s, exported = timed(base + ["state", "export"], env)
    diff_s, _ = timed(base + ["state", "diff", str(path)], env)
    return {"apply_s": apply_s, "apply_again_s": again_s, "export_s": export_s, "diff_s": diff_s, "export": exported}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def langflow_runs(work: pathlib.Path, path: pathlib.Path, python: str) -> dict:
    bindir = pathlib.Path(python).parent
    db = work / "langflow.db"
    shutil.copy(FIX / "langflow-1.13-rich.db", db)
    port = free_port()
    home = work / "lfhome"
    for d in ("cfg", "tmp", "cache"):
        (home / d).mkdir(parents=True, exist_ok=True)
    key = (FIX / "langflow-1.13-rich.secret_key").read_text()
    api_key = re.search(r"^admin / admin-key-1 / (\S+)", (FIX / "langflow-1.13-rich.credentials.txt").read_text(), re.M).group(1)
    server_env = {"PATH": f"{bindir}:/usr/bin:/bin", "HOME": str(home), "TMPDIR": str(home / "tmp"),
                  "XDG_CACHE_HOME": str(home / "cache"), "LANGFLOW_CONFIG_DIR": str(home / "cfg"),
                  "LANGFLOW_DATABASE_URL": f"sqlite:///{db}", "LANGFLOW_SECRET_KEY": key,
                  "LANGFLOW_AUTO_LOGIN": "False", "LANGFLOW_SUPERUSER": "admin",
                  "LANGFLOW_SUPERUSER_PASSWORD": "Admin-Fixture-Pw-0!", "DO_NOT_TRACK": "true"}
    server = subprocess.Popen([str(bindir / "langflow"), "run", "--backend-only", "--host", "127.0.0.1", "--port", str(port)],
                              env=server_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)  # its workers go with it
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.time() + 300
        while True:
            try:
                urllib.request.urlopen(url + "/health", timeout=5)
                break
            except Exception:
                if time.time() > deadline:
                    sys.exit("Langflow did not start in 300 s")
                time.sleep(0.5)
        env = {"PATH": server_env["PATH"], "HOME": str(home), "LANGFLOW_URL": url, "LANGFLOW_API_KEY": api_key,
               "BENCH_PASSWORD": "Bench-Pw-12345!"}
        cli = [str(bindir / "langflow"), "admin"]
        apply_s, _ = timed(cli + ["apply", str(path)], env)
        again_s, _ = timed(cli + ["apply", str(path)], env)
        export_s, exported = timed(cli + ["export"], env)
        return {"apply_s": apply_s, "apply_again_s": again_s, "export_s": export_s, "export": exported}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(server.pid, signal.SIGKILL)  # whatever is left of the group
        except ProcessLookupError:
            pass


def section(results: dict) -> str:
    f, l, n = results["flowadmin"], results.get("langflow"), results["users"]
    head = (f"## Declarative administration (`state`)\n\nMeasured by `bench/state.py` on {results['date']}: a generated manifest "
            f"of {n} users (each created with a password, bcrypt cost 12), {n // 10} teams of 10, 10 roles and {n} "
            "assignments, applied to a copy of the rich 1.13 fixture (SQLite). flowadmin hashes the passwords on every "
            "core before its one transaction; Langflow's `langflow admin apply` sends one HTTP request per operation "
            "to a running server (its start not counted).\n\n| what | flowadmin | Langflow over HTTP | ratio |\n|---|---|---|---|\n")
    rows = []
    for key, what in (("apply_s", "apply (everything new)"), ("apply_again_s", "apply again (nothing to do)"), ("export_s", "export")):
        theirs = l[key] if l else None
        rows.append(f"| {what} | {f[key]:.2f} s | {f'{theirs:.2f} s' if theirs else '–'} | "
                    f"{f'{theirs / f[key]:.1f}×' if theirs else '–'} |")
    same = "" if not l else ("\nBoth exports of the result are identical.\n" if results["same_export"] else "\nThe two exports DIFFER.\n")
    return head + "\n".join(rows) + "\n" + same


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=1000)
    ap.add_argument("--langflow", help="the interop venv's python")
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--locked", "-q"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        path = work / "bench.yaml"
        path.write_text(manifest(args.users))
        results = {"users": args.users, "date": time.strftime("%Y-%m-%d"), "flowadmin": flowadmin_runs(work, path)}
        if args.langflow:
            results["langflow"] = langflow_runs(work, path, args.langflow)
            results["same_export"] = results["langflow"]["export"] == results["flowadmin"]["export"]
    for side in ("flowadmin", "langflow"):
        results.get(side, {}).pop("export", None)
    (ROOT / "bench" / "results-state.json").write_text(json.dumps(results, indent=2) + "\n")
    text = (ROOT / "BENCHMARKS.md").read_text()
    text = re.sub(r"\n## Declarative administration \(`state`\)\n.*?(?=\n## |\Z)", "\n", text, flags=re.S).rstrip("\n")
    (ROOT / "BENCHMARKS.md").write_text(text + "\n\n" + section(results))
    print(section(results))


if __name__ == "__main__":
    main()
