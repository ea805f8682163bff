#!/usr/bin/env python3
"""Near-duplicate copies of a corpus add no timeline entries (issue 13).

usage: python benchmarks/near_duplicates.py [CORPUS_DIR] [--limit N] [--copies K] [--workers W]
                                            [--db STORE]

Takes ``--limit`` files spread evenly over CORPUS (default: the BBC corpus) and writes ``--copies``
copies of each with one line changed (copy k changes the k-th line of the body: its first number
goes up by one, else its first "the" becomes "that", else a word is appended), as in the issue's
measure (the BBC corpus five times, a line changed: 5,471 timeline entries instead of 1,543).
It builds the originals into a fresh store (or into ``--db``, a store that holds them already:
nothing is parsed again), counts the chronicle's events (the timeline's entries), builds the
copies into the same store, and counts again; it prints both counts, the near-duplicates the
build flagged, and the events whose mentions are all in copies (entries the copies added).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from chronica.build import BuildOptions, build
from chronica.chronicle.persist import load_chronicle
from chronica.errors import IngestError
from chronica.ingest import discover
from chronica.store import Store

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "bulk" / "bbc"


def changed(text: str, k: int) -> str:
    """``text`` with one line of its body changed (the k-th non-empty line after the title)."""
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines) if line.strip()][1:] or [0]
    i = body[k % len(body)]
    line = lines[i]
    number = re.search(r"\d+", line)
    if number:
        line = line[:number.start()] + str(int(number.group()) + 1) + line[number.end():]
    elif " the " in line:
        line = line.replace(" the ", " that ", 1)
    else:
        line = line.rstrip() + " Indeed."
    lines[i] = line
    return "\n".join(lines)


def counts(store: Store) -> tuple[int, int]:
    """(events in the chronicle: the timeline's entries; of them, those told only by copies)."""
    chronicle = load_chronicle(store)
    copies = {d.id for d in store.documents() if "/copies/" in d.path}
    only_copies = sum(1 for e in chronicle.events if e.mentions and all(m.document_id in copies for m in e.mentions))
    return len(chronicle.events), only_copies


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=25, help="original files, spread evenly over the corpus")
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--db", help="a store holding the originals already (the copies are added to it)")
    args = ap.parse_args(argv)
    files = sorted(p for p in discover([args.corpus]) if not isinstance(p, IngestError))
    if args.limit and len(files) > args.limit:
        step = len(files) / args.limit
        files = [files[int(i * step)] for i in range(args.limit)]
    with tempfile.TemporaryDirectory() as tmp:
        originals, copies = Path(tmp) / "originals", Path(tmp) / "copies"
        originals.mkdir()
        copies.mkdir()
        for n, f in enumerate(files):
            shutil.copy(f, originals / f"{n:04d}_{f.name}")
            text = f.read_bytes().decode("utf-8", errors="replace")
            for k in range(1, args.copies + 1):
                (copies / f"{n:04d}_{k}_{f.name}").write_text(changed(text, k), encoding="utf-8")
        db = args.db or str(Path(tmp) / "near.db")
        options = BuildOptions(n_process=args.workers)
        with Store(db) as store:
            if not args.db:
                build([originals], store, options)
            before = counts(store)
            t0 = time.perf_counter()
            report = build([copies], store, options)
            wall = time.perf_counter() - t0
            after = counts(store)
    print(f"{len(files)} originals, {args.copies} copies each ({len(files) * args.copies} files, a line "
          f"changed); copies stored {report.stored}, flagged near-duplicates {len(report.near_duplicates)}, "
          f"exact duplicates {len(report.duplicates)}; build of the copies {wall:.1f} s wall")
    print(f"timeline entries: originals {before[0]}, with the copies {after[0]} "
          f"(+{after[0] - before[0]}); entries told only by copies: {after[1]}")
    return 0 if after[0] == before[0] else 1


if __name__ == "__main__":
    sys.exit(main())
