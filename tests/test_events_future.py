"""Cooperation told in the future tense is AGREE, a retreat CONCEDE, as the PLOVER codebook
reduces them (AGREE: "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in
future tense ... should be coded as AGREE"; RETREAT: "Announcements of future retreats should be
coded as CONCEDE"). The modality stays planned; a conditional or a plan is no future tense."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.events.model import PLANNED


@pytest.mark.parametrize("text, etype, cameo", [
    ("Finland's president will travel to Oslo next month for a state visit.", "AGREE", "036"),
    ("Portugal and Spain are expected to sign a fisheries accord in Lisbon next week.", "AGREE", "032"),
    ("Japan will send aid to Turkey.", "AGREE", "033"),
    ("Austria will withdraw its troops from Slovenia by the end of the year.", "CONCEDE", "0356"),
])
def test_cooperation_in_the_future_tense_is_agree_a_retreat_concede(nlp, text, etype, cameo):
    events = extract_events(nlp(text))
    mine = [e for e in events if e.type == etype]
    assert mine, [(e.type, e.summary) for e in events]
    assert (mine[0].cameo, mine[0].modality) == (cameo, PLANNED)
    assert mine[0].summary.endswith("[planned]")


@pytest.mark.parametrize("text, etype", [
    ("Japan would send aid to Turkey if asked.", "AID"),  # a conditional: possible
    ("Japan plans to send aid to Turkey.", "AID"),  # a plan, not the future tense
    ("India will attack Nepal.", "ASSAULT"),  # no cooperation: a hostile act stays itself
    ("The forces of Austria shall withdraw from the areas they entered.", "RETREAT"),  # "shall": an obligation
])
def test_no_future_tense_or_no_cooperation_keeps_the_type(nlp, text, etype):
    events = extract_events(nlp(text))
    assert [e.type for e in events if e.type in (etype, "AGREE", "CONCEDE")] == [etype], [(e.type, e.summary) for e in events]
