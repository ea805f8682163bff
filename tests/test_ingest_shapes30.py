"""Format structure over word lists (issue 10, session 30): subtitle cues, a Markdown title block,
a PDF's type sizes. Every text here is made up in the shapes publishers use."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._subtitles import is_subtitles, read_subtitles
from chronica.ingest._title_block import without_honorific


def _one(path: Path):
    docs, errors = load(path)
    assert errors == [] and len(docs) == 1
    doc = docs[0]
    assert all(doc.text[c : c + n] == doc.raw[r : r + n] for c, r, n in doc.spans)
    return doc


# --- subtitles: the cue structure -------------------------------------------------------------

SRT_DOCUMENTARY = """1
00:00:01,000 --> 00:00:04,000
[soft piano music]

2
00:00:04,500 --> 00:00:07,000
THE SALT ROAD

3
00:00:08,000 --> 00:00:11,500
NARRATOR: In 1911 the salt caravans
still crossed the plateau every spring.

4
00:00:11,700 --> 00:00:15,000
They stopped when the railway reached
the coast in 1923.

5
00:00:16,000 --> 00:00:19,000
[camels braying]

6
00:00:19,500 --> 00:00:23,000
TRADER (Kessa): My father walked it
forty times.

7
00:00:25,000 --> 00:00:28,000
Subtitles by Brightline Captions Ltd
"""

SRT_NO_CARD = """1
00:01:00,000 --> 00:01:03,000
♪ Theme music ♪

2
00:01:03,500 --> 00:01:06,000
The council met on 4 March 1987

3
00:01:06,100 --> 00:01:09,000
and voted to close the northern mine.

4
00:01:09,500 --> 00:01:12,000
- MINER: Nobody asked us.

5
00:01:12,500 --> 00:01:15,000
Sync and corrections by tallow77
"""

VTT_NEWS = """WEBVTT

NOTE made by the station's captioning desk

intro
00:00.000 --> 00:03.000
(dramatic music)

a1
00:03.500 --> 00:07.000
<v Anchor>The bridge at Orvel reopened on Monday
after eleven months of repairs.

