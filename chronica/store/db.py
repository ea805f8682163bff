"""The store: opening (checks, WAL, foreign keys, migrations), writes in transactions, and
queries. Written for SQLite; a ``postgresql://`` URL opens the same store on PostgreSQL
(:mod:`chronica.store.postgres`), whose differences are a few ``backend`` branches here.

Opening checks the file before anything is written to it: a Chronica store carries its own
``PRAGMA application_id`` (:data:`APPLICATION_ID`) and a schema version Chronica knows; any other
file — not SQLite, or another program's SQLite database — is refused with a one-line
:class:`StoreError` and left exactly as it was (it is read through a read-only connection, so not
even its journal mode changes). Migrations run under ``BEGIN IMMEDIATE`` with a busy timeout, so
two builds starting on one new store serialise: the second waits for the first's schema.

Every document is written in one transaction with its paths, references, sentences and
annotations, so a build killed at any moment leaves a consistent store that the next build
completes. A long document comes as several parse-sized :class:`Segment` records whose offsets
are shifted into the whole document as they are written.
"""

from __future__ import annotations

import itertools
import operator
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import islice
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from chronica import fastjson
from chronica.claims.model import SentenceClaim
from chronica.errors import StoreError
from chronica.events.model import EventMention, Participant
from chronica.ingest.document import Document
from chronica.store import postgres
from chronica.store.chronicle import ChronicleTables
from chronica.store.document_record import RECORD_FINGERPRINT, document_record, placed_record
from chronica.store.schema import MIGRATIONS

DEFAULT_DB = "chronica.db"
#: sentences read (and indexed for full-text search) per query: a page of rows, so a long
#: document's ~12,000 sentences a MB are never all in memory at once
SENTENCE_PAGE = 5_000

#: ``PRAGMA application_id`` of a Chronica store: "CHRN" in ASCII (the SQLite header's field for
#: telling one program's files from another's; see https://www.sqlite.org/fileformat.html).
APPLICATION_ID = 0x4348524E
#: how long a writer waits for another process's write lock before giving up, in seconds. A
#: build holds the lock for one document at a time (well under a second; a 50 MB book a few
#: seconds), so a concurrent build never comes near it; a stalled writer ends in a clear error.
BUSY_TIMEOUT = 600.0


def _set_wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Switch a store to WAL. When two processes open one new store at the same moment (two
    builds starting together), SQLite may answer "database is locked" without waiting, as it does
    where each side would wait for the other: try again until ``timeout``, as for any lock."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


#: the tables every Chronica schema has had since its first migration: a store written before
#: stores carried :data:`APPLICATION_ID` is recognised by them (and then given the id).
_FIRST_TABLES = frozenset({"documents", "document_paths", "doc_references", "sentences", "runs",
                           "skipped", "duplicates"})


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


class SentenceText(NamedTuple):
    """A stored sentence with its text and its row id (``sid``: the id search names it by)."""

    sid: int
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

    def shifted(self, offset: int, sentence_base: int) -> "Annotations":
        """The same annotations with character offsets moved by ``offset`` and sentence indices
        by ``sentence_base``: a segment's findings placed in the whole document."""
        if not offset and not sentence_base:
            return self
        timexes = [_moved(t, offset, ("start", "end"), sentence_base) for t in self.timexes]
        actors = [_moved(m, offset, ("start", "end"), 0) for m in self.actors]
        events = []
        for ev in self.events:
            moved = EventMention(**{**ev.__dict__, "participants": [
                Participant(**{**p.__dict__, "start": _add(p.start, offset), "end": _add(p.end, offset)})
                for p in ev.participants]})
            moved.sentence_idx += sentence_base
            for name in ("sentence_start", "sentence_end", "trigger_start", "trigger_end"):
                setattr(moved, name, _add(getattr(moved, name), offset))
            events.append(moved)
        claims = []
        for claim in self.claims:
            moved_claim = SentenceClaim.from_dict(claim.to_dict())
            moved_claim.sentence_idx += sentence_base
            for name in ("sentence_start", "sentence_end", "start", "end", "event_trigger", "other_trigger",
                         "other_sentence_start"):
                setattr(moved_claim, name, _add(getattr(moved_claim, name), offset))
            claims.append(moved_claim)
        return Annotations(self.dct, self.dct_inferred, self.dct_confidence, self.dct_reasoning,
                           timexes, actors, events, claims)


def _add(value: int | None, offset: int) -> int | None:
    return None if value is None else value + offset


def _moved(row: dict, offset: int, keys: tuple[str, ...], sentence_base: int) -> dict:
    out = dict(row)
    for key in keys:
        out[key] = _add(out.get(key), offset)
    if sentence_base and out.get("sentence_idx") is not None:
        out["sentence_idx"] += sentence_base
    return out


@dataclass
class Segment:
    """One parse-sized piece of a document (see :func:`chronica.nlp.segment_bounds`): its
    offsets in the document's clean text, and what parsing and the stages found in it, with
    offsets relative to the piece (``text[start:end]``). A short document is one segment."""

    start: int
    end: int
    sentences: list[tuple[int, int]]
    parse: bytes | None = None
    annotations: Annotations | None = None


