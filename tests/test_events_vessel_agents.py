"""Craft of a state's forces as its agents (session 35, recall35): patrol vessels, patrol boats,
coastguard vessels, naval vessels, gunboats and paratroopers, with the state their adjective names.

Phoenix.agents files "frigate", "naval ship" and "coast guard" under ~MIL but not the craft that
fishing, maritime and border disputes name as doers ("an Icelandic patrol vessel severed the
gear", "a Venezuelan coast guard vessel sailed close to the production ships", "Indonesian
paratroopers were dropped near Labis"): their subject named no actor and the events stage's first
check (``needs_a_named_actor``) dropped the act. The nouns are added to ``agents_extra.tsv`` (the
registry of agent nouns Phoenix lacks), each with its CAMEO sector (~MIL). Sentences written for
these tests, modelled on the dev texts codwars, guyven and indmal (names and numbers my own).
"""

from __future__ import annotations

import pytest

from chronica.actors import resolve_mentions
from chronica.events import extract_events


@pytest.fixture(scope="module")
def actors(nlp):
    return lambda text: resolve_mentions(nlp(text), date="1990-01-01", nlp=nlp)


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


@pytest.mark.parametrize("text, agent_text, ids", [
    # codwars-like: the coastguard's craft
    ("An Icelandic patrol vessel cut the warps of a trawler in 1973.", "patrol vessel", ("ISL",)),
    ("Icelandic coastguard vessels harassed the trawlers all summer.", "coastguard vessels", ("ISL",)),
    ("Two Icelandic gunboats chased the trawler out of the zone.", "gunboats", ("ISL",)),
    # guyven-like
    ("A Venezuelan coast guard vessel approached the drilling ship in 2013.", "coast guard vessel", ("VEN",)),
    # indmal-like
    ("A Malaysian patrol boat chased the fishermen away from the reef.", "patrol boat", ("MYS",)),
    ("Indonesian paratroopers were dropped near the town in 1964.", "paratroopers", ("IDN",)),
    ("Indonesian naval vessels left the disputed waters in May.", "naval vessels", ("IDN",)),
])
def test_craft_of_a_state_are_its_agents(actors, text, agent_text, ids):
    hits = [m for m in actors(text) if m.text == agent_text]
    assert hits, [(m.text, m.actor_ids) for m in actors(text)]
    assert hits[0].kind == "agent" and hits[0].actor_ids == ids and hits[0].agent == "MIL"


@pytest.mark.parametrize("text, etype, source, target", [
    ("In 2015 a Venezuelan coast guard vessel detained a survey ship in Guyanese waters.", "COERCE", "VEN", "GUY"),
    ("Indonesian paratroopers attacked a Malaysian camp near the border in 1964.", "ASSAULT", "IDN", "MYS"),
    ("A Thai patrol boat seized two Cambodian fishing boats near the island.", "COERCE", "THA", "KHM"),
    ("Chinese coastguard vessels blocked a Philippine supply mission in 2023.", "COERCE", "CHN", "PHL"),
])
def test_acts_of_craft_are_found_with_their_state(run, text, etype, source, target):
    evs = [e for e in run(text) if e.type == etype]
    assert evs, [(e.type, e.summary) for e in run(text)]
    parts = evs[0].participants
    assert source in {p.state or p.actor_id for p in parts if p.role == "source"}
    assert target in {p.state or p.actor_id for p in parts if p.role == "target"}


@pytest.mark.parametrize("text, agent_text", [
    # a craft with no state named near it takes none from an adjective ("the patrol vessel")
    ("The patrol vessel withdrew to port after the collision.", "patrol vessel"),
])
def test_craft_without_a_state(actors, text, agent_text):
    hits = [m for m in actors(text) if m.text == agent_text]
    assert hits and not hits[0].actor_ids
