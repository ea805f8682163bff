"""The store's side of search: the full-text index (FTS5 with BM25), the stored sentence
vectors, and the rows a search result shows (sentence, document, the events it carries).

Public API: :func:`fts_search`, :func:`fts_rows`, :func:`missing_vectors`, :func:`write_vectors`,
:func:`load_vectors`, :func:`sentence_hits`, :func:`events_at`, :func:`claims_at`,
:func:`marks_at`, :func:`open_readonly`.
Sentences are named by their SQLite ``rowid`` here (the FTS index's row ids); the records
returned carry ``document_id`` and ``idx`` too.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import numpy as np

from chronica.claims.model import SentenceClaim
from chronica.errors import StoreError
from chronica.events.model import EventMention, Participant
from chronica.store.chronicle import ChronicleTables, _chunks, _marks, text_hash  # noqa: F401 - text_hash: public here too
from chronica.store import postgres
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
    migration, no journal change); a PostgreSQL store, a read-only session. The store must be
    at the current schema."""
    if postgres.is_url(path):
        return Store(path, create=False, readonly=True)
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
    store.chronicle = ChronicleTables(store.conn)
    return store


def fts_search(store: Store, terms: list[str], limit: int, every: bool = False,
               ranked: int | None = None, also: list[str] | None = None) -> list[tuple[int, float]]:
    """Sentences matching any of ``terms`` (OR; all of them with ``every``), best BM25 first:
    ``(rowid, bm25)``; SQLite's bm25 is lower for better matches. ``also``: only the sentences
    that hold one of these terms too, scored over both lists (the score the OR of all the
    terms gives them: BM25 is a sum over the query's terms). ``ranked``: rank at most that
    many of the matching sentences (the first by row id), not all of them: computing BM25 for
    each matching row and sorting them is what a query costs (an OR of three common words
    matches 300,000 of the 10x BBC store's 406,100 sentences: 0.3 CPU-s; counting them 17 ms).
    A PostgreSQL store ranks with ``ts_rank`` over its
    ``tsvector`` index instead, divided by 1 + the log of the sentence's length (of the
    normalisations the closest to BM25 on the Korea corpus: 7.6 of FTS5's top 10 on 8 queries)
    and negated, so lower is better there too: the same sentences match, their order can
    differ from BM25's (ts_rank has no inverse document frequency)."""
    if not terms:
        return []
    cap = "" if ranked is None else f" LIMIT {int(ranked)}"
    if store.backend == "postgresql":
        query = (" " if every else " or ").join('"' + t.replace('"', " ") + '"' for t in terms)
        if also:  # websearch syntax has no parentheses: (a or b) and (c or d), distributed
            query = " or ".join(f'"{t.replace(chr(34), " ")}" "{u.replace(chr(34), " ")}"'
                                for t in terms for u in also)
        rows = store.conn.execute(
            "SELECT sid, score FROM (SELECT sid, -ts_rank(tsv, q, 1) AS score FROM sentences,"
            f" websearch_to_tsquery('english', ?) q WHERE tsv @@ q{cap}) m ORDER BY score, sid LIMIT ?",
            (query, limit),
        ).fetchall()
        return [(int(r[0]), float(r[1])) for r in rows]
    match = (" AND " if every else " OR ").join('"' + t.replace('"', '""') + '"' for t in terms)
    if also:
        match = f"({match}) AND (" + " OR ".join('"' + t.replace('"', '""') + '"' for t in also) + ")"
    if ranked is None:
        sql = ("SELECT rowid, bm25(sentences_fts) AS score FROM sentences_fts"
               " WHERE sentences_fts MATCH ? ORDER BY score LIMIT ?")
    else:  # bm25() is only defined inside the full-text query: the cap goes on that query
        sql = ("SELECT rowid, score FROM (SELECT rowid, bm25(sentences_fts) AS score FROM sentences_fts"
               f" WHERE sentences_fts MATCH ?{cap}) ORDER BY score, rowid LIMIT ?")
    rows = store.conn.execute(sql, (match, limit)).fetchall()
    return [(int(r[0]), float(r[1])) for r in rows]


def fts_rows(store: Store, term: str, cap: int) -> int:
    """How many sentences contain ``term`` (its stem, as full-text search matches it), counted
    up to ``cap``: reading a term's first ``cap`` rows costs what ranking them would not
    (counting 300,000 rows: 17 ms, ranking them: 290 ms)."""
    if store.backend == "postgresql":
        row = store.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM sentences, websearch_to_tsquery('english', ?) q"
            " WHERE tsv @@ q LIMIT ?) m", ('"' + term.replace('"', " ") + '"', cap)).fetchone()
    else:
        row = store.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT ?)",
            ('"' + term.replace('"', '""') + '"', cap)).fetchone()
    return int(row[0])


