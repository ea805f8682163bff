"""Who did it, round 44. Rule ``organ_of_the_pronouns_referent`` (chronica/events/extract.py ``_own_forces``,
chronica/events/_actors.py ``state_organ`` and ``pronoun_owner_state``): an unnamed organ of a state - a generic
agent noun of a sector the CAMEO codebook says acts for its state (government, military, ...) - owned by a
possessive pronoun is the state of the one the pronoun points back to: the subject of a clause above it (a person,
a state, or an agent of a state such as "Egypt's president"), else, for "his"/"her", the persons named before it in
its sentence when they act for one state, and for "its" the state "it" stands for. Our own sentences, of the shape
of dev texts iraniraq (the treaty a leader tore up days before his army invaded), egyeth (a leader said ..., and his
administration cut aid), egylby (a state's president warned that his army could enter), eridji (a state's foreign
minister said his government would ask ...)."""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE, TARGET
from event_cases import events_of, show, states

CASES = [  # (text, trigger, the doer's state, the target's state or None)
    ("It was the pact that Anwar Sadat tore up on Egyptian television in July 1977, days before his army "
     "attacked Libya.", "attacked", "EGY", "LBY"),
    ("Obama later said Israel would regret it, and his administration cut aid to Egypt.",
     "cut aid", "USA", "EGY"),
    ("Turkey's president has warned that his army could enter Syria.", "enter", "TUR", "SYR"),
    ("Kenya's foreign minister Amina Mohamed said her government would ask the African Union to press for a "
     "Somali withdrawal.", "ask", "KEN", None),
    ("Iraq signed the treaty in 1975. Its army invaded Iran in 1980.", "invaded", "IRQ", "IRN"),
]


@pytest.mark.parametrize("text,trigger,doer,target", CASES)
def test_pronoun_owned_organ_is_its_referents_state(pipeline, text, trigger, doer, target):
    found = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert found, show(events_of(pipeline, text))
    assert doer in states(found[0], SOURCE), show(found)
    assert target is None or target in states(found[0], TARGET), show(found)


KEPT = [  # an envoy is no organ that acts as its state: "its ambassador" recalled is what is recalled, no party
    ("Turkey recalled its ambassador from Austria in 2010.", "recalled its ambassador", "TUR", "TUR"),
]


@pytest.mark.parametrize("text,trigger,doer,not_target", KEPT)
def test_stand_in_is_no_party(pipeline, text, trigger, doer, not_target):
    found = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert found, show(events_of(pipeline, text))
    assert doer in states(found[0], SOURCE), show(found)
    assert not_target not in states(found[0], TARGET), show(found)
