#!/usr/bin/env python3
"""Build wall and CPU time on 1 and N worker processes and on a local Dask cluster, as ratios to
bare single-process spaCy (``nlp.pipe``, no Chronica component) over the same cleaned texts.

usage: python benchmarks/build_parallel.py [CORPUS_DIR] [--limit N] [--workers N] [--rounds R]

Each side runs ``--rounds`` times, in alternating order (bare, 1, N, Dask; then Dask, N, 1,
bare; ...), so that neither side always runs first on a machine whose load changes; each prints
its median wall time and median CPU time (this process and every worker process, from
``getrusage``), and the ratios to bare. Wall time is what the user waits; CPU time is the work
done, which a shared machine's load does not change. The worker sides pay for starting their
processes (importing Chronica, loading the model) inside their time: that is what a user pays.
"this process" is the share of a side's CPU spent in the benchmark's own process: for the worker
sides, the one writer (storing, the chronicle step); a large share is a serial bottleneck.
The process-wide embedder's cache is emptied before each side, so no build finds the vectors
of the one before it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import spacy

from chronica.build import BuildOptions, build
from build_bbc import distinct_texts  # the sibling benchmark script

from chronica.errors import IngestError
from chronica.ingest import discover
from chronica.nlp import MODEL_PACKAGE, load_pipeline
from chronica.stages import STAGES
from chronica.store import Store

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bulk" / "bbc"


def _cpu() -> tuple[float, float]:
    """(CPU seconds of this process: the writer, and the parse when it runs here; of its ended
    children: the worker processes)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # every worker process, once ended
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def _forget_vectors() -> None:
    """Empty the process-wide embedder's cache: without this, every build after the first found
    its sentences' vectors in memory and skipped the embedding (the sides measured after the
    first looked up to twice as cheap as they are)."""
    from chronica.chronicle import embeddings

    if embeddings._DEFAULT is not None:
        embeddings._DEFAULT._cache.clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=300, help="files, spread evenly over the corpus")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-vectors", action="store_true", help="build without search's sentence vectors")
    args = ap.parse_args(argv)

    files = sorted(p for p in discover([args.corpus]) if not isinstance(p, IngestError))
    if args.limit and len(files) > args.limit:
        step = len(files) / args.limit
        files = [files[int(i * step)] for i in range(args.limit)]
    if not files:
        print(f"no files under {args.corpus}", file=sys.stderr)
        return 2
    texts = distinct_texts(files)
    words = sum(len(t.split()) for t in texts)
    bare_nlp = spacy.load(MODEL_PACKAGE)
    load_pipeline(STAGES)  # the one-process build's pipeline, loaded before any timing

    def bare() -> None:
        for _ in bare_nlp.pipe(texts, batch_size=32):
            pass

    def chronica(**options) -> callable:  # noqa: ANN003
        def run() -> None:
            with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
                report = build(files, store, BuildOptions(vectors=not args.no_vectors, **options))
                assert report.stored == len(texts), (report.stored, len(texts))
        return run

    sides = {"bare nlp.pipe, 1 process": bare,
             "build, 1 worker": chronica(n_process=1),
             f"build, {args.workers} workers": chronica(n_process=args.workers)}
    if not args.no_dask:
        sides[f"build, Dask local:{args.workers}"] = chronica(dask=f"local:{args.workers}")
    timings: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    writer: dict[str, list[float]] = {name: [] for name in sides}  # this process's share of the CPU
    order = list(sides)
    load_before = os.getloadavg()
    for round_ in range(args.rounds):
        for name in order if round_ % 2 == 0 else reversed(order):
            _forget_vectors()
            wall, (me, children) = time.perf_counter(), _cpu()
            sides[name]()
            me_after, children_after = _cpu()
            cpu = me_after - me + children_after - children
            timings[name].append((time.perf_counter() - wall, cpu))
            writer[name].append((me_after - me) / cpu if cpu else 0.0)
            print(f"  round {round_ + 1}: {name:28s} wall {timings[name][-1][0]:7.1f} s   cpu {cpu:7.1f} s   "
                  f"this process {writer[name][-1]:4.0%}   load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)

    print(f"files {len(files)}, distinct texts {len(texts)}, words {words:,}, cores {os.cpu_count()}, "
          f"load average (1 min) {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after, "
          f"rounds {args.rounds} (alternating order), vectors {'off' if args.no_vectors else 'on'}")
    base_wall = statistics.median(w for w, _ in timings[order[0]])
    base_cpu = statistics.median(c for _, c in timings[order[0]])
    for name in order:
        wall = statistics.median(w for w, _ in timings[name])
        cpu = statistics.median(c for _, c in timings[name])
        share = statistics.median(writer[name])
        print(f"{name:28s} wall {wall:7.1f} s  ratio {wall / base_wall:5.2f}   "
              f"cpu {cpu:7.1f} s  ratio {cpu / base_cpu:5.2f}   {words / wall:8,.0f} words/s   "
              f"this process (writer) {share:4.0%} of the cpu")
    return 0


if __name__ == "__main__":
    sys.exit(main())
