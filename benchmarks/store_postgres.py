#!/usr/bin/env python3
"""SQLite vs PostgreSQL as the store: build and ``timeline`` on one corpus, as ratios.

usage: python benchmarks/store_postgres.py [CORPUS] [--repeat N]   (default ../shared/corpus/korea)

Starts a throw-away PostgreSQL cluster (``tests/pgserver.py``: Debian's binaries, a temporary
folder, a local port, fsync off as for any scratch cluster), then ``--repeat`` rounds of: build
CORPUS into a new SQLite file and into a new PostgreSQL database (each in a fresh process, the
order alternating round by round so neither side always meets a busier machine), then
``chronica timeline`` on each. Printed: median wall seconds and median CPU seconds of the
Chronica process (user + system; the PostgreSQL server's own CPU is not in it, which is why
wall time is quoted too) and the ratio PostgreSQL / SQLite of each.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from pgserver import Server  # noqa: E402


def _run(args: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of ``python -m chronica.cli ARGS`` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "chronica.cli", *args], cwd=REPO,
                            capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode:
        sys.exit(f"chronica {' '.join(args)} failed: {result.stderr.strip()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=REPO.parent / "shared" / "corpus" / "korea")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    server = Server()
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for round_ in range(args.repeat):
                sides = ["sqlite", "postgresql"] if round_ % 2 == 0 else ["postgresql", "sqlite"]
                for side in sides:
                    db = str(Path(tmp) / f"r{round_}.db") if side == "sqlite" else server.create_database()
                    times.setdefault((side, "build"), []).append(
                        _run(["build", str(args.corpus), "--db", db, "--quiet", "--workers", "1"]))
                    times.setdefault((side, "timeline"), []).append(_run(["timeline", "--db", db]))
    finally:
        server.stop()
    print(f"{args.corpus} — {args.repeat} rounds, medians (PostgreSQL {server.bin.parent.name}, local TCP)")
    print(f"{'step':10} {'SQLite wall':>12} {'PG wall':>9} {'ratio':>6}   {'SQLite CPU':>11} {'PG CPU':>8} {'ratio':>6}")
    for step in ("build", "timeline"):
        sw = statistics.median(w for w, _ in times[("sqlite", step)])
        pw = statistics.median(w for w, _ in times[("postgresql", step)])
        sc = statistics.median(c for _, c in times[("sqlite", step)])
        pc = statistics.median(c for _, c in times[("postgresql", step)])
        print(f"{step:10} {sw:12.2f} {pw:9.2f} {pw / sw:6.2f}   {sc:11.2f} {pc:8.2f} {pc / sc:6.2f}")


if __name__ == "__main__":
    main()