def missing_vectors(store: Store) -> list[tuple[str, str]]:
    """``(text hash, text)`` of the sentence texts of documents search has not embedded yet and
    that have no stored vector (a text is embedded once, whichever document repeats it, and the
    chronicle's vectors of event sentences are reused). The documents are then marked done by
    :func:`write_vectors`' caller through :func:`mark_indexed`."""
    return list(dict(row for page in missing_vector_pages(store) for row in page).items())


def missing_vector_pages(store: Store, page: int = 5_000) -> Iterator[list[tuple[str, str]]]:
    """:func:`missing_vectors` a page of about ``page`` sentences at a time, so a long
    document's sentences are never all in memory. A page is checked against the stored vectors
    when it is drawn: a caller that writes each page's vectors before drawing the next gets
    every text once, whichever pages repeat it."""
    sentences = store.sentence_texts(unindexed=True)
    while chunk := list(islice(sentences, page)):
        wanted = {text_hash(s.text): s.text for s in chunk}
        have = {row[0] for row in _search_rows(store, "text_hash", wanted)}
        missing = [(h, text) for h, text in wanted.items() if h not in have]
        if missing:
            yield missing


def write_vectors(store: Store, hashes: list[str], vectors: np.ndarray) -> None:
    """Store one float32 search vector per sentence text (by its hash), in one transaction."""
    with store.transaction():
        store.conn.executemany(
            "INSERT OR IGNORE INTO search_vectors (text_hash, vector) VALUES (?, ?)",
            [(h, np.asarray(v, np.float32).tobytes()) for h, v in zip(hashes, vectors)],
        )


def write_blobs(store: Store, hashes: list[str], blobs: list[bytes]) -> None:
    """The merge's MiniLM vectors (``sentence_vectors``), already as float32 bytes (computed in
    another process)."""
    with store.transaction():
        store.conn.executemany(
            "INSERT OR IGNORE INTO sentence_vectors (text_hash, vector) VALUES (?, ?)",
            list(zip(hashes, blobs)),
        )


def mark_indexed(store: Store) -> None:
    """Every stored document's sentences now have their vectors."""
    with store.transaction():
        store.conn.execute("INSERT OR IGNORE INTO search_documents (document_id) SELECT id FROM documents")


def load_vectors(store: Store) -> tuple[np.ndarray, np.ndarray]:
    """(rowids, matrix): every stored sentence's vector as one float32 matrix, one row a sentence
    (sentences whose text has no vector are left out), by rowid."""
    pages = list(vector_pages(store))
    if not pages:
        return np.zeros(0, np.int64), np.zeros((0, 0), np.float32)
    ids = np.concatenate([i for i, _ in pages])
    matrix = np.concatenate([m for _, m in pages])
    del pages
    if len(ids) > 1 and np.any(ids[1:] < ids[:-1]):
        order = np.argsort(ids, kind="stable")
        ids, matrix = ids[order], matrix[order]
    return ids, matrix


def vectors_key(store: Store) -> str:
    """What the loaded vectors (:func:`load_vectors`) depend on, read cheaply: the search model,
    the sentences (count, largest rowid), the search vectors (count) and the documents indexed
    (count, largest id). A build that adds, removes or re-indexes anything changes it; a copy of
    the vectors saved beside the store under this key is the store's (see
    :func:`chronica.search.vectors.save_matrix`)."""
    sid = "sid" if store.backend == "postgresql" else "rowid"
    parts = [
        store.conn.execute("SELECT name, dims FROM search_model").fetchall(),
        store.conn.execute(f"SELECT COUNT(*), MAX({sid}) FROM sentences").fetchone(),
        store.conn.execute("SELECT COUNT(*) FROM search_vectors").fetchone(),
        store.conn.execute("SELECT COUNT(*), MAX(document_id) FROM search_documents").fetchone(),
    ]
    return json.dumps([[list(r) for r in parts[0]], *[list(p) for p in parts[1:]]])


