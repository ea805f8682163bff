"""Session 49 (type49): dated happenings coded OTHER where the PLOVER codebook has a type. Sentences
written for these tests (no article text, no pairing taken from an evaluation article).

- ``exchanges_halted``: PLOVER, SANCTION mode ``discontinue``: "Curtail, decrease, break, or terminate
  diplomatic, commercial, or material exchanges"; mode ``withdraw``: "withdraw oneself or one's
  non-military resources (e.g., aid, observers, diplomats ...)". A verb that curtails or ends (the
  ontology's HALTING: PETRARCH2's blocks FINISH, SHUT, SLASH, SEVER, FREEZE) with an exchange as its
  object (EXCHANGES: links, shipments, flights, trade, hotlines) is SANCTION discontinue, CAMEO 160; with
  aid as its object (AIDNOUN) CAMEO 162; with talks (TALKS) SANCTION withdraw, CAMEO 164; a legation or
  embassy closed (ENVOY) SANCTION withdraw, CAMEO 161 (the REDUCE form of data/ontology.yaml). Dev
  texts: georus (transport links suspended), egysau (oil shipments halted), prtind (a legation closed by
  each side), korkor (hotlines cut), slocro (talks frozen). A road cut by rebels, a halt of what is no
  exchange, stays as it was.
- ``objections``: PLOVER, ACCUSE: "Express disapprovals, objections, and complaints"; its mode
  disapprove is "used for diplomatic protests". A party that objects is ACCUSE disapprove, CAMEO 111 (the
  DISAPPROVE form's 'object/v'), as a state that protests is; PETRARCH2 filed "object" with the verbs of
  refusal (CAMEO 120, REJECT). Dev texts: nplind, tzamwi, senmrt, egysdn, pakafg (a state or its troops
  objecting to a map, a licence, a scheme, a checkpoint). "The object of the talks" is no objection.
- ``withdrawn_from_a_place``: PLOVER, RETREAT: "a military retreat from, or ceding, territory", mode
  withdraw ("Retreat from territory or withdraw forces from an area"). A place a party withdraws from - a
  noun of the places a force leaves (``PLACES_LEFT``: "the zones", "the land it held") - is no process
  quit (``checks.withdrew_from_a_process``). Dev texts: georus (troops withdrawn from zones), iraniraq,
  armtur (a withdrawal from land held). A race withdrawn from stays no retreat.
- ``apologies``: PLOVER, CONCEDE: "Expressions of regret or remorse for an action or situation should be
  coded as CONCEDE" (CAMEO 055, the CONCEDE form's 'apologise', 'apology', 'offer apology'); CONCEDE needs
  no recipient, where the dictionary's APOLOGIZE verb was turned down for want of one. Dev texts: nldidn,
  franzl, armtur. An apology demanded is the demand's.
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


def _show(events):
    return [(e.type, e.mode, e.cameo, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants])
            for e in events]


def _by_trigger(full, text, trigger):
    return [e for e in extract_events(full(text)) if e.trigger.startswith(trigger)]


HALTED = [
    # text, trigger, mode, CAMEO, recipient
    ("Finland suspended all rail links with Uruguay in October 1971.", "suspended", "discontinue", "160", "URY"),
    ("Chile halted its monthly fuel shipments to Iceland in May 1980.", "halted", "discontinue", "160", "ISL"),
    ("In 1983 Kenya stopped all flights to Peru.", "stopped", "discontinue", "160", "PER"),
    ("Norway cut all the hotlines with Bolivia on 9 June 1990.", "cut", "discontinue", "160", "BOL"),
    ("In 1987 Iceland froze its aid to Chile.", "froze", "discontinue", "162", "CHL"),
    ("On 2 May 1975 Finland suspended the talks with Uruguay.", "suspended", "withdraw", "164", "URY"),
    ("Kenya closed its legation in Lima in 1976.", "closed", "withdraw", "161", "PER"),
]


@pytest.mark.parametrize("text, trigger, mode, cameo, recipient", HALTED, ids=[c[0][:32] for c in HALTED])
def test_exchanges_halted_are_sanctions(full, text, trigger, mode, cameo, recipient):
    events = _by_trigger(full, text, trigger)
    assert events, _show(extract_events(full(text)))
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("SANCTION", mode, cameo), _show(events)
    assert recipient in [p.actor_id for p in e.participants if p.role == "target"], _show(events)


NOT_HALTED = [
    # what is cut is no exchange between states
    ("The rebels cut the road in 1994.", "cut"),
    ("Iceland stopped the delivery of the report in 1992.", "stopped"),
]


@pytest.mark.parametrize("text, trigger", NOT_HALTED, ids=[c[0][:32] for c in NOT_HALTED])
def test_no_exchange_halted_is_no_sanction(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert not [e for e in events if e.type == "SANCTION"], _show(events)


OBJECTED = [
    # text, recipient (None: none named)
    ("In the summer of 1990 Chile objected loudly.", None),
    ("Peru licensed a Dutch firm to drill near the lake in 2001, and Bolivia objected in 2002.", "PER"),
    ("Finnish troops objected to a new checkpoint on 6 May 1999.", None),
]


@pytest.mark.parametrize("text, recipient", OBJECTED, ids=[c[0][:32] for c in OBJECTED])
def test_objections_are_disapproval(full, text, recipient):
    events = _by_trigger(full, text, "object")
    assert events, _show(extract_events(full(text)))
    e = events[0]
    assert (e.type, e.mode) == ("ACCUSE", "disapprove"), _show(events)
    if recipient is not None:
        assert recipient in [p.actor_id for p in e.participants if p.role == "target"], _show(events)


def test_an_object_is_no_objection(full):
    text = "The object of the talks in 1990 was a truce."
    assert not [e for e in extract_events(full(text)) if e.type == "ACCUSE"], _show(extract_events(full(text)))


RETREATED = [
    # text, trigger, mode
    ("Zambian troops withdrew from the zones around the lake on 3 May 1966.", "withdrew", "withdraw"),
    ("In 1995 Togo withdrew from the land it held.", "withdrew", "withdraw"),
]


@pytest.mark.parametrize("text, trigger, mode", RETREATED, ids=[c[0][:32] for c in RETREATED])
def test_places_left_are_retreats(full, text, trigger, mode):
    events = _by_trigger(full, text, trigger)
    assert events, _show(extract_events(full(text)))
    assert (events[0].type, events[0].mode) == ("RETREAT", mode), _show(events)


NO_RETREAT = [
    ("In 1990 Kenya withdrew from the race.", "withdrew"),
    ("In 2003 Chile withdrew from the bidding for the games.", "withdrew"),
]


@pytest.mark.parametrize("text, trigger", NO_RETREAT, ids=[c[0][:32] for c in NO_RETREAT])
def test_processes_quit_are_no_retreat(full, text, trigger):
    events = _by_trigger(full, text, trigger)
    assert not [e for e in events if e.type == "RETREAT"], _show(events)


APOLOGISED = [
    # text, trigger, recipient (None: none named)
    ("In 1991 the Kenyan ambassador apologised for the raids.", "apologised", None),
    ("Chilean Prime Minister Ana Soto offered her deep apologies to the people of Peru on Thursday.", "offered", "PER"),
    ("In 1999 the ambassador issued a general apology for the killings by Chilean forces.", "issued", None),
]


@pytest.mark.parametrize("text, trigger, recipient", APOLOGISED, ids=[c[0][:32] for c in APOLOGISED])
def test_apologies_are_concessions(full, text, trigger, recipient):
    events = _by_trigger(full, text, trigger)
    assert events, _show(extract_events(full(text)))
    e = events[0]
    assert (e.type, e.cameo) == ("CONCEDE", "055"), _show(events)
    if recipient is not None:
        assert recipient in [p.actor_id for p in e.participants if p.role == "target"], _show(events)


def test_an_apology_demanded_is_the_demand(full):
    events = extract_events(full("Peru demanded an apology from Chile in 1993."))
    assert [e.type for e in events] == ["REQUEST"], _show(events)
