"""The recipient the object phrases hide (round 57, roles): a rule of
``chronica.events._targets.hidden_recipient``, seen in at least three dev texts (the shapes, never
their sentences: the sentences here are invented, real states with made-up happenings).

- ``asked_by_pronoun``: a demand or call (PLOVER REQUEST, addressed to the one asked) whose content
  names the ones asked only by a pronoun ("demanded *their* withdrawal", "called for *their*
  withdrawal") is addressed to whom the pronoun stands for: the plural subject before it, else the
  nearest plural noun before it whose phrase names a state ("sent several hundred soldiers ... demanded
  their withdrawal") - etheri, irqtur, syrleb.
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


ASKED = [  # (text, trigger, doer's state, the state of the ones asked)
    ("In May 1998 Burkinabe troops occupied the island of Kete. The Beninese cabinet demanded their "
     "withdrawal by the end of the month.", "demanded", "BEN", "BFA"),
    ("Burkinabe soldiers set up a post on the Beninese bank in 1998. Cotonou demanded their "
     "withdrawal within a week.", "demanded", "BEN", "BFA"),
    ("In June 2011 Malian soldiers crossed into the Nigerien border village. The African Union called for "
     "their departure in a statement on Friday.", "called", None, "MLI"),
    ("In March 2016 Benin sent several hundred soldiers with armour to a camp near Kantchari. The Burkinabe "
     "cabinet demanded their withdrawal.", "demanded", "BFA", "BEN"),
    ("For ten years more than a million Malians sheltered in Benin, and Beninese deputies competed to "
     "demand their return.", "demand", "BEN", "MLI"),
    ("In March 1975 Nigerien forces seized a Beninese border post. Benin called for their withdrawal "
     "within a week.", "called", "BEN", "NER"),
]


@pytest.mark.parametrize("text,trigger,doer,asked", ASKED)
def test_a_demand_is_addressed_to_whom_its_pronoun_stands_for(pipeline, text, trigger, doer, asked):
    event, _ = _event(pipeline, text, trigger)
    assert event.type == "REQUEST", show([event])
    assert doer is None or doer in states(event, SOURCE), show([event])
    assert asked in states(event, TARGET), show([event])


NOT_ASKED = [  # the pronoun is the doer's own side: no recipient is made of it
    ("In May 1998 Beninese troops crossed the river. Benin's parliament demanded their return.", "demanded", "BEN"),
    ("In 2001 Chad signed the accord. Chad then demanded its share of the oil revenue.", "demanded", "TCD"),
]


@pytest.mark.parametrize("text,trigger,own", NOT_ASKED)
def test_a_demand_of_ones_own_side_has_no_pronoun_recipient(pipeline, text, trigger, own):
    event, _ = _event(pipeline, text, trigger)
    assert own not in states(event, TARGET), show([event])
