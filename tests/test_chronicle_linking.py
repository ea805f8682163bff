"""The chronicle's disjoint sets: groups are the connected components of the links, each in
ascending order, the groups ordered by their smallest member."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronica.chronicle.linking import DisjointSets


def test_groups_of_a_few_links():
    sets = DisjointSets(6)
    assert sets.union(4, 1) and sets.union(5, 3) and sets.union(1, 0)
    assert not sets.union(0, 4)  # one set already
    assert sets.groups() == [[0, 1, 4], [2], [3, 5]]
    assert sets.find(4) == 0


@settings(deadline=None)  # what is asserted is the grouping, not its time under a loaded machine
@given(st.integers(1, 30).flatmap(lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))))))
def test_groups_are_the_connected_components(case):
    n, links = case
    sets = DisjointSets(n)
    for a, b in links:
        sets.union(a, b)
    # the components by a plain search over the links
    seen, comps = set(), []
    adj = {i: set() for i in range(n)}
    for a, b in links:
        adj[a].add(b)
        adj[b].add(a)
    for i in range(n):
        if i in seen:
            continue
        stack, comp = [i], set()
        while stack:
            k = stack.pop()
            if k not in comp:
                comp.add(k)
                stack.extend(adj[k] - comp)
        seen |= comp
        comps.append(sorted(comp))
    assert sets.groups() == comps
