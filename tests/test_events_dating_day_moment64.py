"""A date told "on" a moment of the day ("before dawn on 16 July 1927", "shortly after midnight on 3
June") is the clause's time, as the date alone would be (``_dating.part_of_day``,
``DAY_MOMENT_NOUNS``), not a thing's date: it sets the story for the next sentence as any date of
the clause does. Before, the parser's "dawn <- on <- 16 July" made it a noun's date (attributive),
which moves no narrative. Case table of sentences written for this test (invented events and
dates); the form is in dev texts of several subjects (session 64)."""

from __future__ import annotations

import pytest

from tests.dating_cases import event_dates

#: (text, trigger, its date)
DAY_MOMENT_CASES = [
    ("Before dawn on 16 July 1927 rebels attacked the garrison at Tarsa. Borduria sent troops to the border.",
     "sent troops", "1927-07-16"),
    ("Rebels attacked the garrison at Tarsa before dawn on 16 July 1927. Borduria sent troops to the border.",
     "sent troops", "1927-07-16"),
    # the moment's own clause keeps its date (as before the rule)
    ("Before dawn on 16 July 1927 rebels attacked the garrison at Tarsa.", "attacked", "1927-07-16"),
]


@pytest.mark.parametrize("text,trigger,date", DAY_MOMENT_CASES)
def test_a_date_told_on_a_moment_of_the_day_is_the_clauses(time_actors, text, trigger, date):
    assert event_dates(time_actors, text, "2020-01-01")[trigger] == date
