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


@pytest.mark.parametrize(
    "text, heading, kept",
    [
        # an encyclopedia-style history with bare year headings
        ("The river has been disputed since the treaty of partition.\n\n1974\n\n"
         "The two governments signed a fishing accord in March. Fishermen from both coasts welcomed it.",
         "1974", True),
        # a textbook chapter whose headings are year ranges with a dash
        ("The war changed the valley for a generation of farmers and traders.\n\n1950-53 –\n\n"
         "Armies crossed the valley three times, and most villages were burned at least once.",
         "1950-53 –", True),
        # a decade heading in a magazine retrospective
        ("Few people outside the region had heard of the island until the oil was found.\n\n1990s\n\n"
         "Drilling began offshore, and the first tankers loaded at the new jetty in the spring.",
         "1990s", True),
        # page numbers from a PDF are still furniture
        ("The council met twice in the winter and agreed the budget for the harbour works.\n\n12\n\n"
         "The second meeting was held in the library because the hall was being repaired.",
         "12", False),
        ("The council met twice in the winter and agreed the budget for the harbour works.\n\n143\n\n"
         "The second meeting was held in the library because the hall was being repaired.",
         "143", False),
    ],
)
def test_clean_keeps_bare_year_headings_but_not_page_numbers(tmp_path: Path, text: str, heading: str, kept: bool) -> None:
    path = tmp_path / "page.txt"
    path.write_text("title: A history\npublished: 2015-03-02\n\n" + text, encoding="utf-8")
    doc = load(path)[0][0]
    lines = doc.text.split("\n\n")
    assert (heading in lines) is kept
    assert lines[-1] == text.split("\n\n")[-1]


def test_time_a_bare_year_heading_dates_the_months_under_it() -> None:
    text = ("The dispute began long ago.\n\n1974\n\nThe two governments signed a fishing accord in March.\n\n"
            "1981 –\n\nThe accord collapsed in the autumn after a patrol boat seized three trawlers.")
    values = {t.text: t.value for t in tag(text, "2015-03-02")}
    assert values["March"] == "1974-03" and values["the autumn"] == "1981-FA"


@pytest.mark.parametrize(
    "zone, entries",
    [
        # a broadcaster's in-depth guide: menu lines, then key dates, then the story
        (["Home | World | In depth", "Guide to the conflict", "The first day"],
         ["3 May Cruiser sunk off the cape", "4 May Destroyer hit by a missile"]),
        # a newspaper's timeline box above the article
        (["News | Politics", "Timeline"],
         ["June 25 Troops cross the border", "June 28 The capital falls"]),
        # a magazine's sidebar of dates with colons
        (["Menu", "Subscribe | Sign in"],
         ["12 March: Talks resume in the capital", "15 March: Both sides sign a truce"]),
    ],
)
def test_key_date_entries_among_menu_lines_stay(tmp_path: Path, zone: list[str], entries: list[str]) -> None:
    body = ("With the raids in progress over the islands, the war spread from the air to the sea, and "
            "both navies prepared for the losses that everyone on board had been told to expect.")
    path = tmp_path / "guide.txt"
    path.write_text("source: A broadcaster\n\n" + "\n".join(zone) + "\n\n" + "\n".join(entries) + "\n\n" + body + "\n",
                    encoding="utf-8")
    doc = load(path)[0][0]
    for line in entries:
        assert line in doc.text
    assert zone[0] not in doc.text
