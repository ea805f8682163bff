"""CPU and memory of building one long document, at several sizes: does it stay flat per MB?

For each size (MB) a text is generated with ``benchmarks/long_text.py`` and built into a fresh
store by a child process (``chronica.build.build``, the CLI's defaults unless ``--workers``), which
prints, per step, the CPU seconds of the build's own process ("parse": reading, triage and the
writer's share of parsing; "store": writing documents; "chronicle": merging the new event
mentions; "vectors": search's sentence vectors), the worker processes' CPU, and the peak resident
memory of the build's process (``VmHWM``) and of its largest worker (``ru_maxrss`` of its
children). One table, a row per size:

    python benchmarks/long_doc_scale.py [--mb 1 2 4] [--workers N] [--keep DIR]

Run from the repository root (the child imports ``chronica`` from this checkout). Quote CPU
seconds, not wall time: the machine may be shared.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_spec = importlib.util.spec_from_file_location("long_text", ROOT / "benchmarks" / "long_text.py")
long_text = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(long_text)

STEPS = ("parse", "store", "chronicle", "vectors", "workers")

_CHILD = """
import json, resource, sys, time
import chronica.search
from chronica.build import BuildOptions, build
from chronica.chronicle import persist
from chronica.store import Store

def status(key):
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith(key)) / 1024

peaks = {}
def peak_of(step, fn):
    # the step's own peak: the high-water mark is reset (clear_refs 5) before it runs
    def run(*args, **kwargs):
        peaks["before " + step] = status("VmHWM:")
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        try:
            return fn(*args, **kwargs)
        finally:
            peaks[step] = status("VmHWM:")
    return run

persist.update = peak_of("chronicle", persist.update)
chronica.search.index_sentences = peak_of("vectors", chronica.search.index_sentences)
workers = None if sys.argv[3] == "auto" else int(sys.argv[3])
with Store(sys.argv[2]) as store:
    report = build([sys.argv[1]], store, BuildOptions(n_process=workers, max_bytes=200_000_000))
    counts = store.counts()
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "cpu": getattr(report, "cpu", {}),  # per step (a build older than the step timings has none)
    "cpu_total": own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime, "stored": report.stored, "segments": report.segments,
    "events": report.event_mentions, "skipped": [str(e) for e in report.skipped],
    "chronicle_events": report.chronicle.events if report.chronicle else None,
    "embedded": report.chronicle.embedded if report.chronicle else None,
    "sentences": counts.get("sentences"),
    "peak_mb": max([status("VmHWM:"), *peaks.values()]),
    "peaks": peaks,
    "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def measure(megabytes: float, folder: Path, workers: str) -> dict:
    text = folder / f"long{megabytes:g}.txt"
    with text.open("w", encoding="utf-8") as fh:
        fh.write("title: A generated history\n\n")
        for para in long_text.generate(megabytes, seed=1):
            fh.write(para)
    db = folder / f"long{megabytes:g}.db"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(text), str(db), workers],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"the {megabytes:g} MB build failed:\n{proc.stderr[-3000:]}")
    row = json.loads(proc.stdout.strip().splitlines()[-1])
    row["wall"] = time.perf_counter() - started
    row["mb"] = megabytes
    return row


def table(rows: list[dict]) -> str:
    head = ["MB", *(f"{s} CPU-s" for s in STEPS), "total CPU-s (all processes)", "CPU-s/MB", "main peak MB",
            "parse+store peak MB", "chronicle peak MB", "vectors peak MB", "worker peak MB", "sentences", "mentions", "wall s"]
    lines = [" | ".join(head), " | ".join("---" for _ in head)]
    for r in rows:
        cpu = r["cpu"]
        total = r["cpu_total"]  # the whole child: loading the pipeline and the model too
        lines.append(" | ".join([
            f"{r['mb']:g}", *(f"{cpu.get(s, 0.0):.1f}" for s in STEPS), f"{total:.1f}",
            f"{total / r['mb']:.1f}", f"{r['peak_mb']:.0f}",
            *(f"{r['peaks'].get(k, 0):.0f}" for k in ("before chronicle", "chronicle", "vectors")),
            f"{r['worker_peak_mb']:.0f}",
            str(r["sentences"]), str(r["events"]), f"{r['wall']:.0f}",
        ]))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1.0, 2.0, 4.0])
    parser.add_argument("--workers", default="auto", help="worker processes (default: as the CLI)")
    parser.add_argument("--keep", type=Path, help="write the texts and stores here (else a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chronica-long-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for mb in args.mb:
            rows.append(measure(mb, folder, args.workers))
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
        print(table(rows))


if __name__ == "__main__":
    main()
