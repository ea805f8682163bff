"""A PDF's page furniture that its type sizes do not show (issue 10, session 47): running foots
and heads printed in the body's size, found because the same line (numbers aside) stands at an edge
of two pages or more; a sentence that runs on over a page break joined again; the double spaces of
justified lines. Seen on eight dev subjects' PDFs (a policy brief's "Page 1 of 3" foot, a book's
running heads on alternate pages, a programme's "— page 1" foot, a grant proposal's "Submitted … ·
Page 2 of 3" foot, a memo's "CONFIDENTIAL" top and bottom). Every text here is made up."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._load import join_pages, page_furniture

_P1 = ("The two delegations met at the river crossing in March 1961 and agreed to survey the\n"
       "whole course of the river before they drew any line on the map.")
_P2 = "The survey took four seasons, and in 1965 the commission found that the channel had moved twice."
_P3 = "The commission closed its work in the spring of 1966 with a joint report."


@pytest.mark.parametrize("pages,gone,kept", [
    # a report's foot with its page number, printed in the body's size
    ([f"{_P1}\nRiverside Institute · Page 1 of 3", f"{_P2}\nRiverside Institute · Page 2 of 3",
      f"{_P3}\nRiverside Institute · Page 3 of 3"], ["Riverside Institute · Page 1 of 3"], [_P1, _P2, _P3]),
    # a book's running heads on alternate pages (the book's name, the chapter's), with folios
    ([f"212\nTWO BANKS OF ONE RIVER\n{_P1}", f"CHAPTER 4 | THE SURVEY\n213\n{_P2}",
      f"214\nTWO BANKS OF ONE RIVER\n{_P3}", f"CHAPTER 4 | THE SURVEY\n215\n{_P2}"],
     ["TWO BANKS OF ONE RIVER", "CHAPTER 4 | THE SURVEY"], [_P1, _P3]),
    # a memo's marking at top and bottom of every page, the first page's too
    ([f"RESTRICTED\n{_P1}\nRESTRICTED", f"RESTRICTED\n{_P2}\nRESTRICTED"], ["RESTRICTED"], [_P1, _P2]),
    # a programme's foot that names the page in words and numbers
    ([f"{_P1}\nValley Singers — Programme notes — page 1", f"{_P2}\nValley Singers — Programme notes — page 2"],
     ["Programme notes"], [_P1, _P2]),
])
def test_a_line_at_an_edge_of_two_pages_is_furniture(pages: list[str], gone: list[str], kept: list[str]) -> None:
    out, taken = page_furniture(pages)
    text = "\n".join(out)
    for g in gone:
        assert g not in text
    for k in kept:
        assert k in text
    assert taken


@pytest.mark.parametrize("pages", [
    # one page: nothing to compare
    [f"Riverside Institute · Page 1 of 1\n{_P1}"],
    # a heading that closes one page only
    [f"{_P1}\nThe survey", f"{_P2}\n{_P3}"],
    # a long sentence printed twice (a pull quote): no furniture, too long for a head
    [f"{_P2}\n{_P1}", f"{_P3}\n{_P2}"],
])
def test_no_furniture_without_a_short_line_repeated_at_page_edges(pages: list[str]) -> None:
    assert page_furniture(pages) == (pages, [])


def test_the_first_pages_dated_head_stays_once_the_others_go() -> None:
    head = "Upland Review 2016 | Draft for the board | March 2016"
    out, taken = page_furniture([f"{head}\n{_P1}", f"{head}\n{_P2}", f"{head}\n{_P3}"])
    assert out[0].startswith(head)
    assert head not in out[1] and head not in out[2]
    assert taken == [head, head]


@pytest.mark.parametrize("pages,joined", [
    # a sentence cut by the page break: no stop before it, lower case after it
    (["the two governments signed a memorandum on", "labour cooperation in June 2003, and it held."],
     "the two governments signed a memorandum on labour cooperation in June 2003, and it held."),
    (["The treaty was quoted", "in every school for the next seventy years."],
     "The treaty was quoted in every school for the next seventy years."),
    # a page that ends a sentence, or a next page that opens with a capital, stays apart
    (["The survey ended in 1966.", "then the rains came."], "The survey ended in 1966.\n\nthen the rains came."),
    (["The survey ended in", "March of the next year."], "The survey ended in\n\nMarch of the next year."),
])
def test_a_sentence_runs_on_over_the_page_break(pages: list[str], joined: str) -> None:
    assert join_pages(pages) == joined


@pytest.mark.parametrize("line,read", [
    # justified: every gap between words widened
    ("the  two  governments  signed  a  memorandum", "the two governments signed a memorandum"),
    ("T2.  To  map  every  river  crossing  along  the  old  frontier", "T2. To map every river crossing along the old frontier"),
    # two columns of a table, or a sentence with one double space: as printed
    ("Delegation    Members", "Delegation    Members"),
    ("The survey ended in 1966.  Then the rains came over the hills.", "The survey ended in 1966.  Then the rains came over the hills."),
])
def test_a_justified_lines_wide_gaps_are_one_space(line: str, read: str) -> None:
    assert join_pages([line]) == read


def _report_pdf(foot: str, paras: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n, para in enumerate(paras, start=1):
        c.setFont("Helvetica", 10)  # the foot in the body's own size
        y = 760
        for line in para:
            c.drawString(60, y, line)
            y -= 13
        c.drawString(60, 60, foot.format(n=n, of=len(paras)))
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_pdf_loses_its_foot_and_keeps_its_sentence_whole(tmp_path: Path) -> None:
    p = tmp_path / "brief.pdf"
    p.write_bytes(_report_pdf("Upland Policy Institute · Brief 4 · Page {n} of {of}", [
        ["The commission met at the river crossing in March 1961. The two delegations",
         "agreed to survey the whole course of the river, and they signed a protocol on"],
        ["joint patrols in June 1962, which held until the floods of 1965.",
         "The survey took four seasons and ended with a joint report in 1966."],
    ]))
    docs, errors = load(p)
    assert errors == [] and len(docs) == 1
    text = docs[0].text
    assert "Page 1 of 2" not in text and "Page 2 of 2" not in text
    assert "they signed a protocol on joint patrols in June 1962" in " ".join(text.split())
