"""The Korea dev articles (../shared/corpus/korea): every time expression that dates a gold event
is found and normalised right, and the undated articles get an inferred date with reasoning."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.time import infer_document_date, tag

# (file, published, expression as written, value, anchor)
EXPECTED = [
    ("000", None, "In 1945", "1945", "absolute"),
    ("000", None, "August 15, 1945", "1945-08-15", "absolute"),
    ("000", None, "In January 1950", "1950-01", "absolute"),
    ("000", None, "June 25 that year", "1950-06-25", "narrative"),
    ("000", None, "collapsed in 1989", "1989", "absolute"),
    ("000", None, "from 1935 to 1937", "1935", "absolute"),
    ("000", None, "three decades later", "2019", "narrative"),
    ("000", None, "This year", None, "after-bound"),  # issue 10: a lower bound dates no "this year"
    ("001", "2024-07-25", "visit to North Korea recently", "PAST_REF", "dct"),
    ("001", "2024-07-25", "South Korea in 1950", "1950", "absolute"),
    ("001", "2024-07-25", "collapsed in 1991", "1991", "absolute"),
    ("001", "2024-07-25", "died in 1994", "1994", "absolute"),
    ("001", "2024-07-25", "died in 2011", "2011", "absolute"),
    ("001", "2024-07-25", "In 2o11", "2011", "absolute"),
    ("001", "2024-07-25", "Since 1953", "1953", "absolute"),
    ("002", None, "1945-55", "1945", "absolute"),
    ("002", None, "outbreak of the Korean War in June 1950", "1950-06", "absolute"),
    ("002", None, "accelerated in 1956", "1956", "absolute"),
    ("002", None, "in the early 1960s", "196", "absolute"),
    ("003", None, "since Friday, November 1", "2024-11-01", "dct"),
    ("003", None, "In August", "1945-08", "narrative"),
    ("003", None, "elections took place in 1948", "1948", "absolute"),
    ("003", None, "since 1949", "1949", "absolute"),
    ("003", None, "On June 25, 1950", "1950-06-25", "absolute"),
    ("004", None, "green light in 1950", "1950", "absolute"),
    ("004", None, "the Soviet Union in 1991", "1991", "absolute"),
    ("004", None, "By 1974", "1974", "absolute"),
]


@pytest.fixture(scope="module")
def korea(shared: Path) -> dict[str, str]:
    folder = shared / "corpus" / "korea"
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}


@pytest.mark.parametrize("key,published,phrase,value,anchor", EXPECTED)
def test_event_dates_in_korea_articles(korea, key, published, phrase, value, anchor) -> None:
    text = korea[key]
    at = text.index(phrase)
    hits = [t for t in tag(text, published) if t.start < at + len(phrase) and t.end > at]
    assert hits, phrase
    tx = hits[-1]
    if value is not None:
        assert tx.value == value, (phrase, tx)
    assert tx.anchor == anchor
    if phrase == "in the early 1960s":
        assert (tx.mod, tx.earliest, tx.latest) == ("START", "1960-01-01", "1963-12-31")


@pytest.mark.parametrize("key", ["000", "002", "003", "004"])
def test_undated_articles_get_an_inferred_date(korea, key) -> None:
    guess = infer_document_date(korea[key])
    assert guess.value is not None and guess.reasoning
    assert guess.confidence < 0.6


def test_this_year_after_an_inferred_lower_bound_stays_unresolved(korea) -> None:
    """Issue 10: the article's latest date (February 2023) only bounds when it was written, so
    "this year" is shown as after that bound, not resolved to 2023."""
    tx = next(t for t in tag(korea["000"], None) if t.text == "This year")
    assert tx.anchor == "after-bound" and tx.anchor_value >= "2023"
    assert not tx.value[:1].isdigit() and tx.confidence < 0.5
