"""Three rules of session 69 (issues 9 and 12: gold events with no event in their sentence).

``an_unnamed_craft_of_a_state`` (``_actors._force_of_its_state``, ``STATE_CRAFT_CLASSES``): a
craft of the ontology's WARSHIPS and VESSELS classes with a state's modifier, acting or acted on
as a weapon does (the subject or object of a verb, a passive's agent, or in the plural), stands
for that state, as a named craft does (``named_craft``: "the Turkish survey ship Hora") and as
arms do ("Syrian jets"). Dev texts chnphl, franzl and indmal tell acts of vessels so.

``a_modal_predicate_coordinated`` (``extract._coordinated_predicate``): a verb with a modal its
head lacks is read as a separate clause (``_separate_clause``), unless the head's own "and" or
"but" opens it: then it is the head subject's second predicate (dev texts btnnpl, ausjpn).

``a_past_form_is_its_own_verbs`` (``extract._past_homograph``): "found", the past of "find", is not
looked up as the dictionary's "found" (ENACT, CAMEO 060): a craft that found boats, a state that found
troops, exporters that found buyers made nothing (dev texts chnphl, codwars, gabgnq, marmrt). In the active
voice only, and a phrase pattern of the entry still codes ("found X guilty", dev texts lbrsle, gbrken).

The sentences are invented."""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE, TARGET
from event_cases import events_of, show, states


def _event(pipeline, text, trigger):
    found = events_of(pipeline, text)
    events = [e for e in found if e.trigger == trigger]
    assert events, show(found)
    return events[0]


CRAFT = [  # (sentence, trigger, type, the doer's state, the recipient's state)
    ("Fijian ships blocked two Tongan supply boats near the reef on 3 May 2015.", "blocked", "COERCE", "FJI", "TON"),
    ("On 4 March 2011 a Maltese fishing vessel rammed and sank a Libyan boat near the island.", "sank", "ASSAULT",
     "MLT", "LBY"),
    ("In August 1994 a Swedish minesweeper rammed an Estonian patrol boat.", "rammed", "ASSAULT", "SWE", "EST"),
]


@pytest.mark.parametrize("text,trigger,etype,doer,recipient", CRAFT)
def test_an_unnamed_craft_acts_for_its_state(pipeline, text, trigger, etype, doer, recipient):
    e = _event(pipeline, text, trigger)
    assert e.type == etype, show([e])
    assert doer in states(e, SOURCE), show([e])
    assert recipient in states(e, TARGET), show([e])


NO_CRAFT_ACT = [  # a craft shown, or one no state's modifier owns, does nothing for a state
    "Fijian ships were displayed at the naval parade in May 2015.",
    "A fishing vessel sank the boat in May 2015.",
]


@pytest.mark.parametrize("text", NO_CRAFT_ACT)
def test_a_craft_shown_or_unowned_is_no_doer(pipeline, text):
    found = events_of(pipeline, text)
    assert not any(states(e, SOURCE) for e in found), show(found)


COORDINATED = [  # (sentence, trigger, the doer's state, the recipient's state)
    ("Kenya rejected the plan in May 1999 and would not accept a role for the United Nations.", "accept",
     "KEN", "UN"),
    ("Iceland condemned the raid on 3 May 1990 and would recall its ambassador from Oslo.", "recall its ambassador",
     "ISL", "NOR"),
    ("Malta protested on 3 May 2001 but would not expel the Libyan envoy.", "expel", "MLT", "LBY"),
]


@pytest.mark.parametrize("text,trigger,doer,recipient", COORDINATED)
def test_a_modal_predicate_after_and_shares_the_subject(pipeline, text, trigger, doer, recipient):
    e = _event(pipeline, text, trigger)
    assert doer in states(e, SOURCE), show([e])
    assert recipient in states(e, TARGET), show([e])


def test_a_modal_verb_in_another_clause_keeps_its_own_subject(pipeline):
    """No "and" opens the modal clause: the suspending state does not shoot anyone."""
    found = events_of(pipeline, "Fiji suspended a minister in May 2001 for suggesting the rebels should be shot.")
    assert not any(e.trigger == "shot" and "FJI" in states(e, SOURCE) for e in found), show(found)


FOUND_AS_FIND = [  # "found", the past of "find" (DISCOVER), is no founding (ENACT, CAMEO 060): no cooperation
    "On 2 February 2016 a Fijian warship found Tongan fishing boats in the lagoon.",
    "On 2 February 2016 Fiji found Tongan soldiers in the lagoon.",
    "In May 1990 Kenya found Ugandan troops inside its border.",
]


@pytest.mark.parametrize("text", FOUND_AS_FIND)
def test_a_past_form_is_its_own_verbs(pipeline, text):
    found = events_of(pipeline, text)
    assert not any(e.trigger == "found" and e.type == "COOPERATE" for e in found), show(found)


def test_a_founding_stays_coded(pipeline):
    """The verb "found" itself, in the past ("founded"), keeps its dictionary code."""
    found = events_of(pipeline, "In 1990 Kenya and Uganda founded a joint commission.")
    assert any(e.trigger == "founded" and e.type != "OTHER" for e in found), show(found)


def test_a_helicopter_that_crashes_is_no_doer(pipeline):
    """An aircraft is no craft of STATE_CRAFT_CLASSES: its crash kills no one for its state."""
    found = events_of(pipeline, "On 3 May 2007 a Fijian helicopter crashed near the reef, killing its crew.")
    assert not any("FJI" in states(e, SOURCE) and e.type == "ASSAULT" for e in found), show(found)


KEPT_FOUND = [  # (sentence, type): a phrase pattern of "found" still codes; a passive keeps its happening
    ("On 3 May 2009 a Samoan court found the Fijian colonel guilty on all counts.", "COERCE"),
    ("In May 1988 a Samoan judge found all four Tongan officers guilty.", "COERCE"),
    ("3 March - The bodies of 12 Tongan fishermen are found at Nuku.", "OTHER"),
]


@pytest.mark.parametrize("text,etype", KEPT_FOUND)
def test_found_guilty_and_found_in_the_passive_stay(pipeline, text, etype):
    found = events_of(pipeline, text)
    assert any(e.trigger == "found" and e.type == etype for e in found), show(found)
