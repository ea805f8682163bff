"""A day or a month a sentence writes without its year ("paid a visit to the capital on 8
February") is that source's date of the happening when the happening's other sources write the
very year the time stage took from the narrative ("made his first visit ... on 9 February 1988"):
within one merged happening, two sources that date it to different days disagree
(:func:`chronica.chronicle.disagreements.year_confirmed`). A year the narrative guessed and no
source writes stays out of it: two guesses are no two sources' dates. Names and sentences made up
for these tests."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "claims"))
from case_corpus import run_case  # noqa: E402
from test_chronicle_data import needs_minilm  # noqa: E402

from chronica.chronicle.disagreements import month_written, year_confirmed  # noqa: E402


def _mention(date, date_text, precision="day", source="sentence", sentence=""):
    return SimpleNamespace(date=date, date_text=date_text, precision=precision, date_source=source,
                           sentence=sentence or f"It happened on {date_text}.")


@pytest.mark.parametrize("date, date_text, precision, years, confirmed", [
    ("2010-02-08", "8 February", "day", {"2010"}, True),  # the year the other sources write
    ("2023-09-15", "Sept. 15", "day", {"2023"}, True),
    ("2017-06-14", "14 June", "day", {"2017", "2018"}, True),
    ("2018-03", "March", "month", {"2018"}, True),  # a month without its year
    ("2010-02-08", "8 February", "day", {"2011"}, False),  # a year no source writes: a guess
    ("2010-02-08", "8 February", "day", set(), False),  # nobody writes a year
    ("2010-02-08", "8 February 2010", "day", {"2010"}, False),  # its year written: stated already
    ("2010-02-08", "Monday", "day", {"2010"}, False),  # no month written (a counted day has its own test)
    ("2010", "that year", "year", {"2010"}, False),
])
def test_year_confirmed(date, date_text, precision, years, confirmed):
    m = _mention(date, date_text, precision)
    assert year_confirmed(m, frozenset(years)) is confirmed


@pytest.mark.parametrize("date_text, precision, written", [
    ("8 February", "day", True), ("Sept. 15", "day", True), ("in July", "month", True),
    ("Friday", "day", False), ("two days later", "day", False), ("1988", "year", False),
])
def test_month_written(date_text, precision, written):
    assert month_written(_mention("1988-02-08", date_text, precision)) is written


CONFLICTS = [
    ("year-confirmed-visit",
     "Talks between Aldoria and Borvia resumed in 1988.\n\nPresident Karel Vonn of Aldoria paid a visit to Borvia on 8 February, his first in six years.\n",
     "President Karel Vonn of Aldoria made his first visit to Borvia in six years on 9 February 1988.\n"),
    ("year-confirmed-withdrawal",
     "The border dispute flared again in 1995.\n\nOn 14 June, General Ivo Marek withdrew his peacekeepers from the border.\n",
     "General Ivo Marek withdrew his peacekeepers from the border on 12 June 1995.\n"),
    ("year-confirmed-closure",
     "The crisis deepened in 1992.\n\nOn 15 September, President Luka Daven closed the entire border.\n",
     "President Luka Daven closed the entire border on 14 September 1992.\n"),
    ("year-confirmed-meeting",  # the written year on the other side
     "The two leaders had not met since the war of 2008.\n\nPresident Anton Selim and President Oren Kadu met in Port Vesta on 18 September 2018 at last.\n",
     "Relations thawed in 2018.\n\nPresident Anton Selim and President Oren Kadu met in Port Vesta on 17 September.\n"),
]

LOOK_ALIKES = [
    ("year-confirmed-agrees",  # the day written is the other source's
     "Talks between Aldoria and Borvia resumed in 1988.\n\nPresident Karel Vonn of Aldoria paid a visit to Borvia on 9 February, his first in six years.\n",
     "President Karel Vonn of Aldoria made his first visit to Borvia in six years on 9 February 1988.\n"),
    ("year-guessed-otherwise",  # the narrative's year is not the one the other source writes
     "Talks between Aldoria and Borvia resumed in 1987.\n\nPresident Karel Vonn of Aldoria paid a visit to Borvia on 8 February, his first in six years.\n",
     "President Karel Vonn of Aldoria made his first visit to Borvia in six years on 9 February 1988.\n"),
]


@needs_minilm
@pytest.mark.parametrize("cid, a, b", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_a_day_written_without_its_year_and_a_written_one_disagree(cid, a, b):
    outcome = run_case({"id": cid, "expect": "conflict", "kind": "date", "a": a, "b": b})
    assert outcome.found, outcome.reported


@needs_minilm
@pytest.mark.parametrize("cid, a, b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_a_day_without_its_year_that_agrees_or_is_guessed_is_no_disagreement(cid, a, b):
    outcome = run_case({"id": cid, "expect": "compatible", "kind": None, "a": a, "b": b})
    assert outcome.reported == []


def _dated(doc, date, date_text, precision="day", sentence=None):
    sentence = sentence or f"The envoy arrived in the capital on {date_text}."
    return SimpleNamespace(document_id=doc, date=date, date_end=None, earliest=None, latest=None,
                           precision=precision, date_source="sentence", date_text=date_text,
                           sentence=sentence, sentence_start=0, trigger="arrived", trigger_start=10,
                           participants=[])


def _values(mentions):
    from chronica.chronicle.disagreements import date_claims
    return sorted(c.value for c in date_claims(SimpleNamespace(id="e1", mentions=mentions)))


@pytest.mark.parametrize("mentions, values", [
    # a day written without its year, its year written by another source: compared
    ([_dated(1, "2010-02-08", "8 February"), _dated(2, "2010-02-09", "Feb. 9, 2010")], ["2010-02-08", "2010-02-09"]),
    # ... and a year that agrees with both does not make them agree
    ([_dated(1, "2010-02-08", "8 February"), _dated(2, "2010-02-09", "Feb. 9, 2010"),
      _dated(3, "2010", "2010", "year")], ["2010-02-08", "2010-02-09"]),
    ([_dated(1, "1991-03-02", "2 March 1991"), _dated(2, "1991-12-09", "9 December 1991"),
      _dated(3, "1991", "1991", "year")], ["1991-03-02", "1991-12-09"]),
    # the event's dates in two years: the guessed year is not that of every source; not compared
    ([_dated(1, "2023-09-06", "6 September"), _dated(2, "2023-09-06", "6 September 2023"),
      _dated(3, "2024-12-28", "Four days later")], ["2023-09-06", "2024-12-28"]),
    ([_dated(1, "2023-09-07", "7 September"), _dated(2, "2023-09-06", "6 September 2023"),
      _dated(3, "2024-12-28", "Four days later")], ["2023-09-06", "2024-12-28"]),
    # no year written by anyone: two guesses
    ([_dated(1, "2010-02-08", "8 February"), _dated(2, "2010-02-09", "9 February")], []),
    # agreeing dates
    ([_dated(1, "2010-02-09", "9 February"), _dated(2, "2010-02-09", "Feb. 9, 2010")], []),
    ([_dated(1, "1991", "1991", "year"), _dated(2, "1991-12-09", "9 December 1991")], []),
])
def test_date_claims_of_days_written_without_their_year(mentions, values):
    assert _values(mentions) == values
