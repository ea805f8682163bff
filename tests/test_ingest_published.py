"""The publication date as a choice among candidates (chronica.ingest._published): the ranking is
the SOURCES registry; a PDF's CreationDate loses to any date the text prints and is inferred when
it is the only one; a report's running head and a folio dates the page; a wire dateline without
its year takes the copyright line's year. All documents are made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._published import SOURCES, choose, copyright_year, is_inferred, wire_dateline


def _one(path: Path):
    docs, errors = load(path)
    assert not errors and len(docs) == 1
    return docs[0]


# --- the registry -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        # the file's metadata loses to a date the text prints, wherever the reader listed it
        ([("2026-12-03", "file-meta"), ("19 December 2024", "folio")], ("2024-12-19", "folio")),
        # ... and to a dateline opening the first paragraph
        ([("2026-12-03", "file-meta"), ("2019-05-02", "lead-dateline")], ("2019-05-02", "dateline")),
        # alone, it is the date (inferred)
        ([("2026-12-03", "file-meta"), (None, "header")], ("2026-12-03", "file-meta")),
        # the page's markup beats the text's date line; a header beats both
        ([("2020-01-02", "dateline"), ("2020-01-03", "html-meta")], ("2020-01-03", "html-meta")),
        ([("2020-01-02", "dateline"), ("2020-01-03", "header")], ("2020-01-03", "header")),
        # equal rank: the first listed
        ([("2020-01-02", "dateline"), ("2020-01-05", "folio")], ("2020-01-02", "dateline")),
        # an address line over the text reports itself as "url" but ranks below the text's date line
        ([("https://x.example/2021/05/12/a", "address-line"), ("2021-05-11", "dateline")], ("2021-05-11", "dateline")),
        # a value that is no date is no candidate
        ([("soon", "header"), ("not a date", "html-meta")], None),
    ],
)
def test_the_best_candidate_by_the_registry(candidates, expected) -> None:
    assert choose(candidates) == expected


def test_the_text_candidates_rank_under_every_reader_candidate_but_the_file_metadata() -> None:
    """_load reads the text's further-off dates only when no reader candidate (but the file's
    metadata) was found: that shortcut holds while the registry ranks them so."""
    from chronica.ingest._load import TEXT_KINDS

    others = [s.rank for k, s in SOURCES.items() if k not in TEXT_KINDS and not s.inferred]
    assert min(SOURCES[k].rank for k in TEXT_KINDS) > max(others)
    assert all(SOURCES[k].rank < s.rank for k in TEXT_KINDS for s in SOURCES.values() if s.inferred)


def test_only_the_file_metadata_a_revision_note_and_an_export_date_are_inferred() -> None:
    assert is_inferred("file-meta") and is_inferred("revision-note") and is_inferred("export-date")
    assert [k for k, s in SOURCES.items() if s.inferred] == ["revision-note", "export-date", "file-meta"]
    assert not any(is_inferred(s) for s in ("dateline", "folio", "url", "html-meta", "wire-dateline", None))


# --- a PDF: its CreationDate against the dates it prints --------------------------------------

def _pdf(pages: list[list[str]], info: str) -> bytes:
    """A PDF written by hand: per page, lines of text in 10-point Helvetica, top to bottom."""
    n = len(pages)
    page_ids = [3 + 2 * i for i in range(n)]
    font_id = 3 + 2 * n
    objects: dict[int, str] = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] /Count {n} >>",
    }
    for i, lines in enumerate(pages):
        ops = [f"BT /F1 10 Tf 72 {754 - 16 * k} Td ({text}) Tj ET" for k, text in enumerate(lines)]
        content = "\n".join(ops)
        objects[page_ids[i]] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {page_ids[i] + 1} 0 R "
                                f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>")
        objects[page_ids[i] + 1] = f"<< /Length {len(content)} >>\nstream\n{content}\nendstream"
    objects[font_id] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects[font_id + 1] = info
    out = b"%PDF-1.4\n"
    offsets = []
    for k in sorted(objects):
        offsets.append(len(out))
        out += f"{k} 0 obj\n{objects[k]}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {font_id + 1} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


MADE = "<< /Title (Harbour Update) /CreationDate (D:20261203101500Z) >>"
PARAS = ["The harbour board met on Tuesday and agreed to reopen the north quay to small boats.",
         "The board said the dredging of the channel would be finished by the end of the year.",
         "Fishermen welcomed the decision, which ends a closure that began in the spring."]


@pytest.mark.parametrize(
    ("pages", "published", "source"),
    [
        # a report's running head on every page: "issuer | series | number | date"
        ([["Northbay Harbour Board  |  Harbour Update  |  Bulletin No. 7  |  14 March 2023", "www.northbay.example"] + PARAS,
          ["Northbay Harbour Board  |  Harbour Update  |  Bulletin No. 7  |  14 March 2023"] + PARAS[:1]],
         "2023-03-14", "folio"),
        # a series head that gives only the month (over the headline: read as the masthead's date line)
        ([["Coastal Studies Centre  |  Working Paper No. 12  |  June 2021"] + PARAS], "2021-06", "dateline"),
        # a date line under the title
        ([["Harbour Update", "Published: 3 May 2022"] + PARAS], "2022-05-03", "dateline"),
        # nothing printed: the file's CreationDate, inferred
        ([PARAS], "2026-12-03", "file-meta"),
    ],
)
def test_a_pdf_creation_date_loses_to_a_printed_date(tmp_path: Path, pages, published, source) -> None:
    p = tmp_path / "r.pdf"
    p.write_bytes(_pdf(pages, MADE))
    doc = _one(p)
    assert (doc.published, doc.published_source) == (published, source)
    assert is_inferred(doc.published_source) == (source == "file-meta")
    assert "The harbour board met on Tuesday" in doc.text


# --- a folio or running head in a plain text ------------------------------------------------------

@pytest.mark.parametrize(
    ("top", "published"),
    [
        # a newspaper's front page: name, date, price
        ("THE NORTHBAY STAR                 WEDNESDAY, MARCH 4, 1970                 PRICE 10 CENTS", "1970-03-04"),
        # a bulletin's head with bars, four parts
        ("Lakeside Relief Network  |  Flood Response  |  Update No. 4  |  9 October 2019", "2019-10-09"),
        # a series head: name, series, month
        ("Upland Policy Forum  |  Briefing Series No. 3  |  April 2018", "2018-04"),
        # a part that reads as a sentence is no folio
        ("Notes  |  The board met today.  |  9 October 2019", None),
        # two dates: no folio
        ("Lakeside Relief Network  |  9 October 2019  |  10 October 2019", None),
    ],
)
def test_a_running_head_dates_the_text(tmp_path: Path, top: str, published: str | None) -> None:
    p = tmp_path / "a.txt"
    p.write_text(f"{top}\n\nNorth quay reopens to small boats\n\n" + "\n\n".join(PARAS) + "\n", encoding="utf-8")
    doc = _one(p)
    assert doc.published == published
    if published:
        assert doc.published_source == "folio" and top not in doc.text


# --- a wire dateline without its year -------------------------------------------------------------

WIRE_PAGE = """Skip to main content
Harbour Wire | World | Business | More

