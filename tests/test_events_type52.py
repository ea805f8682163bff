"""Session 52 (type52): the codebook's type where the dev texts' acts came out as a near type or as a
dated happening of no type (OTHER). Sentences written for these tests (no article text, no pairing
or fact of an evaluation text).

- ``exchange_curtailed`` (``recode._exchange_curtailed``): a state's ban on another state's goods or
  carriers, or its border or airspace closed to that state, curtails the exchanges between the two:
  PLOVER SANCTION ``discontinue`` ("curtail, decrease, break, or terminate diplomatic, commercial, or
  material exchanges"), not COERCE ``restrict`` (restrictions "on political freedoms or movement").
  People barred, a party banned, the other state's press banned (COERCE censor) and a border closed
  to no one named stay COERCE. Dev texts georus, mdarus, blrrus (goods banned), blrrus (airspace
  closed to carriers), armtur, thamya (a border closed to the neighbour).
- ``territory_ceded``: the territory ceded is no recipient (role other), the state it goes to is.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show



CURTAILED = [
    ("From May 2013 Portugal banned imports of Irish cheese.", "banned", "PRT", "IRL", "163"),
    ("Kenya banned some forty Ghanaian cocoa product lines in the autumn of 1986.", "banned", "KEN", "GHA", "163"),
    ("Norway closed its airspace to Icelandic aircraft in October 1987.", "closed", "NOR", "ISL", "163"),
    ("Canada closed its border with Mexico in 1961.", "closed", "CAN", "MEX", "160"),
]


@pytest.mark.parametrize("text, trigger, doer, other, cameo", CURTAILED, ids=[c[0][:30] for c in CURTAILED])
def test_ban_on_another_states_goods_is_sanction(full, text, trigger, doer, other, cameo):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("SANCTION", "discontinue", cameo), _show(events)
    assert any(p.role == "source" and p.actor_id == doer for p in e.participants), _show(events)
    assert any(p.role == "target" and p.actor_id == other for p in e.participants), _show(events)
    assert "_exchange_curtailed" in e.checks


STILL_COERCED = [
    ("Portugal banned Irish journalists in 2013.", "banned"),  # people barred
    ("Kenya banned Ghanaian newspapers in 1977.", "banned"),  # the press: COERCE censor's publications
    ("Kenya banned the opposition party in 1982.", "banned"),  # a party banned at home
    ("Canada closed its border in 1995.", "closed"),  # no other state named
]


@pytest.mark.parametrize("text, trigger", STILL_COERCED, ids=[c[0][:30] for c in STILL_COERCED])
def test_restriction_of_people_or_at_home_stays_coerce(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert all(e.type == "COERCE" for e in events), _show(events)


CEDED_TO = [
    ("Norway ceded the island of Jan Mayen to Iceland in 1931.", "NOR", "ISL"),
    ("Portugal ceded the Cacheu enclave to Senegal in 1969.", "PRT", "SEN"),
]


@pytest.mark.parametrize("text, doer, gainer", CEDED_TO, ids=[c[0][:30] for c in CEDED_TO])
def test_territory_ceded_is_no_recipient(full, text, doer, gainer):
    events, every = _by_trigger(full, text, "ceded")
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode) == ("RETREAT", "withdraw"), _show(events)
    assert [p.actor_id for p in e.participants if p.role == "source"] == [doer], _show(events)
    # the gainer is the recipient, the territory ceded is none
    assert [p.actor_id for p in e.participants if p.role == "target"] == [gainer], _show(events)