def vector_pages(store: Store, page: int = 5_000) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The stored sentences' vectors a page at a time, in document order (rowid order, as they
    were written): ``(rowids, matrix)`` of about ``page`` sentences each, sentences whose text
    has no vector left out. A long document's vectors are never all in memory."""
    sentences = store.sentence_texts()
    while chunk := list(islice(sentences, page)):
        hashes = {text_hash(s.text) for s in chunk}
        found = search_vectors(store, hashes)
        ids, blobs = [], []
        for s in chunk:
            blob = found.get(text_hash(s.text))
            if blob is not None:
                ids.append(s.sid)
                blobs.append(blob)
        if ids:
            yield (np.array(ids, np.int64),
                   np.frombuffer(b"".join(blobs), np.float32).reshape(len(ids), -1))


def stored_vectors(store: Store, hashes: list[str]) -> dict[str, bytes]:
    """The stored MiniLM vectors (the merge's) of these text hashes (``text_hash -> float32
    bytes``); hashes with none are left out."""
    return store.chronicle.vectors(hashes)


def search_vectors(store: Store, hashes) -> dict[str, bytes]:  # noqa: ANN001 - an iterable of str
    """The stored search vectors of these text hashes; hashes with none are left out."""
    return dict(_search_rows(store, "text_hash, vector", hashes))


def _search_rows(store: Store, columns: str, hashes) -> Iterator[tuple]:  # noqa: ANN001 - iterable of str
    """``columns`` of the ``search_vectors`` rows of these text hashes, read a chunk of hashes
    at a time (as the merge's vectors are, :meth:`ChronicleTables.vectors`)."""
    for chunk in _chunks(hashes):
        yield from store.conn.execute(
            f"SELECT {columns} FROM search_vectors WHERE text_hash IN ({_marks(len(chunk))})", chunk)


def search_model(store: Store) -> tuple[str, int] | None:
    """(name, dims) of the model that made the store's search vectors; None before any."""
    row = store.conn.execute("SELECT name, dims FROM search_model").fetchone()
    return (str(row[0]), int(row[1])) if row else None


def set_search_model(store: Store, name: str, dims: int) -> None:
    """Record ``name`` as the maker of the search vectors; when another model made them, they
    are forgotten and every document is to be indexed again."""
    with store.transaction():
        if search_model(store) != (name, dims):
            store.conn.execute("DELETE FROM search_vectors")
            store.conn.execute("DELETE FROM search_documents")
            store.conn.execute("DELETE FROM search_model")
            store.conn.execute("INSERT INTO search_model (name, dims) VALUES (?, ?)", (name, dims))


def sentence_count(store: Store) -> int:
    """The number of stored sentences (an upper bound of the vectors search scans)."""
    return int(store.conn.execute("SELECT COUNT(*) FROM sentences").fetchone()[0])


def sentence_hits(store: Store, rowids: list[int]) -> dict[int, SentenceRow]:
    """The sentences with these rowids, with their document's title, path and date."""
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    rows = store.conn.execute(
        f"""SELECT s.sid, s.document_id, s.idx, s.start, s.end, s.text, d.title, d.path,
                   COALESCE(d.published, d.dct) AS date, d.published IS NULL AS inferred
            FROM sentence_texts s JOIN documents d ON d.id = s.document_id WHERE s.sid IN ({marks})""",
        rowids,
    ).fetchall()
    return {int(r[0]): SentenceRow(int(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4]), r[5],
                                   r[6], r[7], r[8], bool(r[9]) and r[8] is not None) for r in rows}


def sentence_ids(store: Store, keys: list[tuple[int, int]]) -> list[int]:
    """The rowids of the stored sentences ``(document_id, idx)`` (those the store holds), in the
    keys' order."""
    if not keys:
        return []
    docs = sorted({d for d, _ in keys})
    idxs = sorted({i for _, i in keys})
    rowid = {(int(d), int(i)): int(r) for r, d, i in store.conn.execute(
        f"SELECT rowid, document_id, idx FROM sentences WHERE document_id IN ({','.join('?' * len(docs))})"
        f" AND idx IN ({','.join('?' * len(idxs))})", docs + idxs)}
    return [rowid[k] for k in keys if k in rowid]