a2
00:07.200 --> 00:10.000
Engineers replaced all four piers.
"""


@pytest.mark.parametrize(
    ("name", "text", "title", "starts", "ends", "gone"),
    [
        ("doc.srt", SRT_DOCUMENTARY, "THE SALT ROAD",
         "NARRATOR: In 1911 the salt caravans still crossed the plateau every spring. They stopped",
         "My father walked it forty times.",
         ["[soft piano music]", "[camels braying]", "Subtitles by", "-->", "00:00"]),
        ("mine.txt", SRT_NO_CARD, None,
         "The council met on 4 March 1987 and voted to close the northern mine.",
         "MINER: Nobody asked us.",
         ["Theme music", "Sync and corrections", "-->"]),
        ("news.vtt", VTT_NEWS, None,
         "The bridge at Orvel reopened on Monday after eleven months of repairs.",
         "Engineers replaced all four piers.",
         ["WEBVTT", "dramatic music", "NOTE", "a1", "<v"]),
    ],
)
def test_subtitle_files_are_read_by_their_cues(tmp_path: Path, name, text, title, starts, ends, gone) -> None:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    doc = _one(p)
    assert doc.title == title
    assert doc.text.startswith(starts)
    assert doc.text.rstrip().endswith(ends)
    for g in gone:
        assert g not in doc.text
    assert any(kind == "sound" for kind, _ in doc.removed)  # kept for audit


def test_a_speaker_label_or_a_sound_starts_a_paragraph() -> None:
    t = read_subtitles(SRT_DOCUMENTARY)
    assert t is not None and t.title == "THE SALT ROAD"
    assert t.text.split("\n\n")[1].startswith("TRADER (Kessa): My father")


@pytest.mark.parametrize(
    "text",
    [
        "The arrow --> points to the gate.\n\nThe gate was shut in 1990.\n",  # prose with an arrow
        "1\n00:00:01,000 --> 00:00:02,000\nOne cue only.\n",  # too few cues
        "Minutes of the meeting\n\n10:00 --> 11:00 Budget\n\n11:00 --> 12:00 Roads\n\n12:00 --> 13:00 Lunch\n",  # an agenda
        "1\n00:00:01,000 --> 00:00:02,000\nA.\n\n2\n00:00:02,000 --> 00:00:03,000\nB.\n\n"
        "3\n00:00:03,000 --> 00:00:04,000\nC.\n\nA paragraph that is no cue.\n",  # a cue list inside a text
    ],
)
def test_what_is_not_a_subtitle_file(text: str) -> None:
    assert not is_subtitles(text)


# --- Markdown: the title block under the "#" heading ------------------------------------------

MD_PAPER = """[Journal of Upland Studies](https://jus.example.org/) | [Archive](https://jus.example.org/archive)

# Terraces and Treaties: Two Valleys Since 1850

**Tomás R. Ilvane-Sorel**, Department of Geography, University of the Northern Uplands

*Journal of Upland Studies*, Vol. 4, No. 2 · Published online: 7 May 2023

## Abstract

This article follows two mountain valleys from the boundary treaty of 1850 to the water agreement signed in 2019, and argues that the terraces shaped the border more than the treaty did.

## 1. Introduction

The valleys of the Orra and the Vesk were divided in 1850 by a treaty that drew the line along the watershed, and for a century neither state sent officials above the last village on either side.
"""

MD_REPORT = """[Coastal Fisheries Watch](https://cfw.example.org) · About · Research · Donate

# Empty Nets: The Decline of the Inshore Catch

**A briefing by Coastal Fisheries Watch**
Published 2 October 2021 · Research and writing: Ines Moravec, Paul Adebayo · 22 pages

## Summary

The inshore catch of the two fishing towns fell by half between 2009 and 2020, and the agreement signed in March 2018 to share the northern banks has not been applied by either side.
"""

MD_CHAPTER = """[Open History Texts](https://oht.example.edu) > Rivers and States > Unit 2

# Chapter 5. The Lower River since 1900

*Rivers and States*, 2nd edition. Chapter authors: Mara Quell and Joseph Tanvir. Last revised: 12 January 2022.

## 5.1 A river becomes a border

The lower river became a border in 1902, when the two kingdoms agreed to divide the delta along its main channel, and the channel moved north by three kilometres in the flood of 1931.
"""

MD_REVIEW = """# A Harbour Between Empires

## Piet Lorens on how a small port outlived three flags

*Reviewed by Dr. Odile Marchbank*

Few ports changed hands as often as Vennhaven, which was taken in 1807, returned in 1815 and sold in 1864, and Lorens tells the story of each transfer through the harbour master's ledgers.
"""

MD_CLAUSE = """# The Quiet Pass

**Ana Velde**, who led the survey in 1998, said the pass was never closed to shepherds.

The pass was closed to vehicles in 1976 after a landslide, and the road was rebuilt only in 2004 with money from both provinces and a loan from the regional bank.
"""


@pytest.mark.parametrize(
    ("text", "author", "published", "gone"),
    [
        (MD_PAPER, "Tomás R. Ilvane-Sorel", "2023-05-07", ["Department of Geography"]),
        (MD_REPORT, "Ines Moravec, Paul Adebayo", "2021-10-02", ["Research and writing"]),
        (MD_CHAPTER, "Mara Quell and Joseph Tanvir", "2022-01-12", ["Chapter authors", "Last revised"]),
        (MD_REVIEW, "Odile Marchbank", None, ["Reviewed by"]),
        (MD_CLAUSE, None, None, []),  # a bold name in a clause is text, not the author's line
    ],
)
def test_the_markdown_title_block_gives_author_and_date(tmp_path: Path, text, author, published, gone) -> None:
    p = tmp_path / "a.md"
    p.write_text(text, encoding="utf-8")
    doc = _one(p)
    assert doc.author == author
    assert doc.published == published
    for g in gone:
        assert g not in doc.text
    if text is MD_CLAUSE:
        assert "who led the survey in 1998" in doc.text


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Dr. Halvard Stene", "Halvard Stene"),
        ("Prof. Mina Orsk and Dr. Lev Tamm", "Mina Orsk and Lev Tamm"),
        ("Professor Ruth Alder", "Ruth Alder"),
        ("Drew Parrish", "Drew Parrish"),  # a first name that starts like the honorific
    ],
)
def test_an_author_is_named_without_honorific(name: str, bare: str) -> None:
    assert without_honorific(name) == bare


def test_a_header_author_loses_the_honorific(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("---\nauthor: Dr. Halvard Stene\n---\n\n# Lecture 3: the northern lakes\n\n"
                 "The lakes were divided by the treaty of 1920, and the fishing rights were settled only in 1968.\n",
                 encoding="utf-8")
    assert _one(p).author == "Halvard Stene"


# --- PDF: the first page's type sizes and the page heads --------------------------------------


def _pdf(pages: list[list[tuple[float, str]]], info: str = "<< >>") -> bytes:
    """A PDF written by hand: per page, lines of (font size, text) in Helvetica, top to bottom."""
    n = len(pages)
    page_ids = [3 + 2 * i for i in range(n)]
    font_id = 3 + 2 * n
    objects: dict[int, str] = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] /Count {n} >>",
    }
    for i, lines in enumerate(pages):
        y = 770
        ops = []
        for size, text in lines:
            y -= size * 1.6
            ops.append(f"BT /F1 {size} Tf 72 {y:.0f} Td ({text}) Tj ET")
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


BODY1 = [(10.5, "The harbour authority took over the old quay in 1988 and rebuilt it in 1994."),
         (10.5, "Traffic through the port doubled between 2001 and 2011, when the new crane arrived.")]
BODY2 = [(10.5, "The authority opened a second basin in 2016 and closed the old ferry berth in 2019."),
         (10.5, "It expects the dredging of the channel to be finished by the end of next year.")]


@pytest.mark.parametrize(
    ("pages", "info", "title", "author", "gone"),
    [
        # a report: the issuer over the title on the cover, repeated by the running head of page 2
        ([[(10, "MINISTRY OF TRANSPORT"), (10, "Northern Harbour Authority"), (18, "Annual Report on the Port:"),
           (18, "Quays, Basins and the Channel"), (10, "Veldport, June 2022")] + BODY1,
          [(8, "Annual Report on the Port | Northern Harbour Authority")] + BODY2],
         "<< >>", "Annual Report on the Port: Quays, Basins and the Channel", "Northern Harbour Authority",
         ["Annual Report on the Port | Northern Harbour Authority"]),
        # a paper: the title in the largest size, no issuer, no running head
        ([[(20, "Cranes and Ferries in a Small Port")] + BODY1 + BODY2],
         "<< >>", "Cranes and Ferries in a Small Port", None, []),
        # the information dictionary names the title and author: it wins over the type sizes
        ([[(16, "Port Review 2022")] + BODY1, [(7, "Port Review | Harbour Board")] + BODY2],
         "<< /Title (The Port in 2022) /Author (Harbour Board) >>", "The Port in 2022", "Harbour Board",
         ["Port Review | Harbour Board"]),
    ],
)
def test_a_pdf_title_from_the_largest_type(tmp_path: Path, pages, info, title, author, gone) -> None:
    p = tmp_path / "r.pdf"
    p.write_bytes(_pdf(pages, info))
    doc = _one(p)
    assert doc.title == title
    assert doc.author == author
    assert "The harbour authority took over the old quay in 1988" in doc.text
    assert doc.text.rstrip().endswith("by the end of next year.")
    for g in gone:
        assert g not in doc.text


def test_a_pdf_set_in_one_size_has_no_title_from_the_type(tmp_path: Path) -> None:
    p = tmp_path / "plain.pdf"
    p.write_bytes(_pdf([BODY1 + BODY2]))
    doc = _one(p)
    assert doc.title is None
    assert doc.text.startswith("The harbour authority took over the old quay in 1988")


# --- a printed page's folio line: the paper's name, the date and the page number ---------------

FOLIO_1 = """THE HARBOUR GAZETTE              TUESDAY, MARCH 3, 1987              PAGE 4
==========================================================================

FERRY STRIKE ENDS AFTER NINE DAYS

By RUTH ALDER

The ferry crews went back to work on Monday after the owners agreed to restore the night shift, ending a strike that had cut the islands off since February 21.

The union said the agreement would be put to a vote of its members next week.
"""

FOLIO_2 = """Scanned archive page. Text may contain errors.

Page 12    The Valley Courier    Friday 9 June 1961

Dam plan approved

The county board approved the plan for the upper dam on Thursday, after a meeting that lasted until well past midnight and drew more than four hundred people.
"""

FOLIO_3 = """MORNING LEDGER   |   SUNDAY, 14 OCTOBER 1973   |   A1

Border talks resume in Geneva

The two delegations met again on Saturday for the first time since the talks broke down in August, and both sides said the mood had improved.
"""

NO_FOLIO = """Budget meeting notes

Item 4   The road fund   12

The council met on 4 May 1998 and agreed to move the road fund into the general budget from the following year.
"""


@pytest.mark.parametrize(
    ("text", "published"),
    [(FOLIO_1, "1987-03-03"), (FOLIO_2, "1961-06-09"), (FOLIO_3, "1973-10-14"), (NO_FOLIO, None)],
)
def test_the_folio_line_dates_a_printed_page(tmp_path: Path, text: str, published: str | None) -> None:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    doc = _one(p)
    assert doc.published == published
    if published:
        assert published[:4] not in doc.text.split("\n")[0]  # the folio is no body text
