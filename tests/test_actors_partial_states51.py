"""PLOVER's partially recognised entities are actors of their own (session 51, actors51).

Blind judges failed events whose actor was a separatist authority or its people coded as the state
they are kin to ("Transnistrians" as Russia) or left as no actor at all ("Abkhazia", "the South
Ossetian authorities"). The PLOVER codebook (PLOVER_MANUAL.tex, "Partially recognized (disputed)
entities") lists them: Abkhazia, South Ossetia, Transnistria, Nagorno-Karabakh, Northern Cyprus, the
Donetsk and Luhansk People's Republics; it files each under the nominally sovereign state with the
sector PRE. ``organisations.json`` now holds them as polities (kind "state", so that their agents
resolve like a state's: "Abkhaz forces", "the Transnistrian authorities") with that CAMEO code
("MDAPRE"). Dev texts naming them: georus, georgia, mdarus, armtur. The sentences here are our own.
"""

from __future__ import annotations

import pytest

from chronica.actors import resolve_mentions
from chronica.actors.kb import load_kb
from chronica.events import extract_events


@pytest.mark.parametrize("name, actor_id, cameo", [
    ("Abkhazia", "ABK", "GEOPRE"), ("Abkhaz", "ABK", "GEOPRE"), ("Abkhazian", "ABK", "GEOPRE"),
    ("South Ossetia", "OSS", "GEOPRE"), ("South Ossetian", "OSS", "GEOPRE"),
    ("Transnistria", "PMR", "MDAPRE"), ("Transnistrian", "PMR", "MDAPRE"),
    ("Pridnestrovian Moldavian Republic", "PMR", "MDAPRE"), ("Trans-Dniester", "PMR", "MDAPRE"),
    ("Nagorno-Karabakh", "NKR", "AZEPRE"), ("Artsakh", "NKR", "AZEPRE"),
    ("Turkish Republic of Northern Cyprus", "TRNC", "CYPPRE"), ("Northern Cyprus", "TRNC", "CYPPRE"),
    ("Donetsk People's Republic", "DPR", "UKRPRE"), ("Luhansk People's Republic", "LPR", "UKRPRE"),
])
def test_entity_names(name, actor_id, cameo):
    kb = load_kb()
    assert [a.id for a in kb.lookup(name)] == [actor_id]
    assert kb.cameo_of(actor_id, "2010") == cameo
    assert kb.state_for(actor_id, "2010") == actor_id


@pytest.mark.parametrize("name, not_this", [
    ("Transnistria", "MDA"),  # Phoenix files the name under Moldova: the codebook's own actor wins
    ("Moldova", "PMR"), ("Georgia", "ABK"), ("Cyprus", "TRNC"), ("Azerbaijan", "NKR"),
])
def test_sovereign_and_entity_stay_apart(name, not_this):
    assert not_this not in [a.id for a in load_kb().lookup(name)]


@pytest.fixture(scope="module")
def mentions(nlp):
    return lambda text, date="2005-01-01": resolve_mentions(nlp(text), date=date, nlp=nlp)


AGENTS = [  # (text, the agent noun, the entity it is of)
    ("Abkhaz forces shelled a village near the river in 1993.", "forces", "ABK"),
    ("The Transnistrian authorities closed the crossing for a week.", "authorities", "PMR"),
    ("South Ossetian militias set up checkpoints on the road.", "militias", "OSS"),
    ("Police in Transnistria detained two foreign reporters.", "Police", "PMR"),
]


@pytest.mark.parametrize("text, noun, entity", AGENTS)
def test_agents_of_an_entity(mentions, text, noun, entity):
    """The agent is the entity's, not the kin state's nor the sovereign's."""
    ms = mentions(text)
    assert any(m.text.endswith(noun) and (m.actor_id or "").split("/")[0] == entity for m in ms), \
        [(m.text, m.actor_id) for m in ms]


@pytest.fixture(scope="module")
def run(full):
    return lambda text: extract_events(full(text))


def _roles(evs, role):
    return {p.state or p.actor_id for e in evs for p in e.participants if p.role == role}


@pytest.mark.parametrize("text, source, target", [
    ("In 2007 the Transnistrian authorities accused Moldova of blocking exports.", "PMR", "MDA"),
    ("In 2009 Moldova imposed an economic blockade on Transnistria.", "MDA", "PMR"),
    ("In 2011 Laos recognised Abkhazia as an independent state.", "LAO", "ABK"),
    ("In 2004 Northern Cyprus opened a new crossing point to Greek Cypriot visitors.", "TRNC", None),
])
def test_events_name_the_entity(run, text, source, target):
    evs = run(text)
    assert source in _roles(evs, "source"), [(e.type, e.summary) for e in evs]
    if target is not None:
        assert target in _roles(evs, "target"), [(e.type, e.summary) for e in evs]
