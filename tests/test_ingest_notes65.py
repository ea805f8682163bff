"""Notes a document prints about itself: the label of its issue date, its manuscript history, its review note.

- a notice's "Date of issue:", a working paper's "This version:", a Q&A page's "Answer posted:" label the
  document's own date (:data:`chronica.ingest._lexicon.PUBLICATION_LABEL`); "Question received:" does not;
- a scholarly article's history ("Received …; revised …; accepted …", "Article submitted …") is the
  manuscript's, not the article's: furniture (:data:`chronica.ingest._lexicon.MANUSCRIPT_STAGE`);
- a public page's "Page last reviewed: …" note is furniture, its date filled in or not
  (:data:`chronica.ingest._lexicon.UPDATED_LINE`).

Invented documents, places and dates.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._clean import _manuscript_history

_BODY = (
    "The two river boards met at the lake port of Varnel in the spring and agreed to share the cost of "
    "dredging the channel below the old weir, which had silted up over three dry summers.\n\n"
    "Under the agreement each board pays half of the work and the ferry keeps its winter timetable. "
    "The boards will meet again after the autumn floods to count what the dredging has cost."
)


def _doc(tmp_path: Path, text: str, name: str = "doc.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and docs
    return docs[0]


@pytest.mark.parametrize("head,expected", [
    # a public office's notice: its particulars block under the heading
    ("RIVER BOARD OF VARNEL\n\nNOTICE TO FERRY OPERATORS No. 7/2019\n\nDate of issue:    4 March 2019\n"
     "Replaces:         Notice No. 3/2016\n\n", "2019-03-04"),
    # a teaching case's version line under its byline, in Markdown
    ("# Dredging the Varnel Channel\n\nAuthors: Dr Ilse Marrow and Tomas Greve\n\n"
     "**This version:** 9 October 2020 · 12 pages · Teaching note available\n\n---\n\n", "2020-10-09"),
    # a library's answer page: the question's date, then the answer's
    ("# Ask a Librarian: When was the Varnel weir built?\n\n**Question received:** 2 May 2023\n\n"
     "**Answer posted:** 8 May 2023\n\n---\n\n", "2023-05-08"),
    # the question's date alone labels no publication
    ("# Ask a Librarian: When was the Varnel weir built?\n\n**Question received:** 2 May 2023\n\n---\n\n", None),
])
def test_a_label_of_issue_version_or_posting_dates_the_document(tmp_path: Path, head: str, expected) -> None:
    name = "doc.md" if head.startswith("#") else "doc.txt"
    doc = _doc(tmp_path, head + _BODY + "\n", name)
    assert doc.published == expected


@pytest.mark.parametrize("line,history", [
    ("Received 3 May 2021; revised 9 July 2021; accepted 2 August 2021.", True),
    ("Received 12 January 2018; accepted for publication 30 March 2018.", True),
    ("Article submitted 14 November 2015.", True),
    ("Received 7 June 2022, accepted 1 July 2022", True),
    # a story's sentence and a thanks line are no history
    ("The petition was received on 3 May 1920 by the river board.", False),
    ("Received with thanks from the Varnel ferry society.", False),
    ("Accepted 2 August 2021 after a long debate in the council chamber of the upper town", False),
])
def test_a_manuscript_history_line_is_known(line: str, history: bool) -> None:
    assert _manuscript_history(line) is history


def test_a_manuscript_history_is_no_part_of_the_article(tmp_path: Path) -> None:
    text = ("Silt and the Varnel Ferry, 1890-1930\n\nIlse Marrow\n\n"
            "Received 3 May 2021; revised 9 July 2021; accepted 2 August 2021.\n\n" + _BODY + "\n")
    doc = _doc(tmp_path, text)
    assert "Received 3 May 2021" not in doc.text
    assert "agreed to share the cost" in doc.text and "count what the dredging has cost" in doc.text


@pytest.mark.parametrize("note", [
    "Page last reviewed: 2 December 2022",
    "Page last reviewed: . Next review due: February 2025.",
    "Content last updated 14 March 2021",
])
def test_a_page_review_note_is_furniture(tmp_path: Path, note: str) -> None:
    html = ("<html><head><title>Dredging the Varnel channel</title></head><body><main><article>"
            "<h1>Dredging the Varnel channel</h1>"
            + "".join(f"<p>{p}</p>" for p in _BODY.split("\n\n"))
            + f"<p>{note}</p></article></main></body></html>")
    doc = _doc(tmp_path, html, "page.html")
    assert "count what the dredging has cost" in doc.text
    assert note.split(":")[0] not in doc.text


@pytest.mark.parametrize("line,heading", [
    ("IN THIS ISSUE", True),
    ("Also in this issue", True),
    ("In this issue:  Editor's letter * Ferry diary * Notices", True),
    ("In this issue: (1) Diary (2) The weir survey (3) Notices", True),
    # the editor's prose about the issue is no contents box
    ("In this issue, we look back at the Varnel flood of 1931.", False),
    ("In this issue: we look back at the Varnel flood of 1931.", False),
    ("In this issue of the bulletin you will find the annual accounts.", False),
])
def test_a_contents_box_heading_is_known(line: str, heading: bool) -> None:
    from chronica.ingest._clean import _contents_heading

    assert _contents_heading(line) is heading


def test_a_newsletter_contents_heading_is_no_part_of_the_text(tmp_path: Path) -> None:
    # the box stands under the editor's greeting, as a weekly digest prints it
    text = ("Dredging the Varnel channel at last\n\nGood morning. This week's letter is almost all about one "
            "meeting of the two river boards, and what it leaves for the ferry.\n\nIN THIS ISSUE\n\n"
            "1. The boards meet\n\n2. What the ferry keeps\n\n" + "-" * 60 + "\n\n1. THE BOARDS MEET\n\n" + _BODY + "\n")
    doc = _doc(tmp_path, text)
    assert "IN THIS ISSUE" not in doc.text
    assert "agreed to share the cost" in doc.text and "count what the dredging has cost" in doc.text
