#!/usr/bin/env python3
"""How long each read command takes, as a user runs it, on one or more stores: CPU and wall.

usage: python benchmarks/read_speed.py STORE [STORE ...] [--repeat N] [--repo PATH]
                                       [--pair A,B] [--commands timeline,...]

Each command runs as ``python -m chronica.cli ...`` in a fresh process (imports included: what
a user waits for), ``--repeat`` times, the stores and commands interleaved round by round so
that a busy moment of a shared machine does not fall on one command only. Printed per store and
command: the median CPU seconds of the process (user + system), the median and the best wall
seconds, the peak RSS, and the size of what it wrote. CPU time is what the command costs; wall
time is what a user waits on this machine, at its current load (``load`` is printed with it).

Commands: ``timeline``, ``disagreements``, ``barometer A B`` (``--pair``; default: per store,
the pair with the most events that has dated ones), ``export`` (``--format json`` to a file)
and ``report`` (the HTML report to a file; its size is the report size).

``--repo PATH`` times another checkout's Chronica (e.g. the main branch, for a before/after).
The goals (issue 13): timeline, disagreements, barometer and export under 1 s on the BBC store
and under 3 s on the 10× synthetic store (``benchmarks/scale_store.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COMMANDS = ("timeline", "disagreements", "barometer", "export", "report")

#: a child that finds the pair a barometer is drawn for: the most events, some of them dated
PAIR = r"""
import json, sys
from chronica.chronicle.persist import load_chronicle
from chronica.store import Store
with Store(sys.argv[1]) as store:
    chronicle = load_chronicle(store, mentions=False)
for a, b, _ in chronicle.main_pairs(30):
    if chronicle.barometer({a}, {b}).points:
        print(json.dumps([a, b]))
        break
else:
    print(json.dumps(None))
"""


def _argv(command: str, db: str, pair: list[str] | None, out: Path) -> list[str] | None:
    base = [sys.executable, "-m", "chronica.cli"]
    if command == "timeline":
        return base + ["timeline", "--db", db]
    if command == "disagreements":
        return base + ["disagreements", "--db", db]
    if command == "barometer":
        return None if not pair else base + ["barometer", pair[0], pair[1], "--db", db]
    if command == "export":
        return base + ["export", "--format", "json", "-o", str(out), "--db", db]
    if command == "report":
        return base + ["report", "-o", str(out), "--db", db]
    raise SystemExit(f"unknown command {command!r}; choose from {', '.join(COMMANDS)}")


def run_once(argv: list[str], repo: Path, out: Path) -> dict:
    """One run: the child's own CPU seconds (user + system) and peak RSS (``wait4``), wall
    seconds, and the bytes it wrote (the output file, else stdout)."""
    if out.exists():
        out.unlink()
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=repo, stdout=stdout, stderr=stderr,
                                env={**os.environ, "COLUMNS": "120"})
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        size = out.stat().st_size if out.exists() else stdout.tell()
        if proc.returncode != 0:
            stderr.seek(0)
            raise SystemExit(f"{' '.join(argv[2:])} failed:\n{stderr.read().decode()[-2000:]}")
    return {"cpu": usage.ru_utime + usage.ru_stime, "wall": wall, "rss_mb": usage.ru_maxrss / 1024,
            "bytes": size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stores", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--repo", type=Path, default=REPO, help="the checkout whose Chronica runs")
    ap.add_argument("--pair", help="the barometer's pair, A,B (default: found per store)")
    ap.add_argument("--commands", default=",".join(COMMANDS))
    args = ap.parse_args(argv)
    commands = args.commands.split(",")
    pairs: dict[str, list[str] | None] = {}
    for db in args.stores:
        if not Path(db).is_file():
            print(f"error: no store at {db}", file=sys.stderr)
            return 1
        if args.pair:
            pairs[db] = args.pair.split(",")
        elif "barometer" in commands:
            found = subprocess.run([sys.executable, "-c", PAIR, db], cwd=REPO, capture_output=True,
                                   text=True, check=True).stdout
            pairs[db] = json.loads(found.strip().splitlines()[-1])
    runs: dict[tuple[str, str], list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeat):
            for db in args.stores:
                for command in commands:
                    out = Path(tmp) / f"out.{'html' if command == 'report' else 'json'}"
                    child = _argv(command, db, pairs.get(db), out)
                    if child is not None:
                        runs.setdefault((db, command), []).append(run_once(child, args.repo, out))
    load = os.getloadavg()[0]
    print(f"Chronica at {args.repo}; {os.cpu_count()} cores, load {load:.1f}; "
          f"median of {args.repeat} (best wall in brackets)")
    print(f"{'store':<16}{'command':<22}{'cpu':>8}{'wall':>8}{'(best)':>9}{'rss MB':>8}{'output':>12}")
    for db in args.stores:
        for command in commands:
            rs = runs.get((db, command))
            label = command + (f" {' '.join(pairs[db])}" if command == "barometer" and pairs.get(db) else "")
            if not rs:
                print(f"{Path(db).name[:15]:<16}{label:<22}{'(no pair with dated events)':>45}")
                continue
            cpu = statistics.median(r["cpu"] for r in rs)
            wall = statistics.median(r["wall"] for r in rs)
            best = min(r["wall"] for r in rs)
            print(f"{Path(db).name[:15]:<16}{label[:21]:<22}{cpu:>7.2f}s{wall:>7.2f}s{best:>8.2f}s"
                  f"{max(r['rss_mb'] for r in rs):>8.0f}{rs[0]['bytes'] / 1e6:>10.2f}MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
