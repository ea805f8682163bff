"""Session 51: a printed document's running head or foot that names it and says when it was issued
dates the piece over the file's own creation date. Documents written for these tests (no article text).

A PDF prints on every page a line such as "Brochure issued 15 January 2019 · … · page 2"; the reader
takes such lines off as running heads and feet, and the date they print was lost, so the file's
CreationDate (when the file was made, often the day it was saved) dated the piece. The line is read
with the label the masthead's lines are read with (:data:`~chronica.ingest._lexicon.NAMED_DATE_LABEL`:
"Report date: …", "Catalogue issued …"); it ranks as a labelled date, under every date the text
prints at its top and over the inferred ones. Dev texts: usaphl (a tour brochure's foot), etheri
(a bulletin's head "… | Issued 1 April 2021", read there as a folio), usapan (a catalogue's
"Catalogue issued …" line over the body).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest_published import PARAS, _one, _pdf

CREATED = "<< /Title (Harbour Tours) /CreationDate (D:20261203101500Z) >>"


@pytest.mark.parametrize(("foot", "published", "source"), [
    # a foot naming the document and its issue date: the printed date wins over the file's
    ("Brochure issued 15 January 2019 · Bonded tour operator no. 4471 · page {n}", "2019-01-15", "labelled-date"),
    ("Report date: 3 March 2021 | Harbour Trust | {n}", "2021-03-03", "labelled-date"),
    ("Price list dated June 2018 · page {n} of 2", "2018-06", "labelled-date"),
    # a foot with no such label: the file's date stays, flagged as inferred
    ("Harbour Tours · Bonded tour operator no. 4471 · page {n}", "2026-12-03", "file-meta"),
    # a label whose date is followed by more words is no issue date ("issued 3 May 2019 to members")
    ("Card issued 3 May 2019 to members only · page {n}", "2026-12-03", "file-meta"),
])
def test_a_running_foot_naming_the_issue_date_dates_the_piece(tmp_path: Path, foot: str, published: str,
                                                              source: str) -> None:
    p = tmp_path / "b.pdf"
    p.write_bytes(_pdf([[*PARAS, foot.format(n=1)], [*PARAS[:1], foot.format(n=2)]], CREATED))
    doc = _one(p)
    assert (doc.published, doc.published_source) == (published, source)
    assert "issued 15 January" not in doc.text and "Report date" not in doc.text


def test_a_date_printed_at_the_top_wins_over_the_foot(tmp_path: Path) -> None:
    foot = "Brochure issued 15 January 2019 · page {n}"
    p = tmp_path / "b.pdf"
    p.write_bytes(_pdf([["HARBOUR TOURS  |  Autumn programme  |  June 2011", *PARAS, foot.format(n=1)],
                        [*PARAS[:1], foot.format(n=2)]], CREATED))
    assert _one(p).published == "2011-06"
