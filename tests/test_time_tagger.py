"""Unit tests of the time tagger, one construction per case, on sentences written for the tests."""

from __future__ import annotations

import pytest

from chronica.time import Timex, tag


def _find(timexes: list[Timex], text: str) -> Timex:
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not found in {[t.text for t in timexes]}")


def _values(sentence: str, dct: str | None = "2024-07-25") -> dict[str, str]:
    return {t.text: t.value for t in tag(sentence, dct)}


# (sentence, dct, expression, value)
ABSOLUTE = [
    ("The treaty was signed on March 3, 1921 in Riga.", "March 3, 1921", "1921-03-03"),
    ("The treaty was signed on 3 March 1921 in Riga.", "3 March 1921", "1921-03-03"),
    ("It opened on the 3rd of March, 1921, amid rain.", "the 3rd of March, 1921", "1921-03-03"),
    ("The log entry is dated 1921-03-03.", "1921-03-03", "1921-03-03"),
    ("The form was stamped 03/21/1921 by a clerk.", "03/21/1921", "1921-03-21"),
    ("The form was stamped 21.03.1921 by a clerk.", "21.03.1921", "1921-03-21"),
    ("The strike began in March 1921 and spread.", "March 1921", "1921-03"),
    ("Talks resumed in Sept. 1921 after a pause.", "Sept. 1921", "1921-09"),
    ("The dam burst in 1911, flooding the valley.", "1911", "1911"),
    ("A new mill opened in 1883.", "1883", "1883"),
    ("Prices doubled in 2o07 after the drought.", "2o07", "2007"),
    ("Sales fell in fiscal 1994, the company said.", "fiscal 1994", "1994"),
    ("The charter dates from the 1920s.", "the 1920s", "192"),
    ("Jazz clubs boomed in the '20s in the city.", "the '20s", "192"),
    ("Folk music revived in the sixties.", "the sixties", "196"),
    ("Railways spread across the plain in the 19th century.", "the 19th century", "18"),
    ("Railways spread across the plain in the nineteenth century.", "the nineteenth century", "18"),
    ("The harbour froze in the winter of 1947.", "the winter of 1947", "1947-WI"),
    ("Output rose in the third quarter of 2003.", "the third quarter of 2003", "2003-Q3"),
    ("The band toured in nineteen seventy-two.", "nineteen seventy-two", "1972"),
]


@pytest.mark.parametrize("sentence,expr,value", ABSOLUTE)
def test_absolute_dates(sentence: str, expr: str, value: str) -> None:
    tx = _find(tag(sentence, None, infer_dct=False), expr)
    assert tx.value == value
    assert tx.anchor == "absolute"
    assert tx.type == "DATE"


MODIFIED = [
    ("Reforms stalled in the early 1930s.", "the early 1930s", "193", "START", "1930-01-01", "1933-12-31"),
    ("Reforms stalled in the late 1930s.", "the late 1930s", "193", "END", "1937-01-01", "1939-12-31"),
    ("Reforms stalled by the mid-1930s.", "the mid-1930s", "193", "MID", "1933-01-01", "1936-12-31"),
    ("Farms failed in the early twentieth century.", "the early twentieth century", "19", "START", "1900-01-01", "1939-12-31"),
    ("The ship sank in mid-June 1912.", "mid-June 1912", "1912-06", "MID", "1912-06-11", "1912-06-20"),
    ("The ship sank in late 1912.", "late 1912", "1912", "END", None, "1912-12-31"),
]


@pytest.mark.parametrize("sentence,expr,value,mod,earliest,latest", MODIFIED)
def test_early_mid_late(sentence, expr, value, mod, earliest, latest) -> None:
    tx = _find(tag(sentence, None, infer_dct=False), expr)
    assert (tx.value, tx.mod) == (value, mod)
    if earliest:
        assert tx.earliest == earliest
    assert tx.latest == latest


