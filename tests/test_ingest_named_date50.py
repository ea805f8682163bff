"""A line above the body that names the document and when it was issued dates it
(``_lexicon.NAMED_DATE_LABEL``): a survey summary's "Report date:", a catalogue's "Catalogue issued …",
a course page's "Video recorded …" - shapes of three dev texts; every text here is made up. The same
words in the body (a factbox's "Ceasefire date: …") or with more after the date date nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load

_BODY = ("The two delegations met at the frontier post in March 1921 and agreed to exchange prisoners. "
         "A second meeting followed in the autumn, when the commission drew the line across the valley.\n\n"
         "The settlement held until the war, when the border was closed again and the posts were manned.\n")


def _doc(tmp_path: Path, text: str):
    p = tmp_path / "piece.txt"
    p.write_text(text, encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and len(docs) == 1
    return docs[0]


@pytest.mark.parametrize("top,expected", [
    ("FIELD SURVEY SUMMARY\nArea: upper valley, northern sector\nReport date: 14 June 2022\n", "2022-06-14"),
    ("Harbour Wines and Spirits\nSpring List\nCatalogue issued 2 March 2021\n", "2021-03-02"),
    ("Open course: Borders in history\nWeek 3, step 2\nVideo recorded 9 November 2020\n", "2020-11-09"),
    ("Parish newsletter\nNo. 41\nBulletin dated 30 April 2019\n", "2019-04-30"),
])
def test_a_line_naming_the_document_and_its_date_dates_it(tmp_path: Path, top: str, expected: str) -> None:
    doc = _doc(tmp_path, top + "\n" + _BODY)
    assert (doc.published, doc.published_source) == (expected, "labelled-date")


@pytest.mark.parametrize("text", [
    "Border history\n\n" + _BODY + "\nCeasefire date: 21 July 1992\n",           # in the body: a factbox
    "Border history\nTreaty signed 3 May 1921 in the valley town\n\n" + _BODY,    # more after the date
    "Border history\nThe commission and the governors of both provinces met and dated 3 May 1921\n\n" + _BODY,  # too long
])
def test_such_words_elsewhere_date_nothing(tmp_path: Path, text: str) -> None:
    assert _doc(tmp_path, text).published is None


def test_a_note_after_a_separator_is_no_part_of_the_line(tmp_path: Path) -> None:
    top = "Open course: Borders in history\n*Video recorded 9 November 2020 · Transcript lightly edited*\n"
    assert _doc(tmp_path, top + "\n" + _BODY).published == "2020-11-09"
