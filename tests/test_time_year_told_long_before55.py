"""A month or day told with no year after years told long before the date of writing
(chronica.time.tagger, ``_Resolver._year_told_long_before``): when the last years the text told
close by lie ten years or more before the document's date and nothing told since is of the writer's
own years, a month told in the past tense is the story's - the last year told, unless that is a
thing only looked back to from the story's year - not the writer's. Case tables of sentences
written for these tests (invented events, invented dates)."""

from __future__ import annotations

import pytest

from chronica.time import tag


def _value(text: str, phrase: str, dct: str | None = None) -> str | None:
    found = [t for t in tag(text, dct) if t.text == phrase]
    return found[0].value if found else None


#: (text, document date, the month or day, its value): the last year told long before the writing
TOLD_LONG_BEFORE_CASES = [
    # a thing's day, told after the story's year
    ("The customs quarrel began in 1921. The Strel convention of 14 February 1934 was ratified by both "
     "chambers. Its first commission convened in Velm on 9 March.", "2020-10-01", "9 March", "1934-03-09"),
    # a thing's date is all the paragraph told
    ("The Ruritanian census of 3 March 1961 was disputed by the southern provinces. A commission "
     "reviewed the counts in October.", "2019-04-02", "October", "1961-10"),
    # a thing only looked back to from the story's year lends no year: the story's does
    ("On 4 October 1871 a Borduran column burned the customs house at Orsk. The town burned for two "
     "days. Its mayor fled.\n\nThe guilds sent for help. Ivo Marek, whose father had led the 1866 "
     "rising, arrived from the coast on 11 October and took command.", "2018-08-10", "11 October",
     "1871-10-11"),
    # a day before the month the story last reached ("by April") is still the story's year
    ("Ruritania closed the border on 2 February 1964. Trade fell by half, and by April the mills of "
     "Velm had shut. On 20 February the governor asked for talks.", "2019-05-05", "20 February",
     "1964-02-20"),
]

#: controls: a span counted up to now ("since ...", the year of "since the accord of 1959"), a date
#: of the writer's years told since, a year near the writing, a month before the day told (news
#: going back, or a limit reached going forward into the next year) keep the writer's year
CONTROL_CASES = [
    ("The treaty of 1931 settled the border. Thousands have crossed it since the strike at the mines "
     "began on 9 November.", "2023-12-14", "9 November", "2023-11-09"),
    ("Borduria has held the valley since the accord of 1959. Thousands of herders left it in April.",
     "2021-07-01", "April", "2021-04"),
    ("The old treaty dates from 1936. Last November the ministers met again, and in March they signed "
     "a new protocol.", "2019-06-01", "March", "2019-03"),
    ("The customs quarrel began in 2016. The commission reviewed the tolls in October.",
     "2019-04-02", "October", "2018-10"),
    ("The siege of Velm began in late November 1712, and by February the garrison had eaten its last "
     "horses.", "2010-05-05", "February", "2010-02"),
]


@pytest.mark.parametrize("text,dct,phrase,value", TOLD_LONG_BEFORE_CASES + CONTROL_CASES)
def test_a_month_after_a_year_told_long_before_is_the_storys(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value
