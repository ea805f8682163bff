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


# a broker's parties untold: the document's two states (rule ``mediated_between_the_pair``, session 64)
MEDIATED_FOR_THE_PAIR = [
    ("Ghana and Bolivia quarrelled over river fishing for two years. "
     "In April 1996 President Nasser brokered an agreement in Cairo which ended the quarrel.", "Nasser"),
    ("Ghana and Bolivia fought a border war in 1958. "
     "In March 1959 the President of Peru brokered the ceasefire that ended the war.", "President"),
    ("Ghana and Bolivia broke off relations in 1995. The Emir of Qatar brokered a resumption of ties in 2004.",
     "Emir"),
]


@pytest.mark.parametrize("text,broker", MEDIATED_FOR_THE_PAIR)
def test_a_broker_with_no_party_named_mediates_between_the_pair(run, text, broker):
    evs = [e for e in run(text) if e.trigger == "brokered"]
    assert evs and evs[0].type == "CONSULT", [(e.type, e.trigger, e.participants) for e in run(text)]
    assert {p.state or p.actor_id for p in evs[0].actors("target")} == {"GHA", "BOL"}
    assert any(broker in (p.name or p.text) for p in evs[0].actors("source"))


@pytest.mark.parametrize("text", [
    # what is brokered is no accord, ceasefire, talks or relations: no mediation between the pair
    "Ghana and Bolivia quarrelled over river fishing for two years. In April 1996 President Nasser brokered a sale of cattle.",
    # the broker is one of the pair: no parties added
    "Ghana and Bolivia quarrelled over river fishing for two years. In April 1996 Ghana brokered an agreement in Cairo.",
])
def test_no_pair_for_other_brokering(run, text):
    evs = [e for e in run(text) if e.trigger == "brokered"]
    assert all(not e.actors("target") for e in evs), [(e.type, e.participants) for e in evs]
