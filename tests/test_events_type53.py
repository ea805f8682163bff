"""Session 53 (type53): the codebook's type of a place taken and of a person captured in fighting,
where the dev texts' acts came out as a dated happening of no type (OTHER) or as COERCE arrest-like
seizures. Sentences written for these tests (no article text, no pairing or fact of an evaluation text).

- ``place_fallen`` (``recode._place_fallen``): a place that falls ("the town fell to the rebels", "the
  port was lost to the invaders", "X, the last fort, fell on 9 May") is taken: the ontology's
  OCCUPY coding (CAMEO 192 "occupy territory", COERCE seize in the codebook's CAMEO2PLOVER table), the
  taker its doer, the place no party; a capital stands for its state, the recipient. A polity's fall,
  a figure's, a fall "into civil war", "silent" or "from power" stay what they were. Dev texts georus,
  hunrou, prtind, itallby, iraniraq, ugatan, usavnm (a town or capital that fell, or was lost to an army).
- ``combatants_captured`` (``recode._captured_in_fighting``): a person captured by armed forces or in
  fighting ("was wounded and captured", "captured during a commando raid", "seized by guardsmen and
  shot") is a captive of the conflict, PLOVER ASSAULT abduct ("combatants captured during conflict
  should be coded as ASSAULT 'abduct' rather than COERCE 'arrest'"). Dev texts itallby, egylby, usanic,
  zafago, usaphl. An arrest by the police stays COERCE.
- ``joined_fighting`` (``recode._joined_fighting``): forces that join fighting or take part in it ("aircraft
  joined the strikes", "troops took part in the invasion") fight: ASSAULT (CAMEO 190; aircraft: aerial),
  no body joined (SUPPORT) nor a seizure ("took" read as CAMEO 171). Dev texts itallby, mdarus, hunsvk.
- ``STAKE_NOUNS`` "cent": "bought 49 per cent of X" is a share traded as "49 percent" is (COOPERATE 061,
  X the recipient). Dev texts itallby, blrrus.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show



FALLEN = [
    # text, trigger, taker (source) or None, the state a capital stands for (target) or None
    ("Mombasa fell to Ugandan troops in 1996.", "fell", "UGA/military", None),
    ("Mombasa was lost to Uganda at the beginning of 1996.", "lost", "UGA", None),
    ("Eldoret, the last fort, fell on 9 May 1917.", "fell", None, None),
    ("Nairobi fell on 3 May 1996 and the president fled.", "fell", None, "KEN"),
]


@pytest.mark.parametrize("text, trigger, taker, state", FALLEN, ids=[c[0][:30] for c in FALLEN])
def test_a_place_that_falls_is_taken(full, text, trigger, taker, state):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("COERCE", "seize", "192"), _show(events)
    assert "_place_fallen" in e.checks
    sources = [p.actor_id for p in e.participants if p.role == "source"]
    targets = [p.actor_id for p in e.participants if p.role == "target"]
    assert sources == ([taker] if taker else []), _show(events)
    assert targets == ([state] if state else []), _show(events)


NO_PLACE_TAKEN = [
    ("The Kenyan government fell in 1996.", "fell"),  # a polity's end
    ("Nairobi fell silent on 3 May 1996.", "fell"),  # a description
    ("Exports from Mombasa fell by 5 per cent in 1996.", "fell"),  # a figure
    ("Kenya fell into civil war in 1996.", "fell"),  # a war begun
    ("Daniel Otieno fell from power in 2002.", "fell"),  # a fall from office
]


@pytest.mark.parametrize("text, trigger", NO_PLACE_TAKEN, ids=[c[0][:30] for c in NO_PLACE_TAKEN])
def test_other_falls_take_no_place(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_place_fallen" in e.checks for e in events), _show(events)
    assert not any((e.type, e.cameo) == ("COERCE", "192") for e in events), _show(events)


CAPTURED_IN_FIGHTING = [
    # text, trigger, captor (source) or None
    ("Jomo Mwangi was wounded and captured near Kisumu on 3 February 1928.", "captured", None),
    ("Jomo Mwangi was captured during a failed Kenyan commando raid on 14 July 1977.", "captured", None),
    ("Jomo Mwangi was seized by National Guardsmen and shot.", "seized", None),
]


@pytest.mark.parametrize("text, trigger, captor", CAPTURED_IN_FIGHTING, ids=[c[0][:30] for c in CAPTURED_IN_FIGHTING])
def test_a_person_captured_in_fighting_is_abducted(full, text, trigger, captor):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("ASSAULT", "abduct", "181"), _show(events)
    assert any(p.role == "target" and p.text == "Jomo Mwangi" for p in e.participants), _show(events)
    if captor:
        assert any(p.role == "source" and p.actor_id == captor for p in e.participants), _show(events)


STILL_SEIZED_OR_ARRESTED = [
    ("Jomo Mwangi was captured in Nairobi on 20 November 1992.", "captured"),  # no force told
    ("Police captured the smuggler in Nairobi in 1992.", "captured"),  # the law's arrest
    ("Kenyan troops captured the port of Lamu in 1992.", "captured"),  # a place taken
    ("Kenyan paratroopers seized Puerto Lamu, the first use of airborne troops there.", "seized"),  # a place
    # under a name the recogniser may read as a person's
]


@pytest.mark.parametrize("text, trigger", STILL_SEIZED_OR_ARRESTED, ids=[c[0][:30] for c in STILL_SEIZED_OR_ARRESTED])
def test_captures_of_no_combatant_stay_coerce(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert all(e.type == "COERCE" for e in events), _show(events)


JOINED_FIGHTING = [
    # text, trigger, mode
    ("Kenya recognised the junta in June 1987, and Kenyan aircraft joined the NATO strikes that summer.",
     "joined", "aerial"),
    ("In May 1923 Kenyan troops took part in the allied invasion of the island.", "took", None),
]


@pytest.mark.parametrize("text, trigger, mode", JOINED_FIGHTING, ids=[c[0][:30] for c in JOINED_FIGHTING])
def test_forces_that_join_fighting_fight(full, text, trigger, mode):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode) == ("ASSAULT", mode), _show(events)
    assert "_joined_fighting" in e.checks
    assert not any(p.role == "target" for p in e.participants), _show(events)  # the body joined is no victim


JOINED_NO_FIGHT = [
    ("Kenya joined the American campaign in 2001.", "joined"),  # a state's support, no force
    ("Kenya took part in the talks in 2001.", "took"),  # talks
    ("Kenya joined the United Nations in 1963.", "joined"),  # a body joined
]


@pytest.mark.parametrize("text, trigger", JOINED_NO_FIGHT, ids=[c[0][:30] for c in JOINED_NO_FIGHT])
def test_joining_no_fighting_is_no_assault(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any(e.type == "ASSAULT" for e in events), _show(events)


SHARE_BOUGHT = [
    ("In 1997 Gazprom bought the remaining 30 per cent of Naftogaz for another $400 million.", "Naftogaz"),
    ("Kenya bought 49 per cent of Safaricom in 2001.", "Safaricom"),
]


@pytest.mark.parametrize("text, firm", SHARE_BOUGHT, ids=[c[0][:30] for c in SHARE_BOUGHT])
def test_a_share_bought_per_cent_is_trade(full, text, firm):
    events, every = _by_trigger(full, text, "bought")
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == ("COOPERATE", "061"), _show(events)
    assert any(p.role == "target" and p.text == firm for p in e.participants), _show(events)
