"""Session 42: a definite "the month", "the week", "the year" ("at the end of the month", "within
the week", "before the end of the year") right after a date the story told in a year before the
date of writing is that date's month, week or year, not the writer's
(``_Resolver._unit_of_the_story`` in :mod:`chronica.time.tagger`).

The story must be told finer than the unit (a day or month for "the year", a day for "the month"),
or the unit must stand in apposition to the date ("in 1919, the year ..."); in the same sentence or
the next, in one paragraph; and the clause must not look ahead. Sentences written for these tests
in the shape of three dev texts (a withdrawal at the end of a month, an agreement providing for a
transfer before the end of a year, a convention concluded in a year named again in apposition)."""

from __future__ import annotations

import pytest

from chronica.time import tag
from chronica.time.timex import Timex


def _find(timexes: list[Timex], text: str) -> Timex:
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not in {[t.text for t in timexes]}")


@pytest.mark.parametrize(
    "text, dct, expression, value",
    [
        # the month of a day just told, in the next sentence
        ("The council set up the new mission on 14 March 1998. The last garrison marched out at the end of the month.",
         "2011-06-01", "the end of the month", "1998-03"),
        ("The envoys signed the truce on 3 June 1987. The rebels handed in their guns at the end of the month.",
         "2012-02-10", "the end of the month", "1987-06"),
        # the week of a day just told
        ("The militia seized the airfield on 9 April 2003; the hostages were flown home within the week.",
         "2015-08-01", "the week", "2003-W15"),
        # the year of a day told in the same sentence, looked ahead to from the past
        ("The accords signed on 5 October 1951 provided for a handover before the end of the year.",
         "2020-05-01", "the end of the year", "1951"),
        # the year in apposition to the year told
        ("A fishing treaty was concluded in 1927, the year the two navies first held joint drills.",
         "2019-03-01", "the year", "1927"),
    ],
)
def test_time_a_definite_unit_after_the_storys_date_is_that_dates(text, dct, expression, value) -> None:
    tx = _find(tag(text, dct), expression)
    assert tx.value == value
    assert tx.anchor == "narrative"


@pytest.mark.parametrize(
    "text, dct, expression, value",
    [
        # a year told alone names no month: news keeps "the year" on the date of writing
        ("Prices rose in 1989. By the end of the year they fell.", "2020-05-01", "the end of the year", "2020"),
        # looking ahead: the writer's year
        ("The pact was signed on 2 May 1990. The army will leave by the end of the year.",
         "2020-05-01", "the end of the year", "2020"),
        # a new paragraph: no longer the story's month
        ("The mission opened on 4 March 1996.\n\nThe last convoy left at the end of the month.",
         "2020-05-01", "the end of the month", "2020-05"),
        # a date in the writer's own year: nothing to change
        ("The bridge reopened on 3 February. Traffic was back to normal by the end of the month.",
         "2020-05-01", "the end of the month", "2020-05"),
        # two sentences on: too far
        ("The port closed on 8 July 1970. Ships waited. Crews went home. Trade stopped at the end of the month.",
         "2020-09-01", "the end of the month", "2020-09"),
    ],
)
def test_time_a_definite_unit_stays_the_writers_otherwise(text, dct, expression, value) -> None:
    assert _find(tag(text, dct), expression).value == value
