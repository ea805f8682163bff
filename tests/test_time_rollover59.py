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
    ("The hill town fell to the northern army on 22 November 1950 and the port followed on 10 December. "
     "By January the front ran deep inside the valley.", "2021-02-15", "January", "1951-01"),
    ("The siege of the harbour had begun in late December 1950, and by January the defenders had "
     "fallen back to the hills.", "2019-01-15", "January", "1951-01"),
    ("Borduria's opposition won the vote of 1 December 2016. A week later the president rejected the "
     "result. The regional bloc gave him until 19 January to leave.", "2019-01-25", "19 January", "2017-01-19"),
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
    ("In 1963 herders rose against the Ruritanian state in a revolt that dragged on for nearly three "
     "years before the army crushed it.", "nearly three years", "DURATION", "P3Y"),
    ("A second offensive followed in February 2008; the fighting lasted about two weeks before the "
     "soldiers withdrew.", "about two weeks", "DURATION", "P2W"),
    ("The ban began in April 2017, and the embargo ran for more than a year before the two leaders met.",
     "more than a year", "DURATION", "P1Y"),
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
    text = ("In March 1995 Borduria's troops crossed the border and pulled back in May. A shorter operation "
            "followed in February 2008; the fighting lasted about two weeks before the soldiers withdrew.")
    dates = event_dates(time_actors, text, "2020-01-01")
    assert dates["pulled"] == "1995-05"
    assert dates["withdrew"] is None
