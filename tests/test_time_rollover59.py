"""A bare month of the next year after a December the story reached, and a count that is a stretch
("lasted two weeks before ..."), in chronica.time (tagger ``_year_rolls_over``, grammar ``_p_later``
with :data:`chronica.time.lexicon.STRETCH_GOVERNORS`). Case tables of sentences written for these
tests (invented events and dates), each rule after the shape of at least three dev texts."""

from __future__ import annotations

import pytest

from chronica.time import tag
from tests.dating_cases import event_dates


def _value(text: str, phrase: str, dct: str | None = None) -> str | None:
    found = [t for t in tag(text, dct) if t.text == phrase]
    return found[0].value if found else None


#: (text, document date, the bare month or day, its value): told right after a December of the
#: story, going on, January to May is the next year's
ROLLOVER_CASES = [
    ("The upper fort surrendered on 22 November 1870 and the lower one on 9 December. By January the "
     "besiegers held every bridge.", "2021-02-15", "January", "1871-01"),
    ("The blockade of the harbour had begun in late December 1870, and by January the garrison had "
     "eaten its horses.", "2019-01-15", "January", "1871-01"),
    ("Borduria's opposition won the vote of 1 December 2016. A week later the president disowned the "
     "count. The council set him a deadline of 19 January.", "2019-01-25", "19 January", "2017-01-19"),
    ("The river league was founded on 25 December 1989 in Tarsa. Riots in the capital on 20 March left "
     "five people dead.", "1996-09-17", "20 March", "1990-03-20"),
    ("The envoys met in December 1972, without a result. In February the talks resumed in Geneva.",
     "2001-05-02", "February", "1973-02"),
]

#: controls: a sentence looking back, a month from June on, a paragraph between, a month that would
#: come after the date of writing, and "that March" keep their year
ROLLOVER_CONTROL_CASES = [
    ("The river league was founded on 25 December 1989. The riots of 20 March had left five dead.",
     "1996-09-17", "20 March", "1989-03-20"),
    ("The envoys met in December 1972, without a result. In July the talks resumed in Geneva.",
     "2001-05-02", "July", "1972-07"),
    ("The envoys met on 4 December 1972, without a result.\n\nThe sea rose. In February the levees "
     "broke in the south.", "2001-05-02", "February", "2001-02"),
    ("The envoys met on 4 December 2000, without a result. In March the talks resumed.",
     "2001-01-20", "March", "2000-03"),
]


@pytest.mark.parametrize("text,dct,phrase,value", ROLLOVER_CASES + ROLLOVER_CONTROL_CASES)
def test_a_month_after_december_is_of_the_next_year(text, dct, phrase, value):
    assert _value(text, phrase, dct) == value


#: (text, the count, its TIMEX3 type and value): after "for" or a verb of lasting, "N units
#: before/after ..." is how long it went on, a duration; otherwise a date counted from what it names
STRETCH_CASES = [
    ("In 1871 the miners of Tarsa struck, and the stoppage went on for nearly three years before the "
     "owners gave in.", "nearly three years", "DURATION", "P3Y"),
    ("Borduria blockaded the port in June 1904; the blockade lasted about two weeks before the "
     "harbour surrendered.", "about two weeks", "DURATION", "P2W"),
    ("The tariff war began in April 1911, and the boycott held for more than a year before the "
     "ministers settled.", "more than a year", "DURATION", "P1Y"),
    # control: a count that opens its clause is counted from the happening it names
    ("The treaty was signed on 4 July 2003. Three days after the signing, the border opened.",
     "Three days after", "DATE", "2003-07-07"),
]


@pytest.mark.parametrize("text,phrase,type_,value", STRETCH_CASES)
def test_a_count_after_for_or_lasted_is_a_stretch(text, phrase, type_, value):
    found = [t for t in tag(text, "2020-01-01") if t.text == phrase]
    assert found and (found[0].type, found[0].value) == (type_, value)


def test_the_end_of_a_stretch_takes_no_older_date(time_actors):
    """The happening the stretch ends in happened at a time the text does not tell: it takes neither
    the date of an older operation told the sentence before nor a date counted back from it."""
    text = ("In March 1885 Borduria's troops crossed the border and pulled back in May. Another raid came "
            "in February 1902; the siege lasted about two weeks before the Bordurian garrison withdrew.")
    dates = event_dates(time_actors, text, "2020-01-01")
    assert dates["pulled"] == "1885-05"
    assert dates["withdrew"] is None
