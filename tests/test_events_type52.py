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
- ``retreat_stipulated`` (``recode._retreat_stipulated``): a withdrawal an accord provides for, or that a
  clause "under which" has the doer make, is a promised retreat, CONCEDE (codebook, RETREAT). The class is
  in the dev texts isrlbn, egysau, mdarus, pakafg, rwacod; measured, the rule fires on mdarus.
- ``envoy_expelled`` (``recode._envoy_expelled``): another state's diplomats ordered, asked or given days
  to leave are expelled, SANCTION expel, CAMEO 166. The class is in the dev texts mdarus, estrus, rwacod
  (measured on mdarus).
- ``territory_ceded``: the territory ceded is no recipient (role other), the state it goes to is.
"""

from __future__ import annotations

import pytest

from chronica.events.extract import extract_events


def _show(events):
    return [(e.type, e.mode, e.cameo, e.trigger, [(p.role, p.actor_id or p.text) for p in e.participants])
            for e in events]


def _by_trigger(full, text, trigger):
    events = extract_events(full(text))
    return [e for e in events if e.trigger.startswith(trigger)], events


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


# ``retreat_stipulated`` (``recode._retreat_stipulated``): a withdrawal an accord provides for, or one a
# clause "under which" an accord has the doer make, is promised (PLOVER: "announcements of future retreats
# should be coded as CONCEDE"); dev texts isrlbn, egysau, mdarus, pakafg, rwacod
STIPULATED = [
    ("An accord signed in Lisbon on 3 May 1990 provided for the withdrawal of Kenyan troops within a year.",
     "withdrawal", "KEN"),
    ("The 1990 accord provided for a Ghanaian withdrawal that never came.", "withdrawal", "GHA"),
    ("The two governments signed a pact under which the Kenyan battalion would leave Uganda by the end of the decade.",
     "leave", "KEN"),
]


@pytest.mark.parametrize("text, trigger, doer", STIPULATED, ids=[c[0][:30] for c in STIPULATED])
def test_withdrawal_an_accord_provides_for_is_conceded(full, text, trigger, doer):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert e.type == "CONCEDE", _show(events)
    assert any(p.role == "source" and (p.actor_id or "").startswith(doer) for p in e.participants), _show(events)
    assert "_retreat_stipulated" in e.checks


STILL_RETREAT = [
    ("Under the accord of 1994 the Kenyan troops were withdrawn from Uganda.", "withdrawn"),  # made under it
    ("The 1990 accords provided for Ghanaian withdrawal, which was completed in June 1991.", "withdrawal"),
    ("Resolution 901 of 1980 called for a Ghanaian withdrawal.", "withdrawal"),  # a demand, no promise
]


@pytest.mark.parametrize("text, trigger", STILL_RETREAT, ids=[c[0][:30] for c in STILL_RETREAT])
def test_withdrawal_made_or_demanded_is_no_concession(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert all(e.type == "RETREAT" for e in events), _show(events)


# ``envoy_expelled`` (``recode._envoy_expelled``): diplomats ordered or given days to leave are expelled,
# PLOVER SANCTION expel ("the expulsion of ambassadors or similar diplomats"); dev texts mdarus, estrus, rwacod
EXPELLED = [
    "In November 1979 the Kenyan government ordered six Ugandan diplomats to leave the country.",
    "On 3 May the government of Kenya gave Ambassador Peter Okello forty-eight hours to leave.",
    "Kenya asked the Ugandan envoy to leave within a week.",
]


@pytest.mark.parametrize("text", EXPELLED, ids=[t[:30] for t in EXPELLED])
def test_envoy_ordered_to_leave_is_expelled(full, text):
    events = [e for e in extract_events(full(text)) if e.type == "SANCTION"]
    assert events, _show(extract_events(full(text)))
    e = events[0]
    assert (e.mode, e.cameo) == ("expel", "166"), _show(events)
    assert "_envoy_expelled" in e.checks


NOT_EXPELLED = [
    "In 2011 Kenya ordered its ambassador to leave Uganda.",  # its own envoy recalled
    "Kenya ordered the Ugandan troops to leave the border zone.",  # troops, no envoy: a demand
]


@pytest.mark.parametrize("text", NOT_EXPELLED, ids=[t[:30] for t in NOT_EXPELLED])
def test_no_envoy_expelled(full, text):
    events = extract_events(full(text))
    assert not [e for e in events if "_envoy_expelled" in e.checks], _show(events)
