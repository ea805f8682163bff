"""The writer a page credits in a role (data/writing_roles.txt): "Compiled by Jane Doe for …",
"Text by Jane Doe", "Editor: Jane Doe", "Lead author: Jane Doe", and a PDF whose /Author names the
body that issued it while its first lines credit the writer. Every line here is made up for the
tests (invented people, places and bodies)."""

from __future__ import annotations

import pytest

from chronica.ingest import load
from chronica.ingest._credits import head_writer, name_under_title, names_a_body, writing_credit

P1 = ("The harbour board approved the plan for a new breakwater on Tuesday after a debate that lasted "
      "most of the afternoon and ended with a narrow vote of the members present.")
P2 = ("Fishermen had opposed the breakwater for two years, saying the works would silt up the channel "
      "at the mouth of the bay and drive the herring further out to sea.")


@pytest.mark.parametrize(
    "line, writer",
    [
        # a role phrase + "by" + names, perhaps one credit of a line of particulars
        ("Compiled by Ruth Ames for the Lakeside Walking Club", "Ruth Ames"),
        ("*Compiled by Ruth Ames for the seminar \"Rivers and Realms\"*", "Ruth Ames"),
        ("Third edition, May 2015. Compiled by Captain Ivo Brandt for the Northern Sailing Union.", "Ivo Brandt"),
        ("Record compiled by Tomas Vinter, archive volunteer editor", "Tomas Vinter"),
        ("Harbour Readers · Guide prepared by Olive Marsh · Posted May 9, 2020", "Olive Marsh"),
        ("Picture story · 9 images · Text by Kemal Oduya", "Kemal Oduya"),
        ("Introduction and notes by Paula Wren, with the society's editorial team", "Paula Wren"),
        ("Page last updated 2 June 2021 · Written by Arno Feld, timetable team", "Arno Feld"),
        ("A reader's guide by Nora Quill, Head Librarian", "Nora Quill"),
        ("Texts by the exhibition team, Lars Ek and Mia Dahl", "Lars Ek and Mia Dahl"),
        ("Posted by Ivan Petrenko in Travel, Memoir", "Ivan Petrenko"),
        ("Town Walks No. 4 - by Greta Holm and Piet Maas", "Greta Holm and Piet Maas"),
        # a site's user credited by handle (a cache listing's "A cache by …" rests on one dev text: left out)
        ("asked by harbour_owl 2,310", "harbour_owl"),
        ("asked by **fen_walker** (3,402 rep)", "fen_walker"),
        # a label + ":" + names
        ("Editor: Hanna Berzina", "Hanna Berzina"),
        ("EDITOR: Colm Reilly-Shaw READER: Ada Nwosu DURATION: 4'00\"", "Colm Reilly-Shaw"),
        ("Lead author: Ines Varga. April 2019.", "Ines Varga"),
        ("Primary analyst: Dr. Omar Castell, Head of Country Risk", "Omar Castell"),
        ("Prepared by Westmark Planning Consultants for the Valley Trust. Lead author: Ines Varga.", "Ines Varga"),
    ],
)
def test_writing_credit(line: str, writer: str) -> None:
    assert writing_credit(line) == writer


@pytest.mark.parametrize(
    "line",
    [
        "Photographs by Ruth Ames",  # a photographer's credit
        "Translated by Ruth Ames",  # a translator's
        "Illustrations and text by Ruth Ames",  # the role words hold an illustrator's
        "Cover design by Ruth Ames",
        "Prepared by Westmark Planning Consultants for the Valley Trust.",  # a body, no writer
        "Compiled by the Reference Desk research team",
        "The charter was written by Ruth Ames in 1921.",  # a sentence, not a credit
        "Hosted by Ruth Ames with the Valley Trust",  # an event's host is no writer
        "Editor: see the contact page",  # no name
        "Written by hand on the back of a map.",
        "asked by many readers since 2010",  # no handle, no name
    ],
)
def test_no_writing_credit(line: str) -> None:
    assert writing_credit(line) is None


def test_head_writer_label_wrapped_under_its_value() -> None:
    # a PDF's line ends on the label and its value is set on the next line
    lines = ["Valley Forts: Management Plan", "Prepared by Westmark Planning Consultants. Lead author:",
             "Ines Varga. April 2019.", "1 Introduction"]
    assert head_writer(lines) == "Ines Varga"


@pytest.mark.parametrize(
    "name, body",
    [("Westmark Planning Consultants", True), ("Northvale Heritage Society", True), ("Office of the Registrar", True),
     ("Ines Varga", False), ("Ruth Ames and Ivo Brandt", False), ("Ruth Ames; Ivo Brandt", False)],
)
def test_names_a_body(name: str, body: bool) -> None:
    assert names_a_body(name) is body


