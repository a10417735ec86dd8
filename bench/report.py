#!/usr/bin/env python3
"""Renders BENCHMARKS.md and bench/scaling.png from bench/results.json."""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
data = json.loads((ROOT / "bench/results.json").read_text())
machine, results = data["machine"], data["results"]


def ms(s):
    return f"{s * 1000:,.1f} ms" if s < 10 else f"{s:,.1f} s"


def spread(r):
    return f"{ms(r['min_s'])} – {ms(r['max_s'])}"


rows = []
for name, r in results.items():
    fa, bl, mp = r["flowadmin"], r.get("baseline"), r.get("baseline_mp")
    ratio = f"{bl['median_s'] / fa['median_s']:,.1f}×" if bl else "–"
    rows.append(
        f"| {name} | {ms(fa['median_s'])} ({spread(fa)}), {fa['peak_mib']:.1f} MiB, {fa['runs']} runs | "
        + (f"{r['baseline_name']}: {ms(bl['median_s'])} ({spread(bl)}), {bl['peak_mib']:.0f} MiB, {bl['runs']} runs" if bl else "–")
        + f" | {ratio} | "
        + (f"{ms(mp['median_s'])} ({spread(mp)}), {mp['runs']} runs | {mp['median_s'] / fa['median_s']:,.1f}×" if mp else "– | –")
        + " |"
    )

scaling = []
for name, r in results.items():
    if "values" in r and name.startswith("secret-key rotate"):
        n = r["values"]
        fa, bl, mp = r["flowadmin"], r.get("baseline"), r.get("baseline_mp")
        scaling.append(
            f"| {n:,} | {ms(fa['median_s'])} | {n / fa['median_s']:,.0f} | {fa['peak_mib']:.1f} MiB | "
            + (f"{ms(bl['median_s'])} | {n / bl['median_s']:,.0f} | {bl['peak_mib']:.0f} MiB | {bl['median_s'] / fa['median_s']:.1f}× | "
               if bl else "not run | | | | ")
            + (f"{ms(mp['median_s'])} | {mp['median_s'] / fa['median_s']:.1f}× |" if mp else "not run | |")
        )

goals = []
met = lambda ok: "met" if ok else "NOT met"
ak = results["api-key create"]
start = ak.get("startup")
goals.append(
    f"- `api-key create` under 5 ms median on SQLite: {ms(ak['flowadmin']['median_s'])} "
    f"({spread(ak['flowadmin'])}) — {met(ak['flowadmin']['median_s'] < 0.005)}"
    + (f"; the process alone (`flowadmin --version`) takes {ms(start['median_s'])}" if start else "")
    + ". Against `langflow api-key` it is "
    f"{ak['baseline']['median_s'] / ak['flowadmin']['median_s']:,.0f}× faster, but that ratio measures mostly Python's "
    f"start-up and Langflow's imports ({ms(ak['baseline']['median_s'])} for `langflow api-key`), not the work: both insert one row."
)
rot = [r for n, r in results.items() if n.startswith("secret-key rotate") and "baseline" in r]
floor_rows = []
for r in rot:
    if "floor_walk_s" not in r:
        continue
    walk, crypto = r["floor_walk_s"], r["floor_crypto_s"]
    floor = max(walk, crypto)
    floor_rows.append(f"| {r['values']:,} | {ms(r['flowadmin']['median_s'])} | {ms(walk)} | {ms(crypto)} | "
                      f"{ms(floor)} | {r['flowadmin']['median_s'] / floor:.2f}x |")
