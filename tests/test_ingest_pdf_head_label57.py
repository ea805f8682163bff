"""A PDF's running head set in two parts at one height, the right one opening with a publication label
("Annual Report 2030–31" and "Published November 2031"), dates the document over the file's own
CreationDate (``_load_pdf``'s ``head_parts``: where the text's reading of the first page's top joins
the two parts into one line, the label no longer opens a line and the parts are read apart).

The invented table holds the shape as the text's reading already dates it; the case where the parts
are joined shows in two dev PDFs of two writers (a trust's annual report, a cruise line's shore
notes), so the end-to-end test reads those files (``tests/gold``): their file metadata says the day
the files were made."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from chronica.ingest import load

GOLD = Path(__file__).resolve().parent / "gold"

BODY = [
    ["The river commission met at the crossing in March 1961, and the two delegations agreed",
     "to survey the whole course of the river before the rains came. The survey parties worked",
     "from both banks, and each kept its own log of soundings, fords and landing places.",
     "The logs were compared at the end of every season in the customs house at the crossing."],
    ["They signed a protocol on joint patrols in June 1962, which held until the floods of 1965,",
     "and the survey ended with a joint report in 1966. The report drew the channel afresh and",
     "gave each bank its islands, and the commission met once a year after that to review it.",
     "The patrols themselves were wound up in 1970, when the river had settled into its bed."],
]


def _pdf(head: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n, para in enumerate(BODY, start=1):
        c.setFont("Helvetica", 8)  # head and foot in smaller type than the text, each in two parts at one height
        c.drawString(57, 813, head[0])
        c.drawRightString(538, 813, head[1])
        c.drawString(57, 28, "The Harbour Trust is a charity registered in the county of Harbourshire.")
        c.drawRightString(538, 28, f"Page {n}")
        y = 740
        if n == 1:
            c.setFont("Helvetica-Bold", 20)
            c.drawString(60, y, "The Harbour Trust")
            y -= 40
        c.setFont("Helvetica", 11)
        for line in para:
            c.drawString(60, y, line)
            y -= 14
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("label, published", [
    ("Published November 2031", "2031-11"),
    ("Issued 4 March 2029", "2029-03-04"),
    ("First published May 2027", "2027-05"),
])
def test_a_labelled_line_of_the_running_head_dates_the_pdf(tmp_path: Path, label: str, published: str) -> None:
    p = tmp_path / "report.pdf"
    p.write_bytes(_pdf(["The Harbour Trust  ·  Annual Report 2030–31", label]))
    docs, errors = load(p)
    assert errors == [] and (docs[0].published, docs[0].published_source != "file-meta") == (published, True)


def test_a_head_with_no_label_leaves_the_files_own_date(tmp_path: Path) -> None:
    """No label: the year span of the head dates nothing; the file's metadata stays, inferred."""
    p = tmp_path / "report.pdf"
    p.write_bytes(_pdf(["The Harbour Trust  ·  Annual Report 2030–31", "A charity registered in Harbourshire"]))
    docs, errors = load(p)
    assert errors == [] and docs[0].published_source == "file-meta"


@pytest.mark.parametrize("path, published", [
    ("ghatgo/04_loomkeepers_trust_annual_report_2018-19.pdf", "2019-10"),
    ("irqtur/05_firat_yolu_shore_notes.pdf", "2024-02"),
])
def test_the_labelled_part_of_a_joined_head_dates_the_pdf(path: str, published: str) -> None:
    docs, errors = load(GOLD / path)
    assert errors == [] and (docs[0].published, docs[0].published_source) == (published, "labelled-date")
