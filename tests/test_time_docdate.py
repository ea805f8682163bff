"""Document date inference on texts written for the tests."""

from __future__ import annotations

from datetime import date

from chronica.time import infer_document_date


def test_dateline_wins() -> None:
    text = "March 3, 2021: The port reopened after a week of storms. In 1990 it had been rebuilt."
    guess = infer_document_date(text)
    assert guess.value == "2021-03-03"
    assert guess.confidence >= 0.8
    assert "dateline" in guess.reasoning


def test_weekday_with_month_day_pins_the_year() -> None:
    text = "Since Monday, June 3, the ferry has not sailed. The line opened in 1998."
    guess = infer_document_date(text, today=date(2026, 1, 1))
    assert guess.value == "2024-06-03"
    assert "Monday" in guess.reasoning


def test_latest_explicit_date_is_a_lower_bound() -> None:
    text = "The plant closed in 1991. A court ruled in May 2019 that it must be cleaned. Now the site is empty."
    guess = infer_document_date(text)
    assert guess.value == "2019-05"
    assert guess.confidence < 0.5
    assert "lower bound" in guess.reasoning


def test_future_dates_are_not_evidence() -> None:
    text = "The canal was dug in 1905. The city says it will be widened by 2040."
    assert infer_document_date(text).value == "1905"


def test_copyright_line() -> None:
    text = "A history of the valley from 1850 to 1900.\nCopyright © 2018 by the author."
    guess = infer_document_date(text)
    assert guess.value == "2018"
    assert "copyright" in guess.reasoning


def test_nothing_to_go_on() -> None:
    guess = infer_document_date("The river is wide and the hills are green.")
    assert guess.value is None
    assert guess.confidence == 0.0


def test_this_year_next_to_an_explicit_year() -> None:
    text = "The dam was finished in 1990. This year, 2016, the valley will host the games."
    guess = infer_document_date(text)
    assert guess.value == "2016"
    assert "this year" in guess.reasoning