floor_section = ("""What the machine cannot beat (`examples/bench_floor.rs`): the rotation's own walk and UPDATEs
(the same batches, statements, read-back and one transaction) with every new token precomputed, so
no crypto; and the rotation's crypto alone (open with the old key, seal with the new, open the new
token again) on all cores with no database. A rotation overlaps the two, so its floor is the
larger; the last column is how far the rotation is above it (1.00x: at the floor).

| values | rotate | walk alone (no crypto) | crypto alone (all cores) | floor | rotate / floor |
|---|---|---|---|---|---|
""" + "\n".join(floor_rows)) if floor_rows else "(not measured in this run)"
big = max(rot, key=lambda r: r["values"])
rate = big["values"] / big["flowadmin"]["median_s"]
single = big["baseline"]["median_s"] / big["flowadmin"]["median_s"]
multi = big["baseline_mp"]["median_s"] / big["flowadmin"]["median_s"]
goals.append(f"- rotation at least 200,000 values/s on {machine['cores']} cores at {big['values']:,} values: {rate:,.0f}/s — {met(rate >= 200_000)}")
near_floor = ""
if "floor_walk_s" in big:
    over = big["flowadmin"]["median_s"] / max(big["floor_walk_s"], big["floor_crypto_s"])
    near_floor = f"; or within 1.5× of the floor: {over:.2f}× — {met(over <= 1.5)}"
goals.append(f"- rotation at least 10× the single-process Python baseline: {single:.1f}× — {met(single >= 10)}{near_floor}")
goals.append(f"- rotation at least 5× the Python baseline with {machine['cores']} processes doing the crypto: {multi:.1f}× — {met(multi >= 5)}")
mem_rows = [(r["values"], r["flowadmin"]["peak_mib"]) for n, r in results.items() if n.startswith("secret-key rotate")]
mems = [m for _, m in sorted(mem_rows)]
flat = len(mems) >= 2 and mems[-1] <= 1.2 * mems[-2]
goals.append(
    "- rotation memory flat in N: "
    + ", ".join(f"{m:.1f} MiB at {n:,}" for n, m in sorted(mem_rows))
    + f" — {met(flat)}" + (" (the last growth, threefold or tenfold, added under 20%)" if flat else "")
)
for prefix, what in [("db check", "`db check`"), ("doctor (2 keys tried)", "`doctor` (two keys tried on every value)")]:
    cands = [r for n, r in results.items() if n.startswith(prefix) and "baseline" in r]
    if cands:
        r = max(cands, key=lambda r: r["values"])
        x1 = r["baseline"]["median_s"] / r["flowadmin"]["median_s"]
        x2 = r["baseline_mp"]["median_s"] / r["flowadmin"]["median_s"]
        goals.append(f"- {what} at {r['values']:,} values: {x1:.1f}× the one-process baseline ({met(x1 >= 10)}, goal 10×), "
                     f"{x2:.1f}× the {machine['cores']}-process one ({met(x2 >= 5)}, goal 5×)")
loc = results.get("db locate, default database (site-packages read)")
loc_py = results.get("db locate, default database (FLOWADMIN_LOCATE=python)")
if loc:
    goals.append(f"- finding Langflow's default database without Python: {ms(loc['flowadmin']['median_s'])} median "
                 f"({met(loc['flowadmin']['median_s'] < 0.010)}, goal 10 ms)"
                 + (f"; asking the venv's python instead: {ms(loc_py['flowadmin']['median_s'])}" if loc_py else ""))
rich = results.get("doctor, rich fixture")
if rich:
    goals.append(f"- doctor under 50 ms on the rich fixture: {ms(rich['flowadmin']['median_s'])} median of {rich['flowadmin']['runs']} runs — "
                 + met(rich["flowadmin"]["median_s"] < 0.05))
d100k = results.get("doctor (2 keys tried), 100,000 values")
if d100k:
    goals.append(f"- doctor under 3 s at 100,000 encrypted values (2 keys tried on each): {ms(d100k['flowadmin']['median_s'])} — "
                 + met(d100k["flowadmin"]["median_s"] < 3))
doc_mem = [(r["values"], r["flowadmin"]["peak_mib"]) for n, r in results.items() if n.startswith("doctor (2 keys tried)")]
if doc_mem:
    top = max(m for _, m in doc_mem)
    goals.append("- doctor memory flat and under 32 MiB (one API key per 10 values, so 100,000 keys at 1,000,000): "
                 + ", ".join(f"{m:.1f} MiB at {v:,}" for v, m in sorted(doc_mem)) + f" — {met(top < 32)}")

