"""Session 62 (type62): self-rule conceded. Sentences written for these tests (no article text, no pairing or fact of
an evaluation text; the events and dates are invented).

- ``self_rule_conceded`` (``recode._self_rule_conceded``): independence, autonomy or home rule (the ontology's
  SELF_RULE) granted, promised or offered to a people or a territory is the ruling state yielding a change of
  institutions: PLOVER CONCEDE ("verbal concessions ... including the promise of future concessions"), CAMEO 0834, no
  AGREE offer to cooperate nor a happening of no type. Dev texts usaphl, belcod, idntls, candnk.
- ``property_returned`` (``recode._property_returned``): a thing handed back or over, given back or returned is the
  return of property: PLOVER RETREAT ("immediate ... material consequences, such as ... the return of confiscated
  property"), CAMEO 0842, no CONCEDE 080 nor a happening of no type. People, rule and office handed over are left
  alone. Dev texts usaphl, itallby, latrus.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger
from event_cases import show_coding as _show

CONCEDED = [
    # text, trigger: self-rule granted, promised or offered by the ruling state
    ("Portugal granted the Azores home rule on 3 May 1976.", "granted"),
    ("In March 1931 Britain promised Iceland independence within five years.", "promised"),
    ("On 2 June 1958 France offered the Comorians a choice between autonomy and independence.", "offered"),
    ("On 14 May 1959 King Harald promised to lead the colony to independence without delay.", "promised"),
]


@pytest.mark.parametrize("text, trigger", CONCEDED, ids=[c[0][:30] for c in CONCEDED])
def test_self_rule_granted_is_conceded(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == ("CONCEDE", "0834"), _show(events)
    assert "_self_rule_conceded" in e.checks


NOT_CONCEDED = [
    ("In March 1931 Britain promised Iceland a loan of ten million pounds.", "promised"),  # aid, no self-rule
    ("Portugal did not grant the Azores home rule in 1976.", "grant"),  # negated
    ("On 2 June 1958 France offered Morocco a defence pact.", "offered"),  # an offer of cooperation
]


@pytest.mark.parametrize("text, trigger", NOT_CONCEDED, ids=[c[0][:30] for c in NOT_CONCEDED])
def test_no_self_rule_no_concession(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_self_rule_conceded" in e.checks for e in events), _show(events)


RETURNED = [
    # text, trigger: a thing held given back
    ("In May 1961 Iceland handed back the manuscripts to Denmark.", "handed back"),
    ("Norway returned the archives to Sweden in 1920.", "returned"),
    ("The radar station was handed over to Estonia in August 1994.", "handed"),
    ("Austria handed over the crown jewels in January 1978.", "handed over"),
]


@pytest.mark.parametrize("text, trigger", RETURNED, ids=[c[0][:30] for c in RETURNED])
def test_thing_handed_back_is_returned(full, text, trigger):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == ("RETREAT", "0842"), _show(events)
    assert "_property_returned" in e.checks


NOT_RETURNED = [
    ("Sweden handed the rebels over to Norway in 1920.", "handed"),  # people
    ("In 1990 the army handed power back to a civilian government.", "handed"),  # rule, no property
    ("Sweden returned to the talks in March 1920.", "returned"),  # no object: a coming back
    ("The Danish king returned the visit on 4 June 1921.", "returned"),  # a happening's noun: a return visit
    ("Norwegian troops returned fire in May 1921.", "returned"),  # a verb's happening noun ("open fire")
]


@pytest.mark.parametrize("text, trigger", NOT_RETURNED, ids=[c[0][:30] for c in NOT_RETURNED])
def test_people_or_office_no_property_returned(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_property_returned" in e.checks for e in events), _show(events)
