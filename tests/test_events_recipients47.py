"""The recipient and the participants of an event (round 47, actors).

Four changes, each seen in at least three dev texts (the shapes, never their sentences: the
sentences here are invented, real states with made-up happenings):

- ``passive_patient`` (``chronica.events._targets``, step 9): an act of conflict told in the
  passive with its doer untold names its recipient by the nationality of its passive subject
  ("four Portuguese officers were arrested in Madrid": Portugal's officers, not Spain's domestic
  arrest; "a Norwegian helicopter was shot down") - dev texts of georus, dnkdeu, moralg, pakafg,
  perecuador, grctur;
- ``victim_not_of_the_doers_context`` (:func:`chronica.events._targets.context_victim`) and
  ``victims_are_recipients`` (:func:`chronica.events._places.victims`): the unnamed people an
  act of force is done to are its recipient, never moved to ``other``, and never given their
  killer's own state, written in the killer's phrase, because the sentence names no other
  ("Austrian soldiers killed dozens of villagers") - usavnm, isrlbn, nldidn, idntls, dnkdeu,
  georus, thamya and more;
- ``partner_of_the_thing`` (``extract._verb_roles``): a happening no type names, done to a thing
  shared "with" a named other ("cut all telephone lines with Finland"), has that other as its
  recipient - korkor, dnkdeu, syrleb, georus, chnphl;
- ``dashed_pair_names_the_sides`` (:func:`chronica.events.extract.dashed_sides`): the two states
  a dash joins before an accord's noun are its parties, however the parser hung them ("The
  Portugal–Spain Free Trade Agreement was signed") - lkaind, gbrirl, usavnm, hunrou.
"""

from __future__ import annotations

import pytest

from chronica.events.model import OTHER, SOURCE, TARGET
from event_cases import events_of, show, states


def _event(pipeline, text, trigger):
    found = events_of(pipeline, text)
    events = [e for e in found if e.trigger == trigger]
    assert events, show(found)
    return events[0], found


PASSIVE_PATIENTS = [  # (text, trigger, the recipient's state, a state that is not the recipient)
    ("In May 1990 four Portuguese officers were arrested in Madrid.", "arrested", "PRT", "ESP"),
    ("In April 1995 a Norwegian helicopter was shot down over the fjord.", "shot down", "NOR", None),
    ("In 1979 three Austrian bus drivers were killed in a rocket strike.", "killed", "AUT", None),
    ("In 1943 about 900 Belgian Jews were deported to a camp.", "deported", "BEL", None),
]


@pytest.mark.parametrize("text,trigger,state,not_state", PASSIVE_PATIENTS)
def test_a_passive_act_of_force_is_done_to_its_patients_state(pipeline, text, trigger, state, not_state):
    event, found = _event(pipeline, text, trigger)
    assert state in states(event, TARGET), show(found)
    assert not_state is None or not_state not in states(event, TARGET), show(found)
    assert not event.actors(SOURCE), show(found)  # the doer stays untold


NO_PATIENT_STATE = [  # (text, trigger, a state that must not be the recipient)
    ("The Norwegian-Finnish border was closed in 1970.", "closed", "NOR"),  # two sides named
    ("In 1989 Austrian reinforcements were flown in.", "flown", "AUT"),  # a force moved: no conflict act
    ("The last Swedish nuclear test was fired beneath the island on 3 May 1971.", "fired", "SWE"),  # what is fired
]


@pytest.mark.parametrize("text,trigger,state", NO_PATIENT_STATE)
def test_a_passive_patient_of_two_sides_or_no_conflict_names_no_recipient(pipeline, text, trigger, state):
    found = events_of(pipeline, text)
    assert not any(state in states(e, TARGET) for e in found if e.trigger == trigger), show(found)


VICTIMS = [  # (text, trigger, the victims' words, the doer's state they must not take, their state or None)
    ("In 1984 Austrian soldiers killed dozens of villagers.", "killed", "dozens", "AUT", None),
    ("In 1990 Norwegian police shot three protesters in Oslo.", "shot", "protesters", None, "NOR"),
    ("In 1984 Austrian soldiers killed dozens of Swiss villagers.", "killed", None, None, "CHE"),
    ("On 3 March 1970 dozens of villagers were killed inside the chapel at Lyngdal.", "killed", "dozens", None, None),
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


PARTNERS = [  # (text, trigger, the partner's state)
    ("In 1950 Norway cut all telephone lines with Finland.", "cut", "FIN"),
    ("In 1962 Portugal ended the fishing union with Spain.", "ended", "ESP"),
    # coded SANCTION discontinue by the ontology's '{HALTING} {EXCHANGES}' (session 49): its trigger is the phrase
    ("In 2001 Austria suspended all ferry links with Switzerland.", "suspended all ferry links", "CHE"),
]


@pytest.mark.parametrize("text,trigger,state", PARTNERS)
def test_the_other_of_a_thing_shared_is_the_recipient(pipeline, text, trigger, state):
    event, found = _event(pipeline, text, trigger)
    assert state in states(event, TARGET), show(found)


def test_a_means_is_no_partner(pipeline):
    found = events_of(pipeline, "In 1960 Norway built a railway with Swedish help.")
    assert not any("SWE" in states(e, TARGET) for e in found), show(found)


DASHED = [  # (text, trigger, the two sides)
    ("The Portugal–Spain Free Trade Agreement was signed on 22 August 2006.", "signed", {"PRT", "ESP"}),
    ("The Norwegian–Finnish boundary treaty was signed in 1929.", "treaty", {"NOR", "FIN"}),
    ("A Belgium–Luxembourg border agreement was signed in 1931.", "agreement", {"BEL", "LUX"}),
]


@pytest.mark.parametrize("text,trigger,sides", DASHED)
def test_a_dashed_pair_before_an_accord_names_both_its_parties(pipeline, text, trigger, sides):
    event, found = _event(pipeline, text, trigger)
    assert sides <= states(event, SOURCE) | states(event, TARGET), show(found)


def test_one_state_before_an_accord_is_no_pair(pipeline):
    found = events_of(pipeline, "The Oslo treaty was signed in 1929 by Portugal and Spain.")
    assert not any("NOR" in states(e, SOURCE) for e in found), show(found)


def test_a_doer_of_context_leaves_the_victims_their_context(pipeline):
    # the gunmen's state is no more written than the villagers': the same context says as much of
    # either, so the rule that drops the victims' state does not fire (no new recipient appears)
    text = "Norway sealed its northern border in 1998. That spring gunmen killed twenty villagers near the border."
    found = events_of(pipeline, text)
    assert not any(p.text in ("twenty", "villagers") and p.state is None
                   for e in found if e.trigger == "killed" for p in e.actors(TARGET)), show(found)
