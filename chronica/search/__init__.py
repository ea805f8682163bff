"""Hybrid search over the stored sentences: full-text (SQLite FTS5, BM25, Porter stems) and
sentence vectors, fused by reciprocal rank. The vectors are a static token table distilled from
MiniLM (:class:`chronica.chronicle.embeddings.StaticEmbedder`: a look-up, no transformer, for
the build's every sentence and each query) unless ``CHRONICA_SEARCH_VECTORS=minilm`` asks for
MiniLM itself, the model the merge uses.

Public API::

    index_sentences(store)                    # embed the sentences that have no vector yet
    SentenceIndex(store).search("invasion of the south", limit=10)   # list[SearchHit]

Vectors are computed once per distinct sentence text (by the build, or the first search on an
older store) and stored in ``search_vectors``, by the sha1 of the text; ``search_model`` names
the model that made them, and a store indexed by another one is indexed again by
:func:`index_sentences` (a store opened read-only keeps full-text search and says what to run).
With MiniLM the merge's vectors (``sentence_vectors``) are reused. Queries go through
:class:`chronica.search.vectors.VectorIndex`: an exact scan on a store of the BBC's size
(~40,000 sentences: a few milliseconds), an HNSW graph (usearch) from 100,000 sentences on,
saved beside the store by :func:`index_sentences` (see ``benchmarks/vector_index.py``).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from chronica.chronicle.embeddings import (Embedder, StaticEmbedder, default_embedder, embedder_named,
                                           model_files, search_embedder)
from chronica.claims.model import SentenceClaim
from chronica.events.model import EventMention
from chronica.store import search as store_search
from chronica.store.db import Store
from chronica.store.search import SentenceRow
from chronica.search.vectors import (
    ANN_MIN, VectorIndex, cache_path, load_matrix, remove_matrix, save_graph, save_graph_pages,
    save_matrix_pages,
)

#: Reciprocal rank fusion constant: score = sum of 1 / (RRF_K + rank) over the two rankings.
#: 60 is the value of Cormack, Clarke & Büttcher (SIGIR 2009), robust across collections.
RRF_K = 60
#: How many candidates each ranking contributes before fusion.
CANDIDATES = 50
#: A sentence found only by its vector must be at least this close (cosine) to the query: below
#: it MiniLM neighbours of a short query are unrelated sentences (on Korea, "Yalta conference",
#: which the articles never mention, comes closest at 0.31 to a sentence on 1945 Pyongyang; a
#: sentence on the subject of a query scores 0.45 and more).
MIN_VECTOR_COSINE = 0.35
#: the same bar for the static vectors, whose cosines run higher (a query's 50th nearest sentence:
#: median 0.41 against MiniLM's 0.32, on 503 queries over the 1,479 sentences of the dev texts);
#: 0.44 admits the same share of the 50 candidates (55%) as 0.35 does with MiniLM
MIN_STATIC_COSINE = 0.44
#: A word found in at least this many sentences is common: a query's common words are left out of
#: its full-text search when it has others (their inverse document frequency is low: on the 10x
#: BBC store of 406,100 sentences at most ln(406,100 / 10,000) = 3.7, against 8.8 for a word in
#: 60 sentences), and a query of common words only looks for sentences with all of them. Ranking
#: every sentence that holds a common word was 0.87 of the 10x store's search CPU (one OR of
#: "said" and "government" ranks 77,000 rows: 68 ms). A store of fewer sentences than this (the
#: dev subjects, a few thousand) searches as before.
COMMON_ROWS = 10_000
#: at most this many sentences matching a query are ranked by BM25 (the first by row id): a bound
#: on a query's cost that only a query of common words reaches
RANKED_ROWS = 20_000
#: vector rankings remembered, by query text (the oldest forgotten first)
RANKINGS_KEPT = 256
#: embeddings written per transaction while indexing
INDEX_BATCH = 256
#: sentences drawn from the store at a time while indexing (sorted by length within a page)
INDEX_PAGE = 8_192

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@dataclass
class SearchHit:
    """One sentence found, with its fused score, its place in each ranking and its events."""

    sentence: SentenceRow
    score: float
    text_rank: int | None = None  # 1-based rank by BM25, None when full-text did not find it
    vector_rank: int | None = None  # 1-based rank by cosine, None when not among the candidates
    cosine: float | None = None
    events: list[EventMention] = field(default_factory=list)
    claims: list[SentenceClaim] = field(default_factory=list)  # what the claims stage read in it


def query_terms(query: str) -> list[str]:
    """The words of ``query`` full-text search looks for: stop words (spaCy's English list)
    dropped, unless nothing else is left."""
    words = [w.lower() for w in _WORD.findall(query)]
    content = [w for w in words if w not in STOP_WORDS]
    return list(dict.fromkeys(content or words))


_LOG = logging.getLogger(__name__)


def text_search(store: Store, terms: list[str], limit: int = CANDIDATES) -> list[tuple[int, float]]:
    """Full-text candidates for ``terms``, best BM25 first: ``(rowid, bm25)``, the ranking of an
    OR of the terms (:func:`chronica.store.search.fts_search`) without ranking every sentence
    that holds a common word (one in at least :data:`COMMON_ROWS` sentences):

    - no term common: that OR query itself;
    - some common: the sentences with a term that is not common, each scored as the OR of all
      the terms scores it (BM25 is a sum over the terms a sentence holds: the best sentences
      with no common term come from the OR of the others, the best with one from the
      sentences that hold both kinds, in one query each), then, when these are fewer than
      ``limit``, sentences with common terms only;
    - all common: the sentences with every term, then those with any; at most
      :data:`RANKED_ROWS` sentences ranked by each of these two queries.
    """
    if not terms:
        return []
    common = [t for t in terms if store_search.fts_rows(store, t, COMMON_ROWS) >= COMMON_ROWS]
    if not common:
        return store_search.fts_search(store, terms, limit)
    rare = [t for t in terms if t not in common]
    if rare:
        scores = dict(store_search.fts_search(store, rare, limit))
        scores.update(store_search.fts_search(store, rare, limit, also=common))
        ranking = sorted(scores.items(), key=lambda kv: (kv[1], kv[0]))[:limit]
    else:
        ranking = store_search.fts_search(store, terms, limit, every=True, ranked=RANKED_ROWS)
    if len(ranking) < limit:
        seen = {rowid for rowid, _ in ranking}
        ranking += [hit for hit in store_search.fts_search(store, common, limit, ranked=RANKED_ROWS)
                    if hit[0] not in seen][:limit - len(ranking)]
    return ranking


def index_sentences(store: Store, embedder: Embedder | StaticEmbedder | None = None,
                    on_batch=None) -> int:  # noqa: ANN001 - progress callback
    """Embed every stored sentence without a search vector and store the vectors (all of them
    again when the store's were made by another model). Returns how many were added; 0 (and
    nothing stored) when the MiniLM tokenizer is not installed."""
    if embedder is None:
        if model_files() is None:
            return 0
        embedder = search_embedder()
    store_search.set_search_model(store, embedder.name, int(embedder.embed(["a"]).shape[1]))
    if isinstance(embedder, Embedder):  # MiniLM: the vectors the build stored for the merge
        embedder = StoredFirst(store, embedder)
    added = 0
    # a page of sentences at a time (a long document's are never all in memory), each page's
    # vectors written before the next is drawn, so a text repeated on a later page is not
    # embedded again; shortest first within a page: a batch is padded to its longest sentence
    for page in store_search.missing_vector_pages(store, INDEX_PAGE):
        page.sort(key=lambda row: len(row[1]))
        for i in range(0, len(page), INDEX_BATCH):
            batch = page[i:i + INDEX_BATCH]
            vectors = embedder.embed([text for _, text in batch])
            store_search.write_vectors(store, [h for h, _ in batch], vectors)
            added += len(batch)
            if on_batch:
                on_batch(added, None)  # the total is not known while the sentences stream
    store_search.mark_indexed(store)
    _save_graph(store, added=bool(added))
    return added


def _save_graph(store: Store, added: bool) -> None:
    """The HNSW graph of a large store's vectors and the vectors themselves, saved beside it when
    vectors were added or they are missing or stale (a store with no file of its own, or a small
    one, has none): a server's workers then map them instead of reading every sentence again."""
    path = getattr(store, "path", None)
    if not isinstance(path, Path) or not path.is_file():
        return
    cache = cache_path(path)
    key = store_search.vectors_key(store)
    current = load_matrix(path, key) is not None
    if not added and current and cache.exists():
        return
    if not added and not current and not cache.exists() and store_search.vector_count(store) < ANN_MIN:
        return
    if store_search.sentence_count(store) < ANN_MIN:  # too few for a graph: none is kept
        save_graph(cache, np.zeros(0, np.int64), np.zeros((0, 0), np.float32))
        remove_matrix(path)
        return
    # the vectors a page at a time: a long document's whole matrix is never in memory
    if added or not cache.exists():
        save_graph_pages(cache, lambda: store_search.vector_pages(store))
    if not current:
        save_matrix_pages(path, key, lambda: store_search.vector_pages(store))


class SentenceIndex:
    """Searches one store. Loads the stored vectors once (reuse the object across queries)."""

    def __init__(self, store: Store, embedder: Embedder | StaticEmbedder | None = None,
                 connect: Callable[[], Store] | None = None) -> None:
        self.store = store
        self._embedder = embedder if embedder is not None else _query_embedder(store)
        #: the calling thread's own connection to the same store (a server's request threads),
        #: used when a search names no store; default: ``store``
        self._connect = connect
        path = getattr(store, "path", None)
        # a large store's vectors saved beside it by the build (mapped), else read from the store
        saved = load_matrix(path, store_search.vectors_key(store)) if isinstance(path, Path) else None
        self._ids, self._matrix = saved if saved is not None else store_search.load_vectors(store)
        self._rankings: dict[str, list[tuple[int, float]]] = {}  # query -> vector ranking
        self._lock = threading.Lock()
        self.vectors = VectorIndex.open(self._ids, self._matrix,
                                        cache_path(path) if isinstance(path, Path) else None)

    def connection(self) -> Store:
        """The calling thread's connection to the store (``connect``'s, else the index's own)."""
        return self._connect() if self._connect is not None else self.store

    @property
    def has_vectors(self) -> bool:
        return len(self._ids) > 0

    def _vector_ranking(self, query: str) -> list[tuple[int, float]]:
        """The :data:`CANDIDATES` nearest sentences; remembered for the last
        :data:`RANKINGS_KEPT` queries (ask searches a question's text twice: for the sentences
        it reads and for the related ones it shows)."""
        if not self.has_vectors:
            return []
        with self._lock:
            known = self._rankings.get(query)
        if known is not None:
            return known
        if self._embedder is None:  # stored by a model not installed here: full-text only
            return []
        q = self._embedder.embed([query])[0]
        if q.shape[0] != self._matrix.shape[1]:  # stored by another model: full-text only
            return []
        ranking = self.vectors.top(q, CANDIDATES)
        with self._lock:
            if len(self._rankings) >= RANKINGS_KEPT:
                self._rankings.pop(next(iter(self._rankings)))
            self._rankings[query] = ranking
        return ranking

    def similar(self, texts: list[str], limit: int, least: float) -> dict[int, float]:
        """The stored sentences whose MiniLM vector is at least ``least`` close to one of
        ``texts`` (among each text's ``limit`` nearest): rowid -> the best cosine. Empty without
        vectors or without the model that made them (the answers then stay as they are)."""
        if not texts or not self.has_vectors or self._embedder is None:
            return {}
        vectors = self._embedder.embed(list(texts))
        if vectors.shape[1] != self._matrix.shape[1]:
            return {}
        out: dict[int, float] = {}
        for v in vectors:
            for rowid, cosine in self.vectors.top(v, limit):
                if cosine >= least:
                    out[rowid] = max(out.get(rowid, 0.0), float(cosine))
        return out

    def at(self, keys: list[tuple[int, int]], store: Store | None = None) -> list[SearchHit]:
        """The sentences ``(document_id, idx)`` as hits no search ranked (score 0, no cosine),
        with their events and claims: the sentences the store links to one another (one merged
        event's mentions, one act's claims), to be read as search's are."""
        store = store or self.connection()
        rowids = store_search.sentence_ids(store, keys)
        rows = store_search.sentence_hits(store, rowids)
        found = [(r.document_id, r.idx) for r in rows.values()]
        events = store_search.events_at(store, found)
        claims = store_search.claims_at(store, found)
        return [SearchHit(sentence=rows[i], score=0.0, events=events.get((rows[i].document_id, rows[i].idx), []),
                          claims=claims.get((rows[i].document_id, rows[i].idx), [])) for i in rowids if i in rows]

    def search(self, query: str, limit: int = 10, store: Store | None = None) -> list[SearchHit]:
        """The ``limit`` sentences best matching ``query``, best first (fused rank).

        1. full-text: BM25 over the query's content words, any of them (OR), its common words
           left out (:func:`text_search`);
        2. vectors: cosine of the query's MiniLM vector with every sentence's;
        3. reciprocal rank fusion of the two lists; a sentence found by its vector alone must be
           at least :data:`MIN_VECTOR_COSINE` close (:data:`MIN_STATIC_COSINE` with static vectors).

        ``store`` is a connection of the calling thread to the same store (default: the one the
        index was loaded from), so that threads can search at once.
        """
        store = store or self.connection()
        # 1.
        text_ranking = text_search(store, query_terms(query))
        # 2.
        vector_ranking = self._vector_ranking(query)
        # 3.
        hits: dict[int, SearchHit] = {}
        for rank, (rowid, _) in enumerate(text_ranking, start=1):
            hits[rowid] = SearchHit(sentence=None, score=1.0 / (RRF_K + rank), text_rank=rank)  # type: ignore[arg-type]
        least = MIN_STATIC_COSINE if isinstance(self._embedder, StaticEmbedder) else MIN_VECTOR_COSINE
        for rank, (rowid, cosine) in enumerate(vector_ranking, start=1):
            hit = hits.get(rowid)
            if hit is None:
                if cosine < least:
                    continue
                hit = hits[rowid] = SearchHit(sentence=None, score=0.0)  # type: ignore[arg-type]
            hit.score += 1.0 / (RRF_K + rank)
            hit.vector_rank, hit.cosine = rank, cosine
        best = sorted(hits.items(), key=lambda kv: (-kv[1].score, kv[0]))[:limit]
        rows = store_search.sentence_hits(store, [rowid for rowid, _ in best])
        keys = [(r.document_id, r.idx) for r in rows.values()]
        events = store_search.events_at(store, keys)
        claims = store_search.claims_at(store, keys)
        out = []
        for rowid, hit in best:
            hit.sentence = rows[rowid]
            hit.events = events.get((hit.sentence.document_id, hit.sentence.idx), [])
            hit.claims = claims.get((hit.sentence.document_id, hit.sentence.idx), [])
            out.append(hit)
        return out


def _query_embedder(store: Store) -> Embedder | StaticEmbedder | None:
    """The embedder of the model that made the store's search vectors (the queries must be
    embedded by it); None, with a warning that says what to do, when it is not installed."""
    made = store_search.search_model(store)
    if made is None:
        return search_embedder()
    embedder = embedder_named(made[0])
    if embedder is None:
        _LOG.warning("the search vectors of this store were made by %s, not installed here: "
                     "search uses full text only; index the store again (chronica build or "
                     "chronica search on a writable store, %s=static|minilm)",
                     made[0], "CHRONICA_SEARCH_VECTORS")
    return embedder


class StoredFirst:
    """An embedder that reads a text's vector from the store when the build stored one
    (``sentence_vectors``, by the hash of the text) and computes the others with ``model``,
    writing nothing (the store may be read-only). The build computed the stored vectors with the
    same model, so the vectors are the model's own (checked equal, bit for bit, on the claim
    sentences of the BBC store); reading them takes milliseconds where embedding a large store's
    claim sentences again took the first claim check tens of seconds."""

    def __init__(self, store: Store, model: Embedder) -> None:
        self.store = store
        self.model = model

    def embed(self, texts: list[str]) -> np.ndarray:
        wanted = {store_search.text_hash(t): t for t in dict.fromkeys(texts)}
        found = {wanted[h]: np.frombuffer(blob, np.float32)
                 for h, blob in store_search.stored_vectors(self.store, list(wanted)).items()}
        todo = [t for t in wanted.values() if t not in found]
        if todo:
            found.update(zip(todo, self.model.embed(todo)))
        if not texts:
            return self.model.embed([])
        return np.stack([found[t] for t in texts]).astype(np.float32, copy=False)


def hit_json(hit: SearchHit) -> dict:
    """A search hit as the JSON API and ``chronica search --json`` give it."""
    s = hit.sentence
    return {
        "document": f"d{s.document_id}", "title": s.title, "date": s.date,
        "date_inferred": s.date_inferred, "sentence": s.text, "start": s.start, "end": s.end,
        "score": round(hit.score, 5), "text_rank": hit.text_rank, "vector_rank": hit.vector_rank,
        "events": [{"type": e.type, "summary": e.summary, "date": e.date, "modality": e.modality}
                   for e in hit.events],
        "claims": [{"kind": c.kind, "topic": c.topic, "value": c.value} for c in hit.claims],
    }


__all__ = ["SearchHit", "SentenceIndex", "StoredFirst", "hit_json", "index_sentences", "query_terms"]