NOT_DATES = [
    "The army sent 1,000 troops and 2,000 soldiers to the border.",
    "The plan costs $20 billion over a decade.",
    "Some 100,000 gathered in the square.",
    "A 33-year-old officer was promoted.",
    "The crowd expected a man in his 50s with grey hair.",
    "See page 1923 of the report and Briefing No. 71.",
    "Call 555-1987 for details.",
    "The home side won 3-1 in extra time.",
    "The factory employs 1500 workers in two shifts.",
    "He finished 12th of 1800 runners.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_numbers_that_are_not_dates(sentence: str) -> None:
    dates = [t for t in tag(sentence, None, infer_dct=False) if t.type in ("DATE", "TIME")]
    assert dates == [], [t.text for t in dates]


def test_years_in_date_contexts() -> None:
    text = "Founded in 1948, the club moved since 1949 and closed by 1974. It reopened 1979."
    values = _values(text, None)
    assert values["1948"] == "1948"
    assert values["1949"] == "1949"
    assert values["1974"] == "1974"
    assert values["1979"] == "1979"


DURATIONS = [
    ("The siege lasted three years.", "three years", "P3Y"),
    ("She waited 25 months for a reply.", "25 months", "P25M"),
    ("He ruled for the next 49 years.", "the next 49 years", "P49Y"),
    ("The road took 44 years to finish.", "44 years", "P44Y"),
    ("Repairs took a few weeks.", "a few weeks", "PXW"),
    ("The flight lasted two and a half hours.", "two and a half hours", "PT2H30M"),
    ("It was a five-year plan.", "five-year", "P5Y"),
    ("The vote came after two days of debate.", "two days", "P2D"),
    ("Output grew over the past two decades.", "the past two decades", "P20Y"),
]


@pytest.mark.parametrize("sentence,expr,value", DURATIONS)
def test_durations(sentence: str, expr: str, value: str) -> None:
    tx = _find(tag(sentence, "2024-07-25"), expr)
    assert (tx.type, tx.value) == ("DURATION", value)
    assert tx.earliest is None


DCT_RELATIVE = [
    ("Exports grew this year.", "this year", "2024"),
    ("Exports grew last year.", "last year", "2023"),
    ("Exports will grow next month.", "next month", "2024-08"),
    ("The mill closed two years ago.", "two years ago", "2022"),
    ("The minister resigned yesterday.", "yesterday", "2024-07-24"),
    ("The minister speaks today.", "today", "2024-07-25"),
    ("Prices are now falling.", "now", "PRESENT_REF"),
    ("Prices are currently falling.", "currently", "PRESENT_REF"),
    ("Prices recently fell.", "recently", "PAST_REF"),
    ("The council met last week.", "last week", "2024-W29"),
    ("The council met last Friday.", "last Friday", "2024-07-19"),
    ("The council met on Monday.", "Monday", "2024-07-22"),
    ("The council will meet on Monday.", "Monday", "2024-07-29"),
    ("The harvest failed in January.", "January", "2024-01"),
    ("The harvest failed in November.", "November", "2023-11"),
    ("Profits fell in the second quarter.", "the second quarter", "2024-Q2"),
    ("The fair returns this summer.", "this summer", "2024-SU"),
    ("Tax receipts rose earlier this year.", "earlier this year", "2024"),
    ("The shop opened at 2 p.m. on Friday, July 19.", "2 p.m. on Friday, July 19", "2024-07-19T14:00"),
    ("The mayor spoke this morning.", "this morning", "2024-07-25TMO"),
    ("The market opens daily.", "daily", "P1D"),
    ("The paper is printed every week.", "every week", "P1W"),
    ("Stocks fell on Christmas Eve.", "Christmas Eve", "2023-12-24"),
]


@pytest.mark.parametrize("sentence,expr,value", DCT_RELATIVE)
def test_relative_to_dct(sentence: str, expr: str, value: str) -> None:
    tx = _find(tag(sentence, "2024-07-25"), expr)
    assert tx.value == value
    assert tx.anchor in ("dct", None)


def test_since_weekday_month_day_uses_the_dct_year() -> None:
    tx = _find(tag("Talks have run since Friday, November 1, without a break.", "2024-11-05"), "Friday, November 1")
    assert tx.value == "2024-11-01"
    assert tx.mod == "ON_OR_AFTER"
    assert tx.latest == "2024-11-05"


def test_mod_from_since_opens_the_interval_to_the_dct() -> None:
    tx = _find(tag("The border has been closed since 1953.", "2024-07-25"), "1953")
    assert tx.mod == "ON_OR_AFTER"
    assert (tx.earliest, tx.latest) == ("1953-01-01", "2024-07-25")


NARRATIVE = [
    ("In January 1912, the miners struck. They went back to work on March 4 that year.", "March 4 that year", "1912-03-04"),
    ("The company was founded in 1871. The following year it built a mill.", "The following year", "1872"),
    ("The company was founded in 1871. A year later it built a mill.", "A year later", "1872"),
    ("The line opened in 1890. Three decades later it closed.", "Three decades later", "1920"),
    ("The line opened in 1890. By then the town had grown.", "By then", "1890"),
    ("The line opened in 1890. At this time the town had grown.", "At this time", "1890"),
    ("The line opened in 1890. That year the town had grown.", "That year", "1890"),
]


@pytest.mark.parametrize("sentence,expr,value", NARRATIVE)
def test_narrative_anchoring(sentence: str, expr: str, value: str) -> None:
    tx = _find(tag(sentence, "2024-07-25"), expr)
    assert tx.value == value
    assert tx.anchor == "narrative"
    assert tx.anchor_value is not None


def test_bare_month_follows_the_narrative_without_a_dct() -> None:
    text = "We must go back to 1923. In May, a fire destroyed the archive."
    tx = _find(tag(text, None), "May")
    assert tx.value == "1923-05"
    assert tx.anchor == "narrative"


def test_spans_from_to_between_and_dash() -> None:
    timexes = tag("He taught from 1935 to 1937, lived there between 1950 and 1953, and in the 1945-55 period.", None)
    a = _find(timexes, "from 1935 to 1937")
    assert (a.value, a.value_end, a.earliest, a.latest) == ("1935", "1937", "1935-01-01", "1937-12-31")
    assert [p.value for p in a.parts] == ["1935", "1937"]
    b = _find(timexes, "between 1950 and 1953")
    assert (b.value, b.value_end) == ("1950", "1953")
    c = _find(timexes, "1945-55")
    assert (c.value, c.value_end, c.latest) == ("1945", "1955", "1955-12-31")


def test_inferred_dct_lowers_confidence() -> None:
    text = "The census of March 2019 counted the villages. This year a new count began.\nCopyright © 2021 the council."
    known = _find(tag(text, "2021-05-01"), "This year")
    guessed = _find(tag(text, None), "This year")
    assert known.value == "2021"
    assert guessed.value == "2021"
    assert guessed.confidence < known.confidence


def test_a_lower_bound_resolves_no_this_year() -> None:
    """Issue 10: the latest date a text mentions is no date of writing."""
    text = "The census of March 2019 counted the villages. This year a new count began."
    guessed = _find(tag(text, None), "This year")
    assert (guessed.value, guessed.anchor, guessed.anchor_value) == ("XXXX", "after-bound", "2019-03")


def test_offsets_point_into_the_text() -> None:
    text = "Before dawn on 4 July 1776, nothing. Now it is different."
    for tx in tag(text, "2024-07-25"):
        assert text[tx.start:tx.end] == tx.text


def test_no_dct_and_nothing_to_infer_leaves_deictics_unresolved() -> None:
    values = {t.text: (t.value, t.anchor, t.earliest) for t in tag("It rained yesterday and on Friday, not in June.", None)}
    assert values == {
        "yesterday": ("XXXX-XX-XX", None, None),
        "Friday": ("XXXX-WXX-5", None, None),
        "June": ("XXXX-06", None, None),
    }


def test_component_free_tag_accepts_doc_argument() -> None:
    assert tag("It opened in 1950.", None, doc=object())[0].value == "1950"


def test_coarse_dct_is_used_with_lower_confidence() -> None:
    exact = _find(tag("Rents rose last year.", "2023-02-10"), "last year")
    coarse = _find(tag("Rents rose last year.", "2023-02"), "last year")
    assert exact.value == coarse.value == "2022"
    assert coarse.confidence < exact.confidence


def test_possessive_and_determiners_stay_out_of_the_span() -> None:
    values = _values("Monday's vote followed its third-quarter report.", "2024-07-25")
    assert values == {"Monday": "2024-07-22", "third-quarter": "2024-Q3"}


def test_fractions_and_halves() -> None:
    values = _values("The talks lasted 5 1/2 hours and the trip a minute and a half.", None)
    assert values == {"5 1/2 hours": "PT5H30M", "a minute and a half": "PT1M30S"}


def test_year_ended_is_a_duration() -> None:
    tx = _find(tag("Profit for the year ended June 30 rose.", "2024-07-25"), "the year")
    assert (tx.type, tx.value) == ("DURATION", "P1Y")


def test_year_ago_quarter_comparisons_do_not_drift() -> None:
    text = "Profit fell in the third quarter. A year earlier it rose. The year-earlier figure was higher."
    values = _values(text, "2024-10-20")
    assert values["the third quarter"] == "2024-Q3"
    assert values["A year earlier"] == "2023-Q3"
    assert values["The year-earlier"] == "2023-Q3"


def test_halves_of_a_year() -> None:
    tx = _find(tag("Sales rose in the first half of 2005.", None), "the first half of 2005")
    assert (tx.value, tx.precision, tx.earliest, tx.latest) == ("2005-H1", "half", "2005-01-01", "2005-06-30")


@pytest.mark.parametrize("dct,expected", [
    ("2024-07-25", {"last fall": "2023-FA", "next spring": "2025-SP", "next winter": "2024-WI",
                    "last Christmas": "2023-12-25", "next Christmas": "2024-12-25"}),
    ("2024-12-30", {"last fall": "2024-FA", "next spring": "2025-SP", "next winter": "2025-WI",
                    "last Christmas": "2024-12-25", "next Christmas": "2025-12-25"}),
])
def test_last_and_next_seasons_and_holidays(dct: str, expected: dict[str, str]) -> None:
    text = "They met last fall, will meet next spring and next winter, and met last Christmas; next Christmas too."
    assert _values(text, dct) == expected


#: (sentence, dct, expression, value): a month whose year is told by reference with "of" ("January of
#: last year", "September of the previous year") is one expression, as "January last year" is; read
#: apart, the month alone was taken for the month of the date of writing or of the narrative's year
MONTH_OF_YEAR_REF = [
    ("The wells were shut in January of last year.", "2013-04-13", "January of last year", "2012-01"),
    ("The port was closed on 5 June of last year.", "2020-02-10", "5 June of last year", "2019-06-05"),
    ("Talks opened in March 1961. In September of the previous year the border had been closed.", "2024-07-25",
     "September of the previous year", "1960-09"),
    ("The mine was sold in 1905. In May of the following year it flooded.", "2024-07-25",
     "May of the following year", "1906-05"),
]


@pytest.mark.parametrize("sentence,dct,expr,value", MONTH_OF_YEAR_REF)
def test_month_of_a_year_told_by_reference(sentence: str, dct: str, expr: str, value: str) -> None:
    assert _find(tag(sentence, dct), expr).value == value


#: (text, dct, expression, value): ``month_in_a_table_cell`` (grammar.table_cell) - a month alone
#: in a cell of a chronology table written with bars is the row's date, "March" and "May" too
#: (elsewhere they need a preposition, lest the verb or the modal be read as a month), and the days
#: told in the row fall in it (made-up rows; the shape of maresp's chronology table)
TABLE_CELL_MONTHS = [
    ("| Year | Month | Event |\n| 1975 | March | Ostravian troops cross the river on the 6th. |\n", None,
     "March", "1975-03"),
    ("| 1975 | March | Ostravian troops cross the river on the 6th. |\n", None, "the 6th", "1975-03-06"),
    ("| 2021 | April | The envoy falls ill. |\n| | May | On the 17th Vardan closes the port. |\n"
     "| | | Morovia recalls its ambassador on the 18th. |\n", None, "the 18th", "2021-05-18"),
    ("| 2022 | March | On the 18th the cabinet publishes a letter. |\n"
     "| | | Morovia recalls its ambassador the next day. |\n", None, "the next day", "2022-03-19"),
    ("| 1998 | Dec | The border reopens on the 2nd. |\n", None, "Dec", "1998-12"),
]


@pytest.mark.parametrize("text,dct,expr,value", TABLE_CELL_MONTHS)
def test_a_month_in_a_table_cell_is_the_rows_date(text: str, dct: str | None, expr: str, value: str) -> None:
    assert _find(tag(text, dct), expr).value == value


@pytest.mark.parametrize("text", [
    "The veterans will march on the capital next week.",  # a verb and a modal outside a table stay words
    "The ministers may meet again.",
    "| Team | Score |\n| The veterans march | 3 |\n",  # a cell that is no month alone
])
def test_march_and_may_outside_a_month_cell_are_no_date(text: str) -> None:
    assert not [t for t in tag(text, "2024-07-25") if t.text.lower() in ("march", "may")]
