"""Nearest sentence vectors: an exact scan for a small store, an HNSW index (usearch) for a
large one.

Public API::

    index = VectorIndex.open(ids, matrix, cache=Path("chronica.db-vectors.usearch"))
    index.top(query_vector, n)          # [(sentence rowid, cosine)], best first

Below :data:`ANN_MIN` sentences the index is the stored matrix itself, scanned with one
product (measured on the BBC store, 38,000 sentences: a few milliseconds). From
:data:`ANN_MIN` on, an HNSW graph (usearch: a pip wheel, no download, no compiler) answers in
well under a millisecond where the scan of a 10× BBC store (384,000 sentences × 384 floats,
590 MB) takes tens of milliseconds a query and holds a core. The graph is saved beside the store
(``cache``) by the write side (:func:`chronica.search.index_sentences`), keyed by a fingerprint
of the vectors, and memory-mapped by readers; a reader that finds none (or a stale one) scans
exactly (building the graph takes minutes on the 10× store: the write side's job). Candidates come back re-scored exactly (cosine from the stored vectors), so the
scores are those of the exact scan; only which sentences make the candidate list can differ.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

#: from this many sentence vectors on, an HNSW index replaces the exact scan
ANN_MIN = 100_000
#: HNSW graph degree and search breadth: usearch's defaults are 16 / 64; a wider search keeps
#: recall of the top 50 at ~0.99 on the 10× BBC store (benchmarks/vector_index.py)
CONNECTIVITY = 16
EXPANSION_ADD = 128
EXPANSION_SEARCH = 256
#: extra candidates taken from the graph beyond twice those asked for, then re-scored exactly
OVERSAMPLE = 10


def fingerprint(ids: np.ndarray, matrix: np.ndarray) -> str:
    """What a saved graph must match: the sentence ids, the shape and a sample of the vectors."""
    h = hashlib.sha1()
    h.update(np.ascontiguousarray(ids, np.int64).tobytes())
    h.update(repr(matrix.shape).encode())
    h.update(np.ascontiguousarray(matrix[:: max(1, len(matrix) // 1000)]).tobytes())
    return h.hexdigest()


class VectorIndex:
    """The vectors of one store, searched exactly or through an HNSW graph."""

    def __init__(self, ids: np.ndarray, matrix: np.ndarray, graph=None) -> None:  # noqa: ANN001
        self.ids, self.matrix, self.graph = ids, matrix, graph

    @property
    def kind(self) -> str:
        return "hnsw" if self.graph is not None else "exact"

    @classmethod
    def open(cls, ids: np.ndarray, matrix: np.ndarray, cache: Path | None = None,
             ann_min: int = ANN_MIN) -> "VectorIndex":
        """The index for these vectors: exact below ``ann_min``, else the graph saved at
        ``cache`` when it matches them, else exact (readers never write, nor wait minutes)."""
        if len(ids) < ann_min or cache is None:
            return cls(ids, matrix)
        return cls(ids, matrix, load_graph(cache, ids, matrix))

    def top(self, query: np.ndarray, n: int) -> list[tuple[int, float]]:
        """The ``n`` sentences nearest ``query`` (a unit vector): ``(rowid, cosine)``, best first."""
        if len(self.ids) == 0 or n <= 0:
            return []
        n = min(n, len(self.ids))
        if self.graph is None:
            # einsum, not ``@``: a matrix-vector product through multithreaded BLAS spins its
            # threads against the app's own (measured on the BBC business store under load: 48 ms
            # a query with ``@``, 4.4 ms with einsum's single-threaded loop)
            sims = np.einsum("ij,j->i", self.matrix, query)
            rows = np.argpartition(-sims, n - 1)[:n]
        else:
            # twice the candidates asked for, re-scored exactly from the stored vectors: the
            # graph's half-precision distances may swap near-ties at the edge of the top n
            wanted = min(len(self.ids), 2 * n + OVERSAMPLE)
            found = self.graph.search(query.astype(np.float32), wanted, threads=1)
            rows = np.asarray(found.keys, np.int64)
            sims = np.einsum("ij,j->i", self.matrix[rows], query)  # exact cosines
            order = np.lexsort((rows, -sims))[:n]
            return [(int(self.ids[rows[i]]), float(sims[i])) for i in order]
        order = np.lexsort((rows, -sims[rows]))
        return [(int(self.ids[rows[i]]), float(sims[rows[i]])) for i in order]


def _usearch_index():  # noqa: ANN202 - the class usearch.index.Index
    """usearch's Index class, onnxruntime (the MiniLM embedder's) imported first: the other
    order crashes the process (a segmentation fault when onnxruntime loads after usearch 2.26
    and numkong 7.8 — measured; the query embedder needs onnxruntime in the same process)."""
    import onnxruntime  # noqa: F401

    from usearch.index import Index

    return Index


def build_graph(matrix: np.ndarray):  # noqa: ANN201 - usearch.index.Index
    """An HNSW graph (cosine, half-precision) over the rows of ``matrix``, keyed by row number."""
    Index = _usearch_index()  # noqa: N806
    graph = Index(ndim=matrix.shape[1], metric="cos", dtype="f16", connectivity=CONNECTIVITY,
                  expansion_add=EXPANSION_ADD, expansion_search=EXPANSION_SEARCH)
    # one thread: the same vectors always give the same graph (and answers)
    graph.add(np.arange(len(matrix), dtype=np.uint64), np.ascontiguousarray(matrix, np.float32), threads=1)
    return graph


def save_graph(path: Path, ids: np.ndarray, matrix: np.ndarray, ann_min: int = ANN_MIN) -> bool:
    """Build and save the graph for these vectors at ``path`` (with its fingerprint beside it),
    unless one that matches is there. Below ``ann_min`` vectors, remove any saved graph."""
    meta = path.with_name(path.name + ".json")
    if len(ids) < ann_min:
        path.unlink(missing_ok=True)
        meta.unlink(missing_ok=True)
        return False
    print_ = fingerprint(ids, matrix)
    if path.exists() and meta.exists() and _meta(meta).get("fingerprint") == print_:
        return False
    graph = build_graph(matrix)
    tmp = path.with_name(path.name + ".tmp")
    graph.save(str(tmp))
    tmp.replace(path)
    meta.write_text(json.dumps({"fingerprint": print_, "vectors": len(ids),
                                "expansion_search": EXPANSION_SEARCH}))
    return True


def save_graph_pages(path: Path, pages: Callable[[], Iterable[tuple[np.ndarray, np.ndarray]]],
                     ann_min: int = ANN_MIN) -> bool:
    """:func:`save_graph` for vectors read a page at a time: ``pages()`` gives ``(ids, rows)``
    pages in ascending id order, the same each time it is called. It is read up to three times
    (the ids; the fingerprint's sample rows; the graph, built page by page), so the whole
    matrix is never in memory: the fingerprint is the one :func:`save_graph` makes of the pages
    joined.

    **Incremental.** When the saved graph was made for the first rows of these vectors (its
    fingerprint is that of those rows: a build that added documents adds sentences with higher
    ids, after the ones it had), only the new rows are added to it, keyed on from its last row,
    and it is saved again: a build adding a few documents to the 10× store adds their vectors
    instead of building the graph of 335,000 again (minutes on one thread). Otherwise (vectors
    removed or changed, none saved) the graph is built whole. Both are deterministic for the
    same sequence of builds (one thread); a graph grown by additions may hold other edges than
    one built at once, so which sentences make a query's candidate list can differ at the
    margin (candidates are re-scored exactly either way)."""
    meta = path.with_name(path.name + ".json")
    id_pages, dim = [], 0
    for ids, rows in pages():
        id_pages.append(ids)
        dim = rows.shape[1]
    ids = np.concatenate(id_pages) if id_pages else np.zeros(0, np.int64)
    if len(ids) < ann_min:
        path.unlink(missing_ok=True)
        meta.unlink(missing_ok=True)
        return False
    if np.any(ids[1:] < ids[:-1]):  # not in id order: the rows a reader loads would differ
        raise ValueError("vector pages must come in ascending id order")
    saved = _meta(meta) if path.exists() else {}
    kept = int(saved.get("vectors", 0))
    if not 0 < kept <= len(ids):
        kept = 0
    whole, prefix = _PagedPrint(ids, dim), _PagedPrint(ids[:kept], dim) if kept else None
    offset = 0
    for _, rows in pages():  # the rows fingerprint() samples: of the whole, and of the saved part
        whole.update(offset, rows)
        if prefix is not None:
            prefix.update(offset, rows)
        offset += len(rows)
    print_ = whole.hexdigest()
    if saved.get("fingerprint") == print_ and meta.exists():
        return False
    Index = _usearch_index()  # noqa: N806
    if prefix is not None and prefix.hexdigest() == saved.get("fingerprint"):
        graph = Index.restore(str(path), view=False)  # the saved rows are ours: add the rest
    else:
        graph, kept = None, 0
    if graph is None:
        graph, kept = Index(ndim=dim, metric="cos", dtype="f16", connectivity=CONNECTIVITY,
                            expansion_add=EXPANSION_ADD, expansion_search=EXPANSION_SEARCH), 0
    graph.expansion_add = EXPANSION_ADD
    offset = 0
    for _, rows in pages():  # keyed by row number, as build_graph does, one thread
        new = rows[max(0, kept - offset):]
        if len(new):
            start = offset + len(rows) - len(new)
            graph.add(np.arange(start, start + len(new), dtype=np.uint64),
                      np.ascontiguousarray(new, np.float32), threads=1)
        offset += len(rows)
    tmp = path.with_name(path.name + ".tmp")
    graph.save(str(tmp))
    tmp.replace(path)
    meta.write_text(json.dumps({"fingerprint": print_, "vectors": len(ids),
                                "expansion_search": EXPANSION_SEARCH, "added_to": kept}))
    return True


class _PagedPrint:
    """:func:`fingerprint` of ``ids`` and their rows, the rows given a page at a time."""

    def __init__(self, ids: np.ndarray, dim: int) -> None:
        self.n, self.step = len(ids), max(1, len(ids) // 1000)
        self.h = hashlib.sha1()
        self.h.update(np.ascontiguousarray(ids, np.int64).tobytes())
        self.h.update(repr((len(ids), dim)).encode())

    def update(self, offset: int, rows: np.ndarray) -> None:
        """The rows from row ``offset`` on (those beyond the ids' count are left out)."""
        rows = rows[:max(0, self.n - offset)]
        first = (-offset) % self.step
        self.h.update(np.ascontiguousarray(rows[first::self.step]).tobytes())

    def hexdigest(self) -> str:
        return self.h.hexdigest()


def load_graph(path: Path, ids: np.ndarray, matrix: np.ndarray):  # noqa: ANN201
    """The graph saved at ``path`` (memory-mapped) if it was made for these vectors, else None."""
    meta = path.with_name(path.name + ".json")
    if not (path.exists() and meta.exists()) or _meta(meta).get("fingerprint") != fingerprint(ids, matrix):
        return None
    graph = _usearch_index().restore(str(path), view=True)
    if graph is None:
        return None
    graph.expansion_search = EXPANSION_SEARCH
    return graph


def _meta(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def matrix_paths(db: Path) -> tuple[Path, Path, Path]:
    """Where the vectors of the store at ``db`` are saved beside it, as :func:`save_matrix_pages`
    writes them: the rows (raw float32), the sentence ids (``.npy``), the key and shape (JSON)."""
    return (db.with_name(db.name + "-vectors.f32"), db.with_name(db.name + "-vectors-ids.npy"),
            db.with_name(db.name + "-vectors.f32.json"))


def save_matrix_pages(db: Path, key: str, pages: Callable[[], Iterable[tuple[np.ndarray, np.ndarray]]]) -> bool:
    """Save the vectors of ``pages()`` (``(ids, rows)`` pages, ascending ids: what
    :func:`chronica.store.search.vector_pages` gives) beside the store at ``db`` under ``key``
    (:func:`chronica.store.search.vectors_key`), a page at a time, so that a reader maps them
    (:func:`load_matrix`) instead of reading every sentence, hashing its text and looking its
    vector up (6.5 CPU-s on the 10× store, in each worker of ``chronica serve``). False (and
    nothing saved) when the ids do not come in ascending order."""
    rows_path, ids_path, meta = matrix_paths(db)
    tmp = rows_path.with_name(rows_path.name + ".tmp")
    id_pages, dim, last = [], 0, None
    with open(tmp, "wb") as fh:
        for ids, rows in pages():
            if len(ids) and ((last is not None and ids[0] < last) or np.any(ids[1:] < ids[:-1])):
                fh.close()
                tmp.unlink(missing_ok=True)
                return False
            if len(ids):
                last = ids[-1]
            id_pages.append(np.asarray(ids, np.int64))
            dim = rows.shape[1]
            fh.write(np.ascontiguousarray(rows, np.float32).tobytes())
    ids = np.concatenate(id_pages) if id_pages else np.zeros(0, np.int64)
    meta.unlink(missing_ok=True)  # no reader takes the old key for the new files
    tmp.replace(rows_path)
    np.save(ids_path, ids)
    meta.write_text(json.dumps({"key": key, "rows": len(ids), "dims": dim}))
    return True


def load_matrix(db: Path, key: str) -> tuple[np.ndarray, np.ndarray] | None:
    """``(ids, matrix)`` saved beside the store at ``db`` under ``key`` (the matrix mapped
    read-only from the file: the workers of a server share its pages), else None (none saved,
    or saved for other vectors: the reader then reads them from the store)."""
    rows_path, ids_path, meta = matrix_paths(db)
    data = _meta(meta)
    if data.get("key") != key or not rows_path.exists() or not ids_path.exists():
        return None
    n, dim = int(data.get("rows", -1)), int(data.get("dims", 0))
    try:
        ids = np.load(ids_path)
        if len(ids) != n or rows_path.stat().st_size != n * dim * 4:
            return None
        matrix = np.memmap(rows_path, np.float32, "r", shape=(n, dim)) if n and dim \
            else np.zeros((n, dim), np.float32)
    except (OSError, ValueError):
        return None
    return ids, matrix


def remove_matrix(db: Path) -> None:
    for path in matrix_paths(db):
        path.unlink(missing_ok=True)


def cache_path(db: Path) -> Path:
    """Where the graph of the store at ``db`` is saved: beside it."""
    return db.with_name(db.name + "-vectors.usearch")


__all__ = ["ANN_MIN", "VectorIndex", "build_graph", "cache_path", "fingerprint", "load_graph", "load_matrix",
           "matrix_paths", "remove_matrix", "save_graph", "save_graph_pages", "save_matrix_pages"]
