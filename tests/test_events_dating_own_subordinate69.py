"""Of the times the attachment gave an event, one of its own clause is its time before one the parser
hung on it from a subordinate clause headed by another verb ("By December the talks were over, ...:
X signed the memorandum on 1 January", the clause before the colon parsed as the complement of the
verb after it). ``ATTACHMENT_CHECKS["own_time_in_a_subordinate_clause"]``. Invented sentences and
dates."""

from __future__ import annotations

import pytest
from dating_cases import event_dates

#: (text, document date, trigger, its date)
OWN_CASES = [
    # the subordinate clause's time, hung on the event's verb by the parse, is not the event's
    ("By December the talks were over, and this year the quarrel has moved to the coast: Ruritania signed "
     "its memorandum with Borduria on 1 January.", "2024-10-20", "signed its memorandum", "2024-01-01"),
    # the event's own clause has no other time: the attached one stays
    ("By December 1990 the talks were over: Ruritania signed its memorandum with Borduria.", "2024-10-20",
     "signed its memorandum", "1990-12"),
    # a clause on the event's own noun tells that happening: its time is the event's
    ("The 1936 treaty between Norway and Iceland, signed in Oslo on 2 March, ended the quarrel over the "
     "fisheries.", "2024-10-20", "treaty", "1936-03-02"),
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
