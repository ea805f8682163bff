#!/usr/bin/env python3
"""Build CPU per MB of two copies of the code on the same corpora, in one run, as a ratio.

usage: python benchmarks/build_cpu_trees.py BEFORE_TREE AFTER_TREE CORPUS... [--rounds R]
       [--workers N] [--out DIR] [--compare]

Each corpus (a folder) is built by ``python -m chronica build CORPUS --db DB --workers N -q`` once
per tree and round, the trees in alternating order (before first, then after first, ...), each
build in a child process of its own whose CPU time (user + system) and peak RSS are read from
``os.wait4``: the work done, which the other load of a shared machine does not change (wall time
does). Prints, per corpus and tree, the median CPU seconds per MB of input (the files' bytes),
every round's figure (the spread) and the peak RSS, then the ratio after / before of the medians.

With ``--compare`` the last round's stores are exported (``export --format json``) and the
exports compared after sorting keys: the optimisation must leave them identical; a difference
is listed by its first differing path.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def timed_build(tree: Path, corpus: Path, db: Path, workers: int) -> tuple[float, float]:
    """(CPU seconds, peak RSS MB) of one build of ``corpus`` by the code in ``tree``."""
    if db.exists():
        db.unlink()
    env = {**os.environ, "PYTHONPATH": str(tree)}
    cmd = [sys.executable, "-m", "chronica", "build", str(corpus), "--db", str(db),
           "--workers", str(workers), "-q"]
    proc = subprocess.Popen(cmd, env=env, cwd=str(tree), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 3):  # 3: some inputs skipped, the rest stored
        raise SystemExit(f"build failed ({proc.returncode}) for {corpus} with {tree}:\n{err[-2000:]}")
    # the children of the build (worker processes) are counted in its own rusage once reaped
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def export(tree: Path, db: Path, out: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, "-m", "chronica", "export", "--db", str(db), "--format", "json",
                    "-o", str(out)], env=env, cwd=str(tree), check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text())


def first_difference(a, b, path: str = "") -> str | None:  # noqa: ANN001
    """The first path at which ``a`` and ``b`` differ, or None."""
    if type(a) is not type(b):
        return f"{path or '/'}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}/{k}: only in {'after' if k in b else 'before'}"
            d = first_difference(a[k], b[k], f"{path}/{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {str(a)[:80]!r} vs {str(b)[:80]!r}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="folder for the stores and exports (default: a temporary one)")
    ap.add_argument("--compare", action="store_true", help="export the last round's stores and compare them")
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="build_cpu_trees."))
    out.mkdir(parents=True, exist_ok=True)
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    for tree in trees.values():  # byte-compiled first: a fresh checkout's first build compiles its modules
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "chronica")], check=False,
                       stdout=subprocess.DEVNULL)
    rows, total = [], {"before": [0.0] * args.rounds, "after": [0.0] * args.rounds}
    total_mb = 0.0
    same = True
    for corpus in args.corpora:
        mb = corpus_bytes(corpus) / 1e6
        total_mb += mb
        cpu: dict[str, list[float]] = {"before": [], "after": []}
        rss: dict[str, float] = {"before": 0.0, "after": 0.0}
        for r in range(args.rounds):
            order = ["before", "after"] if r % 2 == 0 else ["after", "before"]
            for side in order:
                c, m = timed_build(trees[side], corpus, out / f"{corpus.name}.{side}.db", args.workers)
                cpu[side].append(c / mb)
                total[side][r] += c
                rss[side] = max(rss[side], m)
        med = {s: statistics.median(v) for s, v in cpu.items()}
        line = (f"{corpus.name}: {mb:.3f} MB | before {med['before']:.1f} CPU-s/MB "
                f"({', '.join(f'{x:.1f}' for x in cpu['before'])}; peak {rss['before']:.0f} MB) | after "
                f"{med['after']:.1f} ({', '.join(f'{x:.1f}' for x in cpu['after'])}; peak {rss['after']:.0f} MB) | "
                f"ratio {med['after'] / med['before']:.3f}")
        if args.compare:
            a = export(trees["before"], out / f"{corpus.name}.before.db", out / f"{corpus.name}.before.json")
            b = export(trees["after"], out / f"{corpus.name}.after.db", out / f"{corpus.name}.after.json")
            diff = first_difference(a, b)
            same = same and diff is None
            line += " | export identical" if diff is None else f" | export DIFFERS at {diff}"
        print(line, flush=True)
        rows.append(line)
    if len(args.corpora) > 1:
        per = {s: [t / total_mb for t in v] for s, v in total.items()}
        med = {s: statistics.median(v) for s, v in per.items()}
        print(f"all {total_mb:.3f} MB: before {med['before']:.1f} CPU-s/MB "
              f"({', '.join(f'{x:.1f}' for x in per['before'])}) | after {med['after']:.1f} "
              f"({', '.join(f'{x:.1f}' for x in per['after'])}) | ratio {med['after'] / med['before']:.3f}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
