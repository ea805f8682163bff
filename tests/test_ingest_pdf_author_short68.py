"""Session 68: a PDF's /Author written short - an initial and the surname ("T Marlowe", "R. Doe; E. Roe") or a
login made of them ("tmarlowe") - is the writers the first page prints in full ("… by Dr Tobias Marlowe", "Ruth
Doe1 and Emil Roe2", "Described by Tobias Marlowe"): ``chronica.ingest._load._printed_in_full``. A full name, a
body's name, or a short name the page does not print in full stays as it was. Documents written for these tests
(no article text).

Dev texts: prtind 05 (an exhibit's "/Author" initial and surname under the exhibitor's full name in a "by Dr …"
line), uzbtjk 06 (a journal article's "/Author" of two initials and surnames over its byline with affiliation
numbers), swefin 03 (a finding aid's "/Author" login over a "Processed and described by …" line); all three now
the gold's author, nothing else moved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest_published import PARAS, _one, _pdf

from chronica.ingest._load import _printed_in_full


@pytest.mark.parametrize(("author", "page", "expected"), [
    ("T Marlowe", "Lake Walks\nA guide in three parts by Dr Tobias Marlowe FRGS\n", "Tobias Marlowe"),
    ("A. Kerrigan-Holt; P. Ndiaye", "Lake Walks\nAnnika Kerrigan-Holt1 and Pascal Ndiaye2\n1Institute",
     "Annika Kerrigan-Holt and Pascal Ndiaye"),
    ("A. Kerrigan-Holt", "Lake Walks\nAnnika J. Kerrigan-Holt\n", "Annika J. Kerrigan-Holt"),
    ("tmarlowe", "Described by Tobias Marlowe\nExtent: 4 boxes", "Tobias Marlowe"),
    # left as it was: a full name, a body, a short name the page does not print in full, another given name's initial
    ("Tobias Marlowe", "by Tobias Marlowe", "Tobias Marlowe"),
    ("Lakeside Walking Club", "by Tobias Marlowe", "Lakeside Walking Club"),
    ("T Marlowe", "A guide in three parts by the club's committee", "T Marlowe"),
    ("T Marlowe", "by Gerald Marlowe", "T Marlowe"),
    ("T Marlowe", "by Tobias Marlowes", "T Marlowe"),
    ("A. Kerrigan-Holt; P. Ndiaye", "Annika Kerrigan-Holt and the editors", "A. Kerrigan-Holt; P. Ndiaye"),
])
def test_a_short_author_field_the_page_prints_in_full(author: str, page: str, expected: str) -> None:
    assert _printed_in_full(author, page) == expected


def test_a_pdf_whose_author_field_is_an_initial_and_surname(tmp_path: Path) -> None:
    p = tmp_path / "r.pdf"
    p.write_bytes(_pdf([["Walks around the lake", "A guide in three parts by Dr Tobias Marlowe FRGS", *PARAS],
                        PARAS[:1]], "<< /Title (Lake Walks) /Author (T Marlowe) >>"))
    assert _one(p).author == "Tobias Marlowe"