Storm closes northern ferry routes

By Ana Sorel
3 minute read

NORTHBAY, March 6 (Harbour Wire) - Ferry operators cancelled all crossings to the northern islands on Friday as a storm brought gusts of more than 120 km/h, the port authority said.

The authority said services would resume once the wind dropped below gale force, probably on Sunday.

(c) 2020 Harbour Wire. All rights reserved.
"""

WIRE_FEED = """HARBOUR NEWSWIRE — GENERAL NEWS
==============================================

HNW0101 3 URGENT 12-11-2018 08:02 GMT
Port workers end strike after pay deal

PORTVILLE, Nov 12 (HNW) - Dock workers at Portville returned to work on Monday after union leaders accepted a pay offer that ended a nine-day strike.

The deal still has to be approved by a vote of the members next week.

Copyright 2018 Harbour Newswire. All rights reserved.
"""

WIRE_HTML = """<html><head><title>Bridge talks resume</title></head><body>
<article><h1>Bridge talks resume after two-year pause</h1>
<p>LAKETON, Finland, Sep 9 (Lake Wire) - Officials from the two towns met on Thursday to resume talks on the new bridge over the sound, the first meeting in two years.</p>
<p>Both sides said they expected to agree on a route by the spring, although the question of tolls was left open.</p>
<p>The old ferry, which has carried cars across the sound since 1961, will keep running until the bridge opens.</p>
</article><footer><p>&copy; 2021 Lake Wire</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("name", "text", "published"),
    [
        ("wire.txt", WIRE_PAGE, "2020-03-06"),  # a saved wire page: 6 March 2020 was a Friday
        ("feed.txt", WIRE_FEED, "2018-11-12"),  # a wire feed under its slugs: a Monday
        ("wire.html", WIRE_HTML, "2021-09-09"),  # a page: a Thursday
        # the weekday the lead names does not fall on the date in the copyright's year: no date
        ("wrong.txt", WIRE_PAGE.replace("on Friday", "on Tuesday"), None),
        # no copyright line, or two years in it: no year
        ("bare.txt", WIRE_PAGE.replace("(c) 2020 Harbour Wire. All rights reserved.", ""), None),
        ("two.txt", WIRE_PAGE.replace("(c) 2020", "(c) 2020 Harbour Wire; photos (c) 2019"), None),
    ],
)
def test_a_yearless_wire_dateline_takes_the_copyright_year(tmp_path: Path, name: str, text: str, published: str | None) -> None:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    doc = _one(p)
    if name.endswith(".html") and published:
        assert doc.published == published  # the page's own markup has no date
    else:
        assert (doc.published, doc.published_source) == (published, "wire-dateline" if published else None)


