"""Session 55 (type55): the codebook's type of a link between states opened, where the dev texts' openings came
out as a dated happening of no type (OTHER). Sentences written for these tests (no article text, no pairing or
fact of an evaluation text; the names and dates are invented).

- ``exchange_opened`` (``recode._exchange_opened``): a border crossing or checkpoint opened or reopened, or a
  bridge, a pipeline, a rail link or the flights between two states opened, restored or resumed, begins a
  material exchange: PLOVER COOPERATE ("initiate, resume, improve, or expand economic exchange or cooperation"),
  CAMEO 061, context economic - the mirror of an exchange curtailed (SANCTION discontinue). An embassy or an
  office opened is diplomatic (SUPPORT's ties); a canal, a road or a bridge opened with no second state named
  may be one state's own works; a meeting opened is a meeting; a negated opening did not happen: none of them
  is coded so. Dev texts albgrc, etheri, georus, gmbsen, ethiopia (the openings were left OTHER).
"""

from __future__ import annotations

import pytest

from event_cases import by_trigger as _by_trigger, doer_states
from event_cases import show_coding as _show

OPENED = [
    # text, trigger, doers (states) expected among the sources
    ("The Varsk crossing was opened to traffic in 1962.", "opened", set()),
    ("The road crossing between Iceland and Luxembourg reopened in March 1974.", "reopened", set()),
    ("The checkpoint at Varsk reopened on 2 May 1979.", "reopened", set()),
    ("Luxembourg reopened the Varsk crossing in March 1974.", "reopened", {"LUX"}),
    ("Iceland and Luxembourg inaugurated the Varsk bridge on 4 June 1971.", "inaugurated", {"ISL", "LUX"}),
    ("Iceland restored the rail link with Luxembourg on 4 June 1971.", "restored", {"ISL"}),
]


@pytest.mark.parametrize("text, trigger, doers", OPENED, ids=[c[0][:30] for c in OPENED])
def test_a_link_opened_is_cooperation(full, text, trigger, doers):
    events, every = _by_trigger(full, text, trigger)
    assert events, _show(every)
    e = events[0]
    assert (e.type, e.cameo, e.context) == ("COOPERATE", "061", ["economic"]), _show(events)
    assert "_exchange_opened" in e.checks
    assert doer_states(e) == doers, _show(events)  # a joint act: both parties (``_targets.joint_recipient``)


NOT_OPENED = [
    ("Iceland opened an embassy in Luxembourg in 1962.", "opened"),  # diplomatic ties, no material exchange
    ("A liaison office opened in Varsk in May 1974.", "opened"),  # a post of diplomacy
    ("The Varsk conference opened on 3 May 1938.", "opened"),  # a meeting
    ("The crossing was not reopened in 1974.", "reopened"),  # negated
    ("Iceland opened an inquiry into the fire on 4 May 1971.", "opened"),  # no link between states
    ("The canal finally opened to barges on 3 June 1887.", "opened"),  # no second state named
    ("The coast road opened in 1937.", "opened"),  # one state's own works
]


@pytest.mark.parametrize("text, trigger", NOT_OPENED, ids=[c[0][:30] for c in NOT_OPENED])
def test_other_openings_are_no_exchange(full, text, trigger):
    events, _ = _by_trigger(full, text, trigger)
    assert not any("_exchange_opened" in e.checks for e in events), _show(events)
