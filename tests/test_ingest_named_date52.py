"""Session 52: a running head names the document and its issue date after the issuer's name
("Harbour Trust UAB · Prospectus dated 4 May 2021 · Risk Factors"): every note of the line is read,
not only the first, so the printed date dates the piece over the file's own creation date (a PDF
made on the day it was saved said that day). Documents and lines invented for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest_published import PARAS, _one, _pdf

from chronica.ingest._load import named_date

CREATED = "<< /Title (Harbour Trust) /CreationDate (D:20261203101500Z) >>"


@pytest.mark.parametrize(("line", "iso"), [
    ("Harbour Trust UAB · Prospectus dated 4 May 2021 · Risk Factors", "2021-05-04"),
    ("Harbour Trust | Annual report issued 3 March 2020 | page 4", "2020-03-03"),
    ("Catalogue issued 3 October 2022 · Prices in euros", "2022-10-03"),
    # no note names an issue date, or words follow the date: nothing
    ("Harbour Trust UAB · Risk Factors · page 4", None),
    ("Harbour Trust · Card issued 3 May 2019 to members only · page 2", None),
])
def test_each_note_of_a_line_is_read(line: str, iso: str | None) -> None:
    assert named_date(line) == iso


def test_a_running_head_second_note_dates_the_pdf(tmp_path: Path) -> None:
    head = "Harbour Trust UAB · Prospectus dated 4 May 2021 · Risk Factors"
    p = tmp_path / "b.pdf"
    p.write_bytes(_pdf([[head, *PARAS], [head, *PARAS[:1]]], CREATED))
    doc = _one(p)
    assert (doc.published, doc.published_source) == ("2021-05-04", "labelled-date")
