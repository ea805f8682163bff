"""GraphML of the actor graph, parsed back with networkx."""

from __future__ import annotations

import networkx as nx
from test_chronicle_data import documents, world, needs_minilm

from chronica.chronicle import build_chronicle
from chronica.export.graph import actor_graph, write_graphml

pytestmark = needs_minilm


def test_graphml_round_trip(tmp_path):
    c = build_chronicle(world(), documents())
    path = tmp_path / "actors.graphml"
    write_graphml(c, str(path))
    g = nx.read_graphml(path)
    assert set(g.nodes) == {"ALD", "BOR", "CES", "UDR", "p-voss", "p-kell"}
    assert g.nodes["ALD"]["name"] == "Aldoria" and g.nodes["ALD"]["kind"] == "state"
    ab = g.edges["ALD", "BOR"]
    # one merged invasion (three sentences) and one war in the 1960s
    assert ab["weight"] == 2 and ab["n_ASSAULT"] == 2
    assert ab["mean_intensity"] == -9.5
    au = g.edges["ALD", "UDR"]
    assert au["n_AID"] == 1 and au["n_AGREE"] == 1 and au["mean_intensity"] == 6.0
    assert sorted(au["events"].split()) == sorted(
        e.id for e in c.events if {p.actor_id for p in e.participants} == {"ALD", "UDR"})


def test_graph_is_undirected_and_counts_events_per_actor():
    g = actor_graph(build_chronicle(world(), documents()))
    assert not g.is_directed()
    assert g.nodes["ALD"]["events"] == 6  # Voss ordered Aldoria: one more and g.nodes["CES"]["events"] == 1
