#!/usr/bin/env python3
"""Make a SYNTHETIC store F times as large as a built one, without parsing anything again.

usage: python benchmarks/scale_store.py SOURCE.db OUT.db [--factor 10] [--seed 0]

The copy is for measuring (read commands, search, ask on a large store); it is not a corpus:
copy k (1 .. F-1) of every document is the original with new ids and every plain space of its
text replaced by another Unicode space (U+2000 + k; from copy 11 on, a pair of them, chosen by
the character after each space: ``copy_text``; factors up to 101; the same length, so every stored offset —
sentences, time expressions, actors, events, claims — stays valid, and the full-text index
tokenises it the same, but each sentence text has a hash of its own). Each table that grows
with the corpus is copied F times with its ids shifted by k × (the source's largest id):

* documents (content hash and path suffixed ``#xK``), their paths, sentences, references,
  segments, time expressions, actor mentions, claims, event mentions and participants;
* the chronicle: events (copy k of the event at position p moves to position (p-1)·F + k + 1,
  next to its original, labels ``e1 ..`` renumbered so), its mentions, blocking keys, links,
  the claims seen and their links (each copy's among its own claims: a claim of one copy is
  not linked to another copy's, as a build of the copied corpus would link them),
  documents seen, near-duplicate sentence pairs, and disagreements (ids ``x..`` renumbered);
* sentence vectors: copy k of a sentence gets the original's vector plus Gaussian noise
  (σ = 0.02 a dimension, seeded), normalised, so the vector index holds F times as many
  distinct vectors, each near its original as a paraphrase would be.

Left at 1×: runs, skipped inputs, exact duplicates, file stats (the build's own log). The
full-text index is rebuilt. Deterministic: the same source, factor and seed give the same rows.

Then the copy's exported records are made (each event's and each document's time expressions,
as the JSON export writes them: ``chronica.chronicle.stored.fill_exports``), and it is indexed
for search as a build leaves its store (``chronica.search.index_sentences``:
from 100,000 sentence vectors on, the HNSW graph saved beside it, ``OUT.db-vectors.usearch``), so
``chronica serve`` on it loads the graph instead of building it (×32 of the 675-document BBC
store: 233 CPU-s on one thread, once); ``--no-index`` leaves that to the first ``serve``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

from chronica.store.chronicle import text_hash

#: the space that replaces " " in copy k: U+2000 (en quad) + k, all of Unicode class Zs
SPACE_BASE = 0x2000
#: copies 1 .. 10 take one space each (U+2001 .. U+200A); copy 11 on takes a pair (a, b) of them,
#: a before a character of even code point, b before an odd one (90 ordered pairs, a != b)
PAIRS = [(a, b) for a in range(1, 11) for b in range(1, 11) if a != b]
MAX_FACTOR = 11 + len(PAIRS)


def copy_text(text: str | None, k: int) -> str | None:
    """Copy k's text: the same length and words, every plain space another Unicode space. A
    space's replacement depends only on the character after it, so a sentence cut from a
    copied document is the copy of the original sentence (unless it ends in a space)."""
    if text is None or " " not in text:
        return text
    if k <= 10:
        return text.replace(" ", chr(SPACE_BASE + k))
    a, b = (chr(SPACE_BASE + x) for x in PAIRS[k - 11])
    return re.sub(" (?=(.?))", lambda m: b if m.group(1) and ord(m.group(1)) % 2 else a, text, flags=re.S)


def _max_id(con: sqlite3.Connection, table: str, column: str = "id") -> int:
    return int(con.execute(f"SELECT COALESCE(MAX({column}), 0) FROM {table}").fetchone()[0])


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]


def _copy(con: sqlite3.Connection, table: str, changed: dict[str, str], where: str = "") -> str:
    """The statement copying ``table``: every column, those in ``changed`` by the SQL expression given
    (parameters: :k the copy, :d :m :c :e the shifts of document, mention, claim and event ids,
    :dmax :mmax :cmax :emax the source's largest ids, :f the factor)."""
    cols = _columns(con, table)
    exprs = [changed.get(c, f'"{c}"') for c in cols]
    quoted = ", ".join(f'"{c}"' for c in cols)
    return f"INSERT INTO {table} ({quoted}) SELECT {', '.join(exprs)} FROM {table} {where}"


class _Shift:
    """Rewrites the JSON records of copy ``k``: document ids, mention ids, event labels."""

    def __init__(self, k: int, docs: int, mentions: int, factor: int) -> None:
        self.k, self.docs, self.mentions, self.factor = k, docs, mentions, factor

    def label(self, label: str) -> str:  # e{p} of copy k
        return f"e{(int(label[1:]) - 1) * self.factor + self.k + 1}"

    def walk(self, obj):  # noqa: ANN001, ANN201 - JSON values
        if isinstance(obj, dict):
            out = {}
            for key, value in obj.items():
                if key in ("document_id", "original_document") and isinstance(value, int):
                    out[key] = value + self.k * self.docs
                elif key == "mention" and isinstance(value, int):
                    out[key] = value + self.k * self.mentions
                elif key == "event_ids" and isinstance(value, list):
                    out[key] = [self.label(v) for v in value]
                else:
                    out[key] = self.walk(value)
            return out
        if isinstance(obj, list):
            return [self.walk(v) for v in obj]
        return obj

    def record(self, text: str) -> str:
        return json.dumps(self.walk(json.loads(text)), ensure_ascii=False)

    def disagreement(self, text: str, position: int) -> str:
        """A disagreement's record (Python's JSON: it may hold Infinity), its id ``x{position}``."""
        return json.dumps({**self.walk(json.loads(text)), "id": f"x{position}"}, ensure_ascii=False)

    def sort_key(self, text: str) -> str:
        data = json.loads(text)
        if isinstance(data.get("first"), list) and data["first"]:
            data["first"][0] += self.k * self.docs
        return json.dumps(data)


def scale(source: Path, out: Path, factor: int = 10, seed: int = 0, log=print) -> dict[str, int]:  # noqa: ANN001
    """Write ``out``: ``source`` with its corpus-sized tables ``factor`` times as large (see the
    module). Returns the row counts of the main tables."""
    if not 1 <= factor <= MAX_FACTOR:
        raise SystemExit(f"--factor must be between 1 and {MAX_FACTOR}")
    if out.exists():
        out.unlink()
    shutil.copyfile(source, out)
    con = sqlite3.connect(out, isolation_level=None)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    D = _max_id(con, "documents")
    M = _max_id(con, "event_mentions")
    C = _max_id(con, "claims")
    E = _max_id(con, "chronicle_events")
    N = _max_id(con, "chronicle_disagreements", "position")
    vectors = dict(con.execute("SELECT text_hash, vector FROM sentence_vectors"))
    vector_tables = {"sentence_vectors": vectors}
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_vectors'").fetchone():
        vector_tables["search_vectors"] = dict(con.execute("SELECT text_hash, vector FROM search_vectors"))
    originals = con.execute("SELECT document_id, text FROM sentence_texts ORDER BY sid").fetchall()
    rng = np.random.default_rng(seed)
    by_doc = {"document_id": "document_id + :d"}
    # a copy's exported bytes (schema 13) cite its own texts and ids: made after the copy
    unexported = {table: {column: "NULL"} for table, column in
                  (("documents", "timexes_export"), ("chronicle_events", "export"))
                  if column in _columns(con, table)}
    for k in range(1, factor):
        started = time.perf_counter()
        shift = _Shift(k, D, M, factor)
        con.create_function("shift_record", 1, shift.record, deterministic=True)
        con.create_function("shift_sort_key", 1, shift.sort_key, deterministic=True)
        con.create_function("copy_text", 2, copy_text, deterministic=True)
        p = {"k": k, "d": k * D, "m": k * M, "c": k * C, "e": k * E, "f": factor,
             "dmax": D, "mmax": M, "cmax": C, "emax": E}
        run = lambda sql: con.execute(sql, {x: v for x, v in p.items()  # noqa: E731
                                            if re.search(f":{x}\\b", sql)})
        run(_copy(con, "documents", {
            "id": "id + :d", "content_hash": "content_hash || '#x' || :k", "path": "path || '#x' || :k",
            "text": "copy_text(text, :k)", "near_duplicate_of": "near_duplicate_of + :d",
            **unexported.get("documents", {}),
        }, "WHERE id <= :dmax"))
        run(_copy(con, "document_paths", {"path": "path || '#x' || :k", "document_id": "document_id + :d",
                                           "content_hash": "content_hash || '#x' || :k"},
                  "WHERE document_id <= :dmax AND path NOT LIKE '%#x%'"))
        for table in ("doc_references", "sentences", "timexes", "actor_mentions", "document_segments",
                      "chronicle_documents", "search_documents"):
            run(_copy(con, table, by_doc, "WHERE document_id <= :dmax"))
        run(_copy(con, "copy_sentences", {**by_doc, "original_document": "original_document + :d"},
                  "WHERE document_id <= :dmax"))
        run(_copy(con, "event_mentions", {"id": "id + :m", **by_doc, "record": "shift_record(record)"},
                  "WHERE id <= :mmax"))
        run(_copy(con, "event_participants", {"event_mention_id": "event_mention_id + :m"},
                  "WHERE event_mention_id <= :mmax"))
        run(_copy(con, "claims", {"id": "id + :c", **by_doc, "record": "shift_record(record)"},
                  "WHERE id <= :cmax"))
        run(_copy(con, "chronicle_events", {
            "id": "id + :e", "position": "(position - 1) * :f + :k + 1",
            "label": "'e' || ((position - 1) * :f + :k + 1)", "sort_key": "shift_sort_key(sort_key)",
            **unexported.get("chronicle_events", {}),
        }, "WHERE id <= :emax"))
        run(_copy(con, "chronicle_mentions", {"mention_id": "mention_id + :m", "alias_of": "alias_of + :m",
                                               "event_id": "event_id + :e"}, "WHERE mention_id <= :mmax"))
        run(_copy(con, "chronicle_keys", {"mention_id": "mention_id + :m"}, "WHERE mention_id <= :mmax"))
        run(_copy(con, "chronicle_links", {"a": "a + :m", "b": "b + :m"}, "WHERE a <= :mmax"))
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'chronicle_claim_links'").fetchone():
            run(_copy(con, "chronicle_claims", {"claim_id": "claim_id + :c"}, "WHERE claim_id <= :cmax"))
            run(_copy(con, "chronicle_claim_links", {"a": "a + :c", "b": "b + :c"}, "WHERE a <= :cmax"))
        con.create_function("shift_disagreement", 2, shift.disagreement, deterministic=True)
        con.execute("INSERT INTO chronicle_disagreements (position, record) SELECT position + ?, "
                    "shift_disagreement(record, position + ?) FROM chronicle_disagreements "
                    "WHERE position <= ?", (k * N, k * N, N))
        # the vectors: one per distinct copied sentence text, near its original's (the merge's
        # MiniLM vectors and search's, each in its table)
        for table, known in vector_tables.items():
            rows: dict[str, bytes] = {}
            pending: list[tuple[str, np.ndarray]] = []
            for _, text in originals:
                blob = known.get(text_hash(text))
                copy = copy_text(text, k)
                h = text_hash(copy)
                if blob is None or h in rows or h in known:
                    continue
                rows[h] = b""
                pending.append((h, np.frombuffer(blob, np.float32)))
            if pending:
                matrix = np.stack([v for _, v in pending])
                matrix = matrix + rng.normal(0.0, 0.02, matrix.shape).astype(np.float32)
                matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
                con.executemany(f"INSERT INTO {table} (text_hash, vector) VALUES (?, ?)",
                                ((h, row.astype(np.float32).tobytes()) for (h, _), row in zip(pending, matrix)))
                # from copy 11 on, a short sentence whose spaces all come before characters of one
                # parity reads as an earlier copy's: it shares that copy's vector
                known.update(rows)
        log(f"copy {k}: {time.perf_counter() - started:.1f} s, {len(pending):,} vectors")
    # the originals' positions and labels, and their disagreements' event ids, in the new order
    con.execute("UPDATE chronicle_events SET position = (position - 1) * ? + 1, "
                "label = 'e' || ((position - 1) * ? + 1) WHERE id <= ?", (factor, factor, E))
    original = _Shift(0, D, M, factor)
    con.create_function("shift_record", 1, original.record, deterministic=True)
    con.execute("UPDATE chronicle_disagreements SET record = shift_record(record) WHERE position <= ?", (N,))
    con.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
    con.execute("COMMIT")
    counts = {t: int(con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in
              ("documents", "sentences", "sentence_vectors", "event_mentions", "chronicle_events",
               "chronicle_disagreements", "claims", "actor_mentions")}
    con.execute("VACUUM")
    con.close()
    from chronica.chronicle.stored import fill_exports
    from chronica.store import Store

    started = time.perf_counter()
    with Store(out) as store, store.transaction():  # as a build leaves its store
        made = fill_exports(store)
    log(f"exported records: {made:,} events made in {time.perf_counter() - started:.1f} s")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--factor", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-index", action="store_true",
                    help="do not save the search graph beside the copy (serve builds it first)")
    args = ap.parse_args(argv)
    if not args.source.is_file():
        print(f"error: no store at {args.source}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    counts = scale(args.source, args.out, args.factor, args.seed, log=lambda m: print(m, file=sys.stderr))
    if not args.no_index:  # as a build leaves its store: the search graph saved beside it
        from chronica.search import index_sentences
        from chronica.store import Store

        indexed = time.perf_counter()
        with Store(args.out) as store:
            index_sentences(store)
        print(f"indexed for search in {time.perf_counter() - indexed:.0f} s", file=sys.stderr)
    print(f"synthetic ×{args.factor} store {args.out} in {time.perf_counter() - started:.0f} s: "
          + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
