"""Session 57 (type57): the codebook's type of two acts the dev texts left as a dated happening of no type
(OTHER). Sentences written for these tests (no article text, no pairing or fact of an evaluation text; the
names and dates are invented).

- ``extract._given_up`` (in ``_one_sided`` and ``_recoded``): a verb of PETRARCH2's YIELD block ("give up",
  "renounce", "relinquish", "waive"; CAMEO 080 "Yield", PLOVER CONCEDE, "Requires recipient: No") coded with its
  block's own code and naming what is yielded (a direct object) is a concession when a state, a force or a
  person yields, whoever it yields to; the generic code of a block of loose synonyms still needs two sides, and a
  company giving up a stake makes no concession. Dev texts swenor, eriyem, irqtur, hunrou.
- ``recode._body_founded``: a body of two or more parties founded - an intergovernmental body, or a commission,
  committee, union ... written joint or naming two states - is material cooperation, PLOVER COOPERATE, CAMEO 060
  (the code PETRARCH2's ENACT block gives "establish" and "found"); a state, a party, one state's own authority
  or inquiry founded is not. Dev texts idntls, irqtur, gmbsen, philmys, lbrsle, nplind, argury, moralg.
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger, doer_states
from event_cases import show_coding as _show

GIVEN_UP = [
    # text, trigger, doers (states) expected among the sources
    ("In 1955 Iceland gave up its claim to the Varsk islands.", "gave", {"ISL"}),
    ("Luxembourg renounced its claims to the Varsk valley in 1922.", "renounced", {"LUX"}),
    ("Luxembourg waived its right to compensation in 1961.", "waived", {"LUX"}),
    ("King Harald renounced the Icelandic throne on 3 May 1911.", "renounced", set()),
]


@pytest.mark.parametrize("text, trigger, doers", GIVEN_UP, ids=[c[0][:30] for c in GIVEN_UP])
def test_a_thing_given_up_is_a_concession(full, text, trigger, doers):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == ("CONCEDE", "080"), _show(events)
    assert doers <= doer_states(e), _show(events)


NOT_GIVEN_UP = [
    ("The company gave up its stake in the mine in 1990.", "gave"),  # a firm makes no concession
    ("Luxembourg gave up on the talks in 1955.", "gave"),  # nothing yielded named
    ("The rebels gave up in May 1920.", "gave"),  # no object, no state
]


@pytest.mark.parametrize("text, trigger", NOT_GIVEN_UP, ids=[c[0][:30] for c in NOT_GIVEN_UP])
def test_other_givings_up_are_no_concession(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any(e.type == "CONCEDE" for e in events), _show(events)


FOUNDED = [
    # text, trigger, doers (states) expected among the parties
    ("A joint border commission of Iceland and Luxembourg was set up in 1971.", "set", {"ISL", "LUX"}),
    ("Iceland and Luxembourg set up the Varsk River Union in 1966.", "set", {"ISL", "LUX"}),
    ("Iceland and Luxembourg founded the Northern Trade Council in 1934.", "founded", {"ISL", "LUX"}),
    ("In August 1931 the Nordic Council was founded in Reykjavik.", "founded", set()),
    ("The twelve-member Caribbean Community, established in 1931, meets yearly.",
     "established", set()),
    ("The bilateral Commission of Peace and Trade, set up in 1971, was limited to fisheries.", "set", set()),
]


@pytest.mark.parametrize("text, trigger, doers", FOUNDED, ids=[c[0][:30] for c in FOUNDED])
def test_a_joint_body_founded_is_cooperation(full, text, trigger, doers):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo) == ("COOPERATE", "060"), _show(events)
    assert "_body_founded" in e.checks
    assert doers <= doer_states(e), _show(events)  # a joint act: both parties (``_targets.joint_recipient``)
    if doers:  # the body itself is no party where the parties are named
        assert not any(p.role == "source" and p.kind not in ("state", "historical_state") for p in e.participants), \
            _show(events)


NOT_FOUNDED = [
    ("The Progress Party was founded in 1973.", "founded"),  # one side's party
    ("The Republic of Iceland was founded in 1944.", "founded"),  # a state's birth
    ("Iceland set up a national fisheries authority in 1966.", "set"),  # one state's own body
    ("Iceland set up a commission of inquiry into the fire in 1999.", "set"),  # an inquiry of its own
    ("The joint commission was not set up in 1971.", "set"),  # negated
]


@pytest.mark.parametrize("text, trigger", NOT_FOUNDED, ids=[c[0][:30] for c in NOT_FOUNDED])
def test_other_foundings_are_no_cooperation(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_body_founded" in e.checks for e in events), _show(events)
