"""Who ruled, round 45. Rule ``a_definite_description_names_the_actor_named_before`` (chronica/actors/agents.py
``described_before``, ``name_heads``; ``_named_before`` reads the knowledge base's full names too): "the Court",
"the Council", "the kingdom" - a singular noun with "the" and no modifier that says which - stands for the last
actor the document named whose name has that head noun, by the knowledge base's names ("the ICJ" is the
International Court of Justice, Saudi Arabia the Kingdom of Saudi Arabia). Our own sentences, of the shape of dev
texts franzl (a state took another to the International Court of Justice; later "the Court" ordered), guyven (a
case at "the ICJ", then "the court ruled"), eridji (the Security Council met; "the Council" imposed an embargo) and
egysau (Saudi Arabia named, then "the kingdom cut diplomatic ties")."""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE
from event_cases import events_of, show, states

CASES = [  # (text, trigger, the described actor's id or state)
    ("Australia took Japan to the International Court of Justice in 2010. In 2014 the Court ordered Japan to "
     "halt its whaling programme.", "ordered", "ICJ"),
    ("Nicaragua brought its case against Colombia to the ICJ in 2001. In 2012 the court ruled that it had "
     "jurisdiction.", "ruled", "ICJ"),
    ("The Security Council met on Friday. The Council imposed an arms embargo on Libya.", "imposed an arms embargo",
     "UNSC"),
    ("Qatar and Saudi Arabia restored their ties in 2021. In 2017 the kingdom had cut diplomatic ties with Qatar.",
     "cut diplomatic ties", "SAU"),
]


@pytest.mark.parametrize("text,trigger,actor", CASES)
def test_the_description_is_the_actor_named_before(pipeline, text, trigger, actor):
    found = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert found, show(events_of(pipeline, text))
    assert actor in states(found[0], SOURCE), show(found)


KEPT = [  # a modifier that says which court, or a nearer court the knowledge base does not know; a place's name
    ("Morocco claimed Western Sahara in 1957. In February 1958 Spanish and French troops drove the Liberation Army "
     "out of the Sahara.", "drove", "ESH"),
    ("Australia took Japan to the International Court of Justice in 2010. In 2011 the Supreme Court of Fiji "
     "heard a second case, and in 2014 the Court fined the company.", "fined", "ICJ"),
    ("Australia took Japan to the International Court of Justice in 2010. In 2014 the Tokyo court ordered the "
     "company to halt the hunt.", "ordered", "ICJ"),
]


@pytest.mark.parametrize("text,trigger,not_actor", KEPT)
def test_no_description_of_another_body(pipeline, text, trigger, not_actor):
    found = [e for e in events_of(pipeline, text) if e.trigger.startswith(trigger)]
    assert found, show(events_of(pipeline, text))
    assert not_actor not in {p.state or p.actor_id for p in found[0].participants}, show(found)


HEADS = [  # (actor, a head of its names, a word that is none)
    ("ICJ", "court", "justice"),
    ("MAR", "kingdom", "morocco"),
    ("PRK", "republic", "north"),  # "Korea, North" is an inverted name, "the north" a direction
    ("UNSC", "council", "security"),
]


@pytest.mark.parametrize("actor,head,other", HEADS)
def test_name_heads(actor, head, other):
    from chronica.actors.agents import name_heads
    from chronica.actors.kb import load_kb

    heads = name_heads(actor, load_kb())
    assert head in heads and other not in heads, heads
