"""A happening's or a document's name is no actor (round 46, events).

Rule ``a_happening_is_no_actor`` of ``chronica.events._targets.names_a_thing``: a name no actor of
the knowledge base stands for, that spaCy labels EVENT or whose head is a noun of the ontology's
``WAR`` (war, offensive, campaign, ...) or ``PROPOSAL`` (resolution, plan, ruling, ...), names
a happening or a document handed down - no PLOVER source or target. It stays the event's
``other`` participant. The shapes come from dev texts of korea and moralg (a named war as the
war's doer), usavnm (a named offensive striking towns), iraniraq and srbkos (a numbered Security
Council resolution as a doer beside the Council), nldidn (a named aid plan as the giver); the
sentences here are our own.
"""

from __future__ import annotations

import pytest

from chronica.events.model import OTHER, SOURCE, TARGET
from event_cases import events_of, show

HAPPENINGS = [  # (text, the name as the mention gives it)
    ("The Spring Offensive, launched on 30 January 1975, struck more than 100 towns across Laos.",
     "Spring Offensive"),
    ("The two countries fought a short border war in the desert, known as the Dune War, which broke out "
     "on 8 October 1963.", "Dune War"),
    ("UN Security Council Resolution 1250, adopted on 10 June 2001, placed the province under a UN civilian "
     "administration.", "UN Security Council Resolution"),
    ("The United States made clear that Morgan Plan assistance to Belgium could be placed at risk.",
     "Morgan Plan"),
]


@pytest.mark.parametrize("text,name", HAPPENINGS)
def test_a_happening_is_neither_doer_nor_recipient(pipeline, text, name):
    events = events_of(pipeline, text)
    for event in events:
        for p in event.participants:
            if p.role in (SOURCE, TARGET):
                assert name not in (p.text, p.name), show(events)


def test_the_happening_stays_as_other(pipeline):
    text = "The Spring Offensive, launched on 30 January 1975, struck more than 100 towns across Laos."
    events = events_of(pipeline, text)
    assert any("Spring Offensive" in {p.text for p in e.participants if p.role == OTHER} for e in events), show(events)


KEPT = [  # (text, the doer that stays): a name the knowledge base knows, a common noun's doer
    ("Kim launched the war on 12 May 1962.", "Kim"),
    ("In 1965 the Warsaw Pact condemned the raid on Prague.", "WPACT"),
    ("On 9 March 1994 the Security Council passed Resolution 1102, demanding a ceasefire.", "UNSC"),
]


@pytest.mark.parametrize("text,doer", KEPT)
def test_actors_beside_a_happening_stay(pipeline, text, doer):
    events = events_of(pipeline, text)
    assert any(doer in {p.actor_id or p.text for p in e.actors(SOURCE)} for e in events), show(events)
