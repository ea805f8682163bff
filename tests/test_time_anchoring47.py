"""Which date a relative or bare time expression is counted from (chronica.time.tagger,
chronica.time.counted): a shift after a thing's date the story has moved on to counts from that
date; a bare month or day does not take the year of a date the story only looks back to; "the day
after X" counts from X; "last November" is the writer's. Case tables of sentences written for these
tests, each rule after the shape of at least three dev texts."""

from __future__ import annotations

import pytest

from chronica.events import extract_events
from chronica.nlp import load_pipeline
from chronica.stages import prepare
from chronica.time import tag


def _value(text: str, phrase: str, dct: str | None = None, nth: int = 0) -> str | None:
    found = [t for t in tag(text, dct) if t.text == phrase]
    return found[nth].value if len(found) > nth else None


#: (text, the expression as tagged, its type and value): "the day after X" / "the year before X"
#: counts from X (:data:`chronica.time.grammar.AFTER_THE`): nothing of its own beside a written date,
#: X's date when the text tells it, the duration alone when it does not; "the day after," alone is a
#: shift from the story's date
DAY_AFTER_CASES = [
    ("The army crossed the river on 21 August 1961, the day after the council declared a truce.",
     "the day", "DURATION", "P1D"),
    ("The accord was signed on 12 March 1993. The peace force landed in the south the day after the signing.",
     "the day after", "DATE", "1993-03-13"),
    ("The treaty was signed in 1920. The year after the treaty, the garrison left.", "The year after",
     "DATE", "1921"),
    ("The new state was recognised by its neighbour the day before the vote.", "the day", "DURATION", "P1D"),
    ("The city fell on 14 June 1967. The day before, the last diplomats had been flown out.",
     "The day before", "DATE", "1967-06-13"),
]


@pytest.mark.parametrize("text,phrase,type_,value", DAY_AFTER_CASES)
def test_the_day_after_a_happening_counts_from_it(text, phrase, type_, value):
    found = {t.text: t for t in tag(text)}
    assert found[phrase].type == type_ and found[phrase].value == value


def test_a_shift_after_an_appositive_day_after_counts_from_the_written_date():
    text = ("The army crossed the river on 21 August 1961, the day after the council declared a truce. "
            "Its first thrust was stopped five days later.")
    assert _value(text, "five days later") == "1961-08-26"


#: (text, the expression, its value): counted from the date the named happening is told with in
#: the phrase right after the expression (``dated_where_named``)
DATED_WHERE_NAMED_CASES = [
    ("A rebel column had crossed the border the day before the pact was signed on 4 July 2003.",
     "the day before", "2003-07-03"),
    ("The bombing came four months before the port left the customs union on 3 March 1971.",
     "four months before", "1970-11"),
    ("The press revealed the plot a year after the general seized power in March 1973.", "a year after", "1974"),
]


@pytest.mark.parametrize("text,phrase,value", DATED_WHERE_NAMED_CASES)
def test_counted_from_the_date_the_happening_is_told_with(text, phrase, value):
    assert _value(text, phrase) == value
