"""A time of the event's own clause before one that reaches it only through an adverbial clause of
time ("After X ruled on D1 that ..., Y was withdrawn on D2"), ``_dating._through_time_clause``.
Invented sentences."""

from __future__ import annotations

import pytest

from dating_cases import event_dates

CASES = [
    ("After the council ruled on 4 April 1990 that the port was Ostland's, the navy of Borduria was withdrawn"
     " on 9 May 1991.", "withdrawn", "1991-05-09"),
    ("After the assembly decided on 12 March 1961 that Valdoria should become independent, the Republic of"
     " Valdoria was proclaimed on 3 June 1963.", "proclaimed", "1963-06-03"),
    ("After the court found on 8 June 2001 that the vote was void, the president of Ostland resigned on"
     " 12 June 2001.", "resigned", "2001-06-12"),
    # with no time of its own, the clause of time still sets the event's
    ("When the talks collapsed on 2 March 1977, Ruritania expelled the Valdorian ambassador.", "expelled",
     "1977-03-02"),
]


@pytest.mark.parametrize("text,trigger,date", CASES)
def test_own_time_before_the_time_clause(time_actors, text: str, trigger: str, date: str) -> None:
    assert event_dates(time_actors, text)[trigger] == date
