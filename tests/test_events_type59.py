"""Session 59 (type59): the codebook's type of a measure one state imposes on another's people or goods. Sentences
written for these tests (no article text, no pairing or fact of an evaluation text; the names and dates are
invented).

- ``measure_imposed`` (``recode._measure_imposed``): a tariff, a duty, a visa regime or "restrictive measures" a
  state imposes on another state's goods, traffic or people curtail the exchanges between the two: PLOVER SANCTION
  discontinue ("curtail, decrease, break, or terminate diplomatic, commercial, or material exchanges"), CAMEO 160
  for people (as PETRARCH2's IMPOSE block codes visas), 163 for goods; the other state is the recipient. "Impose"
  alone is a light verb the dictionary codes only by its block's patterns, which name no tariff nor duty, so these
  clauses were a happening of no type. Dev texts srbkos, blrrus, georus (moralg's visas were coded already).
- ``checks._armed_fight``: a fight with no one named is still fought when the clause tells armed fighting (a word of
  force as the verb's object, a force as its subject, a named place fought for or over): PLOVER ASSAULT "requires
  recipient: no"; ``cut_or_fought_with_no_one`` vetoed these. Dev texts korkor, usaphl, lsozaf, perecuador, rwacod,
  dnkdeu, eriyem, colper, lbrsle, syrleb, eridji.
- the ontology's SUPPORT ratify patterns: ratifications exchanged complete a treaty's ratification, which PLOVER's
  SUPPORT covers with its signing (code 057), no trade exchange. Dev texts argury, prtind, colper, usapan.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger, doer_states
from event_cases import show_coding as _show

IMPOSED = [
    # text, trigger, doers (states), recipient state, CAMEO
    ("Iceland imposed a 40 per cent tariff on Luxembourgish cheese in March 1987.", "imposed", {"ISL"}, "LUX", "163"),
    ("In May 1988 Luxembourg imposed a transit duty on Icelandic fish crossing its territory.", "imposed", {"LUX"},
     "ISL", "163"),
    ("Iceland imposed a visa regime on Luxembourgish citizens in June 1989.", "imposed", {"ISL"}, "LUX", "160"),
    ("In 1990 Luxembourg imposed a levy on goods from Iceland.", "imposed", {"LUX"}, "ISL", "163"),
    ("Iceland imposed restrictive measures on Luxembourgish officials in October 1991.", "imposed", {"ISL"}, "LUX",
     "160"),
]


@pytest.mark.parametrize("text, trigger, doers, recipient, cameo", IMPOSED, ids=[c[0][:30] for c in IMPOSED])
def test_measure_on_another_state_reduces_exchanges(full, text, trigger, doers, recipient, cameo):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.mode, e.cameo) == ("SANCTION", "discontinue", cameo), _show(events)
    assert "_measure_imposed" in e.checks
    assert doer_states(e) == doers, _show(events)
    assert recipient in {p.state or p.actor_id for p in e.actors("target")}, _show(events)


NOT_IMPOSED = [
    ("Iceland imposed a moratorium on sending Icelandic workers abroad in 1992.", "imposed"),  # its own people
    ("Iceland imposed a new tax on fuel in 1993.", "imposed"),  # no other state
    ("Iceland never imposed a tariff on Luxembourgish cheese.", "imposed"),  # negated
]


@pytest.mark.parametrize("text, trigger", NOT_IMPOSED, ids=[c[0][:30] for c in NOT_IMPOSED])
def test_measure_on_no_other_state_stays(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_measure_imposed" in e.checks for e in events), _show(events)


FOUGHT = [
    # text, trigger: a fight with no one named, told as armed fighting
    ("An Icelandic gunboat and a Luxembourgish one fought a brief skirmish near Varsk in June 1994.", "fought"),
    ("In September 1995 soldiers fought at the bridge over the Lorn.", "fought"),
    ("For three weeks in 1996 the Icelanders fought over Luxembourg.", "fought"),
]


@pytest.mark.parametrize("text, trigger", FOUGHT, ids=[c[0][:30] for c in FOUGHT])
def test_armed_fight_with_no_one_named_is_fought(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert events[0].type == "ASSAULT", _show(events)


NOT_FOUGHT = [
    # a fight of no arms, with no one named: no event
    ("In 1997 the Icelandic minister fought hard for a better budget.", "fought"),
    ("The farmers fought for their rights in 1998.", "fought"),
]


@pytest.mark.parametrize("text, trigger", NOT_FOUGHT, ids=[c[0][:30] for c in NOT_FOUGHT])
def test_unarmed_fight_with_no_one_stays_vetoed(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any(e.type == "ASSAULT" for e in events), _show(events)


RATIFIED = [
    # text, trigger: the exchange of ratifications finalises a treaty (SUPPORT 057, act ratify)
    ("Ratifications were exchanged in Reykjavik on 4 May 1931.", "Ratifications"),
    ("Iceland and Luxembourg exchanged ratifications of the treaty on 2 March 1933.", "exchanged"),
    ("The two presidents exchanged the instruments of ratification in June 1932.", "exchanged"),
]


@pytest.mark.parametrize("text, trigger", RATIFIED, ids=[c[0][:30] for c in RATIFIED])
def test_ratifications_exchanged_ratify(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert (events[0].type, events[0].cameo) == ("SUPPORT", "057"), _show(events)


NOT_RATIFIED = [
    # other things exchanged keep their own coding
    ("Iceland and Luxembourg exchanged prisoners in 1934.", "exchanged", "RETREAT"),
    ("The two navies exchanged fire in 1935.", "exchanged", "ASSAULT"),
]


@pytest.mark.parametrize("text, trigger, etype", NOT_RATIFIED, ids=[c[0][:30] for c in NOT_RATIFIED])
def test_other_exchanges_keep_their_type(full, text, trigger, etype):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    assert events[0].type == etype, _show(events)
