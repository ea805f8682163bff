"""The recipient and the participants of an event (round 47, actors).

One change, seen in at least three dev texts (the shapes, never their sentences: the
sentences here are invented, real states with made-up happenings):

- ``victim_not_of_the_doers_context`` (:func:`chronica.events._targets.context_victim`) and
  ``victims_are_recipients`` (:func:`chronica.events._places.victims`): the unnamed people an
  act of force is done to are its recipient, never moved to ``other``, and never given their
  killer's own state, written in the killer's phrase, because the sentence names no other
  ("Austrian soldiers killed dozens of villagers") - usavnm, isrlbn, nldidn, idntls, dnkdeu,
  georus, thamya and more.
"""

from __future__ import annotations

import pytest

from chronica.events.model import OTHER, TARGET
from event_cases import events_of, show, states


def _event(pipeline, text, trigger):
    found = events_of(pipeline, text)
    events = [e for e in found if e.trigger == trigger]
    assert events, show(found)
    return events[0], found


VICTIMS = [  # (text, trigger, the victims' words, the doer's state they must not take, their state or None)
    ("In 1984 Austrian soldiers killed dozens of villagers.", "killed", "dozens", "AUT", None),
    ("In 1990 Norwegian police shot three protesters in Oslo.", "shot", "protesters", None, "NOR"),
    ("In 1984 Austrian soldiers killed dozens of Swiss villagers.", "killed", None, None, "CHE"),
    ("On 3 March 1970 dozens of people were killed in the church at Lyngdal.", "killed", "dozens", None, None),
]


@pytest.mark.parametrize("text,trigger,words,not_state,state", VICTIMS)
def test_victims_of_force_are_its_recipients_never_the_doer(pipeline, text, trigger, words, not_state, state):
    event, found = _event(pipeline, text, trigger)
    targets = event.actors(TARGET)
    assert targets, show(found)
    assert words is None or any(p.text == words for p in targets), show(found)
    assert not_state is None or not_state not in states(event, TARGET), show(found)
    assert state is None or state in states(event, TARGET), show(found)
    assert not [p for p in event.actors(OTHER) if p.kind == "agent"], show(found)


THINGS = [  # (text, trigger, the thing's words): a thing taken or struck, or where one is sent, is no recipient
    ("In 1988 Danish raiders routed the garrison at Nuuk, capturing tanks and artillery.", "capturing", "tanks"),
    ("In 1988 Austrian jets bombed several villages in the north.", "bombed", "villages"),
    ("In 1992 the king was forced into exile.", "forced", "exile"),
]


@pytest.mark.parametrize("text,trigger,words", THINGS)
def test_things_an_act_of_force_is_done_to_are_no_recipients(pipeline, text, trigger, words):
    found = events_of(pipeline, text)
    events = [e for e in found if e.trigger == trigger]
    assert not any(p.text == words for e in events for p in e.actors(TARGET)), show(found)


def test_a_doer_of_context_leaves_the_victims_their_context(pipeline):
    # the gunmen's state is no more written than the villagers': the same context says as much of
    # either, so the rule that drops the victims' state does not fire (no new recipient appears)
    text = "Norway sealed its northern border in 1998. That spring gunmen killed twenty villagers near the border."
    found = events_of(pipeline, text)
    assert not any(p.text in ("twenty", "villagers") and p.state is None
                   for e in found if e.trigger == "killed" for p in e.actors(TARGET)), show(found)
