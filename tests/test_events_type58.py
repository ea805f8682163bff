"""Session 58 (type58): the codebook's type where the dev texts' withdrawals, exercises and expulsions took the type of
another act. Sentences written for these tests (no article text, no pairing or fact of an evaluation text; the
names and dates are invented).

- ``envoys_withdrawn`` (``recode._envoys_withdrawn``): envoys, a post's staff, observers or peacekeepers withdrawn,
  recalled or evacuated are PLOVER SANCTION withdraw ("withdraw oneself or one's non-military resources (e.g., aid,
  observers, diplomats, peacekeepers) from a ... country"), CAMEO 161, not a RETREAT of forces; the envoys are no
  doers. Troops withdrawn stay RETREAT. Dev texts chnind, egysau, azeirn, dzamli (the withdrawals were RETREAT).
- ``exercise_parties`` (``recode._exercise_parties``): "Joint military operations are coded as COOPERATE but
  single-country exercises should be coded as MOBILIZE": an exercise held by two or more states is COOPERATE 062;
  one coded joint only by a "with" of arms or vehicles, with one state, is MOBILIZE 152. Dev texts blrrus, azeirn.
- ``people_expelled`` (``recode._people_expelled``): "Expulsions or deportations of individuals ... are coded as
  COERCE"; SANCTION expel is for envoys and for expulsions from a body. People of no office expelled (a
  nationality, the ontology's PEOPLE) are COERCE deport, CAMEO 174. Dev texts georus, zafmoz, itallby.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger, doer_states
from event_cases import show_coding as _show

ENVOYS = [
    # text, trigger, doers (states) expected among the sources
    ("Luxembourg evacuated its diplomats from Iceland on 2 March 1980.", "evacuated", {"LUX"}),
    ("The ambassadors were withdrawn in 1981.", "withdrawn", set()),
    ("In 1982 both Icelandic ambassadors were withdrawn from Luxembourg.", "withdrawn", {"ISL"}),
    ("The Icelandic envoys were recalled from Luxembourg in 1984.", "recalled", set()),
    ("All embassy staff were evacuated on 4 May 1984.", "evacuated", set()),
    ("Iceland pulled out its observers in 1993.", "pulled", {"ISL"}),
    ("The withdrawal of the observer mission from Iceland was completed in May 1984.", "completed", set()),
]


@pytest.mark.parametrize("text, trigger, doers", ENVOYS, ids=[c[0][:30] for c in ENVOYS])
def test_envoys_withdrawn_reduce_relations(full, text, trigger, doers):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("SANCTION", "withdraw", "161"), _show(events)
    assert "_envoys_withdrawn" in e.checks
    assert doer_states(e) == doers, _show(events)
    assert not any(p.role == "source" and p.actor_id is None for p in e.participants), _show(events)  # no envoy doer


NOT_ENVOYS = [
    ("Iceland withdrew its troops from Varsk in 1985.", "withdrew"),  # forces: RETREAT withdraw
    ("The troops were withdrawn in 1981.", "withdrawn"),
    ("Luxembourg completed the withdrawal of its troops in May 1985.", "completed"),
    ("Luxembourg evacuated the villages along the river in May 1986.", "evacuated"),  # no envoys
]


@pytest.mark.parametrize("text, trigger", NOT_ENVOYS, ids=[c[0][:30] for c in NOT_ENVOYS])
def test_forces_withdrawn_stay_a_retreat(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_envoys_withdrawn" in e.checks for e in events), _show(events)
    assert all(e.type != "SANCTION" for e in events), _show(events)


EXERCISES = [
    # text, trigger, type, CAMEO code
    ("Iceland and Luxembourg held the Northern Shield exercise in May 1974.", "held", "COOPERATE", "062"),
    ("Iceland, Norway and Luxembourg held a naval exercise near Varsk in 1975.", "held", "COOPERATE", "062"),
    ("The Icelandic army began the exercises on 3 May 1975 with tanks and helicopters.", "began", "MOBILIZE", "152"),
]


@pytest.mark.parametrize("text, trigger, etype, cameo", EXERCISES, ids=[c[0][:30] for c in EXERCISES])
def test_an_exercise_is_typed_by_its_parties(full, text, trigger, etype, cameo):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == (etype, cameo), _show(events)
    assert "_exercise_parties" in e.checks


KEPT_EXERCISES = [
    # text, trigger, type: the extractor's own reading stands
    ("Iceland held the exercise with Luxembourg in 1976.", "held", "COOPERATE"),  # a partner after "with"
    ("The Icelandic navy held joint exercises with tanks in 1975.", "held", "COOPERATE"),  # said joint
    ("Iceland held a naval exercise near Varsk in May 1977.", "held", "MOBILIZE"),  # one state
]


@pytest.mark.parametrize("text, trigger, etype", KEPT_EXERCISES, ids=[c[0][:30] for c in KEPT_EXERCISES])
def test_other_exercises_keep_their_type(full, text, trigger, etype):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert events[0].type == etype, _show(events)
    assert "_exercise_parties" not in events[0].checks


EXPELLED = [
    # text, trigger, the state of the people expelled
    ("In 1971 Iceland expelled about 20,000 Luxembourgers.", "expelled", "LUX"),
    ("In 1980 every Icelander in Luxembourg was expelled.", "expelled", "ISL"),
    ("Luxembourg began expelling Icelanders in May 1981.", "expelling", "ISL"),
]


@pytest.mark.parametrize("text, trigger, state", EXPELLED, ids=[c[0][:30] for c in EXPELLED])
def test_people_expelled_are_coerced(full, text, trigger, state):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("COERCE", "deport", "174"), _show(events)
    assert "_people_expelled" in e.checks
    assert state in {p.state or p.actor_id for p in e.actors("target")}, _show(events)


STILL_SANCTION = [
    ("Luxembourg expelled three Icelandic diplomats in May 1973.", "expelled"),  # envoys
    ("Iceland expelled the Luxembourg ambassador on 3 June 1976.", "expelled"),
    ("Iceland was expelled from the Northern League in 1974.", "expelled"),  # from a body
    ("The colonel was expelled from the army in 1978.", "expelled"),
    ("In 1984 Iceland expelled the last Luxembourg police from the island.", "expelled"),  # a force
    ("Iceland expelled Luxembourg from the customs union in 1983.", "expelled"),
]


@pytest.mark.parametrize("text, trigger", STILL_SANCTION, ids=[c[0][:30] for c in STILL_SANCTION])
def test_envoys_and_members_expelled_stay_sanction(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode) == ("SANCTION", "expel"), _show(events)
    assert "_people_expelled" not in e.checks
