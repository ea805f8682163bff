""""the next year" / "the next month" told after a verb of its clause is the story's next year or
month, a step as "the following year" is ("Borduria followed suit the next year"), not a stretch of
twelve months; after a preposition or a verb of spending time it stays the stretch ("over the next
year", "spent the next year abroad"). ``grammar._told_step``, ``lexicon.NEXT_STRETCH_WORDS``.
Invented sentences and dates."""

from __future__ import annotations

import pytest
from dating_cases import event_dates

from chronica.time import tag

#: (text, document date, the expression, its type, its value)
NEXT_CASES = [
    # a step of the story, after a verb or an adverb of its clause
    ("Ruritania opened a consulate in 1994, and Borduria followed suit the next year.", "2020-05-01",
     "the next year", "DATE", "1995"),
    ("The treaty was signed in 1950 and ratified the next year.", "2020-05-01", "the next year", "DATE", "1951"),
    ("The survey started in the spring of 1983 and delivered its maps early the next year.", "2020-05-01",
     "early the next year", "DATE", "1984"),
    ("The strike began in March 2003 and spread to the ports the next month.", "2020-05-01",
     "the next month", "DATE", "2003-04"),
    # a stretch: after a preposition, a verb of spending time, or with "or so" / "of" after it
    ("Prices will rise over the next year.", "2020-05-01", "the next year", "DURATION", "P1Y"),
    ("After the coup in 1971 the minister spent the next year in exile.", "2020-05-01", "the next year",
     "DURATION", "P1Y"),
    ("The ministry expects losses for the next year or so.", "2020-05-01", "the next year", "DURATION", "P1Y"),
    ("Sales in the next month should recover.", "2020-05-01", "the next month", "DURATION", "P1M"),
]


@pytest.mark.parametrize("text,dct,phrase,kind,value", NEXT_CASES)
def test_the_next_year_after_a_verb_is_a_step(text, dct, phrase, kind, value):
    found = {t.text: (t.type, t.value) for t in tag(text, dct)}
    assert found[phrase] == (kind, value)


def test_event_told_the_next_year_is_dated_to_it(time_actors):
    dates = event_dates(time_actors, "Ruritania closed its embassy in 1980 and Borduria expelled its envoys the next year.",
                        "2020-05-01")
    assert dates["expelled"] == "1981"
    assert dates["closed its embassy"] == "1980"
