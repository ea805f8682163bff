#!/usr/bin/env python3
"""Read commands on stored chronicles vs recomputing the chronicle on every read, as ratios.

usage: python benchmarks/read_commands.py STORE [STORE ...] [--repeat N] [--rerun CORPUS]

For each store and each read command (``timeline``, ``disagreements``, ``barometer`` of the
pair with the most events, ``export --format json``), runs in a fresh process each:

* **recompute**: the chronicle merged again from every stored mention, every sentence embedded
  again (``build_chronicle(store.event_mentions(), ...)``: what every read command did before
  the chronicle was stored, ``chronica/store/views.py`` up to commit 6022fb3);
* **stored**: the chronicle read from its tables (``chronica.chronicle.persist.load_chronicle``),

then renders what the command prints. Each side runs ``--repeat`` times, the two alternating
(recompute first on odd rounds, stored first on even ones) so that neither always pays for a
busy machine. Printed: the median CPU seconds of the whole process (user + system, imports
included: what a user waits for on an idle machine), of the work alone (after imports), the
peak RSS, and the ratio recompute / stored of each. CPU time, not wall time: the machine is
shared. Stores must be built by this Chronica (their chronicle up to date). With ``--rerun
CORPUS``, a build of CORPUS with nothing new is timed too (the process, and the build alone).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COMMANDS = ("timeline", "disagreements", "barometer", "export-json")

CHILD = r"""
import json, sys, time
t_import = time.process_time()
from chronica.chronicle import build_chronicle
from chronica.chronicle.persist import documents_info, load_chronicle
from chronica.export.formats import chronicle_dict
from chronica.report.terminal import format_barometer, format_disagreements, format_timeline
from chronica.store import Store
db, side, command = sys.argv[1:4]
t0 = time.process_time()
with Store(db) as store:
    if side == "recompute":
        chronicle = build_chronicle(store.event_mentions(), documents_info(store), claims=store.claims())
    else:
        chronicle = load_chronicle(store)
    if command == "timeline":
        out = format_timeline(chronicle, width=120)
    elif command == "disagreements":
        out = format_disagreements(chronicle, width=120)
    elif command == "barometer":
        pairs = chronicle.main_pairs(1)
        out = format_barometer(chronicle.barometer(pairs[0][0], pairs[0][1]), width=120) if pairs else ""
    else:
        out = json.dumps(chronicle_dict(store, chronicle))
print(json.dumps({"work": time.process_time() - t0, "events": len(chronicle.events),
                  "disagreements": len(chronicle.disagreements), "chars": len(out)}))
"""


def run_once(db: str, side: str, command: str) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, "-c", CHILD, db, side, command], cwd=REPO,
                          capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{side} {command} on {db} failed:\n{proc.stderr[-2000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    data["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    data["rss_mb"] = after.ru_maxrss / 1024  # the largest child so far (Linux: KB)
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stores", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--commands", default=",".join(COMMANDS))
    ap.add_argument("--rerun", metavar="CORPUS", help="also time a build of CORPUS with nothing "
                    "new into each store (the store must hold CORPUS already)")
    args = ap.parse_args(argv)
    print(f"{'store':<22}{'command':<15}{'recompute cpu':>14}{'stored cpu':>11}{'ratio':>7}"
          f"{'recompute work':>15}{'stored work':>12}{'ratio':>8}{'events':>8}")
    for db in args.stores:
        for command in args.commands.split(","):
            runs: dict[str, list[dict]] = {"recompute": [], "stored": []}
            for round_ in range(args.repeat):
                order = ("recompute", "stored") if round_ % 2 == 0 else ("stored", "recompute")
                for side in order:
                    runs[side].append(run_once(db, side, command))
            med = {side: {k: statistics.median(r[k] for r in rs) for k in ("cpu", "work")}
                   for side, rs in runs.items()}
            same = runs["recompute"][0]["events"] == runs["stored"][0]["events"]
            r, s = med["recompute"], med["stored"]
            print(f"{Path(db).name[:21]:<22}{command:<15}{r['cpu']:>13.2f}s{s['cpu']:>10.2f}s"
                  f"{r['cpu'] / max(s['cpu'], 1e-9):>6.1f}x{r['work']:>14.2f}s{s['work']:>11.2f}s"
                  f"{r['work'] / max(s['work'], 1e-9):>7.1f}x{runs['stored'][0]['events']:>8}"
                  f"{'' if same else '  (event counts differ!)'}")
    if args.rerun:
        print(f"\n{'store':<22}{'re-run of':<30}{'cpu':>8}{'work cpu':>10}{'work wall':>11}{'unchanged':>11}")
        for db in args.stores:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            proc = subprocess.run([sys.executable, "-c", RERUN, db, args.rerun], cwd=REPO,
                                  capture_output=True, text=True, check=False)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if proc.returncode != 0:
                raise SystemExit(f"re-run on {db} failed:\n{proc.stderr[-2000:]}")
            data = json.loads(proc.stdout.strip().splitlines()[-1])
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            print(f"{Path(db).name[:21]:<22}{args.rerun[-29:]:<30}{cpu:>7.2f}s{data['work']:>9.3f}s"
                  f"{data['wall']:>10.3f}s{data['unchanged']:>11}")
    return 0


#: a build with nothing new: the whole process's CPU, and the build call's own CPU and wall time
RERUN = r"""
import json, sys, time
from chronica.build import build
from chronica.store import Store
db, corpus = sys.argv[1:3]
with Store(db) as store:
    t0, c0 = time.perf_counter(), time.process_time()
    report = build([corpus], store)
    print(json.dumps({"wall": time.perf_counter() - t0, "work": time.process_time() - c0,
                      "unchanged": report.unchanged, "stored": report.stored}))
"""


if __name__ == "__main__":
    sys.exit(main())