TIMEX_COLUMNS = ("sentence_idx", "start", "end", "text", "type", "value", "mod", "precision",
                 "earliest", "latest", "value_end", "anchor", "anchor_value", "confidence")
#: what made a document's stored bytes of the export (``document_exports``): its time expressions'
#: fields, their indent and the encoder, and (migration 14) the code of its whole record
#: (:data:`chronica.store.document_record.RECORD_FINGERPRINT`); bytes of another version are made
#: again (:meth:`Store.fill_timex_exports`), and until then the export computes them
TIMEXES_EXPORT_VERSION = ("3:" + ",".join(TIMEX_COLUMNS) + ":placed 6:orjson " + fastjson.orjson.__version__
                          + ":record " + RECORD_FINGERPRINT)
#: what each newline of a document's time expressions is followed by in the export: the list is
#: a field (one level) of a document (an item of the streamed ``documents``, two more)
TIMEXES_PLACED = b"\n" + b" " * (3 * fastjson.INDENT)


def timexes_export(timexes: list[dict]) -> bytes:
    """A document's time expressions (dicts of :data:`TIMEX_COLUMNS`) as the JSON export writes
    them in its record (:func:`chronica.fastjson.dumps_indented`, each newline followed by
    :data:`TIMEXES_PLACED`), or empty bytes when only the standard library can encode them (a
    lone surrogate: the export encodes such a document whole)."""
    try:
        return fastjson.orjson.dumps(timexes, option=fastjson.orjson.OPT_INDENT_2).replace(b"\n", TIMEXES_PLACED)
    except fastjson.orjson.JSONEncodeError:
        return b""


ACTOR_COLUMNS = ("start", "end", "text", "actor_id", "kind", "name", "resolved", "role", "via",
                 "country", "actor_ids", "agent", "cameo")


#: a stored document's columns in the order of :class:`StoredDocument`'s fields
_DOCUMENT_SELECT = """SELECT id, path, format, title, author, outlet, url, published, published_source,
                             text, n_words, n_sentences, near_duplicate_of, near_duplicate_similarity,
                             content_hash, dct, dct_inferred, dct_confidence, dct_reasoning
                      FROM documents"""


