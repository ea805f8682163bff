"""Session 58: a PDF's running head or foot that ends one of its notes with a day or a month dates the piece over
the file's CreationDate (``chronica.ingest._load.edge_date``), unless that date falls after the file was made.
Documents written for these tests in the shape of the dev texts (no article text).

Dev texts (five files of five subjects and writers, each dated by the file's CreationDate before): usanic (an
annual report's foot "Presented to the … Meeting, DAY MONTH YEAR · page N"), itallby (an impact statement's foot
"… · Draft Rev. B – DAY MONTH YEAR"), gbrken (a society journal's head "… · Vol. N, No. N · MONTH YEAR"),
eriyem (a moot memorandum's foot "Version of DAY MONTH YEAR — page N of M"), hunrou (a grant proposal's foot
"Submitted DAY MONTH YEAR · Page N of M"); all five now the gold's date. A year alone ("Annual Report 2009") and a
season ("AUTUMN 2025") date nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest_published import PARAS, _one, _pdf

from chronica.ingest._load import edge_date


@pytest.mark.parametrize(("line", "iso"), [
    # a journal's head: its name, the volume and number, the month
    ("Bulletin of the Lowland Canal Society · Vol. 12, No. 3 · October 2004", "2004-10"),
    # a draft's foot: the project, its status and the day of the revision
    ("Northern Ring Road · Design Report · Draft Rev. C – 3 March 2011", "2011-03-03"),
    # a report's foot: to whom it was read and the day, the page number in a note of its own
    ("Read to the members at the Spring Meeting, 9 May 2012 · page 2", "2012-05-09"),
    ("Version of 21 January 2019 — page 1 of 4", "2019-01-21"),
    # no date: a year alone, a season, a date with words after it, a page number, a long sentence before a date
    ("Harbour Friends Society · Annual Report 2009", None),
    ("LANTERN BOOKS · SPRING 2020 · HISTORY", None),
    ("12 June 2013 meeting of the board", None),
    ("Chapter 4 – The Valley Works — page 4-2", None),
    ("The long quarrel over the river that the two towns shared until 4 May 2001", None),
])
def test_a_running_lines_note_ending_with_a_date(line: str, iso: str | None) -> None:
    assert edge_date(line) == iso


@pytest.mark.parametrize(("foot", "created", "published", "source"), [
    # printed on every page and before the file was made: the edition's date
    ("Lowland Canal Society · Vol. 12, No. 3 · October 2004", "D:20261203101500Z", "2004-10", "folio"),
    ("Read to the members at the Spring Meeting, 9 May 2012", "D:20261203101500Z", "2012-05-09", "folio"),
    # a date after the file was made is no edition of this file: the file's own date stays
    ("Read to the members at the Spring Meeting, 9 May 2012", "D:20110203101500Z", "2011-02-03", "file-meta"),
])
def test_a_running_foots_date_beats_the_files_creation_date(tmp_path: Path, foot: str, created: str,
                                                            published: str, source: str) -> None:
    p = tmp_path / "r.pdf"
    p.write_bytes(_pdf([[*PARAS, foot], [*PARAS[:1], foot]], f"<< /Title (Harbour Update) /CreationDate ({created}) >>"))
    doc = _one(p)
    assert (doc.published, doc.published_source) == (published, source)
