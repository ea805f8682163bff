"""Who loses a state, round 45. Rule: a state's independence or secession *from* a state names that state as the
event's target (chronica/events/_lexicon.py ``FROM_TYPES`` gains ``FOUND_STATE``; chronica/events/extract.py
reads the "from" phrase on the trigger's verb, noun or adjective). Our own sentences, of the shape of dev texts
zafago and cyprus (a state became independent from its colonial power on a day), moralg and eridji (a state won
its independence from the state it left, in a clause) and armtur (a state declared independence from a union)."""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE, TARGET
from event_cases import events_of, show, states

CASES = [  # (text, trigger, the new state, the state it left)
    ("Guyana became independent from Britain on 26 May 1966.", "became independent", "GUY", "GBR"),
    ("Botswana became independent from Britain on 30 September 1966.", "became independent", "BWA", "GBR"),
    ("When Namibia won its independence from South Africa in 1990, Angola was quick to welcome it.",
     "won its independence", "NAM", "ZAF"),
    ("Slovenia declared its independence from Yugoslavia on 25 June 1991.", "declared its independence", "SVN", "YUG"),
    ("In 1971 Bangladesh seceded from Pakistan.", "seceded", "BGD", "PAK"),
]


@pytest.mark.parametrize("text,trigger,state,left", CASES)
def test_the_state_left_is_the_target(pipeline, text, trigger, state, left):
    found = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert found, show(events_of(pipeline, text))
    assert state in states(found[0], SOURCE), show(found)
    assert left in states(found[0], TARGET), show(found)


KEPT = [  # no "from" phrase: no target; a body made independent founds no state
    ("Guyana became independent on 26 May 1966.", "became independent"),
]


@pytest.mark.parametrize("text,trigger", KEPT)
def test_no_from_phrase_no_target(pipeline, text, trigger):
    found = [e for e in events_of(pipeline, text) if e.trigger == trigger]
    assert found, show(events_of(pipeline, text))
    assert not states(found[0], TARGET), show(found)


def test_a_body_made_independent_founds_nothing(pipeline):
    text = "The central bank became independent from the government in 1998."
    assert not [e for e in events_of(pipeline, text) if e.type == "FOUND"], show(events_of(pipeline, text))
