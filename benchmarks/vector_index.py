#!/usr/bin/env python3
"""Nearest-neighbour search over a store's sentence vectors: exact numpy scan vs usearch (HNSW)
vs sqlite-vec (vec0, an exact scan inside SQLite), in one run.

usage: python benchmarks/vector_index.py STORE.db [--queries 200] [--k 50]

Queries are stored sentence vectors with noise (σ 0.02 a dimension, seeded), as a query close
to, but not equal to, a sentence is. For each method: build time (CPU and wall), query latency
p50/p95 (one thread, one query at a time), and recall@k against the exact scan. The load
average is printed: the machine may be shared.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from chronica.search.vectors import build_graph
from chronica.store.search import load_vectors, open_readonly


def _clock():
    return time.perf_counter(), time.process_time()


def _since(t) -> str:  # noqa: ANN001
    return f"{time.perf_counter() - t[0]:.1f} s wall, {time.process_time() - t[1]:.1f} s CPU"


def _latency(fn, queries: np.ndarray) -> tuple[list[list[int]], float, float]:  # noqa: ANN001
    out, times = [], []
    for q in queries:
        t = time.perf_counter()
        out.append(fn(q))
        times.append(time.perf_counter() - t)
    qs = statistics.quantiles(times, n=100)
    return out, qs[49] * 1000, qs[94] * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("db", type=Path)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--k", type=int, default=50)
    ap.add_argument("--no-sqlite-vec", action="store_true")
    args = ap.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    t = _clock()
    store = open_readonly(args.db)
    ids, matrix = load_vectors(store)
    matrix = np.ascontiguousarray(matrix)
    print(f"{len(ids):,} vectors × {matrix.shape[1]} loaded: {_since(t)}")
    rng = np.random.default_rng(0)
    picks = rng.choice(len(ids), args.queries, replace=False)
    queries = matrix[picks] + rng.normal(0, 0.02, (args.queries, matrix.shape[1])).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    k = args.k

    def exact(q):  # noqa: ANN001, ANN202
        sims = np.einsum("ij,j->i", matrix, q)
        top = np.argpartition(-sims, k - 1)[:k]
        return list(top[np.argsort(-sims[top])])

    truth, p50, p95 = _latency(exact, queries)
    print(f"{'exact numpy scan':<22} build      -        query p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  recall@{k} 1.000")

    def recall(found: list[list[int]]) -> float:
        return statistics.mean(len(set(f) & set(t_)) / k for f, t_ in zip(found, truth))

    t = _clock()
    graph = build_graph(matrix)
    built = _since(t)
    found, p50, p95 = _latency(lambda q: list(graph.search(q, k, threads=1).keys), queries)
    print(f"{'usearch HNSW (f16)':<22} build {built}; query p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  "
          f"recall@{k} {recall(found):.3f}")
    if not args.no_sqlite_vec and not hasattr(sqlite3.Connection, "enable_load_extension"):
        print(f"{'sqlite-vec vec0':<22} not usable: this Python's sqlite3 cannot load extensions")
    elif not args.no_sqlite_vec:
        import sqlite_vec

        con = sqlite3.connect(":memory:")
        con.enable_load_extension(True)
        sqlite_vec.load(con)
        t = _clock()
        con.execute(f"CREATE VIRTUAL TABLE v USING vec0(embedding float[{matrix.shape[1]}] distance_metric=cosine)")
        con.executemany("INSERT INTO v (rowid, embedding) VALUES (?, ?)",
                        ((i, row.tobytes()) for i, row in enumerate(matrix)))
        built = _since(t)

        def vec(q):  # noqa: ANN001, ANN202
            return [r[0] for r in con.execute(
                "SELECT rowid FROM v WHERE embedding MATCH ? AND k = ? ORDER BY distance", (q.tobytes(), k))]

        found, p50, p95 = _latency(vec, queries[: max(20, args.queries // 5)])
        truth_part = truth[: len(found)]
        rec = statistics.mean(len(set(f) & set(t_)) / k for f, t_ in zip(found, truth_part))
        print(f"{'sqlite-vec vec0':<22} build {built}; query p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  "
              f"recall@{k} {rec:.3f}")
    print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
