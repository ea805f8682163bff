"""Session 68: a PDF's running head or foot that names its edition by the year alone ("Vol. 8 · 2016", "… (2016)
· Articles", "A PUBLISHER · WINTER 2016 · TRAVEL") dates the piece by that year when the file itself was made in
a later year (``chronica.ingest._load.edge_year``): the file is a later copy of the edition, and its CreationDate
is no publication date. A span ("1890–1990") and a report's year ("Annual Report 2009", published the year after)
give nothing, and a year no earlier than the file's own leaves the file's date. Documents written for these tests
(no article text).

Dev texts: zmbzwe 05 (a club journal's head "… Vol. N · YEAR" and foot "… N (YEAR) · Articles"), civfra 05 (a
publisher's catalogue head "NAME · SEASON YEAR · LIST"), both dated by a CreationDate years after before; korkor 03
(a lecture's head "… | Autumn YEAR", the same year as the file: no change).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest_published import PARAS, _one, _pdf

from chronica.ingest._load import edge_year


@pytest.mark.parametrize(("line", "year"), [
    ("Proceedings of the Upland Walking Club Vol. 8 · 2016", "2016"),
    ("UWC Proceedings 8 (2016) · Articles", "2016"),
    ("HARROW & VALE · WINTER 2016 · TRAVEL & MAPS", "2016"),
    ("Lecture notes | Autumn 2016 | Week 3", "2016"),
    # no edition's year: a span, a report's year, a page number, a year inside a sentence
    ("A Century of Sail: The Lakeside Boat Club, 1890–1990", None),
    ("Harbour Friends Society · Annual Report 2009", None),
    ("Page 3 of 4", None),
    ("The club was founded in 1890 by six boatmen", None),
])
def test_a_running_lines_note_naming_an_editions_year(line: str, year: str | None) -> None:
    assert edge_year(line) == year


@pytest.mark.parametrize(("head", "created", "published", "source"), [
    # the edition's year on every page, the file made years later: the edition's year
    ("Proceedings of the Upland Walking Club · Vol. 8 · 2016", "D:20261203101500Z", "2016", "folio"),
    ("HARROW & VALE · WINTER 2016 · TRAVEL & MAPS", "D:20261203101500Z", "2016", "folio"),
    # the file made in the edition's year: its own day is finer and stays
    ("Proceedings of the Upland Walking Club · Vol. 8 · 2016", "D:20161104101500Z", "2016-11-04", "file-meta"),
    # a span names no edition: the file's date stays
    ("A Century of Sail: The Lakeside Boat Club, 1890-1990", "D:20261203101500Z", "2026-12-03", "file-meta"),
])
def test_a_running_heads_year_beats_a_later_creation_date(tmp_path: Path, head: str, created: str,
                                                          published: str, source: str) -> None:
    p = tmp_path / "r.pdf"
    p.write_bytes(_pdf([[head, *PARAS], [head, *PARAS[:1]]], f"<< /Title (Lake Walks) /CreationDate ({created}) >>"))
    doc = _one(p)
    assert (doc.published, doc.published_source) == (published, source)
