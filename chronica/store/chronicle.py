"""The persisted chronicle's tables (migration 3): SQL only, plain rows in and out.

:mod:`chronica.chronicle.persist` computes the chronicle at build time and writes it here; the
read commands read it back. Nothing here knows how events are merged.

Tables: ``sentence_vectors`` (one float32 vector per distinct sentence text, by sha1),
``chronicle_mentions`` (each event mention's type family, date interval and its width class,
the mention of an original document it repeats when its document is a near-duplicate, and the
event it belongs to), ``chronicle_keys`` (the actors a mention is blocked by, with its type and
whether its date is stated, so a look-up reads only what may be linked), ``chronicle_links`` (pairs of
mentions the merge may join: the edges whose connected components are clustered on their own),
``chronicle_events`` (each merged event as JSON without its mentions, its label and position),
``chronicle_event_exports`` (its record as the JSON export writes it, without its id: migration
13) and ``chronicle_disagreements``.
"""

from __future__ import annotations

import hashlib
import itertools

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

#: how many ids go into one ``IN (...)`` (SQLite's default limit on variables is 32,766)
CHUNK = 900


@dataclass
class MentionRow:
    """What the chronicle tables keep of one event mention for blocking."""

    mention_id: int
    grp: str
    earliest: str | None
    latest: str | None
    alias_of: int | None = None
    type: str = ""  # its event type (the actor keys are looked up by type)
    stated: bool = False  # its date is written in its sentence


@dataclass(frozen=True)
class KeyQuery:
    """Which mentions sharing an actor key a look-up returns: those of ``type`` (any type of the
    family when None), and only those whose date is not stated when ``unstated_only``."""

    type: str | None = None
    unstated_only: bool = False


def width_class(earliest: str, latest: str) -> int:
    """The class of a date interval's width: ``w`` such that its length in days (latest minus
    earliest) is below ``2 ** w``. An interval of class ``w`` that overlaps [e, l] starts in
    [e - (2 ** w - 1), l], so an overlap look-up is one index range per class."""
    return (date.fromisoformat(latest) - date.fromisoformat(earliest)).days.bit_length()


def _minus_days(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day) - timedelta(days=days)).isoformat()
    except OverflowError:
        return date.min.isoformat()


@dataclass
class EventRow:
    """One stored merged event: its record (JSON) and how it sorts."""

    id: int
    label: str | None
    n_mentions: int
    sort_key: str  # JSON
    record: str  # JSON


