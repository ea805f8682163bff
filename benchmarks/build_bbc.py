#!/usr/bin/env python3
"""Build throughput on a corpus, as ratios to bare spaCy over the same texts, in one run.

usage: python benchmarks/build_bbc.py [CORPUS_DIR] [--limit N] [--workers N] [--rounds R]

1. reads and cleans every file with Chronica's ingestion (timed: "ingest"),
2. runs the bare spaCy pipeline (`nlp.pipe`, no Chronica component) over the distinct cleaned
   texts — the texts the build parses (timed: the baseline),
3. runs the same `nlp.pipe` with Chronica's time component added (the time stage's cost),
4. runs `chronica build` into fresh temporary stores: without the stages after parsing
   (ingest → parse → store: the foundation) and with them (time, actors, events), search's
   vectors static (the default) and, side "minilm", made by MiniLM
   (``CHRONICA_SEARCH_VECTORS=minilm``: every sentence through the transformer),
and prints documents/s, words/s and each side's ratio to the baseline in CPU time (this process
and its worker processes, from ``getrusage``: the work done, which other load on a shared
machine does not change) and in wall time. Sides 2-4 run ``--rounds`` times in alternating order
(forward, then backward), and the medians are compared, so no side always runs first. Models
are loaded before any timing starts, so no side pays for loading.
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
from spacy.tokens import Doc

from chronica.build import BuildOptions, build
from chronica.errors import IngestError
from chronica.ingest import discover, load
from chronica.nlp import MODEL_PACKAGE, load_pipeline
from chronica.stages import STAGES
from chronica.store import Store

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bulk" / "bbc"


def _cpu() -> float:
    """CPU seconds of this process and of its ended worker processes."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def distinct_texts(files: list[Path]) -> list[str]:
    """The distinct cleaned texts of ``files``: exactly what the build parses (unreadable files
    left out)."""
    texts, seen = [], set()
    for f in files:
        try:
            docs, _ = load(f)
        except IngestError:
            continue
        for d in docs:
            if d.content_hash not in seen:
                seen.add(d.content_hash)
                texts.append(d.text)
    return texts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None, help="only the first N files")
    ap.add_argument("--workers", type=int, default=1, help="spaCy processes, for every side")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=2, help="runs of each side, in alternating order")
    ap.add_argument("--sides", default="bare,time,found,full,minilm",
                    help="the sides to run, of bare,time,found,full,minilm (bare always runs)")
    args = ap.parse_args(argv)

    files = [p for p in discover([args.corpus]) if not isinstance(p, IngestError)]
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no files under {args.corpus}", file=sys.stderr)
        return 2

    bare = spacy.load(MODEL_PACKAGE)
    with_time = spacy.load(MODEL_PACKAGE)
    load_pipeline(("chronica_time",))  # registers the component
    with_time.add_pipe("chronica_time")
    load_pipeline(())
    load_pipeline(STAGES)  # the build's pipelines, loaded before timing

    t0 = time.perf_counter()
    texts = distinct_texts(files)
    t_ingest = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    pipe = dict(batch_size=args.batch_size, n_process=args.workers)
    found: dict[str, object] = {}

    def bare_pipe() -> None:
        for _ in bare.pipe(texts, **pipe):
            pass

    def time_pipe() -> None:
        n = 0
        for doc in with_time.pipe(texts, **pipe):
            n += len(doc._.timexes) if Doc.has_extension("timexes") else 0
        found["timexes"] = n

    def timed_build(stages: bool, search: str = "static"):  # noqa: ANN202
        def run() -> None:
            from chronica.chronicle import embeddings

            if embeddings._DEFAULT is not None:  # no side finds another's clauses in memory
                embeddings._DEFAULT._cache.clear()
            before = os.environ.get("CHRONICA_SEARCH_VECTORS")
            os.environ["CHRONICA_SEARCH_VECTORS"] = search
            try:
                with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
                    subset = files if args.limit else [args.corpus]
                    found[f"build {stages} {search}"] = build(subset, store, BuildOptions(
                        n_process=args.workers, batch_size=args.batch_size, stages=stages))
            finally:
                os.environ.pop("CHRONICA_SEARCH_VECTORS")
                if before is not None:
                    os.environ["CHRONICA_SEARCH_VECTORS"] = before
        return run

    sides = {"bare": bare_pipe, "time": time_pipe, "found": timed_build(False), "full": timed_build(True),
             "minilm": timed_build(True, "minilm")}
    wanted = {"bare", *args.sides.split(",")}
    sides = {name: run for name, run in sides.items() if name in wanted}
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    for round_ in range(args.rounds):
        for name in (list(sides) if round_ % 2 == 0 else list(reversed(sides))):
            wall, cpu = time.perf_counter(), _cpu()
            sides[name]()
            runs[name].append((time.perf_counter() - wall, _cpu() - cpu))
    t = {name: statistics.median(w for w, _ in r) for name, r in runs.items()}
    c = {name: statistics.median(x for _, x in r) for name, r in runs.items()}
    r_found, r_full = found.get("build False static"), found.get("build True static")

    def ratios(name: str) -> str:
        return f"cpu {c[name]:7.2f} s  ratio {c[name] / c['bare']:5.3f}   wall ratio {t[name] / t['bare']:5.3f}"

    print(f"files                      {len(files)}   (rounds {args.rounds}, alternating order; medians; workers {args.workers})")
    print(f"distinct texts             {len(texts)}")
    print(f"words                      {words:,}")
    print(f"ingest alone               {t_ingest:8.2f} s   {len(texts) / t_ingest:8.1f} docs/s")
    print(f"bare nlp.pipe              {t['bare']:8.2f} s   {len(texts) / t['bare']:8.1f} docs/s   {words / t['bare']:10,.0f} words/s   cpu {c['bare']:7.2f} s")
    if "time" in t:
        print(f"nlp.pipe + chronica_time   {t['time']:8.2f} s   {ratios('time')}   ({found['timexes']:,} time expressions; target <= 1.10)")
    if r_found:
        print(f"build, no stages           {t['found']:8.2f} s   {r_found.stored / t['found']:8.1f} docs/s   {ratios('found')}   (target <= 1.3)")
    for name, label in (("full", "static search vectors"), ("minilm", "MiniLM search vectors")):
        if name in t:
            r = found[f"build True {'static' if name == 'full' else 'minilm'}"]
            print(f"build, all stages          {t[name]:8.2f} s   {r.stored / t[name]:8.1f} docs/s   {ratios(name)}   ({label}; target <= 1.5; "
                  f"{r.timexes:,} timexes, {r.actor_mentions:,} actor mentions, {r.event_mentions:,} events)")
    print(f"load average               {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
