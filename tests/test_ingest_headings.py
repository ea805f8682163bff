"""Issue 10, slice 2: headings that carry dates stay in the body and date what is told under them."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._lexicon import DATED_HEADING
from chronica.time import tag

PAGES = Path(__file__).parent / "fixtures" / "pages"


@pytest.mark.parametrize(
    "line, dated",
    [
        ("1921: The first survey", True),
        ("1965 war", True),
        ("March 1969 – A joint commission met", True),
        ("12 May 1982: Ships sail", True),
        ("1950-53: The war years", True),
        ("1990s: Decline", True),
        ("Early 1970s – The oil shock", True),
        ("1,460 years of rule", False),
        ("19 people died", False),
        ("May 2: talks", False),  # no year: a day, not a timeline heading
        ("The 1965 war", False),
    ],
)
def test_lexicon_dated_heading(line: str, dated: bool) -> None:
    assert bool(DATED_HEADING.match(line)) == dated


@pytest.mark.parametrize(
    "page, kept",
    [
        ("timeline_excerpt.txt", ["1992: Independence", "1994: Fishing war", "2001: First talks",
                                  "Patrol boats from the northern republic seized three trawlers"]),
        ("timeline_headings.txt", ["1921: The first survey", "1965 war", "March 1969 – A joint commission",
                                   "1996: The treaty", "Both parliaments ratified"]),
        ("timeline_list.html", ["1974: The coup", "1983: A state declared", "2004: The plan fails",
                                "voters in the south rejected it"]),
    ],
)
def test_clean_keeps_dated_headings_and_their_paragraphs(page: str, kept: list[str]) -> None:
    doc = load(PAGES / page)[0][0]
    for phrase in kept:
        assert phrase in doc.text, phrase


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("1948: A dam upstream\nThe upper state began a dam in June and protested in August.", "August", "1948-08"),
        ("1965 war\nFighting broke out in September. A ceasefire came on October 3.", "October 3", "1965-10-03"),
        ("March 1969 – A commission met.\nIn May it set the rules for the dry season.", "May", "1969-05"),
        ("1983: A state declared\nThe assembly voted in November.", "November", "1983-11"),
    ],
)
def test_time_a_dated_heading_is_the_narrative_anchor_even_with_a_known_dct(text: str, phrase: str, value: str) -> None:
    tx = next(t for t in tag(text, "2020-05-05") if t.text == phrase)
    assert (tx.value, tx.anchor) == (value, "narrative")


def test_time_a_sentence_opening_with_a_year_is_no_heading() -> None:
    """News told on a known date: "in August" is the August before the article."""
    text = "1948 was a dry year for the farmers, who lost most of their crops.\nThe council will meet in August."
    tx = next(t for t in tag(text, "2020-05-05") if t.text == "August")
    assert tx.value == "2020-08"