def _cell(value):  # noqa: ANN001, ANN202 - a field of a record
    """A record's field as a column value: a tuple of ids is stored ";"-joined."""
    return ";".join(value) if isinstance(value, (tuple, list)) else value


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A Chronica store: one SQLite file, or a PostgreSQL database named by a
    ``postgresql://`` URL (same schema and behaviour; see :mod:`chronica.store.postgres`). Use
    as a context manager or call :meth:`close`."""

    #: "sqlite" or "postgresql": which SQL the few backend-specific statements are written in
    backend = "sqlite"

    def __init__(self, path: str | Path = DEFAULT_DB, *, create: bool = True,
                 timeout: float = BUSY_TIMEOUT, readonly: bool = False) -> None:
        """Open (``create``: or create) the store at ``path``.

        :param path: a file, or a ``postgresql://user:password@host:port/dbname`` URL.
        :param create: make a new store when ``path`` does not exist; when False, a missing
            store is a :class:`StoreError`.
        :param timeout: seconds to wait for another process's write lock.
        :param readonly: (PostgreSQL) a session that cannot write and does not migrate; see
            :func:`chronica.store.search.open_readonly` for SQLite.
        :raises StoreError: the file or database is not a Chronica store, was written by a
            newer Chronica, or cannot be opened; it is left untouched.
        """
        if postgres.is_url(path):
            self._open_postgres(str(path), create=create, readonly=readonly)
            return
        self.path = Path(path)
        if not _exists(self.path):
            if not create:
                raise StoreError(f"no store at {self.path}; run `chronica build PATH --db {self.path}` first")
            if not self.path.parent.is_dir():
                raise StoreError(f"cannot create the store {self.path}: no folder {self.path.parent}")
        else:
            check_store(self.path)
        try:
            if _exists(self.path) and _on_read_only_medium(self.path):
                # read as it is; any write fails with one line ("readonly database")
                self.conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro{_IMMUTABLE}", uri=True,
                                            isolation_level=None, timeout=timeout)
            else:
                self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=timeout)
                self.conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
                _set_wal(self.conn, timeout)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self._migrate()
        self.chronicle = ChronicleTables(self.conn)

    def _open_postgres(self, url: str, *, create: bool, readonly: bool) -> None:
        self.backend = "postgresql"
        self.url = url
        self.path = postgres.display(url)  # type: ignore[assignment] - shown in messages
        self.conn = postgres.Connection(url, readonly=readonly)  # type: ignore[assignment]
        try:
            version = postgres.check(self.conn, create=create)
            if version < len(MIGRATIONS):
                if readonly:
                    raise StoreError(f"{self.path} is at schema {version}, not {len(MIGRATIONS)}: open it"
                                     " once with `chronica search` or `chronica annotate` to bring it up to date")
                postgres.migrate(self.conn)
        except BaseException:
            self.conn.close()
            raise
        self.chronicle = ChronicleTables(self.conn)

    # -- lifecycle -------------------------------------------------------------------------
    def _migrate(self) -> None:
        """Bring the schema up to date under the write lock: a second process opening a new
        store at the same moment waits here, then finds the schema made and does nothing."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == len(MIGRATIONS):
            if self.conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                self._adopt()
            return
        with self.transaction():
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            _check_version(self.path, version)
            if version == 0 and _tables(self.conn):
                raise StoreError(f"{self.path} is not a Chronica store (an SQLite database of another program)")
            for number, sql in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={number}")
            self.conn.execute(f"PRAGMA application_id={APPLICATION_ID}")

    def _adopt(self) -> None:
        """Give a store written before stores carried :data:`APPLICATION_ID` (recognised by
        :func:`check_store` from its tables) the id; a read-only one is read as it is."""
        try:
            with self.transaction():
                self.conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        except sqlite3.OperationalError:
            pass

    def close(self) -> None:
        self.conn.close()

    def check_writable(self) -> None:
        """Raise :class:`StoreError` now, before any work, when the store cannot be written
        (a read-only file or folder): a build should fail at once, not after parsing."""
        try:
            with self.transaction():
                if self.backend == "postgresql":
                    self.conn.execute("UPDATE chronica_meta SET value = value WHERE key = 'application'")
                else:
                    self.conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write to the store {self.path}: {exc}") from exc

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (PostgreSQL: a transaction
        holding the writers' advisory lock)."""
        if self.backend == "postgresql":
            with self.conn.transaction() as conn:
                yield conn
            return
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

    def documents_added_in_run(self, run_id: int) -> int:
        """How many documents the build run ``run_id`` stored (each whole: one transaction each)."""
        return int(self.conn.execute("SELECT COUNT(*) FROM documents WHERE added_run = ?", (run_id,)).fetchone()[0])

    def document_id_for_hash(self, content_hash: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return int(row[0]) if row else None

    def document_id_at_path(self, path: str) -> int | None:
        """The document stored from ``path`` (an index key), or None."""
        row = self.conn.execute(
            "SELECT document_id FROM document_paths WHERE path = ?", (path,)
        ).fetchone()
        return int(row[0]) if row else None

    def path_of(self, document_id: int) -> str | None:
        """The path a document was first stored from, or None for an unknown id."""
        row = self.conn.execute("SELECT path FROM documents WHERE id = ?", (document_id,)).fetchone()
        return row[0] if row else None

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
        sentences: list[tuple[int, int]] | None = None,
        parse: bytes | None = None,
        minhash: bytes | None,
        near_duplicate: tuple[int, float] | None,
        run_id: int | None,
        annotations: Annotations | None = None,
        segments: Iterable[Segment] | None = None,
    ) -> int:
        """Write one document with its path, references, sentences and annotations in one
        transaction.

        :param sentences, parse, annotations: those of a document parsed whole.
        :param segments: instead, the document's parse-sized pieces in order (see
            :class:`Segment`); their offsets are shifted into the whole document here. The
            document date is the first segment's. Each piece's parse is kept in
            ``document_segments``; a document of one piece keeps it in ``documents.parse``.
        """
        if segments is None:
            segments = [Segment(0, len(doc.text), sentences or [], parse, annotations)]
        with self.transaction():
            cur = self.conn.execute(
                """INSERT INTO documents (content_hash, path, format, title, author, outlet, url,
                       published, published_source, encoding, text, raw, spans, removed, n_words,
                       n_sentences, near_duplicate_of, near_duplicate_similarity, minhash, parse,
                       added_run, replaced_chars)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, NULL, ?, ?)""",
                (
                    doc.content_hash, doc.path, doc.format, doc.title, doc.author, doc.outlet,
                    doc.url, doc.published, doc.published_source, doc.encoding, doc.text, "",
                    json.dumps(doc.spans), json.dumps(doc.removed), doc.n_words,
                    near_duplicate[0] if near_duplicate else None,
                    near_duplicate[1] if near_duplicate else None,
                    minhash, run_id, getattr(doc, "replaced_chars", 0),
                ),
            )
            if doc.raw != doc.text:  # the original file's text, compressed; else it is the text
                self.conn.execute("UPDATE documents SET raw_compressed = ? WHERE id = ?",
                                  (zlib.compress(doc.raw.encode("utf-8")), cur.lastrowid))
            document_id = int(cur.lastrowid)
            self._add_path(path_key, document_id, run_id)
            self.conn.executemany(
                "INSERT INTO doc_references (document_id, idx, text) VALUES (?, ?, ?)",
                [(document_id, i, ref) for i, ref in enumerate(doc.references)],
            )
            n_sentences = self._write_segments(document_id, doc.text, segments)
            self.conn.execute("UPDATE documents SET n_sentences = ? WHERE id = ?",
                              (n_sentences, document_id))
            self._write_document_exports([document_id])
            self._index_text(document_id)
        return document_id

    def _index_text(self, document_id: int) -> None:
        """Add a document's sentences to the full-text index of search (migration 7), a page of
        sentences at a time (a long document's are never all in memory)."""
        sentences = self.sentence_texts(document_id)
        while page := [(s.sid, s.text) for s in islice(sentences, SENTENCE_PAGE)]:
            if self.backend == "postgresql":
                self.conn.executemany("UPDATE sentences SET tsv = to_tsvector('english', ?) WHERE sid = ?",
                                      [(text, sid) for sid, text in page])
            else:
                self.conn.executemany("INSERT INTO sentences_fts(rowid, text) VALUES (?, ?)", page)

    def _write_segments(self, document_id: int, text: str, segments: Iterable[Segment]) -> int:
        """Write each segment's sentences, parse and annotations, shifted into the document.
        Returns the number of sentences."""
        n_sentences, counts = 0, {"timexes": 0, "actors": 0}
        pieces = iter(segments)
        first = next(pieces, None)
        if first is None:
            return 0
        second = next(pieces, None)
        whole = second is None
        for idx, seg in enumerate(_chain(first, second, pieces)):
            self.conn.executemany(
                "INSERT INTO sentences (document_id, idx, start, end) VALUES (?, ?, ?, ?)",
                [(document_id, n_sentences + i, seg.start + s, seg.start + e)
                 for i, (s, e) in enumerate(seg.sentences)],
            )
            if whole:
                self.conn.execute("UPDATE documents SET parse = ? WHERE id = ?", (seg.parse, document_id))
            else:
                self.conn.execute(
                    "INSERT INTO document_segments (document_id, idx, start, end, parse)"
                    " VALUES (?, ?, ?, ?, ?)", (document_id, idx, seg.start, seg.end, seg.parse))
            if seg.annotations is not None:
                self._write_annotations(document_id, seg.annotations.shifted(seg.start, n_sentences),
                                        first=idx == 0, counts=counts)
            n_sentences += len(seg.sentences)
        return n_sentences

    def segment_parses(self, document_id: int) -> list[tuple[int, int, bytes | None]]:
        """The (start, end, parse) of each stored segment of a long document (empty for a
        document parsed whole: its parse is :meth:`parse_bytes`)."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT start, end, parse FROM document_segments WHERE document_id = ? ORDER BY idx",
            (document_id,))]

    def replace_annotations(self, document_id: int,
                            annotations: Annotations | Iterable[tuple[int, int, Annotations]]) -> None:
        """Re-write one document's annotations (after the stages changed), in one transaction.

        :param annotations: the whole document's, or for a document stored in segments an
            iterable of ``(start, sentence_base, annotations)`` with segment-relative offsets.
        """
        parts = [(0, 0, annotations)] if isinstance(annotations, Annotations) else annotations
        with self.transaction():
            counts = {"timexes": 0, "actors": 0}
            for n, (start, sentence_base, found) in enumerate(parts):
                self._write_annotations(document_id, found.shifted(start, sentence_base),
                                        first=n == 0, counts=counts)
            self._write_document_exports([document_id])

    def _write_annotations(self, document_id: int, a: Annotations, *, first: bool = True,
                           counts: dict[str, int] | None = None) -> None:
        """Write annotations; ``first`` clears the document's old ones and sets its date, later
        calls (the next segments) append, numbering rows on from ``counts``."""
        c = self.conn
        counts = counts if counts is not None else {"timexes": 0, "actors": 0}
        if first:
            c.execute(
                "UPDATE documents SET dct = ?, dct_inferred = ?, dct_confidence = ?, dct_reasoning = ?"
                " WHERE id = ?",
                (a.dct, int(a.dct_inferred), a.dct_confidence, a.dct_reasoning, document_id),
            )
            for table in ("timexes", "actor_mentions", "event_mentions", "claims"):
                c.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))
        t0, a0 = counts["timexes"], counts["actors"]
        c.executemany(
            f"INSERT INTO timexes (document_id, idx, {', '.join(TIMEX_COLUMNS)})"
            f" VALUES (?, ?, {', '.join('?' * len(TIMEX_COLUMNS))})",
            [(document_id, t0 + i, *(t.get(k) for k in TIMEX_COLUMNS)) for i, t in enumerate(a.timexes)],
        )
        c.executemany(
            f"INSERT INTO actor_mentions (document_id, idx, {', '.join(ACTOR_COLUMNS)})"
            f" VALUES (?, ?, {', '.join('?' * len(ACTOR_COLUMNS))})",
            [(document_id, a0 + i, *(_cell(m.get(k)) for k in ACTOR_COLUMNS)) for i, m in enumerate(a.actors)],
        )
        counts["timexes"] += len(a.timexes)
        counts["actors"] += len(a.actors)
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
        return [SentenceClaim.from_dict(fastjson.loads(r[0])) for r in rows]

    def event_mentions(self, document_id: int | None = None) -> list[EventMention]:
        return [event_mention(record) for (record,) in self._rows(
            "SELECT record FROM event_mentions", document_id, "document_id, sentence_idx, id")]

    def event_mentions_by_id(self, ids: Iterable[int] | None = None) -> dict[int, EventMention]:
        """Event mentions by their row id: those of ``ids``, or all."""
        if ids is None:
            rows = self._plain("SELECT id, record FROM event_mentions ORDER BY id")
        else:
            wanted, rows = list(ids), []
            for i in range(0, len(wanted), 900):
                chunk = wanted[i:i + 900]
                rows += self.conn.execute(
                    f"SELECT id, record FROM event_mentions WHERE id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
        return {int(i): event_mention(record) for i, record in rows}

    def _plain(self, sql: str, args: Iterable = ()) -> Iterable[tuple]:
        """The rows of ``sql`` as plain tuples, read as they are used: a bulk read's rows need
        no access by name (SQLite's ``Row`` costs a third of reading a large table)."""
        if self.backend == "sqlite":
            cursor = self.conn.cursor()
            cursor.row_factory = None
            return cursor.execute(sql, tuple(args))
        return self.conn.execute(sql, args)  # PostgreSQL's rows are tuples already

    def _rows(self, select: str, document_id: int | None, order: str) -> list[sqlite3.Row]:
        """``select`` for one document or for all, in ``order``."""
        where, args = ("WHERE document_id = ?", (document_id,)) if document_id is not None else ("", ())
        return self.conn.execute(f"{select} {where} ORDER BY {order}", args).fetchall()

    def timexes(self, document_id: int | None = None) -> list[dict]:
        return [dict(r) for r in self._rows("SELECT * FROM timexes", document_id, "document_id, idx")]

    def timexes_by_document(self, fields: Iterable[str]) -> Iterator[tuple[int, list[dict]]]:
        """Every stored time expression as a dict of ``fields`` (columns of ``timexes``, in that
        order): ``(document id, its time expressions in text order)`` by document id, from one
        query read as it is used; no row converted whole."""
        fields = list(fields)
        if not all(f.isidentifier() for f in fields):
            raise ValueError(f"not column names: {fields}")
        rows = self._plain(f"SELECT document_id, {', '.join(fields)} FROM timexes ORDER BY document_id, idx")
        for document_id, group in itertools.groupby(rows, key=operator.itemgetter(0)):
            yield document_id, [dict(zip(fields, row[1:])) for row in group]

    # -- the documents' records as the JSON export writes them (migrations 13, 14) -----------
    def _write_document_exports(self, ids: Iterable[int]) -> None:
        """Store the records of the documents ``ids`` as the export writes them
        (:func:`chronica.store.document_record.placed_record`), from their stored rows, in
        ``document_exports.record``; a record only the standard library encodes is left empty,
        its time expressions stored instead (:func:`timexes_export`)."""
        ids = sorted(ids)
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            marks = ", ".join("?" * len(chunk))
            # a long document's (more than a page of time expressions, or a text stored in
            # segments) are not held in memory to be stored: its empty bytes make the export
            # read its row and its time expressions (the store's write path stays bounded)
            long = {d for d, n in self.conn.execute(
                f"SELECT document_id, COUNT(*) FROM timexes WHERE document_id IN ({marks})"
                " GROUP BY document_id", chunk) if n > SENTENCE_PAGE}
            long.update(d for (d,) in self.conn.execute(
                f"SELECT DISTINCT document_id FROM document_segments WHERE document_id IN ({marks})", chunk))
            short = [d for d in chunk if d not in long]
            found = dict(self._timexes_of(short)) if short else {}
            docs = {d.id: d for d in self._documents_of(short)} if short else {}
            references = self._references_of(short) if short else {}
            rows = []
            for d in chunk:
                if d in long or d not in docs:
                    rows.append((d, b"", b""))
                    continue
                timexes = found.get(d, [])
                record = placed_record(document_record(docs[d], references.get(d, []), timexes))
                rows.append((d, b"" if record else timexes_export(timexes), record))
            self.conn.execute(f"DELETE FROM document_exports WHERE document_id IN ({marks})", chunk)
            self.conn.executemany(
                "INSERT INTO document_exports (document_id, timexes, record) VALUES (?, ?, ?)", rows)

    def _documents_of(self, ids: list[int]) -> Iterator[StoredDocument]:
        """The stored documents ``ids`` (those that exist), by id."""
        for r in self._plain(f"{_DOCUMENT_SELECT} WHERE id IN ({', '.join('?' * len(ids))}) ORDER BY id", ids):
            yield StoredDocument(*r)

    def _references_of(self, ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for document_id, text in self._plain(
                "SELECT document_id, text FROM doc_references"
                f" WHERE document_id IN ({', '.join('?' * len(ids))}) ORDER BY document_id, idx", ids):
            out.setdefault(document_id, []).append(text)
        return out

    def _timexes_of(self, ids: list[int]) -> Iterator[tuple[int, list[dict]]]:
        rows = self._plain(
            f"SELECT document_id, {', '.join(TIMEX_COLUMNS)} FROM timexes"
            f" WHERE document_id IN ({', '.join('?' * len(ids))}) ORDER BY document_id, idx", ids)
        for document_id, group in itertools.groupby(rows, key=operator.itemgetter(0)):
            yield document_id, [dict(zip(TIMEX_COLUMNS, row[1:])) for row in group]

    def fill_timex_exports(self) -> int:
        """Store the time expressions of every document that has none stored (a store of an
        older schema; all of them when another version made them). Returns how many."""
        if self.export_version("timexes") != TIMEXES_EXPORT_VERSION:
            self.conn.execute("DELETE FROM document_exports")
        ids = [r[0] for r in self.conn.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM document_exports)")]
        self._write_document_exports(ids)
        self._set_export_version("timexes", TIMEXES_EXPORT_VERSION)
        return len(ids)

    def timex_exports_current(self) -> bool:
        """True when every document's time expressions are stored by this version (a row is
        deleted with its document, so the counts tell: each read from a small index)."""
        return self.export_version("timexes") == TIMEXES_EXPORT_VERSION and not self.conn.execute(
            "SELECT (SELECT COUNT(*) FROM documents) != (SELECT COUNT(*) FROM document_exports)").fetchone()[0]

    def timex_exports(self) -> Iterator[tuple[int, bytes, bytes]]:
        """``(document id, its stored record, its stored time expressions)`` by id
        (:meth:`fill_timex_exports`): the record empty for a document whose row the export reads
        itself, the time expressions empty when the record is stored or the export reads them."""
        for document_id, record, data in self._plain(
                "SELECT document_id, record, timexes FROM document_exports ORDER BY document_id"):
            yield document_id, bytes(record or b""), bytes(data)

    def document(self, document_id: int) -> StoredDocument | None:
        """One stored document."""
        return next(self._documents_of([document_id]), None)

    def timexes_of_document(self, document_id: int) -> list[dict]:
        """One document's time expressions as the export shows them (fields of ``timexes``)."""
        return next((t for _, t in self._timexes_of([document_id])), [])

    def export_version(self, part: str) -> str | None:
        row = self.conn.execute("SELECT version FROM export_versions WHERE part = ?", (part,)).fetchone()
        return row[0] if row else None

    def _set_export_version(self, part: str, version: str) -> None:
        if self.export_version(part) != version:
            self.conn.execute("DELETE FROM export_versions WHERE part = ?", (part,))
            self.conn.execute("INSERT INTO export_versions (part, version) VALUES (?, ?)", (part, version))

    def set_export_version(self, part: str, version: str) -> None:
        """Record what made the stored exported bytes of ``part`` (see migration 13)."""
        self._set_export_version(part, version)

    def actor_mentions(self, document_id: int | None = None) -> list[dict]:
        return [dict(r) for r in self._rows("SELECT * FROM actor_mentions", document_id, "document_id, idx")]

    def person_mention_states(self) -> list[tuple]:
        """(actor id, name, text, state, how the state was found) of every stored actor mention of
        a person with a state (:func:`chronica.actors.corpus.person_states` reads them)."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT actor_id, name, text, country, via FROM actor_mentions"
            " WHERE kind = 'person' AND country IS NOT NULL")]

    def mentions_with_stateless_participants(self) -> list[tuple[int, str]]:
        """(row id, record) of the stored event mentions with a participant of no state."""
        return [(int(i), r) for i, r in self.conn.execute(
            "SELECT DISTINCT m.id, m.record FROM event_mentions m JOIN event_participants p"
            " ON p.event_mention_id = m.id WHERE p.state IS NULL ORDER BY m.id")]

    def rewrite_mention_participants(self, mention_id: int, record: dict) -> None:
        """Store an event mention's ``record`` whose participants changed, with its participant rows."""
        self.conn.execute("UPDATE event_mentions SET record = ? WHERE id = ?",
                          (json.dumps(record, ensure_ascii=False), mention_id))
        self.conn.execute("DELETE FROM event_participants WHERE event_mention_id = ?", (mention_id,))
        self.conn.executemany(
            "INSERT INTO event_participants (event_mention_id, role, actor_id, state, text) VALUES (?, ?, ?, ?, ?)",
            [(mention_id, p.get("role"), p.get("actor_id"), p.get("state"), p.get("text") or "")
             for p in record.get("participants", [])])

    def resolved_names(self) -> list[tuple[str, str, str]]:
        """(actor id, canonical name, text as written) of every resolved actor mention, once
        each: the names users may type for an actor the knowledge base does not know."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT DISTINCT actor_id, name, text FROM actor_mentions WHERE resolved = 1"
            " AND actor_id IS NOT NULL")]

    def actor_counts(self) -> list[dict]:
        """Each resolved actor: ``actor_id``, ``name``, ``kind``, ``n`` mentions, ``docs``
        documents and ``forms`` (the texts it is written as, sorted), most mentioned first."""
        forms: dict[str, list[str]] = {}
        for actor_id, text in self.conn.execute(
                "SELECT DISTINCT actor_id, text FROM actor_mentions WHERE resolved = 1 ORDER BY actor_id, text"):
            forms.setdefault(actor_id, []).append(text)
        rows = self.conn.execute(
            """SELECT actor_id, MAX(name) AS name, MAX(kind) AS kind, COUNT(*) AS n,
                      COUNT(DISTINCT document_id) AS docs
               FROM actor_mentions WHERE resolved = 1 GROUP BY actor_id ORDER BY n DESC, actor_id"""
        ).fetchall()
        return [{**dict(r), "forms": forms.get(r["actor_id"], [])} for r in rows]

    def unresolved_names(self, limit: int) -> list[dict]:
        """The ``limit`` most mentioned unresolved names (a sector noun with no country is not
        one): ``text``, ``n`` mentions, ``docs`` documents."""
        return [dict(r) for r in self.conn.execute(
            """SELECT text, COUNT(*) AS n, COUNT(DISTINCT document_id) AS docs FROM actor_mentions
               WHERE resolved = 0 AND COALESCE(kind, '') != 'agent'
               GROUP BY text ORDER BY n DESC, text LIMIT ?""", (limit,))]

    def minhashes(self) -> Iterator[tuple[int, bytes]]:
        yield from self.conn.execute(
            "SELECT id, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY id"
        )

    def documents(self) -> list[StoredDocument]:
        return list(self.iter_documents())

    def iter_documents(self) -> Iterator[StoredDocument]:
        """Every document, by id, read as it is used (one text in memory at a time)."""
        rows = self._plain(f"{_DOCUMENT_SELECT} ORDER BY id")
        for r in rows:
            yield StoredDocument(*r)

    def document_headers(self) -> list[tuple[int, str, str | None, str | None]]:
        """``(id, path, title, published)`` of every document, by id: what a list of documents
        shows, without reading their texts."""
        return [(int(r[0]), r[1], r[2], r[3]) for r in self.conn.execute(
            "SELECT id, path, title, published FROM documents ORDER BY id")]

    def references(self, document_id: int) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT text FROM doc_references WHERE document_id = ? ORDER BY idx", (document_id,)
            )
        ]

    def document_texts(self, ids: Iterable[int]) -> dict[int, str]:
        """The clean texts of the documents ``ids`` (those that exist), by id."""
        wanted, out = sorted(ids), {}
        for i in range(0, len(wanted), 900):
            chunk = wanted[i:i + 900]
            out.update((int(r[0]), r[1]) for r in self.conn.execute(
                f"SELECT id, text FROM documents WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
        return out

    def references_by_document(self) -> dict[int, list[str]]:
        """The references of every document that has some, in order (one query)."""
        out: dict[int, list[str]] = {}
        for document_id, text in self.conn.execute(
                "SELECT document_id, text FROM doc_references ORDER BY document_id, idx"):
            out.setdefault(document_id, []).append(text)
        return out

    def sentences(self, document_id: int | None = None) -> list[Sentence]:
        """Sentences with their text, cut from the document's text (stored once)."""
        return [Sentence(s.document_id, s.idx, s.start, s.end, s.text)
                for s in self.sentence_texts(document_id)]

    def sentence_texts(self, document_id: int | None = None,
                       unindexed: bool = False) -> Iterator[SentenceText]:
        """Every sentence with its text (of one document, or
        of the documents search has not embedded yet), in document order. Each document's text
        is read once and cut here: the ``sentence_texts`` view cuts it in SQL, which reads the
        whole text again for every sentence (quadratic in a long document's size)."""
        sid = "s.sid" if self.backend == "postgresql" else "s.rowid"
        where, args = "", ()
        if document_id is not None:
            where, args = "s.document_id = ? AND", (document_id,)
        elif unindexed:
            where = "s.document_id NOT IN (SELECT document_id FROM search_documents) AND"
        doc, text = None, ""
        after = (-1, -1)  # read a page of rows at a time: a long document has ~12,000 sentences a MB
        while True:
            rows = self.conn.execute(
                f"SELECT {sid}, s.document_id, s.idx, s.start, s.end FROM sentences s"
                f" WHERE {where} (s.document_id, s.idx) > (?, ?)"
                " ORDER BY s.document_id, s.idx LIMIT ?", (*args, *after, SENTENCE_PAGE),
            ).fetchall()
            for sid_, document, idx, start, end in rows:
                if document != doc:
                    doc = document
                    row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc,)).fetchone()
                    text = row[0] if row else ""
                yield SentenceText(sid_, document, idx, start, end, text[start:end])
            if len(rows) < SENTENCE_PAGE:
                return
            after = (rows[-1][1], rows[-1][2])

    def raw(self, document_id: int) -> str | None:
        """The original file's text of a document (before cleaning)."""
        row = self.conn.execute(
            "SELECT raw, raw_compressed, text FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            return None
        if row["raw_compressed"] is not None:
            return zlib.decompress(row["raw_compressed"]).decode("utf-8")
        return row["raw"] or row["text"]

    # -- input files, to skip an unchanged one before reading it ---------------------------------
    def file_unchanged(self, path: str, size: int, mtime_ns: int) -> int | None:
        """The number of documents ``path`` held when it was read with this size and
        modification time, else None (never read, or changed since)."""
        row = self.conn.execute(
            "SELECT documents FROM file_stats WHERE path = ? AND size = ? AND mtime_ns = ?",
            (path, size, mtime_ns),
        ).fetchone()
        return int(row[0]) if row else None

    def file_same_content(self, path: str, size: int, digest: str) -> int | None:
        """The number of documents ``path`` held when it was last read, if it then had this
        size and these bytes (``digest``, see ``chronica.build.file_digest``), else None: a file
        touched (a new modification time) but not changed."""
        row = self.conn.execute(
            "SELECT documents FROM file_stats WHERE path = ? AND size = ? AND digest = ?",
            (path, size, digest),
        ).fetchone()
        return int(row[0]) if row else None

    def record_files(self, rows: list[tuple]) -> None:
        """Remember (path, size, mtime_ns, documents[, digest]) of input files whose every
        document is stored, in one transaction (no digest: NULL, the file is read again when
        its modification time changes)."""
        rows = [(*r, None) if len(r) == 4 else tuple(r) for r in rows]
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO file_stats (path, size, mtime_ns, documents, digest) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(path) DO UPDATE SET size = excluded.size,"
                " mtime_ns = excluded.mtime_ns, documents = excluded.documents, digest = excluded.digest",
                rows,
            )

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


#: the fields an :class:`EventMention` takes (a record written by another version may hold more)
_MENTION_FIELDS = frozenset(EventMention.__dataclass_fields__)
_PARTICIPANT_FIELDS = frozenset(Participant.__dataclass_fields__)


def record_instance(cls: type, names: frozenset[str], data: dict):  # noqa: ANN205 - an instance of cls
    """``cls(**data)`` for a plain dataclass whose fields are ``names``: a record holding every
    field (as this Chronica writes them, ``asdict``) becomes the instance's attributes as it is,
    without the generated ``__init__`` (reading a large store's mentions spent half its time
    there); any other record (an older or newer version's) goes through ``__init__``, its unknown
    keys left out."""
    if data.keys() == names:
        obj = object.__new__(cls)
        obj.__dict__ = data
        return obj
    return cls(**{k: v for k, v in data.items() if k in names})


def event_mention(record: str) -> EventMention:
    """The :class:`EventMention` of a stored record (``event_mentions.record``)."""
    data = fastjson.loads(record)
    data["participants"] = [record_instance(Participant, _PARTICIPANT_FIELDS, p)
                            for p in data.get("participants", ())]
    return record_instance(EventMention, _MENTION_FIELDS, data)


def _chain(first: Segment, second: Segment | None, rest: Iterator[Segment]) -> Iterator[Segment]:
    yield first
    if second is not None:
        yield second
        yield from rest


def _exists(path: Path) -> bool:
    """A store file is there (an empty file, as ``touch`` leaves it, counts as no store yet)."""
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise StoreError(f"cannot open the store {path}: {exc.strerror or exc}") from exc


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}


