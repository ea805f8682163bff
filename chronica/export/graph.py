"""The actor graph: nodes are actors, edges join actors that take part in the same events.

A state's capital, government or army ("Moscow", "the Kremlin", "the Red Army") is the node of
the state it stands for.

Undirected (pairs are undirected, as in the barometer). Node attributes: ``name``, ``kind``,
``state``, ``events`` (how many events the actor is in). Edge attributes: ``weight`` (number of
events), ``n_<TYPE>`` (events of each type), ``mean_intensity`` and ``events`` (the event ids,
space separated). Written as GraphML with :func:`networkx.write_graphml`.
"""

from __future__ import annotations

from collections import defaultdict
from typing import BinaryIO

import networkx as nx

from chronica.chronicle import Chronicle
from chronica.chronicle.merge import SUBSTATE_KINDS
from chronica.events.model import SOURCE, TARGET


def _node_key(p) -> str:
    """A state's capital, government or army is drawn as the state itself."""
    return p.state if p.kind in SUBSTATE_KINDS and p.state else p.actor_id


def actor_graph(chronicle: Chronicle) -> nx.Graph:
    names = {p.actor_id: p for e in chronicle.events for p in e.participants if p.actor_id}
    g = nx.Graph()
    edges: dict[tuple[str, str], dict] = defaultdict(lambda: {"types": defaultdict(int), "sum": 0.0,
                                                              "ids": []})
    for e in chronicle.events:
        actors = {}
        for p in e.participants:
            if p.role in (SOURCE, TARGET) and p.actor_id:
                key = _node_key(p)
                actors.setdefault(key, names.get(key, p) if key != p.actor_id else p)
        for key, p in actors.items():
            if key not in g:
                same = p.actor_id == key
                g.add_node(key, name=(p.name or p.text) if same else key,
                           kind=(p.kind or "") if same else "state", state=p.state or "", events=0)
            g.nodes[key]["events"] += 1
        keys = sorted(actors)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                edge = edges[(a, b)]
                edge["types"][e.type] += 1
                edge["sum"] += e.intensity
                edge["ids"].append(e.id)
    for (a, b), edge in sorted(edges.items()):
        n = len(edge["ids"])
        attrs = {f"n_{t}": c for t, c in sorted(edge["types"].items())}
        g.add_edge(a, b, weight=n, mean_intensity=round(edge["sum"] / n, 3),
                   events=" ".join(edge["ids"]), **attrs)
    return g


def write_graphml(chronicle: Chronicle, out: BinaryIO | str) -> None:
    nx.write_graphml(actor_graph(chronicle), out)
