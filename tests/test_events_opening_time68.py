"""The time that opens a sentence ("In March 1995 ...", "On 2 May 1931 ...") dates a clause of it
told later in the simple past with no time of its own, when no other time is told between them,
however the parser joined the clauses (``ATTACHMENT_CHECKS["opening_time_reaches"]``, read by
``_dating.earlier_clause_ref``). Not a content clause of a verb told before it, not a clause after
another time of the sentence. Invented sentences and dates."""

from __future__ import annotations

import pytest
from dating_cases import event_dates


@pytest.fixture(scope="module")
def full(time_actors):
    """The shared time-and-actors pipeline (tests/conftest.py)."""
    return time_actors


#: (text, trigger, date): the opening time reaches the later clause
REACHED = [
    # a clause the parser made the complement of the clause after the semicolon
    ("In March 1995 thousands of Ruritanian soldiers crossed the border, and Borduria protested in "
     "vain; they pulled back in May.", "protested", "1995-03"),
    ("On 2 May 1931 planes bombed the harbour; Ruritania blamed Borduria, Borduria denied.", "blamed", "1931-05-02"),
    ("On 2 May 1931 planes bombed the harbour; Ruritania blamed Borduria, Borduria denied.", "denied", "1931-05-02"),
    ("In July 1966 Borduria closed the border, and Ruritania protested in vain; the crossing reopened "
     "in October.", "protested", "1966-07"),
]


@pytest.mark.parametrize("text,trigger,date", REACHED)
def test_opening_time_dates_a_later_clause(full, text, trigger, date):
    assert event_dates(full, text)[trigger] == date


#: (text, trigger, date): the opening time does not reach the clause
NOT_REACHED = [
    # another time is told between: the clause after it takes that one
    ("In March 1995 thousands of Ruritanian soldiers crossed the border, and Borduria protested in "
     "vain; they pulled back in May.", "pulled", "1995-05"),
    # a content clause of a verb told before it: what was claimed may have happened earlier
    ("In June 2004 Ruritania claimed that Borduria attacked its border posts, and Borduria protested.",
     "attacked", None),
    # the story moved on by a count told between
    ("In May 1999 Ruritanian troops shelled the port, but two years later Borduria protested.",
     "protested", "2001"),
]


@pytest.mark.parametrize("text,trigger,date", NOT_REACHED)
def test_opening_time_stops_where_the_story_moves(full, text, trigger, date):
    assert event_dates(full, text)[trigger] == date
