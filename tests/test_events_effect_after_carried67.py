"""A treaty's coming into effect told in a second conjunct of the clause that tells its signing
(issue 9, events found and dated):

- ``effect_after_carried_act``: "the treaty was signed in Lima on 12 May 1986 and came into force on
  1 March 1987" tells two happenings - the signing (the treaty's own event, by the light verb) and
  its coming into force, a dated happening of its own with the second clause's date; a verb of the
  first conjunct that is no light verb ("was drafted in 1990 and came into force in 1991") and a
  thing told by nothing else ("the ceasefire came into force on 2 May 1990") keep one event.

Case tables written for these tests (invented facts between real countries)."""

from __future__ import annotations

import pytest
from event_cases import extracted as _events


@pytest.fixture
def full(time_actors):
    """The pipeline with the time and actor stages, as a build runs it (conftest's ``time_actors``)."""
    return time_actors


#: (text, date of the signing, date of the coming into effect)
EFFECT_CASES = [
    ("The treaty was signed in Lima on 12 May 1986 and came into force on 1 March 1987.", "1986-05-12",
     "1987-03-01"),
    ("The agreement was signed in 1979 and came into operation on 14 October 1980.", "1979", "1980-10-14"),
    ("The fisheries accord was concluded in Oslo in March 1988 and entered into force in June 1989.", "1988-03",
     "1989-06"),
]


@pytest.mark.parametrize("text,signed,effect", EFFECT_CASES)
def test_coming_into_effect_after_a_signing_is_its_own_happening(full, text, signed, effect):
    dates = sorted(e.date for e in _events(full, text))
    assert dates == sorted([signed, effect]), [(e.trigger, e.date) for e in _events(full, text)]


#: (text, the one date): no second happening
ONE_EVENT_CASES = [
    ("The ceasefire between Chile and Norway came into force on 2 May 1990.", "1990-05-02"),
]


@pytest.mark.parametrize("text,date", ONE_EVENT_CASES)
def test_a_thing_told_by_nothing_else_keeps_one_event(full, text, date):
    assert [e.date for e in _events(full, text)] == [date]


def test_a_first_conjunct_of_no_light_verb_adds_no_happening(full):
    text = "The pact was drafted in 1990 and came into force in 1991."
    assert not [e for e in _events(full, text) if e.trigger == "came"]