def _check_version(path: Path, version: int) -> None:
    if version > len(MIGRATIONS):
        raise StoreError(f"{path} was written by a newer Chronica (schema {version}); upgrade Chronica")


#: the URI parameter that lets SQLite read a WAL store where it cannot make its ``-shm`` file
_IMMUTABLE = "&immutable=1"


def _on_read_only_medium(path: Path) -> bool:
    """True when ``path`` lies on a file system mounted read-only (a CD, a read-only share or
    mount): nothing can change the store there, and SQLite could not open a WAL store without
    ``immutable`` (it cannot create the ``-shm`` file beside it)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def check_store(path: str | Path) -> None:
    """Raise :class:`StoreError` unless ``path`` is a Chronica store this Chronica can open, or an
    empty SQLite database. Reads through a read-only connection: the file is never changed."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StoreError(f"cannot open the store {path}: {exc.strerror or exc}") from exc
    if header and header != b"SQLite format 3\x00":
        raise StoreError(f"{path} is not a Chronica store (not an SQLite database)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{_IMMUTABLE if _on_read_only_medium(path) else ''}",
                               uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the store {path}: {exc}") from exc
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = _tables(conn)
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) or "not a database" not in str(exc):
            raise StoreError(f"cannot open the store {path}: {exc}") from exc
        raise StoreError(f"{path} is not a Chronica store ({exc})") from exc
    finally:
        conn.close()
    if application_id == APPLICATION_ID or (application_id == 0 and not tables and version == 0):
        _check_version(path, version)
        return
    if application_id == 0 and version >= 1 and _FIRST_TABLES <= tables:
        _check_version(path, version)  # a store written before stores carried the id
        return
    raise StoreError(f"{path} is not a Chronica store (an SQLite database of another program)")


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside our literals)."""
    parts = []
    for chunk in sql.split(";"):
        lines = [ln for ln in chunk.splitlines() if ln.strip() and not ln.strip().startswith("--")]
        if lines:
            parts.append(chunk)
    return parts
