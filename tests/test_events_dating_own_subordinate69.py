"""Of the times the attachment gave an event, one of its own clause is its time before one the parser
hung on it from a subordinate clause headed by another verb ("By September the visits were over,
...: X signed a protocol on 12 January", the clause before the colon parsed as the complement of the
verb after it). ``ATTACHMENT_CHECKS["own_time_in_a_subordinate_clause"]``. Invented sentences and
dates."""

from __future__ import annotations

import pytest
from dating_cases import event_dates

#: (text, document date, trigger, its date)
OWN_CASES = [
    # the subordinate clause's time, hung on the event's verb by the parse, is not the event's
    ("By September the visits were over, and this year the argument has moved to the river: Ruritania "
     "signed a protocol with Borduria on 12 January.", "2024-10-20", "signed a protocol", "2024-01-12"),
    # the event's own clause has no other time: the attached one stays
    ("By September 1990 the visits were over: Ruritania signed a protocol with Borduria.", "2024-10-20",
     "signed a protocol", "1990-09"),
    # a clause on the event's own noun tells that happening: its time is the event's
    ("The 1936 treaty between Norway and Iceland, signed in Oslo on 9 June, ended the quarrel over the "
     "fisheries.", "2024-10-20", "treaty", "1936-06-09"),
    # a time of the event's own clause, with a temporal clause before it, as before
    ("When the war ended in 1945, the Ruritanian army withdrew from the northern towns on 3 June 1946.",
     "2024-10-20", "withdrew", "1946-06-03"),
]


@pytest.fixture(scope="module")
def full(time_actors):
    """The shared time-and-actors pipeline (tests/conftest.py)."""
    return time_actors


@pytest.mark.parametrize("text,dct,trigger,date", OWN_CASES)
def test_own_clause_time_before_a_subordinate_one(full, text, dct, trigger, date):
    assert event_dates(full, text, dct)[trigger] == date
