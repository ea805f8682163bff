"""A month (or a day of a month) told without a year in the past tense cannot lie after a known
date of writing: it has already been. It takes the year of the story when the last date told lies
in an earlier year and the month comes on or after it. Without such a year it keeps the year of
writing: news tells its coming days in the past tense too ("said the dividend was payable Nov. 6").
Cases written for the tests in the manner of three dev texts where the rule applies (a newsletter
looking back on last year, srbkos; an anniversary wire going back forty years, ugatan; an op-ed
answering last year's quarrel "in May", maresp) and of an interview."""

from __future__ import annotations

import pytest

from chronica.time import Timex, tag


def _find(timexes: list[Timex], text: str) -> Timex:
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not found in {[t.text for t in timexes]}")


#: (text, dct, expression, value): a past-tense month after the date of writing
PAST_MONTH_CASES = [
    # a newsletter: "last year" sets the story's year, the bare month goes on in it
    ("Last year a row over border crossings brought the valley to the brink. In November, local "
     "police officers and judges walked out of the institutions in protest.", "2023-09-29",
     "November", "2022-11"),
    # an anniversary wire: the story told in 1978, then a bare day after it
    ("Forty years ago the invasion began. The bridge was blown up by retreating troops in November "
     "1978.\n\n\"We were farmers,\" said one veteran. \"We trained for six weeks.\" \"We knew why we "
     "went.\"\n\nThe invaders seized the land north of the river. On 2 November the president declared "
     "the territory annexed.", "2018-10-30", "2 November", "1978-11-02"),
    # an op-ed: "last year" then a bare month after the date of writing, answered in the past
    ("In March last year the government received the rebel leader in a clinic. The reply came in May: "
     "thousands of migrants crossed the fence in two days.", "2022-03-22", "May", "2021-05"),
    # an interview: the year told a few answers back, a bare day after the date of writing
    ("Q: When did it start?\n\nA: In 2012 the rebels moved south.\n\nQ: Did anyone stop them?\n\n"
     "A: Nobody did. The army was tired. The roads were open.\n\nOn 3 December they walked into "
     "the town.", "2013-11-20", "3 December", "2012-12-03"),
]


@pytest.mark.parametrize("text,dct,expression,value", PAST_MONTH_CASES)
def test_past_month_is_not_after_the_writing(text, dct, expression, value):
    assert _find(tag(text, dct), expression).value == value


#: (text, dct, expression, value): months the rule leaves alone - the future, the month of
#: writing itself, a month before the date of writing, no known date of writing
UNCHANGED_CASES = [
    ("The ministers will meet again in November to sign the accord.", "2023-09-29", "November", "2023-11"),
    ("Talks were expected to resume in November, diplomats said.", "2023-09-29", "November", "2023-11"),
    ("In September the army withdrew from the northern posts.", "2023-09-29", "September", "2023-09"),
    ("In July the army withdrew from the northern posts.", "2023-09-29", "July", "2023-07"),
    # a future cue in the clause, a weekday with the day: the coming day, whatever the story's year
    ("He joined the crew in 2015.\n\nA funeral will be held at the church on 5 December.", "2019-11-22",
     "5 December", "2019-12-05"),
    ("He joined the crew in 2015.\n\nMourners gathered on Thursday 5 December.", "2019-11-22",
     "Thursday 5 December", "2019-12-05"),
    # no earlier year told: news of its coming days in the past tense keeps the year of writing
    ("The board said the dividend was payable Nov. 6 to holders of record.", "1989-10-30", "Nov. 6", "1989-11-06"),
    ("By December the talks were over, and this year the quarrel has moved on.", "2024-10-20",
     "December", "2024-12"),
]


@pytest.mark.parametrize("text,dct,expression,value", UNCHANGED_CASES)
def test_other_months_keep_their_year(text, dct, expression, value):
    assert _find(tag(text, dct), expression).value == value
