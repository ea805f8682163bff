"""Does a long text cost the same per MB as a short one? CPU-s per MB and peak RSS of building
one text at two lengths, and their ratio (long / short): flat is ~1.0 for CPU per MB, and a peak
that does not follow the length.

Each text is articles of a folder (default: the BBC corpus, /work/shared/bulk/bbc) joined by
blank lines, no header, in a fixed order (the categories interleaved); each is built fresh by a
child process (``build --no-vectors --workers 1``: the CLI's steps in one process), which
reports its CPU per step and its peak RSS (``VmHWM``). Quote CPU seconds, not wall time: the
machine may be shared.

    python benchmarks/long_text_ratio.py [--mb 0.25 1] [--corpus DIR] [--keep DIR]

Measured on 2 December 2026 (2 shared cores, load 23-26), BBC text, at 85e9fa3 (before the
MiniLM batches were bounded by tokens) — CPU-s/MB 152, 138, 132, 127 and peak RSS 782, 834,
888, 913 MB at 0.25, 0.5, 1, 2 MB; at d2ede38 130, 121, 117 CPU-s/MB and 753, 741, 803 MB at
0.25, 0.5, 1 MB (benchmarks/results/reliability_table.md).
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = Path("/work/shared/bulk/bbc")

_CHILD = """
import json, sys, time
from chronica.build import BuildOptions, build
from chronica.chronicle import persist
from chronica.store import Store

def hwm():
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")) / 1024
peaks = {}
update = persist.update
def timed_update(*args, **kwargs):
    peaks["before chronicle"] = hwm()
    return update(*args, **kwargs)
persist.update = timed_update
cpu = time.process_time()
with Store(sys.argv[2]) as store:
    report = build([sys.argv[1]], store, BuildOptions(n_process=1, max_bytes=200_000_000, vectors=False))
print(json.dumps({"cpu": report.cpu, "cpu_total": time.process_time() - cpu, "stored": report.stored,
                  "segments": report.segments, "events": report.event_mentions, "peak_mb": hwm(),
                  "before_chronicle_mb": peaks.get("before chronicle"),
                  "skipped": [str(e) for e in report.skipped]}))
"""


def make_text(corpus: Path, megabytes: float, out: Path) -> int:
    """Articles of ``corpus`` (its subfolders interleaved, in name order, again from the start
    when they run out) joined by blank lines until ``megabytes`` MB; returns the bytes."""
    groups = [sorted(d.glob("*.txt")) for d in sorted(p for p in corpus.iterdir() if p.is_dir())]
    order = [p for row in itertools.zip_longest(*groups) for p in row if p is not None] or sorted(corpus.glob("*.txt"))
    target, parts, size = int(megabytes * 1_000_000), [], 0
    for path in itertools.cycle(order):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
        if size >= target:
            break
    out.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return out.stat().st_size


def measure(corpus: Path, megabytes: float, folder: Path) -> dict:
    text = folder / f"text{megabytes:g}.txt"
    size = make_text(corpus, megabytes, text)
    db = folder / f"text{megabytes:g}.db"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(text), str(db)], capture_output=True,
                          text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"the {megabytes:g} MB build failed:\n{proc.stderr[-3000:]}")
    row = json.loads(proc.stdout.strip().splitlines()[-1])
    row.update(mb=size / 1e6, wall=time.perf_counter() - started)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs=2, default=[0.25, 1.0], metavar=("SHORT", "LONG"))
    parser.add_argument("--corpus", type=Path, default=BBC)
    parser.add_argument("--keep", type=Path, help="write the texts and stores here (else a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chronica-ratio-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for mb in args.mb:
            rows.append(measure(args.corpus, mb, folder))
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print("MB | parse CPU-s | store CPU-s | chronicle CPU-s | CPU-s/MB | peak RSS MB | before chronicle MB | segments | event mentions")
    print("---|---|---|---|---|---|---|---|---")
    for r in rows:
        cpu = r["cpu"]
        print(f"{r['mb']:.2f} | {cpu.get('parse', 0):.1f} | {cpu.get('store', 0):.1f} | {cpu.get('chronicle', 0):.1f} | "
              f"{r['cpu_total'] / r['mb']:.1f} | {r['peak_mb']:.0f} | {r['before_chronicle_mb'] or 0:.0f} | "
              f"{r['segments']} | {r['events']}")
    short, long = rows
    print(f"ratio long/short: CPU-s per MB {long['cpu_total'] / long['mb'] / (short['cpu_total'] / short['mb']):.2f}, "
          f"peak RSS {long['peak_mb'] / short['peak_mb']:.2f} (length x{long['mb'] / short['mb']:.1f})")


if __name__ == "__main__":
    main()
