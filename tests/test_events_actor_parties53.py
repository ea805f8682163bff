"""Who the parties are, session 53: a gap through which a party the sentence or its document
names was left without its state (blind judges' "actors" failures; doer misses on several dev
subjects). Every sentence below was written for these tests.

A person of the Phoenix dictionary is also named as running text names them: without an
honorific, and by the first and last words of a longer name (rule ``phoenix_short_names`` of
:class:`chronica.actors.kb.KnowledgeBase`): "Hastings Banda" is the dictionary's HASTINGS KAMUZU
BANDA, "Dawda Jawara" its SIR DAWDA JAWARA - and so the state they led at the event's date.
"""

from __future__ import annotations

import pytest

from chronica.events.model import SOURCE
from event_cases import events_of, show, states

# --- a Phoenix person by the short name running text uses -----------------------------------

SHORT_NAMES = [  # (text, type, the doer's state): the document names the official's state
    ("Malawi looked north for friends. In 1977 Hastings Banda paid a state visit to Kenya.",
     "CONSULT", "MWI"),
    ("The Gambia had no navy of its own. In 1975 Dawda Jawara asked Nigeria for patrol boats.", "REQUEST", "GMB"),
    ("New Zealand objected to the whaling. In 1974 Norman Kirk sent a frigate to protest against the Japanese "
     "whaling fleet.", None, "NZL"),
    ("The Philippines pressed its claim. In 1970 Ferdinand Marcos accused Indonesia of bad faith.", "ACCUSE", "PHL"),
]


@pytest.mark.parametrize("text,etype,state", SHORT_NAMES)
def test_a_dictionary_person_by_a_short_name(pipeline, text, etype, state):
    events = [e for e in events_of(pipeline, text) if etype is None or e.type == etype]
    assert events, show(events_of(pipeline, text))
    assert state in states(events[0], SOURCE), show(events)


NOT_THE_OFFICIAL = [  # the short name where the document names none of the official's states
    ("In 1970 Ferdinand Marcos accused Indonesia of bad faith.", "ACCUSE"),
    ("In 1975 Dawda Jawara asked Nigeria for patrol boats.", "REQUEST"),
]


@pytest.mark.parametrize("text,etype", NOT_THE_OFFICIAL)
def test_a_short_name_needs_the_officials_state_named(pipeline, text, etype):
    events = [e for e in events_of(pipeline, text) if e.type == etype]
    assert events, show(events_of(pipeline, text))
    assert not [p for p in events[0].actors(SOURCE) if p.actor_id], show(events)


def test_short_names_are_kept_out_of_the_name_index():
    from chronica.actors.kb import load_kb

    kb = load_kb()
    assert kb.short_names.get("hastings banda") == "phx:hastings_kamuzu_banda"
    assert kb.short_names.get("dawda jawara") == "phx:sir_dawda_jawara"
    assert not kb.lookup("Hastings Banda")  # a common name is some official's: the resolver decides