def _sentences_where(keys: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """A WHERE clause (and its parameters) keeping the rows of a table with ``document_id`` and
    ``sentence_idx`` that may be at one of the sentences ``(document_id, idx)``: their documents
    and their indexes (a superset the caller narrows to the pairs; no record of another sentence
    of the documents is read and decoded)."""
    docs = sorted({d for d, _ in keys})
    idxs = sorted({i for _, i in keys})
    return (f"document_id IN ({','.join('?' * len(docs))}) AND sentence_idx IN ({','.join('?' * len(idxs))})",
            docs + idxs)


def events_at(store: Store, keys: list[tuple[int, int]]) -> dict[tuple[int, int], list[EventMention]]:
    """The event mentions stated by each sentence ``(document_id, idx)``."""
    out: dict[tuple[int, int], list[EventMention]] = {}
    if not keys:
        return out
    known = EventMention.__dataclass_fields__
    wanted = set(keys)
    where, params = _sentences_where(keys)
    for row in store.conn.execute(
        f"SELECT document_id, sentence_idx, record FROM event_mentions WHERE {where} ORDER BY id", params,
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
    wanted = set(keys)
    where, params = _sentences_where(keys)
    for row in store.conn.execute(
        f"SELECT document_id, sentence_idx, record FROM claims WHERE {where} ORDER BY id", params,
    ):
        key = (int(row[0]), int(row[1]))
        if key in wanted:
            out.setdefault(key, []).append(SentenceClaim.from_dict(json.loads(row[2])))
    return out


@dataclass
class SentenceMarks:
    """What the build marked inside one sentence: its time expressions and its actor mentions,
    each a dict of the stored columns with offsets in the document's text."""

    timexes: list[dict]
    actors: list[dict]


TIMEX_FIELDS = ("start", "end", "text", "type", "value", "earliest", "latest", "value_end", "anchor")
ACTOR_FIELDS = ("start", "end", "text", "actor_id", "kind", "name", "resolved", "country")


def marks_at(store: Store, sentences: list[SentenceRow]) -> dict[tuple[int, int], SentenceMarks]:
    """The time expressions and actor mentions inside each sentence, by ``(document_id, idx)``."""
    out = {(s.document_id, s.idx): SentenceMarks([], []) for s in sentences}
    by_doc: dict[int, list[SentenceRow]] = {}
    for s in sentences:
        by_doc.setdefault(s.document_id, []).append(s)
    for doc, rows in by_doc.items():
        spans = [(s.start, s.end, (s.document_id, s.idx)) for s in rows]
        lo, hi = min(s.start for s in rows), max(s.end for s in rows)
        for table, fields, bucket in (("timexes", TIMEX_FIELDS, "timexes"),
                                      ("actor_mentions", ACTOR_FIELDS, "actors")):
            cols = ", ".join(f'"{f}"' for f in fields)
            for row in store.conn.execute(
                f'SELECT {cols} FROM {table} WHERE document_id = ? AND start >= ? AND start < ?'
                " ORDER BY start", (doc, lo, hi)):
                record = dict(zip(fields, tuple(row)))
                for start, end, key in spans:
                    if start <= record["start"] < end:
                        getattr(out[key], bucket).append(record)
    return out


def last_named(store: Store, document_id: int, before: int, noun: str) -> tuple[str, ...]:
    """The actor ids (its own and its state's) of the nearest name before the offset ``before``
    in the document that holds ``noun`` ("International Court of Justice" for "court"), the bare
    noun and the noun after an article left out ("the court" names nothing by itself); () when
    there is none or the actors stage resolved it to no actor."""
    for text, actor_id, country in store.conn.execute(
            "SELECT text, actor_id, country FROM actor_mentions WHERE document_id = ? AND start < ? "
            "AND lower(text) LIKE ? ORDER BY start DESC", (document_id, before, f"%{noun.lower()}%")):
        words = text.lower().split()
        if words[-1:] == [noun.lower()] and len(words) <= 2 and (len(words) == 1 or words[0] in ("the", "this", "that")):
            continue  # "the court": the description itself, not a name
        return tuple(x for x in (actor_id, country) if x)
    return ()


def document_pairs(store: Store, documents: list[int]) -> dict[int, frozenset[str]]:
    """The two states each document tells most of, as ids (:func:`chronica.claims.extract.document_pair`:
    the rule the claims stage reads "the two countries" by), empty when no pair stands out."""
    from chronica.claims.extract import document_pair, state_key

    out: dict[int, frozenset[str]] = {}
    for doc in documents:
        rows = [dict(zip(("actor_id", "kind", "country"), tuple(r))) for r in store.conn.execute(
            "SELECT actor_id, kind, country FROM actor_mentions WHERE document_id = ? ORDER BY start", (doc,))]
        out[doc] = frozenset(k for k in (state_key(a) for a in document_pair(rows)) if k)
    return out


def vector_count(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM search_vectors").fetchone()[0])