def text_hash(text: str) -> str:
    """The key of a sentence text's vector in ``sentence_vectors`` (sha1 of its UTF-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    items = list(ids)
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


class ChronicleTables:
    """The chronicle's tables of one store (``store.chronicle``). Writes happen inside the
    caller's transaction (:meth:`chronica.store.Store.transaction`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._widths: dict[str, list[int]] | None = None  # width classes present, by family

    # -- vectors ---------------------------------------------------------------------------
    def vectors(self, hashes: Iterable[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for chunk in _chunks(hashes):
            out.update(self.conn.execute(
                f"SELECT text_hash, vector FROM sentence_vectors WHERE text_hash IN ({_marks(len(chunk))})",
                chunk,
            ).fetchall())
        return out

    def add_vectors(self, items: Iterable[tuple[str, bytes]]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO sentence_vectors (text_hash, vector) VALUES (?, ?)", items
        )

    # -- mentions --------------------------------------------------------------------------
    def new_mention_ids(self) -> list[int]:
        """Event mentions the chronicle has not seen yet, in id order."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM event_mentions WHERE id NOT IN (SELECT mention_id FROM chronicle_mentions)"
            " ORDER BY id"
        )]

    def up_to_date(self) -> bool:
        """True when the chronicle step has nothing to do: every event mention and document seen,
        nothing damaged (a cheap check, so a build with nothing new need not load the chronicle)."""
        unseen = self.conn.execute(
            "SELECT 1 FROM event_mentions WHERE id NOT IN (SELECT mention_id FROM chronicle_mentions)"
            " UNION ALL SELECT 1 FROM documents WHERE id NOT IN"
            " (SELECT document_id FROM chronicle_documents) LIMIT 1"
        ).fetchone()
        return unseen is None and not self.is_damaged()

    def is_damaged(self) -> bool:
        """True when mentions of stored events were deleted (documents annotated again): an
        event lost members, or a near-duplicate copy's mention repeats one that is gone."""
        lost = self.conn.execute(
            """SELECT 1 FROM chronicle_events e WHERE e.n_mentions !=
                   (SELECT COUNT(*) FROM chronicle_mentions m
                    WHERE m.event_id = e.id AND m.alias_of IS NULL) LIMIT 1"""
        ).fetchone()
        dangling = self.conn.execute(
            """SELECT 1 FROM chronicle_mentions m WHERE m.alias_of IS NOT NULL AND NOT EXISTS
                   (SELECT 1 FROM event_mentions o WHERE o.id = m.alias_of) LIMIT 1"""
        ).fetchone()
        return bool(lost or dangling)

    def clear(self) -> None:
        """Forget the chronicle (the sentence vectors stay: they depend on the text only)."""
        for table in ("chronicle_links", "chronicle_keys", "chronicle_mentions",
                      "chronicle_event_exports", "chronicle_events", "chronicle_disagreements",
                      "chronicle_claims", "chronicle_claim_links"):
            self.conn.execute(f"DELETE FROM {table}")
        self._widths = self._types = None

    def add_mentions(self, rows: Iterable[MentionRow], keys: Iterable[tuple[str, str, int]]) -> None:
        """Register mentions with their blocking data; ``keys`` are (grp, key, mention id), each
        stored with its mention's type and stated flag."""
        rows = list(rows)
        self.conn.executemany(
            "INSERT INTO chronicle_mentions (mention_id, grp, earliest, latest, alias_of, width)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(r.mention_id, r.grp, r.earliest, r.latest, r.alias_of,
              width_class(r.earliest, r.latest) if r.earliest and r.latest else None) for r in rows],
        )
        of = {r.mention_id: r for r in rows}
        self.conn.executemany(
            "INSERT OR IGNORE INTO chronicle_keys (grp, key, mention_id, type, stated)"
            " VALUES (?, ?, ?, ?, ?)",
            [(grp, key, mid, of[mid].type, int(of[mid].stated)) for grp, key, mid in keys],
        )
        self._widths = self._types = None

    def _key_types(self, grp: str) -> list[str]:
        """The event types of the actor keys of family ``grp`` (read once after mentions are added)."""
        if getattr(self, "_types", None) is None:
            self._types = {}
            for g, t in self.conn.execute("SELECT DISTINCT grp, type FROM chronicle_keys"):
                self._types.setdefault(g, []).append(t)
        return sorted(self._types.get(grp, []))

    def _width_classes(self, grp: str) -> list[int]:
        if self._widths is None:
            self._widths = {}
            for g, w in self.conn.execute(
                "SELECT DISTINCT grp, width FROM chronicle_mentions WHERE width IS NOT NULL"
            ):
                self._widths.setdefault(g, []).append(int(w))
        return sorted(self._widths.get(grp, []))

    def candidates(self, grp: str, keys: Iterable[str], earliest: str | None,
                   latest: str | None, by_key: KeyQuery = KeyQuery()) -> set[int]:
        """Mentions of family ``grp`` (not near-duplicate copies) that share one of ``keys``
        (restricted by ``by_key``) or whose date interval overlaps [earliest, latest]: the only
        ones a mention can be linked to (the caller says which key matches can be)."""
        keys = list(keys)
        found: set[int] = set()
        if keys:
            where = "grp = ? AND key IN ({})".format(_marks(len(keys)))
            args: list = [grp, *keys]
            if by_key.type is not None:
                where += " AND type = ?"
                args.append(by_key.type)
            searched = True
            if by_key.unstated_only:
                if by_key.type is None:  # every type of the family named: the index is searched
                    types = self._key_types(grp)  # to its last column, not scanned by actor
                    # a family with no key stored has nothing to find ("IN ()" is not SQL to PostgreSQL)
                    searched = bool(types)
                    where += " AND type IN ({})".format(_marks(len(types)))
                    args += types
                where += " AND stated = 0"
            if searched:
                found.update(r[0] for r in self.conn.execute(
                    f"SELECT mention_id FROM chronicle_keys WHERE {where}", args))
        if earliest and latest:
            for w in self._width_classes(grp):  # one index range per width class
                found.update(r[0] for r in self.conn.execute(
                    "SELECT mention_id FROM chronicle_mentions WHERE grp = ? AND width = ?"
                    " AND earliest >= ? AND earliest <= ? AND latest >= ? AND alias_of IS NULL",
                    (grp, w, _minus_days(earliest, 2 ** w - 1), latest, earliest),
                ))
        return found

    def sharing_keys(self, ids: Iterable[int], keys: Iterable[str]) -> set[int]:
        """Those of the mentions ``ids`` that have one of the actor ``keys``."""
        keys = list(keys)
        out: set[int] = set()
        if not keys:
            return out
        for chunk in _chunks(sorted(ids)):
            out.update(r[0] for r in self.conn.execute(
                "SELECT mention_id FROM chronicle_keys WHERE mention_id IN ({}) AND key IN ({})".format(
                    _marks(len(chunk)), _marks(len(keys))), [*chunk, *keys]))
        return out

    def without_keys(self, ids: Iterable[int]) -> set[int]:
        """Those of the mentions ``ids`` that have no actor key at all (name no actor; the keys
        of the things their sentences name, ``thing:``, are no actor's)."""
        ids = sorted(ids)
        keyed: set[int] = set()
        for chunk in _chunks(ids):
            keyed.update(r[0] for r in self.conn.execute(
                "SELECT DISTINCT mention_id FROM chronicle_keys WHERE mention_id IN ({})"
                " AND key NOT LIKE 'thing:%'".format(_marks(len(chunk))), chunk))
        return set(ids) - keyed

    def add_links(self, pairs: Iterable[tuple[int, int]]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO chronicle_links (a, b) VALUES (?, ?)",
            [(min(a, b), max(a, b)) for a, b in pairs],
        )

    def neighbours(self, ids: Iterable[int]) -> set[int]:
        out: set[int] = set()
        for chunk in _chunks(ids):
            marks = _marks(len(chunk))
            out.update(r[0] for r in self.conn.execute(
                f"SELECT b FROM chronicle_links WHERE a IN ({marks})"
                f" UNION SELECT a FROM chronicle_links WHERE b IN ({marks})", chunk + chunk,
            ))
        return out

    def links_among(self, ids: Iterable[int]) -> list[tuple[int, int]]:
        """The links whose first end is in ``ids`` (pass a union of whole components)."""
        out: list[tuple[int, int]] = []
        for chunk in _chunks(sorted(ids)):
            out += self.conn.execute(
                f"SELECT a, b FROM chronicle_links WHERE a IN ({_marks(len(chunk))})", chunk
            ).fetchall()
        return out

    def events_of(self, mention_ids: Iterable[int]) -> set[int]:
        out: set[int] = set()
        for chunk in _chunks(mention_ids):
            out.update(r[0] for r in self.conn.execute(
                f"SELECT DISTINCT event_id FROM chronicle_mentions WHERE event_id IS NOT NULL"
                f" AND mention_id IN ({_marks(len(chunk))})", chunk,
            ))
        return out

    def membership(self) -> list[tuple[int, int, int | None]]:
        """(mention id, event id, alias_of) of every mention that belongs to an event."""
        return self.conn.execute(
            "SELECT mention_id, event_id, alias_of FROM chronicle_mentions WHERE event_id IS NOT NULL"
        ).fetchall()

    def members_of(self, event_ids: Iterable[int]) -> list[tuple[int, int]]:
        """(mention id, event id) of the members of events ``event_ids`` that are no
        near-duplicate copy's, by mention id."""
        out: list[tuple[int, int]] = []
        for chunk in _chunks(event_ids):
            out += [(int(r[0]), int(r[1])) for r in self.conn.execute(
                f"SELECT mention_id, event_id FROM chronicle_mentions WHERE alias_of IS NULL"
                f" AND event_id IN ({_marks(len(chunk))})", chunk,
            )]
        out.sort()
        return out

    def event_documents(self) -> list[tuple[str, int]]:
        """(event label, document id) of every mention that belongs to an event, near-duplicate
        copies' too: the sources the timeline lists, without reading the mentions' records."""
        return self.conn.execute(
            "SELECT e.label, m.document_id FROM chronicle_mentions c"
            " JOIN chronicle_events e ON e.id = c.event_id"
            " JOIN event_mentions m ON m.id = c.mention_id"
        ).fetchall()

    # -- events ----------------------------------------------------------------------------
    def replace_events(self, remove: Iterable[int],
                       add: Iterable[tuple[str, str, list[int]]]) -> None:
        """Delete events ``remove`` and insert ``add``: (sort key JSON, record JSON, member
        mention ids); then every near-duplicate copy's mention follows the mention it repeats."""
        for chunk in _chunks(remove):
            self.conn.execute(f"DELETE FROM chronicle_events WHERE id IN ({_marks(len(chunk))})", chunk)
        for sort_key, record, members in add:
            cur = self.conn.execute(
                "INSERT INTO chronicle_events (n_mentions, sort_key, record) VALUES (?, ?, ?)",
                (len(members), sort_key, record),
            )
            self.conn.executemany(
                "UPDATE chronicle_mentions SET event_id = ? WHERE mention_id = ?",
                [(cur.lastrowid, m) for m in members],
            )
        self._forget_moved_copies()
        self.conn.execute(
            """UPDATE chronicle_mentions SET event_id =
                   (SELECT o.event_id FROM chronicle_mentions o WHERE o.mention_id = chronicle_mentions.alias_of)
               WHERE alias_of IS NOT NULL"""
        )

    def _forget_moved_copies(self) -> None:
        """Forget the exported record (``export``) of every event a near-duplicate copy's mention
        is about to join or leave (it follows the mention it repeats): such an event keeps its
        row, but its record cites one source more or less."""
        moved: set[int] = set()
        for own, original in self.conn.execute(
                "SELECT c.event_id, o.event_id FROM chronicle_mentions c"
                " LEFT JOIN chronicle_mentions o ON o.mention_id = c.alias_of"
                " WHERE c.alias_of IS NOT NULL"):
            if own != original:
                moved.update(i for i in (own, original) if i is not None)
        self.forget_exports(moved)

    def forget_exports(self, event_ids: Iterable[int] | None = None) -> None:
        """Forget the exported records of the events ``event_ids`` (of every event when None)."""
        if event_ids is None:
            self.conn.execute("DELETE FROM chronicle_event_exports")
            return
        for chunk in _chunks(sorted(event_ids)):
            self.conn.execute(
                f"DELETE FROM chronicle_event_exports WHERE event_id IN ({_marks(len(chunk))})", chunk)

    def exports_missing(self) -> bool:
        """True when an event has no exported record (new, or its members changed). A record is
        deleted with its event, so the counts tell (each read from a small index)."""
        return self.conn.execute(
            "SELECT (SELECT COUNT(*) FROM chronicle_events) != (SELECT COUNT(*) FROM chronicle_event_exports)"
        ).fetchone()[0] != 0

    def set_exports(self, rows: Iterable[tuple[int, bytes]]) -> None:
        """Store each event's exported record: ``(event id, bytes)`` of events that have none."""
        self.conn.executemany("INSERT INTO chronicle_event_exports (event_id, export) VALUES (?, ?)",
                              [(eid, data) for eid, data in rows])

    def iter_exports(self) -> Iterator[tuple[str | None, bytes]]:
        """``(label, exported record)`` of every event that has one, in position order, read as
        used (with :meth:`exports_missing` false: every event)."""
        for label, data in self.conn.execute(
                "SELECT e.label, x.export FROM chronicle_events e"
                " JOIN chronicle_event_exports x ON x.event_id = e.id ORDER BY e.position, e.id"):
            yield label, bytes(data)

    def event_sort_keys(self) -> list[tuple[int, str]]:
        return self.conn.execute("SELECT id, sort_key FROM chronicle_events").fetchall()

    def relabel(self, order: list[int]) -> None:
        """Label events ``e1, e2, ...`` in ``order`` (event ids); only changed rows are written."""
        current = dict(self.conn.execute("SELECT id, position FROM chronicle_events").fetchall())
        self.conn.executemany(
            "UPDATE chronicle_events SET position = ?, label = ? WHERE id = ?",
            [(i, f"e{i}", eid) for i, eid in enumerate(order, 1) if current.get(eid) != i],
        )

    def events(self) -> list[EventRow]:
        return [EventRow(*r) for r in self.conn.execute(
            "SELECT id, label, n_mentions, sort_key, record FROM chronicle_events ORDER BY position, id"
        )]

    def iter_events(self) -> Iterator[EventRow]:
        """:meth:`events`, read as they are used (in position order)."""
        for r in self.conn.execute(
            "SELECT id, label, n_mentions, sort_key, record FROM chronicle_events ORDER BY position, id"
        ):
            yield EventRow(*r)

    def iter_events_with_members(self) -> Iterator[tuple[EventRow, list[tuple[int, str]]]]:
        """Each event in position order with its members' ``(mention id, record)`` (near-duplicate
        copies' too), from one query read as it is used: the whole chronicle, never all in
        memory."""
        rows = self.conn.execute(
            "SELECT e.id, e.label, e.n_mentions, e.sort_key, e.record, m.id, m.record"
            " FROM chronicle_events e"
            " LEFT JOIN chronicle_mentions c ON c.event_id = e.id"
            " LEFT JOIN event_mentions m ON m.id = c.mention_id"
            " ORDER BY e.position, e.id"
        )
        for _, group in itertools.groupby(rows, key=lambda r: r[0]):
            group = list(group)
            first = group[0]
            yield (EventRow(first[0], first[1], first[2], first[3], first[4]),
                   [(int(r[5]), r[6]) for r in group if r[5] is not None])

    def iter_events_with_member_fields(self, *, unexported: bool = False
                                       ) -> Iterator[tuple[EventRow, list[tuple]]]:
        """:meth:`iter_events_with_members` with each member as ``(document id, sentence index,
        sentence start, sentence end, type, record)`` (the mention's own columns and its record):
        what the export shows of a mention, in one query read as it is used. ``unexported``:
        only the events with no exported record."""
        rows = self.conn.execute(
            "SELECT e.id, e.label, e.n_mentions, e.sort_key, e.record,"
            " m.document_id, m.sentence_idx, m.sentence_start, m.sentence_end, m.type, m.record"
            " FROM chronicle_events e"
            " LEFT JOIN chronicle_mentions c ON c.event_id = e.id"
            " LEFT JOIN event_mentions m ON m.id = c.mention_id"
            + (" WHERE NOT EXISTS (SELECT 1 FROM chronicle_event_exports x WHERE x.event_id = e.id)"
               if unexported else "") +
            " ORDER BY e.position, e.id"
        )
        event, members = None, []
        for r in rows:
            if event is None or r[0] != event.id:
                if event is not None:
                    yield event, members
                event, members = EventRow(r[0], r[1], r[2], r[3], r[4]), []
            if r[5] is not None:
                members.append(r[5:])
        if event is not None:
            yield event, members

    def count_events(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM chronicle_events").fetchone()[0])

    # -- disagreements ---------------------------------------------------------------------
    def replace_disagreements(self, records: Iterable[str]) -> None:
        self.conn.execute("DELETE FROM chronicle_disagreements")
        self.conn.executemany(
            "INSERT INTO chronicle_disagreements (position, record) VALUES (?, ?)",
            list(enumerate(records, 1)),
        )

    def disagreements(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT record FROM chronicle_disagreements ORDER BY position"
        )]

    # -- the claim disagreements' links ---------------------------------------------------
    def claim_heads(self) -> Iterator[tuple[int, str, int, int, str]]:
        """(id, kind, document, sentence index, record) of every stored claim in text order,
        read as they are used."""
        yield from self.conn.execute(
            "SELECT id, kind, document_id, sentence_idx, record FROM claims"
            " ORDER BY document_id, sentence_idx, id")

    def claim_records(self, ids: Iterable[int]) -> dict[int, str]:
        """The records of the claims ``ids`` by id."""
        out: dict[int, str] = {}
        for chunk in _chunks(ids):
            out.update(self.conn.execute(
                f"SELECT id, record FROM claims WHERE id IN ({_marks(len(chunk))})", chunk).fetchall())
        return out

    def has_unseen_claims(self) -> bool:
        """A stored claim whose links the chronicle has not found (a store of an older schema)."""
        return self.conn.execute("SELECT 1 FROM claims WHERE id NOT IN"
                                 " (SELECT claim_id FROM chronicle_claims) LIMIT 1").fetchone() is not None

    def seen_claims(self) -> set[int]:
        """The claims whose links are stored."""
        return {r[0] for r in self.conn.execute("SELECT claim_id FROM chronicle_claims")}

    def mark_claims(self, ids: Iterable[int]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO chronicle_claims (claim_id) VALUES (?)",
                              [(int(i),) for i in ids])

    def forget_claims(self, ids: Iterable[int]) -> None:
        """Forget the links of the claims ``ids`` (and that they were seen)."""
        for chunk in _chunks(ids):
            marks = _marks(len(chunk))
            self.conn.execute(f"DELETE FROM chronicle_claim_links WHERE a IN ({marks})", chunk)
            self.conn.execute(f"DELETE FROM chronicle_claim_links WHERE b IN ({marks})", chunk)
            self.conn.execute(f"DELETE FROM chronicle_claims WHERE claim_id IN ({marks})", chunk)

    def add_claim_links(self, rows: Iterable[tuple[str, int, int]]) -> None:
        """(kind, a, b): claims ``a`` and ``b`` (a first in text order) are linked."""
        self.conn.executemany("INSERT OR IGNORE INTO chronicle_claim_links (kind, a, b) VALUES (?, ?, ?)",
                              [(k, int(a), int(b)) for k, a, b in rows])

    def claim_links(self) -> list[tuple[str, int, int]]:
        return self.conn.execute("SELECT kind, a, b FROM chronicle_claim_links ORDER BY a, b").fetchall()

    # -- documents, as the near-duplicate alignment needs them ------------------------------
    def new_document_ids(self) -> list[int]:
        """Documents the chronicle step has not aligned yet."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM chronicle_documents)"
            " ORDER BY id"
        )]

    def add_copy_sentences(self, document_id: int, original: int, pairs: dict[int, int]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO copy_sentences (document_id, idx, original_document, original_idx)"
            " VALUES (?, ?, ?, ?)", [(document_id, i, original, j) for i, j in sorted(pairs.items())],
        )

    def mark_documents(self, ids: Iterable[int]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO chronicle_documents (document_id) VALUES (?)",
                              [(i,) for i in ids])

    def copy_sentences(self, document_id: int) -> dict[int, tuple[int, int]]:
        """Sentence index of a copy -> (original document, sentence index there)."""
        return {r[0]: (r[1], r[2]) for r in self.conn.execute(
            "SELECT idx, original_document, original_idx FROM copy_sentences WHERE document_id = ?",
            (document_id,),
        )}

    def copy_documents_with_new_mentions(self) -> list[int]:
        """Near-duplicate documents (aligned with their original) holding event mentions the
        chronicle has not seen."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT document_id FROM copy_sentences WHERE document_id IN"
            " (SELECT document_id FROM event_mentions WHERE id NOT IN"
            " (SELECT mention_id FROM chronicle_mentions)) ORDER BY document_id"
        )]

    def copied_sentence_keys(self) -> set[tuple[int, int]]:
        """(document, sentence index) of every sentence that repeats its original's, as plain
        tuples of ints: the claims' step asks ``(doc, idx) in keys`` (a copy's claims are left
        out: :class:`chronica.chronicle.persist._ClaimLinks`). SQLite's ``sqlite3.Row`` is no
        tuple and equals none, so a set of its rows held no key and a SQLite build read a
        near-duplicate copy's claims that a PostgreSQL build (whose rows are tuples) left out:
        with sums of money as claims, a copy's changed '$901m' was embedded in SQLite alone."""
        return {(int(d), int(i)) for d, i in self.conn.execute("SELECT document_id, idx FROM copy_sentences")}

    def near_duplicate_of(self, document_id: int) -> int | None:
        row = self.conn.execute(
            "SELECT near_duplicate_of FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return row[0] if row else None

    def mention_ids_of_document(self, document_id: int) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM event_mentions WHERE document_id = ? ORDER BY sentence_idx, id",
            (document_id,),
        )]
