""""N years ago this week" is one expression: the week of that number N years back, not the week
of writing (the anniversary form of "ago today" and "ago this month", ``_ANNIVERSARY_DAYS``), so an
event told with it is dated N years back. Invented sentences and dates."""

from __future__ import annotations

import pytest
from dating_cases import event_dates

from chronica.time import tag

#: (text, document date, the expression, its value)
WEEK_CASES = [
    ("Twenty years ago this week, Ruritania and Borduria signed a truce at the river.", "2024-03-14",
     "Twenty years ago this week", "2004-W11"),
    ("The pact, signed sixteen years ago this week, still holds.", "2019-10-02",
     "sixteen years ago this week", "2003-W40"),
    # the ISO week of the day of writing that many years back, across a turn of the year
    ("Five years ago this week the ferry sank.", "2021-01-02", "Five years ago this week", "2015-W53"),
]


@pytest.mark.parametrize("text,dct,phrase,value", WEEK_CASES)
def test_years_ago_this_week_is_that_week_back(text, dct, phrase, value):
    found = {t.text: t.value for t in tag(text, dct)}
    assert found[phrase] == value


def test_event_told_years_ago_this_week_is_dated_back(time_actors):
    dates = event_dates(time_actors, "Thirty years ago this week, Borduria expelled the Ruritanian ambassador.",
                        "2022-05-20")
    assert dates["expelled"] == "1992-05"


def test_day_written_beside_the_anniversary_week_dates_the_event(time_actors):
    text = "Forty years ago this week, on 30 December 1983, Ruritania and Borduria signed a short treaty."
    assert event_dates(time_actors, text, "2023-12-28")["signed a short treaty"] == "1983-12-30"
