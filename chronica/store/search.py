"""The store's side of search: the full-text index (FTS5 with BM25), the stored sentence
vectors, and the rows a search result shows (sentence, document, the events it carries).

Public API: :func:`fts_search`, :func:`missing_vectors`, :func:`write_vectors`,
:func:`load_vectors`, :func:`sentence_hits`, :func:`events_at`, :func:`claims_at`,
:func:`open_readonly`.
Sentences are named by their SQLite ``rowid`` here (the FTS index's row ids); the records
returned carry ``document_id`` and ``idx`` too.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from chronica.claims.model import SentenceClaim
from chronica.errors import StoreError
from chronica.events.model import EventMention, Participant
from chronica.store.db import Store
from chronica.store.schema import MIGRATIONS


@dataclass
class SentenceRow:
    """A stored sentence with what a result shows about its document."""

    rowid: int
    document_id: int
    idx: int
    start: int
    end: int
    text: str
    title: str | None
    path: str
    date: str | None  # the document's publication date, else its inferred reference date
    date_inferred: bool


def open_readonly(path: str | Path) -> Store:
    """A :class:`Store` on ``path`` that cannot write: SQLite opened with ``mode=ro`` (no
    migration, no journal change). The store must be at the current schema."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"no store at {path}")
    store = Store.__new__(Store)
    store.path = path
    try:
        store.conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     isolation_level=None, check_same_thread=False)
        store.conn.row_factory = sqlite3.Row
        version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a SQLite database ({exc})") from exc
    if version != len(MIGRATIONS):
        store.conn.close()
        raise StoreError(f"{path} is at schema {version}, not {len(MIGRATIONS)}: open it once with "
                         "`chronica search` or `chronica annotate` to bring it up to date")
    store.conn.execute("PRAGMA query_only=ON")
    return store


def fts_search(store: Store, terms: list[str], limit: int) -> list[tuple[int, float]]:
    """Sentences matching any of ``terms`` (OR), best BM25 first: ``(rowid, bm25)``; SQLite's
    bm25 is lower for better matches."""
    if not terms:
        return []
    match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
    rows = store.conn.execute(
        "SELECT rowid, bm25(sentences_fts) AS score FROM sentences_fts WHERE sentences_fts MATCH ?"
        " ORDER BY score LIMIT ?", (match, limit),
    ).fetchall()
    return [(int(r[0]), float(r[1])) for r in rows]


def missing_vectors(store: Store) -> list[tuple[int, int, str]]:
    """(document_id, idx, text) of every sentence without a stored vector."""
    rows = store.conn.execute(
        "SELECT s.document_id, s.idx, s.text FROM sentences s LEFT JOIN sentence_vectors v"
        " ON v.document_id = s.document_id AND v.idx = s.idx WHERE v.document_id IS NULL"
        " ORDER BY s.document_id, s.idx"
    ).fetchall()
    return [(int(r[0]), int(r[1]), r[2]) for r in rows]


def write_vectors(store: Store, keys: list[tuple[int, int]], vectors: np.ndarray, model: str) -> None:
    """Store one float32 vector per sentence key, in one transaction."""
    with store.transaction():
        store.conn.executemany(
            "INSERT OR REPLACE INTO sentence_vectors (document_id, idx, model, vector)"
            " VALUES (?, ?, ?, ?)",
            [(d, i, model, np.asarray(v, np.float32).tobytes()) for (d, i), v in zip(keys, vectors)],
        )


def load_vectors(store: Store) -> tuple[np.ndarray, np.ndarray]:
    """(rowids, matrix): every stored sentence vector as one float32 matrix, one row a sentence."""
    rows = store.conn.execute(
        "SELECT s.rowid, v.vector FROM sentence_vectors v JOIN sentences s"
        " ON s.document_id = v.document_id AND s.idx = v.idx ORDER BY s.rowid"
    ).fetchall()
    if not rows:
        return np.zeros(0, np.int64), np.zeros((0, 0), np.float32)
    ids = np.array([r[0] for r in rows], np.int64)
    matrix = np.frombuffer(b"".join(r[1] for r in rows), np.float32).reshape(len(rows), -1)
    return ids, matrix


def sentence_hits(store: Store, rowids: list[int]) -> dict[int, SentenceRow]:
    """The sentences with these rowids, with their document's title, path and date."""
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    rows = store.conn.execute(
        f"""SELECT s.rowid, s.document_id, s.idx, s.start, s.end, s.text, d.title, d.path,
                   COALESCE(d.published, d.dct) AS date, d.published IS NULL AS inferred
            FROM sentences s JOIN documents d ON d.id = s.document_id WHERE s.rowid IN ({marks})""",
        rowids,
    ).fetchall()
    return {int(r[0]): SentenceRow(int(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4]), r[5],
                                   r[6], r[7], r[8], bool(r[9]) and r[8] is not None) for r in rows}


def events_at(store: Store, keys: list[tuple[int, int]]) -> dict[tuple[int, int], list[EventMention]]:
    """The event mentions stated by each sentence ``(document_id, idx)``."""
    out: dict[tuple[int, int], list[EventMention]] = {}
    if not keys:
        return out
    known = EventMention.__dataclass_fields__
    docs = sorted({d for d, _ in keys})
    wanted = set(keys)
    marks = ",".join("?" * len(docs))
    for row in store.conn.execute(
        f"SELECT document_id, sentence_idx, record FROM event_mentions WHERE document_id IN ({marks})"
        " ORDER BY id", docs,
    ):
        key = (int(row[0]), int(row[1]))
        if key not in wanted:
            continue
        data = json.loads(row[2])
        data["participants"] = [Participant(**p) for p in data.get("participants", [])]
        out.setdefault(key, []).append(EventMention(**{k: v for k, v in data.items() if k in known}))
    return out


def claims_at(store: Store, keys: list[tuple[int, int]]) -> dict[tuple[int, int], list[SentenceClaim]]:
    """The sentence claims (:mod:`chronica.claims`) each sentence ``(document_id, idx)`` makes."""
    out: dict[tuple[int, int], list[SentenceClaim]] = {}
    if not keys:
        return out
    docs = sorted({d for d, _ in keys})
    wanted = set(keys)
    marks = ",".join("?" * len(docs))
    for row in store.conn.execute(
        f"SELECT document_id, sentence_idx, record FROM claims WHERE document_id IN ({marks}) ORDER BY id",
        docs,
    ):
        key = (int(row[0]), int(row[1]))
        if key in wanted:
            out.setdefault(key, []).append(SentenceClaim.from_dict(json.loads(row[2])))
    return out


def vector_count(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM sentence_vectors").fetchone()[0])
