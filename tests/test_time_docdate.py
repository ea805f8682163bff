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


# --- issue 10: a lower bound is only a bound; a timeline entry is no dateline -----------------

import pytest  # noqa: E402

from chronica.time import tag_and_date  # noqa: E402


@pytest.mark.parametrize(
    "text, method",
    [
        ("March 3, 2021: The port reopened after a week of storms.", "dateline"),
        ("Since Monday, June 3, the ferry has not sailed. The line opened in 1998.", "weekday"),
        ("The dam was finished in 1990. This year, 2016, the valley will host the games.", "this-year"),
        ("A history of the valley from 1850 to 1900.\nCopyright © 2018 by the author.", "copyright"),
        ("The plant closed in 1991. A court ruled in May 2019 that it must be cleaned.", "lower-bound"),
        ("The river is wide and the hills are green.", "none"),
    ],
)
def test_docdate_records_how_it_was_inferred(text: str, method: str) -> None:
    guess = infer_document_date(text, today=date(2026, 1, 1))
    assert guess.method == method
    assert guess.lower_bound == (method == "lower-bound")


@pytest.mark.parametrize(
    "text",
    [
        "January 1, 1959: The rebels entered the capital.\n1961: An invasion at the bay failed.\n1962: Missiles were found.",
        "May 14, 1948 - The state was declared.\nJune 11, 1948 - A truce began.\n1949: Armistice lines were drawn.",
        "August 8, 2008: Troops crossed the border.\nAugust 12, 2008: A ceasefire was agreed.",
    ],
)
def test_docdate_timeline_entry_is_not_a_dateline(text: str) -> None:
    guess = infer_document_date(text, today=date(2026, 1, 1))
    assert guess.method != "dateline"
    assert guess.confidence < 0.5


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The islands were settled in 1833. By 2065 the fishing stock may be gone.", "1833"),
        ("Oil was found in 1998, and a survey expects reserves to last until 2090.", "1998"),
        ("The treaty of 1920 held. In the early 2000s trade grew.", "1920"),
    ],
)
def test_docdate_a_lower_bound_is_never_after_today_nor_a_decade(text: str, expected: str) -> None:
    guess = infer_document_date(text, today=date(2026, 1, 1))
    assert guess.value == expected
    assert guess.lower_bound


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The mill closed in 1969. Today the building is a museum.", "Today"),
        ("Talks failed in 1978. Next year a new round will open.", "Next year"),
        ("The border was drawn in 1953. Last week soldiers met there.", "Last week"),
        ("A court ruled in May 2019. Now the site is empty.", "Now"),
    ],
)
def test_tagger_deictics_are_not_resolved_against_a_lower_bound(text: str, phrase: str) -> None:
    timexes, guess = tag_and_date(text)
    assert guess is not None and guess.lower_bound
    tx = next(t for t in timexes if t.text == phrase)
    assert tx.anchor == "after-bound"
    assert tx.anchor_value == guess.value
    assert not tx.value[:1].isdigit()  # no calendar value: the date of writing is unknown
    assert tx.earliest is None


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        # the narrative year is told once, then months follow far below it
        ("The war began in 1950. " + "The armies moved south and fought for the river. " * 20 + "In March they stopped.",
         "March", "1950-03"),
        ("In 1821 the revolt broke out. " + "Ships were burned and towns were taken. " * 20 + "On June 25 the fleet sailed.",
         "June 25", "1821-06-25"),
        ("The strike of 1926 spread fast. " + "Miners and dockers left their work. " * 20 + "In May it ended.",
         "May", "1926-05"),
    ],
)
def test_tagger_bare_months_take_the_narrative_year_not_a_guessed_date(text: str, phrase: str, value: str) -> None:
    timexes, _ = tag_and_date(text + " The company was founded on Friday, November 1.")
    tx = next(t for t in timexes if t.text == phrase)
    assert tx.value == value
    assert tx.anchor == "narrative"
