"""Session 53 (happen53): exported events that were no happening between political actors. Sentences
written for these tests (no article text, no fact of a dev or test article).

- ``population_moves`` (``chronica/events/extract.py``): a civilian population's own movement - settlers
  leaving one country or landing in another, refugees hosted by a neighbour, people of a state counted
  leaving another - was coded as a state's retreat (RETREAT withdraw), visit (CONSULT visit) or deployment
  (MOBILIZE). The PLOVER codebook codes people fleeing by the party that made them flee, never as a retreat
  of the fleeing party; the movement is kept as a happening of no type (OTHER). Forces, armed civilians and
  a surrender keep their coding. Dev texts: itallby, pakafg, hunsvk.
- ``happening_named_by_a_thing`` (``chronica/events/checks.py``): a happening told only by its dated noun,
  no doer named, as the complement of a thing's noun - an anniversary, a monument, a road that was a war's
  axis - is that thing's reference, not told as a happening. A noun of an act, a phase of one or its doer
  ("the end of", "the signing of", "a study of", "the leader of") or a time ("the deadliest day since")
  keeps it. Dev texts: lkaind, idntls, thamya, itallby.
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events
from tests.event_cases import show

# (sentence, the trigger of the movement)
MOVED = [
    ("In the spring of 1923 some 12,000 settlers left Freedonia for the new colony.", "left"),
    ("About 4,000 colonists landed at Port Aurel in May 1931.", "landed at"),
    # (a state that hosts refugees gives them asylum: AID 075 since session 61, tests/test_events_type61.py)
    ("In 1921 about 6,000 Chileans left Bolivia.", "left"),
]


@pytest.mark.parametrize("text, trigger", MOVED)
def test_a_population_moving_is_no_state_act(full, text, trigger):
    events = [e for e in extract_events(full(text)) if e.trigger == trigger]
    assert events, show(extract_events(full(text)))
    assert [e.type for e in events] == ["OTHER"], show(events)
    assert "population_moves" in events[0].checks


# (sentence, trigger, the type it keeps)
FORCES = [
    ("In 1921 about 900 Chilean soldiers left Bolivia.", "left", "RETREAT"),
    ("The last Zambian troops left Malawi in March 1972.", "left", "RETREAT"),
    ("Armed settlers crossed into the valley in 1931.", "crossed", "MOBILIZE"),
    ("Thousands of civilians surrendered to the Freedonian army in 1977.", "surrendered", "RETREAT"),
]


@pytest.mark.parametrize("text, trigger, etype", FORCES)
def test_a_force_or_a_surrender_keeps_its_type(full, text, trigger, etype):
    events = [e for e in extract_events(full(text)) if e.trigger == trigger]
    assert [e.type for e in events] == [etype], show(extract_events(full(text)))


def _vetoes(full, text):
    trace = []
    events = extract_events(full(text), trace=trace)
    return events, {(c.anchor.text, c.vetoed_by) for c in trace}


# (sentence, the happening's noun the check drops)
NAMED_BY_A_THING = [
    ("Monday is the anniversary of the 1994 accord.", "accord"),
    ("Stop 4: The monument to the 1921 clashes", "clashes"),
    ("The canal was the main artery of the river war of 1861-1864, and its banks were badly worn.", "war"),
    ("A memorial to the 1956 uprising stands in the square.", "uprising"),
]


@pytest.mark.parametrize("text, trigger", NAMED_BY_A_THING)
def test_a_happening_named_by_a_thing_is_no_event(full, text, trigger):
    events, vetoes = _vetoes(full, text)
    assert (trigger, "happening_named_by_a_thing") in vetoes, (vetoes, show(events))
    assert not [e for e in events if e.trigger == trigger], show(events)


# (sentence, the happening's noun that stays an event)
TOLD = [
    "The end of the war in 1945 changed everything for the port.",
    "The signing of the 1994 treaty was celebrated in both capitals.",
    "Colonel Amrani, the leader of the 1952 coup, spoke first.",
    "It was the deadliest day since the 1975-90 civil war.",
]


@pytest.mark.parametrize("text", TOLD)
def test_a_happening_named_by_an_act_or_a_time_stays(full, text):
    events, vetoes = _vetoes(full, text)
    assert not any(v == "happening_named_by_a_thing" for _, v in vetoes), vetoes
    assert events, show(events)
