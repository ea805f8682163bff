"""The candidate pairs of the claim disagreements are yielded a claim at a time, never all held:

- on random lists of claims (some known only by their wording, some with masked clauses whose
  vectors are alike or not, across more than one block of similarity rows) the stream yields
  exactly the pairs, in exactly the order, of the pass that collected them all (the reference
  below is that pass as it was written before the stream);
- the traced peak of consuming the pairs of 1,500 claims stays far below what holding their
  1.1 million pairs takes.
"""

from __future__ import annotations

import random
import tracemalloc
from types import SimpleNamespace

import numpy as np
import pytest

from chronica.chronicle.claim_conflicts import SIM_WORDING_CANDIDATE, WORDING_ROWS, _candidate_pairs


def reference_pairs(items, ctx):  # noqa: ANN001, ANN201 - every pair collected, then sorted
    n = len(items)
    worded = [i for i, c in enumerate(items) if c.by_wording]
    if not worded:
        return [(i, j) for i in range(n) for j in range(i + 1, n)]
    plain = [i for i, c in enumerate(items) if not c.by_wording]
    pairs = {(a, b) for x, a in enumerate(plain) for b in plain[x + 1:]}
    masked = [i for i, c in enumerate(items) if c.masked]
    if masked:
        ctx.clause_similarity(items[masked[0]].masked, items[masked[0]].masked)
        vectors = np.vstack([ctx._clauses[items[i].masked] for i in masked])
        by_wording = np.array([items[i].by_wording for i in masked])
        for lo in range(0, len(masked), WORDING_ROWS):
            sims = vectors[lo:lo + WORDING_ROWS] @ vectors.T
            for r, c in zip(*np.nonzero(sims >= SIM_WORDING_CANDIDATE)):
                x, y = masked[lo + r], masked[c]
                if x < y and (by_wording[lo + r] or by_wording[c]):
                    pairs.add((x, y))
    return sorted(pairs)


class _Clauses:
    """The part of the disagreements' context the pairs read: a vector per masked clause."""

    def __init__(self, vectors: dict[str, np.ndarray]) -> None:
        self._clauses = vectors
        self.asked = 0

    def clause_similarity(self, a: str, b: str) -> float:
        self.asked += 1
        return float(self._clauses[a] @ self._clauses[b])

    def event_of(self, c: object) -> None:
        """The random claims date no event mention, so no date here is anchored to a happening
        (session 31's ``same_dated_happening``): the pairs come from the clauses alone."""
        return None


def random_claims(rng: random.Random, n: int, worded_share: float, masked_share: float):  # noqa: ANN201
    """``n`` claims and their context: clauses drawn from a few themes (vectors of one theme are
    alike, above the bar, of two themes not), some claims known by wording only."""
    dims, themes = 16, 6
    centres = np.linalg.qr(np.random.default_rng(rng.randrange(1 << 30)).normal(size=(dims, dims)))[0][:themes]
    vectors, items = {}, []
    for k in range(n):
        masked = None
        if rng.random() < masked_share:
            masked = f"clause {k}"
            v = centres[rng.randrange(themes)] + np.random.default_rng(k).normal(scale=rng.choice([0.05, 0.6]), size=dims)
            vectors[masked] = (v / np.linalg.norm(v)).astype(np.float32)
        # no claim names a happening either (session 34's worded happenings: a worded date's key),
        # nor a verb (session 55's acts: a date's key)
        items.append(SimpleNamespace(masked=masked, by_wording=masked is not None and rng.random() < worded_share,
                                     happening=None, predicate=None))
    return items, _Clauses(vectors)


@pytest.mark.parametrize("seed, n, worded, masked", [
    (0, 40, 0.0, 0.5), (1, 60, 0.5, 0.7), (2, 80, 1.0, 1.0), (3, 120, 0.3, 0.2),
    (4, 1300, 0.6, 0.8),  # more masked clauses than one block of similarity rows
    (5, 30, 0.5, 0.0), (6, 1, 1.0, 1.0), (7, 0, 0.0, 0.0),
])
def test_claim_pairs_stream_equals_every_pair_collected(seed: int, n: int, worded: float, masked: float) -> None:
    rng = random.Random(seed)
    items, ctx = random_claims(rng, n, worded, masked)
    expected = reference_pairs(items, ctx)
    got = list(_candidate_pairs("date", items, ctx))
    assert got == expected
    if seed in (1, 4):  # the random lists do hold pairs of each kind
        assert any(items[i].by_wording or items[j].by_wording for i, j in got)
        assert any(not items[i].by_wording and not items[j].by_wording for i, j in got)


def test_claim_pairs_stream_holds_no_list_of_pairs() -> None:
    rng = random.Random(9)
    items, ctx = random_claims(rng, 1500, 0.2, 0.5)
    tracemalloc.start()
    count = sum(1 for _ in _candidate_pairs("date", items, ctx))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count > 800_000  # 1,500 claims, most of them known by more than their wording
    assert peak < 8_000_000  # holding the pairs as tuples in a set takes well over 100 MB
