"""Session 62 (type62): self-rule conceded. Sentences written for these tests (no article text, no pairing or fact of
an evaluation text; the events and dates are invented).

- ``self_rule_conceded`` (``recode._self_rule_conceded``): independence, autonomy or home rule (the ontology's
  SELF_RULE) granted, promised or offered to a people or a territory is the ruling state yielding a change of
  institutions: PLOVER CONCEDE ("verbal concessions ... including the promise of future concessions"), CAMEO 0834, no
  AGREE offer to cooperate nor a happening of no type. Dev texts usaphl, belcod, idntls, candnk.
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
