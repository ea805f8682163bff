"""A year after a preposition stays a year when the clause's count is told after it by "more than N"
(``chronica.time.lexicon.COUNT_TOLD_AFTER``): the word right after the year ("more", a verb such as
"killed") would otherwise make it a count. Sentences written for this test after the shape of four
dev texts (a lecture on a refugee return, an NGO report on a repatriation, a radio bulletin on an
exodus of workers, an interview on a war's toll)."""

from __future__ import annotations

import pytest

from chronica.time import tag

YEAR_CASES = [
    ("When the scheme closed in 2014 more than 20,000 families had gone home.", "2014"),
    ("By the end of 1983 more than 90,000 people had been returned across the river.", "1983"),
    ("During the unrest in 2013 more than 40,000 migrant labourers left the country.", "2013"),
    ("The siege of 1994 killed more than 2,000 people in the old town.", "1994"),
]


@pytest.mark.parametrize("sentence,year", YEAR_CASES)
def test_year_before_a_count_told_after_it(sentence, year):
    values = [t.value for t in tag(sentence, None)]
    assert year in values


COUNT_CASES = [
    "There were 2000 more soldiers than 1,000 expected.",  # no preposition before: a count
    "Roughly 1200 people came.",
    "The toll rose to 1500 killed and 300 wounded.",
]


@pytest.mark.parametrize("sentence", COUNT_CASES)
def test_a_count_stays_a_count(sentence):
    assert not [t for t in tag(sentence, None) if t.value and t.value[:4].isdigit() and len(t.value) == 4]
