"""Disjoint sets (union-find) for the chronicle's linking steps: claims linked into a
disagreement, act mentions into one, stored links into components. A set is known by its
smallest member, so groups come out in the order of their first members."""

from __future__ import annotations

from collections import defaultdict


class DisjointSets:
    """Union-find over ``0 … n-1`` with path halving; the root of a set is its smallest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        """Join the sets of ``i`` and ``j``; False when they were one already."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        self.parent[max(ri, rj)] = min(ri, rj)
        return True

    def groups(self) -> list[list[int]]:
        """Every set's members in ascending order, the sets by their smallest member."""
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())
