"""The recipient the object phrases hide (round 57, roles): two rules of
``chronica.events._targets.hidden_recipient``, each seen in at least three dev texts (the shapes,
never their sentences: the sentences here are invented, real states with made-up happenings).

- ``target_prep`` (PETRARCH2's target prepositions, ``data/petrarch_target_preps.json``): "at" names
  no recipient of most verbs (a place, a time: "signed at Lome", "at dawn"), but the patterns of a
  verb's block in PETRARCH2's CAMEO dictionary write it right before the target (``- * AT + [190]
  # FIRE``, ``- * &WEAPON AT +``): the one fired at is the act's recipient ("fired water cannon at
  Peruvian supply boats": Peru) - dev texts of chnphl, egylby, isrlbn, itallby;
- ``asked_by_pronoun``: a demand or call (PLOVER REQUEST, addressed to the one asked) whose content
  names the ones asked only by a pronoun ("demanded *their* withdrawal", "called for *their*
  withdrawal") is addressed to whom the pronoun stands for - irqtur, etheri, eriyem.
"""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE, TARGET
from event_cases import events_of, show, states


def _event(pipeline, text, trigger):
    found = events_of(pipeline, text)
    events = [e for e in found if e.trigger.startswith(trigger)]
    assert events, show(found)
    return events[0], found


FIRED_AT = [  # (text, trigger, doer's state, the recipient's state)
    ("In May 2019 a Chilean navy ship fired water cannon at Peruvian supply boats near the reef.",
     "fired", "CHL", "PER"),
    ("Last week a Kenyan gunboat fired two rockets at Ugandan fishing boats on the lake.", "fired", "KEN", "UGA"),
    ("In 1962 a Greek destroyer fired its guns at a Turkish trawler off the cape.", "fired", "GRC", "TUR"),
]


@pytest.mark.parametrize("text,trigger,doer,recipient", FIRED_AT)
def test_the_one_fired_at_is_the_recipient(pipeline, text, trigger, doer, recipient):
    event, _ = _event(pipeline, text, trigger)
    assert doer in states(event, SOURCE), show([event])
    assert recipient in states(event, TARGET), show([event])


NOT_FIRED_AT = [  # "at" of a place or a time, or of a verb PETRARCH2 writes no target after it for
    ("In 2004 Ghana's president signed the border accord at the Togolese embassy.", "signed", "TGO"),
    ("In 1962 a Greek gunboat fired at dawn on a smugglers' boat.", "fired", "TUR"),
    ("In May 2003 Kenya's foreign minister met the Ugandan envoy at the Tanzanian border post.", "met", "TZA"),
]


@pytest.mark.parametrize("text,trigger,not_recipient", NOT_FIRED_AT)
def test_at_of_a_place_or_time_is_no_recipient(pipeline, text, trigger, not_recipient):
    event, _ = _event(pipeline, text, trigger)
    assert not_recipient not in states(event, TARGET), show([event])


ASKED = [  # (text, trigger, doer's state, the state of the ones asked)
    ("In May 1998 Togolese troops occupied the island of Kete. The Ghanaian cabinet demanded their "
     "withdrawal by the end of the month.", "demanded", "GHA", "TGO"),
    ("Togolese soldiers set up a post on the Ghanaian bank in 1998. Accra demanded their "
     "withdrawal within a week.", "demanded", "GHA", "TGO"),
    ("In June 2011 Malian soldiers crossed into the Nigerien border village. The African Union called for "
     "their departure in a statement on Friday.", "called", None, "MLI"),
    ("In March 1975 Libyan forces seized the Aouzou oasis. Chad called for their withdrawal within a week.",
     "called", "TCD", "LBY"),
]


@pytest.mark.parametrize("text,trigger,doer,asked", ASKED)
def test_a_demand_is_addressed_to_whom_its_pronoun_stands_for(pipeline, text, trigger, doer, asked):
    event, _ = _event(pipeline, text, trigger)
    assert event.type == "REQUEST", show([event])
    assert doer is None or doer in states(event, SOURCE), show([event])
    assert asked in states(event, TARGET), show([event])


NOT_ASKED = [  # the pronoun is the doer's own side: no recipient is made of it
    ("In May 1998 Ghanaian troops crossed the river. Ghana's parliament demanded their return.", "demanded", "GHA"),
    ("In 2001 Chad signed the accord. Chad then demanded its share of the oil revenue.", "demanded", "TCD"),
]


@pytest.mark.parametrize("text,trigger,own", NOT_ASKED)
def test_a_demand_of_ones_own_side_has_no_pronoun_recipient(pipeline, text, trigger, own):
    event, _ = _event(pipeline, text, trigger)
    assert own not in states(event, TARGET), show([event])
