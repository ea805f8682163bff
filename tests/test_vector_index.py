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
