"""Near-duplicate detection: MinHash signatures of word shingles and an LSH index (datasketch).

Exact duplicates are caught by the content hash (:func:`chronica.ingest.document.content_hash`);
this module flags *near* duplicates — the same article with small edits — so that they are kept
but marked, with the estimated Jaccard similarity of their word 3-shingles (flagged from 0.7).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # datasketch (and the scipy it loads) is imported when a signature is made
    from datasketch import MinHash

NUM_PERM = 64
SHINGLE = 3
THRESHOLD = 0.7
SCHEME = "affine32"  # fixed, so stored signatures stay comparable across datasketch versions

_WORD = re.compile(r"\w+")


#: shingles hashed per MinHash update: a 50 MB book has eight million of them, which as one
#: set of strings would take over a gigabyte; MinHash keeps a minimum per permutation, so
#: updating chunk by chunk gives exactly the signature of the whole set.
_CHUNK = 50_000


def signature(text: str) -> MinHash:
    """MinHash of the text's word 3-shingles (case folded), in memory bounded by :data:`_CHUNK`."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    window: list[str] = []
    chunk: set[bytes] = set()
    n_words = 0
    for match in _WORD.finditer(text.lower()):
        n_words += 1
        window.append(match.group())
        if len(window) > SHINGLE:
            del window[0]
        if len(window) == SHINGLE:
            chunk.add(" ".join(window).encode("utf-8"))
            if len(chunk) >= _CHUNK:
                m.update_batch(list(chunk))
                chunk.clear()
    if n_words < SHINGLE:  # a text shorter than one shingle is one shingle of its words
        chunk.add(" ".join(window).encode("utf-8"))
    if chunk:
        m.update_batch(list(chunk))
    return m


def to_bytes(m: MinHash) -> bytes:
    return m.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME)


class NearDuplicateIndex:
    """An in-memory LSH index over stored documents' signatures."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}

    def add(self, key: str, m: MinHash) -> None:
        if key not in self._sigs:
            self._lsh.insert(key, m)
            self._sigs[key] = m

    def best_match(self, m: MinHash) -> tuple[str, float] | None:
        """The most similar indexed document at or above the threshold, with its similarity."""
        best: tuple[str, float] | None = None
        for key in self._lsh.query(m):
            sim = float(m.jaccard(self._sigs[key]))
            if sim >= self.threshold and (best is None or sim > best[1] or (sim == best[1] and key < best[0])):
                best = (key, sim)
        return best
