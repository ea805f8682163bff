"""Session 48 (type48): the PLOVER type by the codebook's own "potential ambiguities". Sentences
written for these tests (no article text, no pairing taken from an evaluation article).

- ``moved_in_fighting``: PLOVER, MOBILIZE: "If a document reports a MOBILIZE event in the context of
  an ASSAULT, only the ASSAULT should be coded". A movement of forces (a force that enters, crosses,
  lands or moves; troops sent) whose clause tells force used - its object or the object of its "in"
  (a war entered, a river crossed in a counter-attack) or a clause joined to it (the fighting that
  followed, a fort shelled after landing) - is coded ASSAULT, CAMEO 190
  (``recode._mobilized_in_assault``). Dev texts: korkor (troops crossing a line as a war began, a
  landing and an entry into a war told together), isrlbn (paratroopers landing and destroying
  aircraft), philmys (soldiers moving in after an air raid), hunrou (an army crossing a river in a
  counter-attack), moralg (troops moving on positions as the fighting spread), ethiopia (troops
  entering a village as the war broke out). A move told beside a war that is over, a war that only
  looked near, a force beaten back, or a landing to keep the peace stays MOBILIZE; a move coordinated
  with its doers' own ASSAULT event is still dropped for it (session 44, test_events_type44.py).
- ``sent_across``: forces sent across the border or into the other of the document's two states invade
  it, as forces that cross the border do (session 43): ASSAULT, CAMEO 190, the INVADE form's coding
  (``recode._sent_across``). Dev texts: isrlbn (an army sent across the border), zafago (troops sent
  into the neighbour, a third state named between), indmal (volunteers sent across the border).
  Troops sent to a third state's aid, or into a region, stay as they were.
- ``combatants_captured``: PLOVER, COERCE and ASSAULT: "Combatants captured during conflict should be
  coded as ASSAULT 'abduct' rather than COERCE 'arrest'". A capture (CAMEO 171) whose captives are
  soldiers or fighters is ASSAULT abduct, CAMEO 181 (``recode._combatants_captured``).
  Dev texts: moralg (officers and soldiers captured in border fighting), isrlbn (soldiers seized in
  a raid), eriyem (soldiers captured on an island). People who are no combatants arrested,
  officers arrested on charges (georus), and a town captured, stay COERCE.
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


def _show(events):
    return [(e.type, e.mode, e.cameo, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants])
            for e in events]


def _by_trigger(full, text, trigger):
    return [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]


FIGHTING = [
    ("In 1961 Zambian troops entered the war in the north.", "entered"),
    ("In March 1931 Togolese troops crossed the river in a counter-attack.", "crossed"),
    ("Gabonese tanks crossed the river on 4 May 1987, and the fighting lasted a week.", "crossed"),
    ("Malawian troops crossed the plateau on 13 July 1966, and eight months of war followed.", "crossed"),
]


@pytest.mark.parametrize("text, trigger", FIGHTING, ids=[f"{c[1]}-{i}" for i, c in enumerate(FIGHTING)])
def test_moved_in_fighting_is_the_assault(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert events, _show(extract_events(full(text)))
    assert events[0].type == "ASSAULT" and events[0].cameo == "190", _show(events)


NO_FIGHTING = [
    # a war that is over is no context of force for the landing
    ("Ghanaian troops landed on the islets in 1958, with the war just over.", "landed"),
    # a war that only looked near
    ("In September 1934 Liberian troops moved up to the border, and for some days war seemed near.", "moved"),
    # a landing to keep the peace, a stay after it
    ("Beninese troops landed at Grand-Popo on 30 July 1979 to keep the peace.", "landed"),
    ("Cameroonian troops landed on the island on 9 May 1971 and stayed until April 1972.", "landed"),
    # force suffered, not used: a passive joined clause
    ("In 1969 Zambian troops crossed the lake and were beaten back within a day.", "crossed"),
]


@pytest.mark.parametrize("text, trigger", NO_FIGHTING, ids=[f"{c[1]}-{i}" for i, c in enumerate(NO_FIGHTING)])
def test_move_without_fighting_stays_mobilize(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert not [e for e in events if e.type == "ASSAULT"], _show(events)


CAPTURED = [
    ("In 1977 Zambian rebels captured 40 Malawian soldiers near the lake.", "captured"),
    ("Two Gabonese pilots were captured by Cameroonian forces in September 1968.", "captured"),
    ("In May 1962 Togolese troops captured a Beninese officer near the airfield.", "captured"),
]


@pytest.mark.parametrize("text, trigger", CAPTURED, ids=[f"{c[1]}-{i}" for i, c in enumerate(CAPTURED)])
def test_combatants_captured_are_abducted(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert events, _show(extract_events(full(text)))
    assert (events[0].type, events[0].mode, events[0].cameo) == ("ASSAULT", "abduct", "181"), _show(events)


NOT_COMBATANTS = [
    # people who do not fight, arrested by their own state's police
    ("In 1981 Zambian police arrested 30 students in Lusaka.", "arrested", "arrest"),
    # officers arrested on charges: the law's act on suspects, no capture in a fight
    ("In 1966 Malawi arrested four Zambian officers on espionage charges.", "arrested", "arrest"),
    # a town captured is ground taken (CAMEO 192), no captive
    ("Malawian forces captured the town of Mzuzu in 1969.", "captured", "seize"),
]


@pytest.mark.parametrize("text, trigger, mode", NOT_COMBATANTS, ids=[f"{c[1]}-{i}" for i, c in enumerate(NOT_COMBATANTS)])
def test_no_combatants_stay_coerce(full, text, trigger, mode):
    events = _by_trigger(full, text, trigger)
    assert events, _show(extract_events(full(text)))
    assert (events[0].type, events[0].mode) == ("COERCE", mode), _show(events)


SENT = [
    ("Gabon and Cameroon quarrelled over the islet for years. In August 1963 Gabon sent troops into Cameroon.",
     "sent troops"),
    ("Zambia and Malawi quarrelled over the lake for years. In March 1968 Zambia sent two battalions across the border.",
     "sent two battalions"),
]


@pytest.mark.parametrize("text, trigger", SENT, ids=["into", "across"])
def test_sent_across_invades(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert events, _show(extract_events(full(text)))
    assert events[0].type == "ASSAULT" and events[0].cameo == "190", _show(events)


NOT_SENT_ACROSS = [
    # troops sent to the aid of one of the two, by a third state
    ("Gabon and Cameroon quarrelled over the islet for years. In 1963 Portugal sent troops into Gabon to help its "
     "government.", "sent"),
    # troops sent into a region, no state of the pair
    ("Zambia and Malawi quarrelled over the lake for years. In 1968 Malawi sent railway troops into Katanga.",
     "sent"),
]


@pytest.mark.parametrize("text, trigger", NOT_SENT_ACROSS, ids=["third-state", "region"])
def test_sent_elsewhere_is_no_invasion(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert not [e for e in events if e.type == "ASSAULT"], _show(events)
