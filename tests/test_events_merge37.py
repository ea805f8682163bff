"""Missing sides of merges, round 37 (issue 11): a gold happening told by several files is found
in one and not in the other, the other's sentence yielding no event. Classes fixed by a
mechanism of the parse, each held by a case table of sentences written in the style of several
dev stories:

1. A year the parser hangs on a state's name as its number (``_actors.phrase_mentions``): in
   "In May 2010 Ethiopia and several other states signed ..." the small model reads "2010" as
   Ethiopia's nummod, and a state with a number was taken for its people counted ("three
   Britons") or one of them ("one Chilean"), so no state was left to sign. A number the entity
   recogniser and time tagger read as a date counts no one.
"""

from __future__ import annotations

import pytest

from event_cases import events_of as _events, show


# --- 1. a year is no count ---------------------------------------------------------------------

YEAR_BEFORE_STATE = [  # (sentence, the state that acts)
    ("In May 2010 Ethiopia and several other upstream states signed the framework agreement.", "ETH"),
    ("In November 2018 Kosovo and a few other governments imposed tariffs on Serbian goods.", "XKX"),
    ("In September 1980 Iraq and several Gulf states closed the Strait.", "IRQ"),
    # read right before too: held
    ("In March 1984 Iraq attacked Iranian positions near Majnoon with chemical weapons.", "IRQ"),
    ("In April 1979 Tanzania and several exile groups captured Kampala.", "TZA"),
]


@pytest.mark.parametrize("text,state", YEAR_BEFORE_STATE)
def test_a_year_before_a_state_counts_no_one(pipeline, text, state):
    found = _events(pipeline, text)
    doers = {p.actor_id for e in found for p in e.participants if p.role == "source"}
    assert state in doers, show(found)


COUNTED = [  # the people of a state counted stay people, not the state
    ("In 1982 three Britons were arrested in Buenos Aires.", "GBR"),
    ("The murder of one Chilean in Lima in 1978 angered the government.", "CHL"),
]


@pytest.mark.parametrize("text,state", COUNTED)
def test_people_counted_are_no_state(pipeline, text, state):
    found = _events(pipeline, text)
    assert not any(p.actor_id == state and p.role == "source" for e in found for p in e.participants), show(found)
