#!/usr/bin/env python3
"""Build throughput on a corpus, as a ratio to bare spaCy over the same texts, in one run.

usage: python benchmarks/build_bbc.py [CORPUS_DIR] [--limit N] [--workers N]

1. reads and cleans every file with Chronica's ingestion (timed: "ingest"),
2. runs the bare spaCy pipeline (`nlp.pipe`, no Chronica component) over the distinct cleaned
   texts — the same texts the build parses (timed: the baseline),
3. runs the whole `chronica build` into a fresh temporary store (timed),
and prints documents/s, words/s and the ratio build / bare nlp.pipe. The model is loaded before
any timing starts, so neither side pays for it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import spacy

from chronica.build import BuildOptions, build
from chronica.errors import IngestError
from chronica.ingest import discover, load
from chronica.nlp import MODEL_PACKAGE, load_pipeline
from chronica.store import Store

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bulk" / "bbc"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None, help="only the first N files")
    ap.add_argument("--workers", type=int, default=1, help="spaCy processes, for both sides")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)

    files = [p for p in discover([args.corpus]) if not isinstance(p, IngestError)]
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no files under {args.corpus}", file=sys.stderr)
        return 2

    bare = spacy.load(MODEL_PACKAGE)
    load_pipeline()  # the build's pipeline, loaded before timing

    t0 = time.perf_counter()
    texts, seen = [], set()
    for f in files:
        try:
            docs, _ = load(f)
        except IngestError:
            continue
        for d in docs:  # the distinct texts: exactly what the build parses
            if d.content_hash not in seen:
                seen.add(d.content_hash)
                texts.append(d.text)
    t_ingest = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=args.batch_size, n_process=args.workers):
        pass
    t_bare = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.db") as store:
            subset = files if args.limit else [args.corpus]
            t0 = time.perf_counter()
            report = build(subset, store, BuildOptions(n_process=args.workers, batch_size=args.batch_size))
            t_build = time.perf_counter() - t0

    print(f"files                {len(files)}")
    print(f"distinct texts       {len(texts)}   stored {report.stored}, duplicates {len(report.duplicates)}, skipped {len(report.skipped)}")
    print(f"words                {words:,}")
    print(f"ingest alone         {t_ingest:8.2f} s   {len(texts) / t_ingest:8.1f} docs/s")
    print(f"bare nlp.pipe        {t_bare:8.2f} s   {len(texts) / t_bare:8.1f} docs/s   {words / t_bare:10,.0f} words/s")
    print(f"chronica build       {t_build:8.2f} s   {report.stored / t_build:8.1f} docs/s   {report.words / t_build:10,.0f} words/s")
    print(f"ratio build / bare   {t_build / t_bare:8.3f}   (target <= 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