def test_text_credit_fills_an_empty_author(tmp_path) -> None:
    path = tmp_path / "pilot_notes.txt"
    path.write_text("Pilot notes for the Outer Skerries\n\nSecond edition, March 2018. Compiled by Captain Ivo Brandt "
                    f"for the Northern Sailing Union.\n\n{P1}\n\n{P2}\n", encoding="utf-8")
    docs, _ = load(path)
    assert docs[0].author == "Ivo Brandt"


def test_markdown_particulars_credit(tmp_path) -> None:
    path = tmp_path / "guide.md"
    path.write_text("# Discussion guide: The Salt Road\n\n**Harbour Readers** · Guide prepared by Olive Marsh · Posted May 9, 2020\n\n"
                    f"{P1}\n\n{P2}\n", encoding="utf-8")
    docs, _ = load(path)
    assert docs[0].author == "Olive Marsh"


def test_html_credit_under_headline(tmp_path) -> None:
    path = tmp_path / "guide.html"
    path.write_text("<html><head><title>The Salt Road wines</title></head><body><nav><a href='/'>Home</a> · <a href='/red'>Red</a></nav>"
                    "<article><h1>The Salt Road wines</h1><p class='standfirst'>A buyer's guide by Nora Quill, Head Buyer</p>"
                    f"<p>{P1}</p><p>{P2}</p></article></body></html>", encoding="utf-8")
    docs, _ = load(path)
    assert docs[0].author == "Nora Quill"


def test_photographer_credit_leaves_author_empty(tmp_path) -> None:
    path = tmp_path / "gallery.md"
    path.write_text(f"# Life on the breakwater\n\nPicture story · 9 images · Photographs by Kemal Oduya\n\n{P1}\n\n{P2}\n",
                    encoding="utf-8")
    docs, _ = load(path)
    assert docs[0].author is None


@pytest.mark.parametrize(
    "lines, writer",
    [
        (["THE RIVER KINGDOMS: A HISTORY OF THE DELTA", "Ingrid Sollie-Park", "", "CHAPTER 3"], "Ingrid Sollie-Park"),
        (["<!-- exported from a slide tool -->", "# GEOG 210 Coasts and Borders", "## Lecture 4: The salt road, from the hills to the sea",
          "Dr Tobias Renn · Department of Geography"], "Tobias Renn"),
        (["The Quiet Frontier: Lakes, Forts and a Treaty", "Maren Ostby Hall", "Harbour & Lowe"], "Maren Ostby Hall"),
        # no writer: a site's name, a label in capitals, a heading, a menu over the name
        (["Skip to content", "Lakeside Walking Uncensored"], None),
        (["TIMELINE OF THE DELTA DISPUTE", "EURASIA MONITOR"], None),
        (["# Model Assembly: The Delta Question", "## Background Guide"], None),
        (["Where I Live", "A-Z Index"], None),
        (["Annual report of the harbour board", "Northvale Heritage Society"], None),
        (["A first paragraph that runs on and on.", "Ruth Ames"], None),
    ],
)
def test_name_under_title(lines: list[str], writer: str | None) -> None:
    assert name_under_title(lines) == writer


def test_head_writer_reads_a_byline_line() -> None:
    lines = ["Home > History > Nordic history", "The Quiet Frontier: Lakes, Forts and a Treaty", "by Maren Ostby Hall", "£20.00"]
    assert head_writer(lines) == "Maren Ostby Hall"
    assert head_writer(["The Quiet Frontier", "By Reuters"]) is None
    assert head_writer(["Lectures on the delta", "By Delta Cultural Forum · 1.1k followers Follow"]) is None  # an organiser


def test_html_question_asked_by_handle(tmp_path) -> None:
    path = tmp_path / "question.html"
    path.write_text("<html><head><title>Why was the old ferry line closed?</title></head><body>"
                    "<div class='sidebar'><div>Hot questions</div><div>Why do maps put east at the top?</div></div>"
                    "<h1>Why was the old ferry line closed?</h1>"
                    "<div class='question'><p>The ferry between the two islands ran for forty years and then stopped in a single winter, "
                    "and nobody in the village seems to remember why the company gave it up so quickly.</p>"
                    "<div class='owner'>asked by harbour_owl 2,310</div></div>"
                    f"<div class='answer'><p>{P1}</p><p>{P2}</p></div></body></html>", encoding="utf-8")
    docs, _ = load(path)
    assert docs[0].author == "harbour_owl"
