"""The HNSW vector index (usearch) answers as the exact scan does, and is saved, found and
refused (when stale) beside the store."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronica.search.vectors import VectorIndex, build_graph, cache_path, load_graph, save_graph


def _unit(rng: np.random.Generator, n: int, dim: int) -> np.ndarray:
    m = rng.normal(size=(n, dim)).astype(np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(20, 300), dim=st.sampled_from([8, 32, 96]),
       k=st.integers(1, 20))
def test_the_graph_finds_the_exact_top_k_on_a_small_store(seed, n, dim, k):
    rng = np.random.default_rng(seed)
    matrix = _unit(rng, n, dim)
    ids = np.arange(1000, 1000 + n, dtype=np.int64)  # rowids are not row numbers
    exact = VectorIndex(ids, matrix)
    hnsw = VectorIndex(ids, matrix, build_graph(matrix))
    assert (exact.kind, hnsw.kind) == ("exact", "hnsw")
    for q in _unit(rng, 3, dim):
        want, got = exact.top(q, k), hnsw.top(q, k)
        assert [i for i, _ in got] == [i for i, _ in want]
        assert [s for _, s in got] == pytest.approx([s for _, s in want], abs=1e-5)


def test_the_exact_scan_ranks_by_cosine():
    matrix = np.array([[1, 0], [0.6, 0.8], [0, 1], [-1, 0]], np.float32)
    index = VectorIndex(np.array([7, 8, 9, 10]), matrix)
    assert [i for i, _ in index.top(np.array([1, 0], np.float32), 3)] == [7, 8, 9]
    assert index.top(np.array([1, 0], np.float32), 10)[-1] == (10, pytest.approx(-1.0))
    assert VectorIndex(np.zeros(0, np.int64), np.zeros((0, 2), np.float32)).top(np.ones(2), 5) == []


def test_a_saved_graph_is_used_only_for_the_vectors_it_was_made_for(tmp_path):
    rng = np.random.default_rng(1)
    matrix = _unit(rng, 200, 16)
    ids = np.arange(1, 201, dtype=np.int64)
    path = cache_path(tmp_path / "c.db")
    assert path.name == "c.db-vectors.usearch"
    assert save_graph(path, ids, matrix, ann_min=100) and path.exists()
    assert not save_graph(path, ids, matrix, ann_min=100)  # up to date: not built again
    index = VectorIndex.open(ids, matrix, path, ann_min=100)
    assert index.kind == "hnsw"
    q = matrix[5]
    assert index.top(q, 1) == [(6, pytest.approx(1.0, abs=1e-5))]
    changed = matrix.copy()
    changed[0] = -changed[0]
    assert load_graph(path, ids, changed) is None  # stale: another store's vectors
    assert VectorIndex.open(ids, changed, path, ann_min=100).kind == "exact"
    assert VectorIndex.open(ids, matrix, path, ann_min=1000).kind == "exact"  # small: scan
    assert not save_graph(path, ids[:50], matrix[:50], ann_min=100) and not path.exists()


def test_the_graph_and_the_embedder_live_in_one_process():
    """usearch loaded before onnxruntime crashes the process: the index module loads them in
    the order that works (a subprocess, so a crash fails the test instead of the run)."""
    import subprocess
    import sys

    code = ("import numpy as np\n"
            "from chronica.search.vectors import build_graph\n"
            "g = build_graph(np.eye(4, dtype=np.float32))\n"
            "import onnxruntime\n"
            "print(int(g.search(np.eye(4, dtype=np.float32)[2], 1).keys[0]))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "2", proc.stderr[-500:]


def _pages(ids: np.ndarray, matrix: np.ndarray, size: int = 64):
    return lambda: ((ids[i:i + size], matrix[i:i + size]) for i in range(0, len(ids), size))


def test_a_saved_graph_grows_by_the_vectors_added_after_it(tmp_path, monkeypatch):
    """A build that adds documents adds their sentences' vectors to the saved graph (keyed on from
    its last row) instead of building it again; the grown graph is the reader's graph for the
    new vectors, finds what the exact scan finds, and is grown the same way every time."""
    from chronica.search import vectors as V

    rng = np.random.default_rng(7)
    matrix = _unit(rng, 300, 16)
    ids = np.arange(1, 301, dtype=np.int64)
    path = cache_path(tmp_path / "g.db")
    assert V.save_graph_pages(path, _pages(ids[:200], matrix[:200]), ann_min=100)
    added: list[int] = []
    real = V._usearch_index

    def counting():  # noqa: ANN202 - usearch's Index, with its add() counted
        Index = real()  # noqa: N806

        class Counted(Index):
            def add(self, keys, vectors, **kw):  # noqa: ANN001, ANN201
                added.append(len(keys))
                return super().add(keys, vectors, **kw)

            @staticmethod
            def restore(p, view=False):  # noqa: ANN001, ANN205
                graph = Index.restore(p, view=view)
                graph.__class__ = Counted
                return graph
        return Counted

    monkeypatch.setattr(V, "_usearch_index", counting)
    assert V.save_graph_pages(path, _pages(ids, matrix), ann_min=100)
    assert sum(added) == 100  # only the new rows
    assert V._meta(path.with_name(path.name + ".json"))["added_to"] == 200
    index = VectorIndex.open(ids, matrix, path, ann_min=100)
    assert index.kind == "hnsw" and len(index.graph) == 300
    exact = VectorIndex(ids, matrix)
    for q in _unit(rng, 5, 16):
        assert [i for i, _ in index.top(q, 5)] == [i for i, _ in exact.top(q, 5)]
    assert index.top(matrix[250], 1) == [(251, pytest.approx(1.0, abs=1e-5))]
    assert not V.save_graph_pages(path, _pages(ids, matrix), ann_min=100)  # up to date
    grown = path.read_bytes()
    assert V.save_graph_pages(path, _pages(ids[:200], matrix[:200]), ann_min=100)  # fewer: whole
    assert V.save_graph_pages(path, _pages(ids, matrix), ann_min=100)
    assert path.read_bytes() == grown  # the same additions give the same graph


def test_a_saved_graph_whose_rows_changed_is_built_whole(tmp_path):
    from chronica.search import vectors as V

    rng = np.random.default_rng(8)
    matrix = _unit(rng, 300, 16)
    ids = np.arange(1, 301, dtype=np.int64)
    path = cache_path(tmp_path / "h.db")
    assert V.save_graph_pages(path, _pages(ids[:200], matrix[:200]), ann_min=100)
    changed = matrix.copy()
    changed[0] = -changed[0]  # a sentence of the saved part is another now
    assert V.save_graph_pages(path, _pages(ids, changed), ann_min=100)
    assert V._meta(path.with_name(path.name + ".json"))["added_to"] == 0
    assert load_graph(path, ids, changed) is not None and load_graph(path, ids, matrix) is None
    other = ids.copy()
    other[10] = 5000  # an id of the saved part is gone (a document deleted), one added later
    other.sort()
    assert V.save_graph_pages(path, _pages(other, changed), ann_min=100)
    assert V._meta(path.with_name(path.name + ".json"))["added_to"] == 0


def test_a_large_stores_vectors_are_saved_beside_it_and_mapped_while_they_are_its_own(tmp_path, suez_db, monkeypatch):
    """The build saves a large store's vectors beside it (``index_sentences``); the search index
    maps them (as ``load_vectors`` reads them from the store, row for row) and reads the store
    again once they are another store's (the key: model, sentences, vectors, documents indexed)."""
    import shutil

    import chronica.search as S
    from chronica.search.vectors import load_matrix, matrix_paths
    from chronica.store import Store
    from chronica.store.search import load_vectors, vectors_key

    db = tmp_path / "large.db"
    shutil.copy(suez_db, db)
    monkeypatch.setattr(S, "ANN_MIN", 10)  # the Suez example as a "large" store
    with Store(db) as store:
        S.index_sentences(store)
        assert all(p.exists() for p in matrix_paths(db))
        key = vectors_key(store)
        saved = load_matrix(db, key)
        assert saved is not None
        ids, matrix = load_vectors(store)
        assert np.array_equal(saved[0], ids) and np.array_equal(np.asarray(saved[1]), matrix) and len(ids) > 10
        index = S.SentenceIndex(store)
        assert isinstance(index._matrix, np.memmap)
        with monkeypatch.context() as m:
            m.setattr(S, "load_matrix", lambda *a: None)
            read = S.SentenceIndex(store)
        assert not isinstance(read._matrix, np.memmap)
        for query in ("Nasser nationalised the canal", "ceasefire", "Eden resigned"):
            assert [(h.sentence, h.score) for h in index.search(query, 5)] == \
                   [(h.sentence, h.score) for h in read.search(query, 5)]
        store.conn.execute("DELETE FROM search_documents WHERE document_id = (SELECT MAX(document_id) FROM search_documents)")
        store.conn.commit()
        assert vectors_key(store) != key and load_matrix(db, vectors_key(store)) is None
        assert not isinstance(S.SentenceIndex(store)._matrix, np.memmap)  # read from the store
