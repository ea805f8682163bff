"""Session 44 (type44): the codebook's type for declarations of war and for joining an alliance, a bloc,
a pact or an organisation. Sentences written for these tests in the dev texts' style (no article text).

- ``declare_war``: a state or leader that declares war on another says so; PLOVER ASSAULT is "actual
  uses of force", THREATEN "coercive or forceful warnings with serious potential repercussions": the
  declaration is THREATEN violence, CAMEO 138 (data/ontology.yaml, THREATEN form). Dev texts: ugatan
  (a president declared war on a neighbour in a radio address), eridji (a state declares war on two
  others, an on-this-day list), syrleb (a general declared war on an occupying army), hunrou (a state
  declared war on its neighbour). Fighting told by its own words stays ASSAULT.
- ``join_body``: a state that joins an organisation named by its actor code (CAMEO IGO: NATO, the EU,
  the WTO) becomes party to its founding agreement: PLOVER SUPPORT ("ratify, sign, or finalize an
  agreement or treaty"), CAMEO 057 (``extract.JOIN_BODY_FORM``), no COOPERATE (mutual material
  exchange). Dev texts: grctur, estrus, hunsvk (NATO joined), gbrirl, maresp, slocro (the EEC, the EC,
  the EU joined), usavnm (the WTO joined).
- ``join_alliance``: joining an alliance, a bloc, a community or a pact told by its noun is the same act
  (data/ontology.yaml, JOIN form: 'join {ALLIANCE}', 'join {ACCORD}'). Dev texts: zafago (a community
  joined), hunrou (a pact, the Axis), swenor (a convention joined), ugatan (a community joined).
- ``armed_side_joined``: joining an armed coalition is military cooperation (the codebook: COOPERATE,
  military context), no SUPPORT 057.
- ``move_told_with_force``: a move of forces (MOBILIZE: landed, deployed, advanced) coordinated with a use
  of force by the same doers (launched an invasion, launched bombing raids, crossed the border, attacked)
  is no event of its own: PLOVER, MOBILIZE, "if a document reports a MOBILIZE event in the context of an
  ASSAULT, only the ASSAULT should be coded" (``extract._mobilized_to_assault``). Dev texts: cyprus
  (forces landed and launched an invasion), georgia (deploying troops and launching bombing raids),
  ugatan (exiles crossed the border and advanced), syrleb (forces crossed the frontier and were
  deployed), moralg (forces attacked posts and advanced). A landing told alone, or beside another
  doer's attack, stays MOBILIZE.
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


def _show(events):
    return [(e.type, e.mode, e.cameo, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants])
            for e in events]


DECLARE_WAR = [
    ("Britain declared war on Germany on 3 September 1939.", "GBR", "DEU"),
    ("Zambia declared war on Malawi in May 1933.", "ZMB", "MWI"),
    ("Brazil declared war on Germany and Italy on 22 August 1942.", "BRA", "DEU"),
]


@pytest.mark.parametrize("text, source, target", DECLARE_WAR, ids=[c[1] for c in DECLARE_WAR])
def test_declare_war_is_a_threat(full, text, source, target):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith("declared")]
    assert events, _show(extract_events(full(text)))
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("THREATEN", "violence", "138"), _show(events)
    assert source in [a for a in e.actors("source")] or any(p.actor_id == source for p in e.participants), _show(events)


FIGHTING = [
    "Zambian and Malawian troops fought at Kasoko in September 1931.",
    "Zambian troops attacked the Malawian fort at Kasoko in September 1931.",
]


@pytest.mark.parametrize("text", FIGHTING, ids=["fought", "attacked"])
def test_fighting_stays_assault(full, text):
    events = extract_events(full(text))
    assert any(e.type == "ASSAULT" for e in events), _show(events)
    assert not any(e.type == "THREATEN" for e in events), _show(events)


JOIN_BODY = [
    ("Portugal joined NATO in April 1949.", "NATO"),
    ("Austria joined the European Union on 1 January 1995.", "EU"),
    ("China joined the World Trade Organization in December 2001.", "WTO"),
]


@pytest.mark.parametrize("text, body", JOIN_BODY, ids=[c[1] for c in JOIN_BODY])
def test_join_body_is_support(full, text, body):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith("joined")]
    assert events, _show(extract_events(full(text)))
    e = events[0]
    assert (e.type, e.cameo) == ("SUPPORT", "057"), _show(events)
    assert any(p.role == "target" and p.actor_id == body for p in e.participants), _show(events)


JOIN_ALLIANCE = [
    "In 1941 Bulgaria joined the pact with Germany.",
    "Romania joined the alliance in March 2004.",
    "Kenya and Uganda joined the community in 1967.",
]


@pytest.mark.parametrize("text", JOIN_ALLIANCE, ids=["pact", "alliance", "community"])
def test_join_alliance_is_support(full, text):
    events = [e for e in extract_events(full(text)) if e.trigger.startswith("joined")]
    assert events, _show(extract_events(full(text)))
    assert (events[0].type, events[0].cameo) == ("SUPPORT", "057"), _show(events)


def test_armed_side_joined_is_no_accord(full):
    events = [e for e in extract_events(full("In October 2001 Prime Minister Howard joined the US-led coalition."))
              if e.trigger.startswith("joined")]
    assert not any(e.cameo == "057" for e in events), _show(events)


MOVE_WITH_FORCE = [
    ("On 2 April 1982 Argentine marines landed near Port Stanley and attacked the barracks.", "landed"),
    ("In August 1990 Iraqi forces landed on Bubiyan and launched an assault on the garrison.", "landed"),
    ("In July 1977 Somali troops crossed the border and advanced towards Jijiga.", "advanced"),
    ("The next day Libya responded by deploying troops in the Aouzou Strip and launching air raids on Faya.",
     "deploying"),
]


@pytest.mark.parametrize("text, move", MOVE_WITH_FORCE, ids=[c[0].split()[3] for c in MOVE_WITH_FORCE])
def test_move_told_with_force_is_the_assault(full, text, move):
    events = extract_events(full(text))
    assert any(e.type == "ASSAULT" for e in events), _show(events)
    assert not any(e.type == "MOBILIZE" for e in events), _show(events)


MOVE_ALONE = [
    "Australian troops landed at Dili on 20 September 1999.",
    "In May 1987 a gunman attacked the convoy near the port, and Indian troops landed at Palaly.",
]


@pytest.mark.parametrize("text", MOVE_ALONE, ids=["alone", "another-doer"])
def test_move_alone_stays_mobilize(full, text):
    events = extract_events(full(text))
    assert any(e.type == "MOBILIZE" and e.trigger.startswith("landed") for e in events), _show(events)