@pytest.mark.parametrize(
    ("lead", "whole", "expected"),
    [
        ("NORTHBAY, March 6 (Harbour Wire) - Crossings were cancelled on Friday.", "© 2020 X", "2020-03-06"),
        # the lead may tell the news of the day before ("late on Thursday")
        ("NORTHBAY, March 6 (Harbour Wire) - Crossings were cancelled late on Thursday.", "© 2020 X", "2020-03-06"),
        ("NORTHBAY, March 6 (Harbour Wire) - Crossings were cancelled.", "© 2020 X", "2020-03-06"),
        # a dateline with its year is the ordinary dateline's, not this one's
        ("NORTHBAY, March 6, 2020 (Harbour Wire) - Crossings were cancelled.", "© 2020 X", None),
        # no agency in brackets: a place and a date in a sentence, not a dateline
        ("NORTHBAY, March 6 - crossings were cancelled.", "© 2020 X", None),
        ("NORTHBAY, Feb 30 (Harbour Wire) - Crossings were cancelled.", "© 2020 X", None),
        ("NORTHBAY, March 6 (Harbour Wire) - Crossings were cancelled.", "© 2018–2020 X", None),
    ],
)
def test_wire_dateline_cases(lead: str, whole: str, expected: str | None) -> None:
    assert wire_dateline(lead, whole) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [("© 2020 Harbour Wire", 2020), ("(C) 2019 Lake Wire", 2019), ("Copyright 2017 Newswire", 2017),
     ("Copyright © 2016 The Post", 2016), ("© 2010-2020 The Post", None), ("© 2019 A; © 2020 B", None), ("no notice", None)],
)
def test_copyright_year(text: str, year: int | None) -> None:
    assert copyright_year(text) == year


# --- a date line alone above the first paragraph, where no headline was found ---------------------

COMMUNIQUE = """REPUBLIC OF NORTHLAND
Ministry of Harbours and Ferries
Press Office

Home > Media > Press releases

Portville, 12 March 2022

PRESS RELEASE
Second Northland–Southland Ferry Meeting: Joint Statement

1. At the invitation of the Minister of Harbours of Northland, the Minister of Transport of Southland paid a working visit to Portville on 11 and 12 March 2022.

2. The two ministers agreed to restore the night crossing between the two ports from the first of May.
"""

BELOW = """PRESS RELEASE
Second Northland–Southland Ferry Meeting: Joint Statement

1. At the invitation of the Minister of Harbours of Northland, the Minister of Transport of Southland paid a working visit to Portville this week.

Portville, 12 March 2022

2. The two ministers agreed to restore the night crossing between the two ports from the first of May.
"""


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (COMMUNIQUE, "2022-03-12"),  # over a label and a headline set in one block
        (COMMUNIQUE.replace("Portville, 12 March 2022", "Friday, 4 March 2022"), "2022-03-04"),
        (BELOW, None),  # under the first paragraph a date line dates a part of the text, not the page
    ],
)
def test_a_date_line_alone_above_the_first_paragraph(tmp_path: Path, text: str, published: str | None) -> None:
    p = tmp_path / "c.txt"
    p.write_text(text, encoding="utf-8")
    doc = _one(p)
    assert doc.published == published
    assert "At the invitation of the Minister" in doc.text