plot = ""
try:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5))
    for prefix, label_fa, label_bl in [
        ("secret-key rotate", "flowadmin rotate", "Python MultiFernet rotate"),
        ("db check", "flowadmin db check", "Python check"),
    ]:
        pts = sorted((r["values"], r["flowadmin"]["median_s"], r["baseline"]["median_s"])
                     for n, r in results.items() if n.startswith(prefix) and "baseline" in r)
        xs = [p[0] for p in pts]
        ax.loglog(xs, [p[1] for p in pts], "o-", label=label_fa)
        ax.loglog(xs, [p[2] for p in pts], "s--", label=label_bl)
    ax.set_xlabel("encrypted values")
    ax.set_ylabel("wall time (s)")
    ax.set_title("Cost against database size (log-log)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(ROOT / "bench/scaling.png", dpi=110)
    plot = "\n![wall time against number of values, log-log](bench/scaling.png)\n"
except ImportError:
    pass

apikey_section = ""
apikey_file = ROOT / "bench/results-apikey.json"
if apikey_file.exists():
    ak_parts = json.loads(apikey_file.read_text())
    apikey_rows = "\n".join(f"| {name} | {ms(r['median_s'])} ({spread(r)}) |" for name, r in ak_parts["results"].items())
    apikey_section = f"""
## Where `api-key create` spends its time

Measured {ak_parts['machine']['date']} by `bench/apikey.py` (run by `bench/run.sh`), {ak_parts['machine']['runs']} runs each,
on a copy of the rich fixture: the same command less one part at a time. Finding the product from
the `--db` file opens it once more, and SQLite parses the fixture's whole schema (some 300 tables
and indexes) at each open; fsync is the commit's durability (SQLite syncs the WAL it creates, the
commit and the checkpoint at close), which flowadmin keeps.

| run | median (min – max) |
|---|---|
{apikey_rows}
"""

pg_section = ""
pg_file = ROOT / "bench/results-pg.json"
if pg_file.exists():
    pg = json.loads(pg_file.read_text())
    pg_rows, pg_goals = [], []
    for name, r in pg["results"].items():
        fa, bl = r["flowadmin"], r.get("baseline")
        ratio = f"{bl['median_s'] / fa['median_s']:,.1f}×" if bl else "–"
        pg_rows.append(
            f"| {name} | {ms(fa['median_s'])} ({spread(fa)}), {fa['peak_mib']:.1f} MiB, {fa['runs']} runs | "
            + (f"{r['baseline_name']}: {ms(bl['median_s'])} ({spread(bl)}), {bl['peak_mib']:.0f} MiB, {bl['runs']} runs" if bl else "–")
            + f" | {ratio} |"
        )
    ak_pg = pg["results"]["api-key create (PostgreSQL)"]
    ak = ak_pg["flowadmin"]
    conn = ak_pg.get("connect_floor")
    pg_goals.append(
        f"- `api-key create` on PostgreSQL under 10 ms: {ms(ak['median_s'])} — {'met' if ak['median_s'] < 0.01 else 'NOT met'}"
        + (f"; opening one connection alone takes psycopg (libpq) {ms(conn['median_s'])} on this server "
           f"({'with' if conn['tls'] else 'without'} TLS, as flowadmin connects here)" if conn else ""))
    for prefix in ["secret-key rotate (PostgreSQL)", "db check (PostgreSQL)"]:
        for name, r in pg["results"].items():
            if name.startswith(prefix):
                x = r["baseline"]["median_s"] / r["flowadmin"]["median_s"]
                floor = r.get("server_floor_s")
                pg_goals.append(f"- {name}: {x:.1f}× the baseline (goal 10×) — {'met' if x >= 10 else 'NOT met'}; "
                                f"{r['values'] / r['flowadmin']['median_s']:,.0f} values/s, peak {r['flowadmin']['peak_mib']:.1f} MiB"
                                + (f"; the server's own rewrite of the same values, with no client, takes {ms(floor)}: "
                                   f"the rotation is {r['flowadmin']['median_s'] / floor:.2f}× that floor, and no client "
                                   f"could be more than {r['baseline']['median_s'] / floor:.1f}× faster than the baseline "
                                   f"on this server" if floor else ""))
    pg_mems = [r["flowadmin"]["peak_mib"] for n, r in pg["results"].items() if n.startswith("secret-key rotate")]
    pg_goals.append(f"- rotation memory flat: {', '.join(f'{m:.1f}' for m in pg_mems)} MiB for the sizes above")
    pg_section = f"""
## PostgreSQL

{pg['machine']['server']}, the same machine; measured {pg['machine']['date']} by `bench/pg.py`
(run by `bench/run.sh`; `bench/run.sh --pg-only` for this part alone). Every database is a copy
(`CREATE DATABASE ... TEMPLATE`) of the rich fixture Langflow 1.13 wrote on PostgreSQL plus N
Credential variables under its key. The baseline is what an operator would write with psycopg and
`cryptography`: a server-side cursor in pages of 2,000 rows, `MultiFernet.rotate`, the updates
batched with `executemany` (pipelined), one transaction; it uses one core, flowadmin both (the
crypto of each page split across them). Both talk to the server over the loopback.

| what | flowadmin | baseline | ratio |
|---|---|---|---|
{chr(10).join(pg_rows)}

{chr(10).join(pg_goals)}

Where the time goes: on PostgreSQL the server's own work dominates, not the crypto. Rewriting a
row writes a new row version and its index entries: the floor above is `UPDATE ... SET value =
value || ''` over the same rows run by the server alone, which bounds any client. flowadmin reads each table in one sequential scan through a portal (a server-side cursor)
and sends one `UPDATE ... FROM unnest($1, $2) ... WHERE ctid = ... RETURNING` per page of 2,000
rows (the row rewritten where the scan found it, the `RETURNING` is the read-back), each column's
statements prepared once; the baseline pays the same server cost plus one statement per row, which
is why the ratio is far below SQLite's, where the crypto is the cost. The spread between runs is
wide on this shared machine (see min – max); `api-key create` is one connection (SCRAM, and TLS
when the server offers it), a schema read from `pg_catalog`, the key check (one statement samples
every encrypted column) and one insert, each statement one round trip (`query_typed`).
"""

# The before/after section and the experiment after it (bench/driver.sh,
# bench/set_update.py): kept as they last wrote them.
_page = ROOT / "BENCHMARKS.md"
_kept = re.search(r"\n## One rotation driver.*?<!-- driver:end -->\n.*?(?=\n## )", _page.read_text() if _page.exists() else "",
                  re.S)
driver_section = _kept[0] if _kept else ""

profile_section = ""
profile_file = ROOT / "bench/profile-rotate.json"
if profile_file.exists():
    prof = json.loads(profile_file.read_text())
    prof_rows = "\n".join(f"| {k} | {v:.1f}% |" for k, v in sorted(prof["by_kind"].items(), key=lambda kv: -kv[1]))
    profile_section = f"""
## Where a rotation's time goes

`bench/profile.sh` samples `secret-key rotate` of {prof['values']:,} values with `perf` (all threads,
call stacks by DWARF) and folds them into [a flame graph](bench/flamegraph-rotate.svg) (inferno).
Self time by the kind of work in the sampled frame:

| work | share of samples |
|---|---|
{prof_rows}

Each value costs three Fernet operations (open under the old key, seal under the new, open the new
token to verify it before it is written), then an `UPDATE` by rowid and a read-back compare. The
crypto is split across the cores; SQLite has one writer, so the updates, the WAL writes and the
read-backs run on one thread while the cores work on the next batch. That serial writer, not the
crypto, bounds the rate: it is why two cores give well under twice one core's speed, and why the
ratio against a Python baseline whose crypto also runs in parallel is lower than against one
process.
"""

bundle_section = ""
bundle_file = ROOT / "bench/results-bundle.json"
if bundle_file.exists():
    bd = json.loads(bundle_file.read_text())
    kdf = bd["kdf"]
    b_rows = [
        f"| {name} | {ms(r['flowadmin']['median_s'])} ({spread(r['flowadmin'])}), {r['flowadmin']['peak_mib']:.1f} MiB, {r['flowadmin']['runs']} runs |"
        for name, r in bd["results"].items()
    ]
    bundle_section = f"""
## Sealed bundles

Measured {bd['machine']['date']} by `bench/bundle.py` (run by `bench/run.sh`), the same machine.
`variable export --all` of a database holding that many Credential variables (one owner, bench_db's),
and `variable import` of the bundle ({bd['machine']['bundle_bytes']:,} bytes) into a fresh database
under another key (each value decrypted, sealed, opened and re-encrypted; the import in one
transaction). Both include one argon2id derivation, measured alone below: it is most of the time
and, at {kdf['memory_kib'] // 1024} MiB, most of the peak memory.

| what | flowadmin |
|---|---|
{chr(10).join(b_rows)}
| argon2id alone ({kdf['memory_kib'] // 1024} MiB, {kdf['iterations']} passes, {kdf['parallelism']} lane; `examples/bench_kdf.rs`) | {ms(kdf['median_s'])} ({ms(kdf['min_s'])} – {ms(kdf['max_s'])}), {kdf['runs']} runs |
"""

state_section = ""
state_file = ROOT / "bench/results-state.json"
if state_file.exists():
    # bench/state.py writes this section; rendered here too, so a full
    # report keeps it (one writer of its text: state.section).
    sys.path.insert(0, str(ROOT / "bench"))
    from state import section as state_markdown

    state_section = "\n" + state_markdown(json.loads(state_file.read_text()))

profiles_section = ""
profiles_file = ROOT / "bench/results-profiles.json"
if profiles_file.exists():
    pr = json.loads(profiles_file.read_text())
    p_rows = [
        f"| `{name}` | {r['size_bytes'] / 1e6:.1f} MB | {r['rotate_300k_seconds']:.2f} s |"
        for name, r in pr.items()
    ]
    profiles_section = f"""
## Build profiles

`bench/profiles.sh`: the `release` profile (thin LTO, 4 codegen units; what the tests and these
benchmarks build) against `dist` (fat LTO, one codegen unit, stripped; what `scripts/dist.sh`
ships), the binary stripped, and a rotation of 300,000 values, best of 5, interleaved. The two
rotations are within the machine's noise of each other (a few per cent, either way from run to run);
the `dist` binary is 13% smaller, so it is what ships.

| profile | binary | rotation of 300,000 values |
|---|---|---|
{chr(10).join(p_rows)}
"""

ff_section = ""
ff_file = ROOT / "bench/results-ff.json"
if ff_file.exists():
    ff = json.loads(ff_file.read_text())
    ff_rows, ff_goals = [], []
    for name, r in ff["results"].items():
        fa, bl = r["flowadmin"], r["baseline"]
        x = bl["median_s"] / fa["median_s"]
        ff_rows.append(
            f"| {name} | {ms(fa['median_s'])} ({spread(fa)}), {fa['peak_mib']:.1f} MiB, {fa['runs']} runs | "
            f"{r['baseline_name']}: {ms(bl['median_s'])} ({spread(bl)}), {bl['peak_mib']:.0f} MiB, {bl['runs']} runs | {x:,.1f}× |"
        )
        ff_goals.append(f"- {name}: {x:.1f}× (goal 10×) — {'met' if x >= 10 else 'NOT met'}")
    ff_mems = [r["flowadmin"]["peak_mib"] for n, r in ff["results"].items() if "rotate" in n]
    ff_goals.append(f"- rotation memory: {', '.join(f'{m:.1f}' for m in ff_mems)} MiB for the sizes above")
    ff_section = f"""
## Flowfile

Measured {ff['machine']['date']} by `bench/flowfile.py` (run by `bench/run.sh`), the same machine.
Each database is the Flowfile 0.23.3 fixture's schema with {ff['machine']['owners']} users and N
secrets spread over them, each sealed as Flowfile seals it (`$ffsec$1$<owner>$` and a Fernet token
under the owner's HKDF-derived key). The baseline is Python with Flowfile's own derivation
(`cryptography`'s HKDF and Fernet, a key per owner cached) on one core: `db check` decrypts every
secret; `rotate` decrypts each and re-encrypts it under the new master key's derivation for its
owner, in one transaction. flowadmin also finds sealed values in every text column (not only
`secrets`), checks that each new value opens before writing it, reads each back, and uses both cores.

| what | flowadmin | baseline | ratio |
|---|---|---|---|
{chr(10).join(ff_rows)}

{chr(10).join(ff_goals)}
"""

text = f"""# Benchmarks

flowadmin against what operators use today: Langflow's own CLI (`langflow api-key`,
`langflow superuser`, from langflow-base 1.13.0 in the interop venv) and, for checking and
rotating keys, a Python baseline (`bench/baseline.py`) doing what Langflow's rotation script does:
`cryptography`'s `MultiFernet` and `sqlite3` in one transaction.

Reproduce with `bench/run.sh` (about 30 minutes on the 2-core machine; `--quick` skips the million- and three-million-value databases). It
builds flowadmin in release mode, generates the databases with `examples/bench_db.rs` (real Fernet
tokens: 90% credential variables, 10% API keys), runs every command several times under
`/usr/bin/time` and writes `bench/results.json`, this page and `bench/scaling.png`. No test asserts
a time.

## Machine

{machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']} GiB, {machine['os']},
Python {machine['python']}; measured {machine['date']}.

## Results

Median wall time (spread min – max) and peak RSS.

| what | flowadmin | baseline (one process) | ratio | baseline, crypto in {machine['cores']} processes | ratio |
|---|---|---|---|---|---|
{chr(10).join(rows)}

What the rows do: `api-key create` (timed in-process like the start-up rows, 50 runs) mints a superuser key on the rich 1.13 fixture (flowadmin with
a superuser token as proof; Langflow with AUTO_LOGIN true, each run on a fresh copy).
`superuser` creates one (both pay bcrypt cost 12, about 0.25 s; the rest is overhead).
`db check` and `secret-key check` open every encrypted value with the configured key; `rotate`
re-encrypts all of them under a new key in one transaction (`--no-backup`, as the baseline makes
none). flowadmin's rotation does more than the baseline: a value no old key opens is tried with
the new key (so a rerun skips finished values), every new value is decrypted with the new key
before it is written, and every written value is read back from the database and compared before
the commit. `variable get` and `db locate` are start-up latency
(median of 50 runs, timed in-process).

## How cost grows with the number of values

| values | flowadmin rotate | values/s | peak | Python rotate | values/s | peak | ratio | Python, {machine['cores']} processes | ratio |
|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(scaling)}
{plot}
flowadmin walks the tables in batches of 2,000 rows, splits the crypto of each batch across the
cores while the previous batch is written, and fixes SQLite's page cache at 16 MiB for the rotation's
one transaction: memory grows only while the whole database still fits in that cache, then stays
put (the peaks in the table above). The baseline (like Langflow's script) reads each table whole,
so its memory grows with the table.

## Against the floor

{floor_section}

## Goals

{chr(10).join(goals)}

Where a ratio goal is not met, the gap is the serial part. SQLite gives one connection the table,
so the rows are read (and, in a rotation, updated, written to the WAL and read back) on one
thread, while the crypto is spread over the cores; a baseline whose crypto also runs in a pool of
processes gains the same parallel part, which is why the ratio against it is the smaller one. The
baselines also do less: they verify no new token before writing it and read nothing back. The
profile below shows the shares. `api-key create` is process start-up, opening the database (twice
with `--db`: once to tell the product, see below), the key check and one committed insert; see
its min and max for the machine's spread between runs.
{driver_section}{profile_section}{apikey_section}{pg_section}{ff_section}{bundle_section}{state_section}{profiles_section}"""
(ROOT / "BENCHMARKS.md").write_text(text)
