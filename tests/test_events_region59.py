"""The state whose first-level region an act is done on (session 59, issue 9 "roles"): rule
``chronica.events._targets.region_recipient`` with the gazetteer ``chronica.actors.regions`` (the
ISO 3166-2 first-level subdivisions pycountry ships), seen in dev texts of several subjects (the
shapes, never their sentences: the sentences here are invented, real states and regions with
made-up happenings).

An act of a type marked ``pair_recipient`` or ``territory_recipient`` in the ontology by one of the
document's two main states, told with no recipient but with a region of the other main state
("invaded Salta", "pulled out of Tacna"), is done to that state; the region stays where it happened.
"""

from __future__ import annotations

import pytest

from chronica.actors.regions import region_state
from chronica.events.model import OTHER, SOURCE, TARGET
from event_cases import events_of, show, states

CHL_ARG = "Chile and Argentina quarrelled over the mountain passes for years. "
BOL_PER = "Bolivia and Peru argued over the lake for a decade. "

DONE_TO = [  # (text, trigger, type, doer's state, the state whose region it is, the region)
    (CHL_ARG + "In March 1978 Chilean troops invaded Salta.", "invaded", "ASSAULT", "CHL", "ARG", "Salta"),
    (BOL_PER + "Bolivian troops pulled out of Tacna in May 1881.", "pulled", "RETREAT", "BOL", "PER", "Tacna"),
    (CHL_ARG + "In April 1978 the Chilean army left Neuquén.", "left", "RETREAT", "CHL", "ARG", "Neuquén"),
]


@pytest.mark.parametrize("text,trigger,etype,doer,other,region", DONE_TO)
def test_a_region_of_the_other_state_makes_it_the_recipient(pipeline, text, trigger, etype, doer, other, region):
    events = [e for e in events_of(pipeline, text) if e.trigger.startswith(trigger)]
    assert events, show(events_of(pipeline, text))
    event = events[0]
    assert event.type == etype, show([event])
    assert doer in states(event, SOURCE), show([event])
    assert other in states(event, TARGET), show([event])
    assert "region_recipient" in event.checks, show([event])
    assert any(p.text == region for p in event.actors(OTHER)), show([event])  # the region is where


NOT_DONE_TO = [  # (text, trigger, the state that must not be made its recipient by the region)
    # a region of a third state, outside the document's pair
    (CHL_ARG + "In March 1978 Chilean troops invaded Tacna.", "invaded", "PER"),
    # a region of the doer's own state gives no recipient by the region
    (CHL_ARG + "In March 1978 the Chilean army left Valparaíso.", "left", "CHL"),
]


@pytest.mark.parametrize("text,trigger,other", NOT_DONE_TO)
def test_no_region_recipient_without_its_ground(pipeline, text, trigger, other):
    events = [e for e in events_of(pipeline, text) if e.trigger.startswith(trigger)]
    for event in events:
        assert "region_recipient" not in event.checks, show([event])
        assert other not in states(event, TARGET), show([event])


GAZETTEER = [  # (name, state or None)
    ("Mendoza", "ARG"), ("the Trarza", "MRT"), ("Potosí", "BOL"), ("Arica y Parinacota", "CHL"),
    ("Punjab", None),  # two states' regions share the name
    ("Georgia", None),  # a US state and a country the knowledge base knows
    ("Atlantis", None),
]


@pytest.mark.parametrize("name,state", GAZETTEER)
def test_the_gazetteer_files_a_region_under_one_state(name, state):
    from chronica.events._actors import knowledge_base

    assert region_state(name, knowledge_base()) == state
