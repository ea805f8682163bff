"""Peak memory and CPU of the chronicle step (merge, then disagreements) as the store grows.

For each store given (and, with ``--factor``, synthetic copies of the first one F times as large,
made by ``benchmarks/scale_store.py``), a child process recomputes the whole stored chronicle
(:func:`chronica.chronicle.persist.rebuild`, on a copy of the store: the vectors are stored, so
no sentence is embedded again) and prints the peak resident memory of the whole step and of
each of its phases (the high-water mark ``VmHWM`` reset before each), its CPU seconds, the
events and disagreements it found. One table, a row per store:

    python benchmarks/chronicle_scale.py STORE.db [STORE2.db ...] [--factor 2 5] [--keep DIR]

Run from the repository root (the child imports ``chronica`` from this checkout). ``--same A.db
B.db`` instead compares the chronicles of two stores (events, their members, disagreements).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import json, resource, sys, time
from chronica.chronicle import persist, disagreements, claim_conflicts
from chronica.store import Store

def status(key):
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith(key)) / 1024

peaks = {}
active = []  # the phases running (nested): each keeps the highest mark seen since it started
def reset():
    hwm = status("VmHWM:")
    for frame in active:
        frame[1] = max(frame[1], hwm)
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")

def peak_of(step, fn):
    def run(*args, **kwargs):
        reset()
        frame = [step, 0.0]
        active.append(frame)
        try:
            return fn(*args, **kwargs)
        finally:
            active.pop()
            frame[1] = max(frame[1], status("VmHWM:"))
            for outer in active:
                outer[1] = max(outer[1], frame[1])
            peaks[step] = max(peaks.get(step, 0), frame[1])
    return run

for mod, name in ((persist, "find_disagreements"),
                  (disagreements, "split_date_disagreements"), (disagreements, "_split_dates"),
                  (disagreements, "act_disagreements"),
                  (disagreements, "claim_disagreements")):
    if hasattr(mod, name):
        setattr(mod, name, peak_of(name, getattr(mod, name)))
start_rss = status("VmRSS:")
cpu0, wall0 = time.process_time(), time.perf_counter()
with Store(sys.argv[1]) as store:
    report = persist.rebuild(store)
print(json.dumps({
    "cpu": time.process_time() - cpu0, "wall": time.perf_counter() - wall0,
    "start_mb": start_rss, "peak_mb": max([status("VmHWM:"), *peaks.values()]),
    "peaks": peaks, "events": report.events, "disagreements": report.disagreements,
    "mentions": report.new_mentions, "links": report.links, "embedded": report.embedded,
}))
"""


def measure(db: Path, work: Path) -> dict:
    copy = work / f"rebuild-{db.name}"
    shutil.copyfile(db, copy)
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(copy)], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"the rebuild of {db} failed:\n{proc.stderr[-3000:]}")
    row = json.loads(proc.stdout.strip().splitlines()[-1])
    row["store"] = db.name
    copy.unlink()
    return row


def _phase_peak(peaks: dict, phase: str) -> float:
    if phase == "split dates":  # the pass over every event held, or over records (after streaming)
        return max(peaks.get("split_date_disagreements", 0), peaks.get("_split_dates", 0))
    return peaks.get(phase, 0)


def table(rows: list[dict]) -> str:
    phases = ["find_disagreements", "split dates", "act_disagreements", "claim_disagreements"]
    head = ["store", "mentions", "events", "disagreements", "CPU s", "wall s", "peak MB",
            *(f"{p} peak MB" for p in phases)]
    lines = [" | ".join(head), " | ".join("---" for _ in head)]
    for r in rows:
        lines.append(" | ".join([r["store"], str(r["mentions"]), str(r["events"]), str(r["disagreements"]),
                                 f"{r['cpu']:.1f}", f"{r['wall']:.1f}", f"{r['peak_mb']:.0f}",
                                 *(f"{_phase_peak(r['peaks'], p):.0f}" for p in phases)]))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", type=Path, nargs="+")
    parser.add_argument("--factor", type=int, nargs="*", default=[],
                        help="also synthetic copies of the first store this many times as large")
    parser.add_argument("--keep", type=Path, help="write the synthetic stores here (else a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chronica-chron-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        stores = list(args.stores)
        for f in args.factor:
            out = work / f"{args.stores[0].stem}-x{f}.db"
            if not out.exists():
                subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale_store.py"), str(args.stores[0]),
                                str(out), "--factor", str(f)], check=True, cwd=ROOT)
            stores.append(out)
        rows = []
        for db in stores:
            started = time.perf_counter()
            rows.append(measure(db, Path(tmp)))
            rows[-1]["wall_total"] = time.perf_counter() - started
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
        print(table(rows))


if __name__ == "__main__":
    main()
