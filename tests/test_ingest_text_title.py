"""The headline of a plain-text page as a scored choice (chronica/ingest/_text_title.py): the
site's name, a numbered label or a section label over the headline is not the title, a headline
over two lines is one title, and where no line reads as a headline the page has no title.
Every page below is our own; each shape comes from three outlets of different kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._text_title import FEATURES, MARGIN, MIN_REPLACING, MIN_SCORE

BODY = ("The council voted on Tuesday to keep the old reading room open for another five years, "
        "after a petition signed by more than two thousand residents reached the chamber.\n\n"
        "Officials said the building would need a new roof before the winter, and that the work "
        "would be paid for from the heritage fund rather than from the libraries budget.\n")


def _title(tmp_path: Path, top: str, name: str = "page.txt") -> str | None:
    p = tmp_path / name
    p.write_text(top + "\n\n" + BODY, encoding="utf-8")
    docs, errors = load(p)
    assert not errors
    return docs[0].title


@pytest.mark.parametrize(("top", "title"), [
    # the site's name on the first line, the headline under it with its byline or date line
    ("The Millford Courier\n\nReading room saved for five more years after petition\n\nBy Ann Reid",
     "Reading room saved for five more years after petition"),
    ("Harbour Weekly\n\nCouncil keeps the old reading room open\n\nPublished 3 May 2024",
     "Council keeps the old reading room open"),
    ("Northern Wire Service\n\nPetition saves town's reading room from closure\n\nPublished 12 June 2023\nBy Tom Hale",
     "Petition saves town's reading room from closure"),
], ids=["local-paper", "weekly", "wire"])
def test_the_sites_name_over_a_headline_is_not_the_title(tmp_path: Path, top: str, title: str) -> None:
    assert _title(tmp_path, top) == title


@pytest.mark.parametrize(("top", "title"), [
    # a numbered label over the headline: a document's place in a series, not what it says
    ("CITY OF MILLFORD\n\nNOTICE No. 12/2024\n\nMillford, 3 May 2024\n\nDECISION ON THE FUTURE OF THE OLD READING ROOM",
     "DECISION ON THE FUTURE OF THE OLD READING ROOM"),
    ("MINISTRY OF CULTURE\n\nPRESS RELEASE No. 88/2023\n\nRiverton, 12 June 2023\n\nSTATEMENT ON THE REOPENING OF THE NATIONAL READING ROOMS",
     "STATEMENT ON THE REOPENING OF THE NATIONAL READING ROOMS"),
    ("COUNTY LIBRARIES BOARD\n\nBULLETIN No. 7\n\n1 March 2022\n\nANNOUNCEMENT ON THE REPAIR OF THE READING ROOM ROOF",
     "ANNOUNCEMENT ON THE REPAIR OF THE READING ROOM ROOF"),
], ids=["notice", "press-release", "bulletin"])
def test_a_numbered_label_over_a_headline_is_not_the_title(tmp_path: Path, top: str, title: str) -> None:
    assert _title(tmp_path, top) == title


@pytest.mark.parametrize(("top", "title"), [
    # a headline set over two lines, the second going on in lower case, under a site's name and a label
    ("THE VALLEY ADVERTISER\n\nObituaries\n\nJean Marsh, librarian who kept the reading room\nopen through two floods, dies aged 91\n\nBy Peter Lund",
     "Jean Marsh, librarian who kept the reading room open through two floods, dies aged 91"),
    ("Town & Country\n\nNotices\n\nReading room to close for the summer while\nworkers replace the roof\n\nBy Ann Reid",
     "Reading room to close for the summer while workers replace the roof"),
    ("Lakeside Post\n\nHome | News | Sport\n\nLocal\n\nVolunteers who saved the reading room\nhonoured at the town hall\n\nPublished 4 April 2024",
     "Volunteers who saved the reading room honoured at the town hall"),
], ids=["obituary", "notice", "local-news"])
def test_a_headline_over_two_lines_is_one_title(tmp_path: Path, top: str, title: str) -> None:
    assert _title(tmp_path, top) == title


@pytest.mark.parametrize(("top", "title"), [
    # a live page or a Q&A page under a site's name, menu and label: its headline over its date line
    ("CITY NEWS\n\nHome | Sport | Live\n\nLive\n\nReading room vote: the council meeting as it happened\n\nLast updated: 3 May 2024, 18:02",
     "Reading room vote: the council meeting as it happened"),
    ("LIBRARY MATTERS\n\nExplainers | Data\n\nLocal\n\nWhy is the reading room closing? Your questions answered\n\nPublished 3 May 2024",
     "Why is the reading room closing? Your questions answered"),
    ("TOWN GUIDE\n\nGuides | Maps | Shop\n\nVisiting\n\nThe reading room reopens: what visitors need to know\n\nUpdated 8 April 2024",
     "The reading room reopens: what visitors need to know"),
], ids=["live", "qa", "guide"])
def test_a_headline_over_its_date_line_is_found_under_labels(tmp_path: Path, top: str, title: str) -> None:
    assert _title(tmp_path, top) == title


@pytest.mark.parametrize("top", [
    # nothing reads as a headline: a pull quote's attribution, a caption, menu items over the body
    "Home | News | Local\n\nPrevious  1  2  3  Next\n\nAnn Reid, reading room volunteer",
    "Front page\n\nIndex\n\nThe reading room in 1910",
    "Menu\n\nSearch\n\nPhoto: the reading room",
], ids=["attribution", "caption", "photo"])
def test_the_scored_choice_finds_no_headline_without_its_byline_or_date(top: str) -> None:
    from chronica.ingest._metadata import _TITLE_TESTS
    from chronica.ingest._text_title import choose
    from chronica.ingest._units import segment

    live = [u for u in segment(top + "\n\n" + BODY) if u.kind is None]
    assert choose(live, _TITLE_TESTS) is None


@pytest.mark.parametrize(("top", "title"), [
    # a short headline with its standfirst and byline under a label is kept (not the standfirst)
    ("THE HARBOUR GAZETTE\n\nObituaries\n\nJean Marsh obituary\n\nLibrarian who kept the reading room open through two floods\n\nBy Peter Lund",
     "Jean Marsh obituary"),
    ("THE LAKE HERALD\n\nFeatures\n\nThe last reading room\n\nHow a town kept its library open for a century\n\nBy Ann Reid",
     "The last reading room"),
    ("RIVER TIMES\n\nInterview\n\nThe keeper of books\n\nA librarian on fifty years behind the desk\n\nBy Tom Hale",
     "The keeper of books"),
], ids=["obituary-standfirst", "feature-standfirst", "interview-standfirst"])
def test_a_headline_with_its_standfirst_is_not_replaced_by_it(tmp_path: Path, top: str, title: str) -> None:
    assert _title(tmp_path, top) == title


def test_title_features_are_data() -> None:
    names = [f.name for f in FEATURES]
    assert len(names) == len(set(names))
    assert all(f.note for f in FEATURES)
    assert 0 < MIN_REPLACING <= MIN_SCORE and MARGIN > 0
    # a headline's length and its byline under it are enough on their own; a short line is not
    weight = {f.name: f.weight for f in FEATURES}
    assert weight["headline_length"] + weight["meta_under"] >= MIN_SCORE
    assert weight["short_line"] + weight["meta_under"] < MIN_SCORE


# a wiki page copied as text: menu lines, the article's (often short) title, the wiki's tagline
# under it and a hatnote over the lead; the title is the line over the tagline, the tagline and
# the hatnote leave the text
@pytest.mark.parametrize(("top", "title", "note"), [
    ("Main menu\nMain page   Contents   Random article\nSearch Townwiki\n\nReading rooms\nFrom Townwiki, the free encyclopedia\n"
     "This article is about public reading rooms. For the magazine, see Reading Room (magazine).",
     "Reading rooms", "This article is about public reading rooms."),
    ("Jump to navigation\n\nMillford Library\n\nFrom Infolore: the open knowledge base\n\n"
     "\"Millford reading room\" redirects here. For the poem, see The Reading Room.",
     "Millford Library", "redirects here"),
    ("Navigation menu\n\nHeritage fund\nFrom Commonspedia, the free encyclopedia\nFor other uses, see Heritage (disambiguation).",
     "Heritage fund", "For other uses"),
], ids=["wiki-hatnote", "redirect-note", "other-uses"])
def test_a_wiki_title_over_its_tagline(tmp_path: Path, top: str, title: str, note: str) -> None:
    p = tmp_path / "page.txt"
    p.write_text(top + "\n\n" + BODY, encoding="utf-8")
    doc = load(p)[0][0]
    assert doc.title == title
    assert note not in doc.text and "From " not in doc.text and doc.text.startswith("The council voted")


@pytest.mark.parametrize("line", ["For details, see chapter 3.", "For the council, see the minutes of 3 May.",
                                  "This article is about to change, the editor said."])
def test_a_body_sentence_is_no_hatnote(line: str) -> None:
    from chronica.ingest._lexicon import HATNOTE

    assert not HATNOTE.match(line)


# a reference work prints a descriptor under the entry's name, in lower case and ending in the
# entry's date in brackets; the name alone is the title and the descriptor leaves the text
@pytest.mark.parametrize(("top", "title"), [
    ("Town Reference Online\n\nReading Room Riot\nevent, Millford, England [1868]\n\nWritten by the Editors\nLast Updated: May 3, 2024",
     "Reading Room Riot"),
    ("Home > History\n\nMillford Charter\ntreaty, Northern Europe [1648–1651]\n\nBy the Editors of Town Reference\nUpdated 12 June 2023",
     "Millford Charter"),
    ("Reading room saved\nfor five more years [2024]\n\nBy Ann Reid", "Reading room saved"),
    # a headline set over two lines, the second going on in lower case, stays whole
    ("Harbour Weekly\n\nReading room saved\nafter a petition of two thousand names\n\nBy Ann Reid",
     "Reading room saved after a petition of two thousand names"),
], ids=["event", "treaty", "year-only", "two-line-headline"])
def test_a_reference_entrys_descriptor_is_no_part_of_its_title(tmp_path: Path, top: str, title: str) -> None:
    p = tmp_path / "page.txt"
    p.write_text(top + "\n\n" + BODY, encoding="utf-8")
    doc = load(p)[0][0]
    assert doc.title == title and "[1" not in doc.text[:200] and doc.text.startswith("The council voted")
