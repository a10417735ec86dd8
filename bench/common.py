"""What the bench scripts share: one run's wall time and peak memory, and
the summary of repeated runs (median, min, max, peak)."""

import os
import statistics
import subprocess
import sys
import time


def timed(cmd, env=None, cwd=None, stdin=None):
    """(seconds, peak MiB) of one run under /usr/bin/time; fails loudly. Wall
    time is taken here (/usr/bin/time's %e has 10 ms steps)."""
    full_env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **(env or {})}
    started = time.perf_counter()
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M", *map(str, cmd)], env=full_env, cwd=cwd,
                         input=stdin, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if out.returncode != 0:
        sys.exit(f"benchmark command failed ({out.returncode}): {cmd}\n{out.stderr[-3000:]}")
    _, kib = out.stderr.strip().splitlines()[-1].split()
    return wall, int(kib) / 1024


def precise(cmd, env, runs):
    """Wall seconds of each run, timed in-process (no /usr/bin/time in the
    figure: for millisecond commands it adds about a millisecond)."""
    full_env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), **env}
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(list(map(str, cmd)), env=full_env, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return times


def precise_summary(cmd, env, runs):
    """Median, min and max of `precise` runs, and the peak RSS of one more."""
    times = precise(cmd, env, runs)
    return {"runs": runs, "median_s": statistics.median(times), "min_s": min(times),
            "max_s": max(times), "peak_mib": timed(cmd, env)[1]}


def summary(samples):
    secs = [s for s, _ in samples]
    return {"runs": len(samples), "median_s": statistics.median(secs), "min_s": min(secs),
            "max_s": max(secs), "peak_mib": max(m for _, m in samples)}


def print_results(results):
    for name, r in results.items():
        fa, bl = r["flowadmin"], r.get("baseline")
        line = f"{name}: flowadmin {fa['median_s']*1000:.1f} ms ({fa['peak_mib']:.1f} MiB)"
        if bl:
            line += (f"; {r['baseline_name']} {bl['median_s']*1000:.0f} ms ({bl['peak_mib']:.0f} MiB); "
                     f"x{bl['median_s']/fa['median_s']:.1f}")
        print(line)
