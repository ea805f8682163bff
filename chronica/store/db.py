"""The SQLite store: opening (WAL, foreign keys, migrations), writes in transactions, and queries.

Every document is written in one transaction with its paths, references and sentences, so a
build killed at any moment leaves a consistent store that the next build completes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from chronica.claims.model import SentenceClaim
from chronica.errors import StoreError
from chronica.events.model import EventMention, Participant
from chronica.ingest.document import Document
from chronica.store.schema import MIGRATIONS

DEFAULT_DB = "chronica.db"


@dataclass
class StoredDocument:
    """A document as read back from the store."""

    id: int
    path: str
    format: str
    title: str | None
    author: str | None
    outlet: str | None
    url: str | None
    published: str | None
    published_source: str | None
    text: str
    n_words: int
    n_sentences: int
    near_duplicate_of: int | None
    near_duplicate_similarity: float | None
    content_hash: str
    dct: str | None = None
    dct_inferred: int = 0
    dct_confidence: float | None = None
    dct_reasoning: str | None = None


@dataclass
class Sentence:
    document_id: int
    idx: int
    start: int
    end: int
    text: str


@dataclass
class Annotations:
    """What the stages after parsing found in one document, written with it (or re-written)."""

    dct: str | None = None  # the reference date relative expressions were resolved against
    dct_inferred: bool = False
    dct_confidence: float | None = None
    dct_reasoning: str | None = None
    timexes: list[dict] = field(default_factory=list)  # Timex.to_dict() + "sentence_idx"
    actors: list[dict] = field(default_factory=list)  # ActorMention fields
    events: list[EventMention] = field(default_factory=list)
    claims: list[SentenceClaim] = field(default_factory=list)


TIMEX_COLUMNS = ("sentence_idx", "start", "end", "text", "type", "value", "mod", "precision",
                 "earliest", "latest", "value_end", "anchor", "anchor_value", "confidence")
ACTOR_COLUMNS = ("start", "end", "text", "actor_id", "kind", "name", "resolved", "role", "via")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A Chronica store in one SQLite file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB) -> None:
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a SQLite database ({exc})") from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self._migrate()

    # -- lifecycle -------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path} was written by a newer Chronica (schema {version}); upgrade Chronica"
            )
        for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={number}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- runs ------------------------------------------------------------------------------
    def start_run(self, arguments: dict) -> int:
        cur = self.conn.execute(
            "INSERT INTO runs (started, arguments) VALUES (?, ?)",
            (_now(), json.dumps(arguments, default=str)),
        )
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, **counts: float) -> None:
        columns = ("stored", "unchanged", "duplicates", "near_duplicates", "skipped", "words", "seconds")
        values = [counts.get(c) for c in columns]
        self.conn.execute(
            f"UPDATE runs SET finished = ?, {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            (_now(), *values, run_id),
        )

    def record_skip(self, run_id: int, path: str, reason: str, detail: str) -> None:
        self.conn.execute(
            "INSERT INTO skipped (run_id, path, reason, detail) VALUES (?, ?, ?, ?)",
            (run_id, path, reason, detail),
        )

    def record_duplicate(self, run_id: int, path: str, document_id: int) -> None:
        """``path`` holds the same text as stored document ``document_id``: remember the path."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO duplicates (run_id, path, document_id) VALUES (?, ?, ?)",
                (run_id, path, document_id),
            )
            self._add_path(path, document_id, run_id)

    # -- documents -------------------------------------------------------------------------
    def hash_at_path(self, path: str) -> str | None:
        row = self.conn.execute(
            "SELECT content_hash FROM document_paths WHERE path = ?", (path,)
        ).fetchone()
        return row[0] if row else None

    def document_id_for_hash(self, content_hash: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return int(row[0]) if row else None

    def _add_path(self, path: str, document_id: int, run_id: int | None) -> None:
        content_hash = self.conn.execute(
            "SELECT content_hash FROM documents WHERE id = ?", (document_id,)
        ).fetchone()[0]
        self.conn.execute(
            "INSERT INTO document_paths (path, document_id, content_hash, first_run) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(path) DO UPDATE SET document_id = excluded.document_id,"
            " content_hash = excluded.content_hash",
            (path, document_id, content_hash, run_id),
        )

    def add_document(
        self,
        doc: Document,
        *,
        path_key: str,
        sentences: list[tuple[int, int]],
        parse: bytes | None,
        minhash: bytes | None,
        near_duplicate: tuple[int, float] | None,
        run_id: int | None,
        annotations: Annotations | None = None,
    ) -> int:
        """Write one document with its path, references, sentences and annotations in one
        transaction."""
        with self.transaction():
            cur = self.conn.execute(
                """INSERT INTO documents (content_hash, path, format, title, author, outlet, url,
                       published, published_source, encoding, text, raw, spans, removed, n_words,
                       n_sentences, near_duplicate_of, near_duplicate_similarity, minhash, parse,
                       added_run)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    doc.content_hash, doc.path, doc.format, doc.title, doc.author, doc.outlet,
                    doc.url, doc.published, doc.published_source, doc.encoding, doc.text, doc.raw,
                    json.dumps(doc.spans), json.dumps(doc.removed), doc.n_words, len(sentences),
                    near_duplicate[0] if near_duplicate else None,
                    near_duplicate[1] if near_duplicate else None,
                    minhash, parse, run_id,
                ),
            )
            document_id = int(cur.lastrowid)
            self._add_path(path_key, document_id, run_id)
            self.conn.executemany(
                "INSERT INTO doc_references (document_id, idx, text) VALUES (?, ?, ?)",
                [(document_id, i, ref) for i, ref in enumerate(doc.references)],
            )
            self.conn.executemany(
                "INSERT INTO sentences (document_id, idx, start, end, text) VALUES (?, ?, ?, ?, ?)",
                [(document_id, i, s, e, doc.text[s:e]) for i, (s, e) in enumerate(sentences)],
            )
            self.conn.execute(  # the full-text index of search (migration 3)
                "INSERT INTO sentences_fts(rowid, text) SELECT rowid, text FROM sentences"
                " WHERE document_id = ?", (document_id,),
            )
            if annotations is not None:
                self._write_annotations(document_id, annotations)
        return document_id

    def replace_annotations(self, document_id: int, annotations: Annotations) -> None:
        """Re-write one document's annotations (after the stages changed), in one transaction."""
        with self.transaction():
            self._write_annotations(document_id, annotations)

    def _write_annotations(self, document_id: int, a: Annotations) -> None:
        c = self.conn
        c.execute(
            "UPDATE documents SET dct = ?, dct_inferred = ?, dct_confidence = ?, dct_reasoning = ?"
            " WHERE id = ?",
            (a.dct, int(a.dct_inferred), a.dct_confidence, a.dct_reasoning, document_id),
        )
        for table in ("timexes", "actor_mentions", "event_mentions", "claims"):
            c.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
        c.executemany(
            f"INSERT INTO timexes (document_id, idx, {', '.join(TIMEX_COLUMNS)})"
            f" VALUES (?, ?, {', '.join('?' * len(TIMEX_COLUMNS))})",
            [(document_id, i, *(t.get(k) for k in TIMEX_COLUMNS)) for i, t in enumerate(a.timexes)],
        )
        c.executemany(
            f"INSERT INTO actor_mentions (document_id, idx, {', '.join(ACTOR_COLUMNS)})"
            f" VALUES (?, ?, {', '.join('?' * len(ACTOR_COLUMNS))})",
            [(document_id, i, *(m.get(k) for k in ACTOR_COLUMNS)) for i, m in enumerate(a.actors)],
        )
        for ev in a.events:
            ev.document_id = document_id
            cur = c.execute(
                """INSERT INTO event_mentions (document_id, sentence_idx, sentence_start,
                       sentence_end, type, intensity, modality, date, date_end, precision, earliest,
                       latest, summary, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (document_id, ev.sentence_idx, ev.sentence_start, ev.sentence_end, ev.type,
                 ev.intensity, ev.modality, ev.date, ev.date_end, ev.precision, ev.earliest,
                 ev.latest, ev.summary, json.dumps(asdict(ev), ensure_ascii=False)),
            )
            c.executemany(
                "INSERT INTO event_participants (event_mention_id, role, actor_id, state, text)"
                " VALUES (?, ?, ?, ?, ?)",
                [(cur.lastrowid, p.role, p.actor_id, p.state, p.text) for p in ev.participants],
            )

        for claim in a.claims:
            claim.document_id = document_id
        c.executemany(
            "INSERT INTO claims (document_id, sentence_idx, kind, topic, value, record)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(document_id, cl.sentence_idx, cl.kind, cl.topic, cl.value,
              json.dumps(cl.to_dict(), ensure_ascii=False)) for cl in a.claims],
        )

    def claims(self, document_id: int | None = None, *, kind: str | None = None,
               about: str | None = None) -> list[SentenceClaim]:
        """Stored claims in text order; ``kind`` keeps one kind, ``about`` those whose topic,
        value or subject ids contain the words (case folded)."""
        where, args = [], []
        if document_id is not None:
            where.append("document_id = ?")
            args.append(document_id)
        if kind:
            where.append("kind = ?")
            args.append(kind)
        if about:
            where.append("(lower(topic) LIKE ? OR lower(value) LIKE ? OR lower(record) LIKE ?)")
            like = f"%{about.lower()}%"
            args.extend([like, like, f'%"subject": [%{about.lower()}%]%'])
        sql = "SELECT record FROM claims" + (" WHERE " + " AND ".join(where) if where else "")
        rows = self.conn.execute(sql + " ORDER BY document_id, sentence_idx, id", args).fetchall()
        return [SentenceClaim.from_dict(json.loads(r[0])) for r in rows]

    def event_mentions(self, document_id: int | None = None) -> list[EventMention]:
        out = []
        for (record,) in self._rows("SELECT record FROM event_mentions", document_id,
                                    "document_id, sentence_idx, id"):
            data = json.loads(record)
            data["participants"] = [Participant(**p) for p in data.get("participants", [])]
            known = EventMention.__dataclass_fields__
            out.append(EventMention(**{k: v for k, v in data.items() if k in known}))
        return out

    def _rows(self, select: str, document_id: int | None, order: str) -> list[sqlite3.Row]:
        """``select`` for one document or for all, in ``order``."""
        where, args = ("WHERE document_id = ?", (document_id,)) if document_id is not None else ("", ())
        return self.conn.execute(f"{select} {where} ORDER BY {order}", args).fetchall()

    def timexes(self, document_id: int | None = None) -> list[dict]:
        return [dict(r) for r in self._rows("SELECT * FROM timexes", document_id, "document_id, idx")]

    def actor_mentions(self, document_id: int | None = None) -> list[dict]:
        return [dict(r) for r in self._rows("SELECT * FROM actor_mentions", document_id, "document_id, idx")]

    def minhashes(self) -> Iterator[tuple[int, bytes]]:
        yield from self.conn.execute(
            "SELECT id, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY id"
        )

    def documents(self) -> list[StoredDocument]:
        rows = self.conn.execute(
            """SELECT id, path, format, title, author, outlet, url, published, published_source,
                      text, n_words, n_sentences, near_duplicate_of, near_duplicate_similarity,
                      content_hash, dct, dct_inferred, dct_confidence, dct_reasoning
               FROM documents ORDER BY id"""
        ).fetchall()
        return [StoredDocument(**dict(r)) for r in rows]

    def references(self, document_id: int) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT text FROM doc_references WHERE document_id = ? ORDER BY idx", (document_id,)
            )
        ]

    def sentences(self, document_id: int | None = None) -> list[Sentence]:
        rows = self._rows("SELECT document_id, idx, start, end, text FROM sentences", document_id,
                          "document_id, idx")
        return [Sentence(**dict(r)) for r in rows]

    def parse_bytes(self, document_id: int) -> bytes | None:
        row = self.conn.execute("SELECT parse FROM documents WHERE id = ?", (document_id,)).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        one = lambda sql: int(self.conn.execute(sql).fetchone()[0])  # noqa: E731
        return {
            "documents": one("SELECT COUNT(*) FROM documents"),
            "paths": one("SELECT COUNT(*) FROM document_paths"),
            "sentences": one("SELECT COUNT(*) FROM sentences"),
            "near_duplicates": one("SELECT COUNT(*) FROM documents WHERE near_duplicate_of IS NOT NULL"),
            "words": one("SELECT COALESCE(SUM(n_words), 0) FROM documents"),
        }


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside our literals)."""
    parts = []
    for chunk in sql.split(";"):
        lines = [ln for ln in chunk.splitlines() if ln.strip() and not ln.strip().startswith("--")]
        if lines:
            parts.append(chunk)
    return parts
