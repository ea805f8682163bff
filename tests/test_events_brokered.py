"""A broker is not a party to what it brokers: "a ceasefire brokered by X", "talks brokered by X",
"X brokered a truce" tell that X mediated (CONSULT, CAMEO 045), not that X signed, agreed or met
as a side. A participle that is an act of its own lends its agent to that act, not to the noun it
modifies; a light verb's participle still lends it ("sanctions imposed by X": X sanctions). Case
tables from sentences written for these tests (three subjects)."""

from __future__ import annotations

import pytest

from chronica.events import extract_events


@pytest.fixture(scope="module")
def run(nlp):
    return lambda text: extract_events(nlp(text))


BROKERED = [
    ("Feb 1981 - A ceasefire brokered by the Organization of American States ends the clashes in the jungle.",
     "Organization of American States"),
    ("The agreement was signed in Algiers on 12 December 2000 by Meles Zenawi and Isaias Afwerki, "
     "in talks brokered by the Organisation of African Unity.", "Organisation of African Unity"),
    ("In 1972 the Somalis brokered a ceasefire between Uganda and Tanzania.", "Somalia"),
]


def _sources(e):
    return [p.name for p in e.participants if p.role == "source"]


@pytest.mark.parametrize("text,broker", BROKERED)
def test_the_broker_is_no_party_to_what_it_brokers(run, text, broker):
    evs = run(text)
    assert not [e for e in evs if e.type != "CONSULT" and broker in _sources(e)]
    assert not [e for e in evs if e.type == "CONSULT" and e.trigger.lower() != "brokered" and broker in _sources(e)]


@pytest.mark.parametrize("text,broker", BROKERED)
def test_the_broker_mediates(run, text, broker):
    assert [e for e in run(text) if e.type == "CONSULT" and e.cameo == "045" and broker in _sources(e)]


@pytest.mark.parametrize("text,etype,source", [
    ("Sanctions imposed by the European Union on Russia in 2014 hurt its economy.", "SANCTION", "European Union"),
    ("The treaty signed by Peru and Ecuador in 1998 ended the quarrel.", "SUPPORT", "Peru"),
])
def test_a_light_verbs_participle_still_lends_its_agent(run, text, etype, source):
    assert [e for e in run(text) if e.type == etype and source in _sources(e)]
