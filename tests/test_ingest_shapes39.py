"""Documents and their metadata in shapes met on the newest dev subjects (issue 10, session 39): a
JSON Lines export that dates its records by a Unix time ("created_utc": 1686816720, "ts" in
milliseconds), and records the platform adds to the writers' (a chat's system turn, a forum's
moderator notice, a live blog's advert) found by the field that says what kind of record they are.
Every text here is made up in the shapes platforms export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load


def _jsonl(tmp_path: Path, records: list[dict]) -> list:
    p = tmp_path / "export.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and docs
    return docs


_POST = "The ceasefire line was drawn in January 1949 and the observers arrived a month later."


@pytest.mark.parametrize("record,expected", [
    # a forum thread's export: seconds since 1970 under the platform's name
    ({"author": "river_kees", "created_utc": 1686816720, "score": 412, "body": _POST}, "2023-06-15"),
    # a chat app's export: milliseconds under "ts"
    ({"user": "ana", "ts": 1577880000000, "text": _POST}, "2020-01-01"),
    # a named date field that holds a Unix time, not a year
    ({"title": "Border talks", "timestamp": 1262304000, "content": _POST}, "2010-01-01"),
    # a float (seconds with a fraction), as message logs write it
    ({"sender": "desk", "sent_at": 1420070400.25, "message": _POST}, "2015-01-01"),
])
def test_jsonl_a_unix_time_dates_the_record(tmp_path: Path, record: dict, expected: str) -> None:
    doc = _jsonl(tmp_path, [record])[0]
    assert (doc.published, doc.published_source) == (expected, "jsonl")


@pytest.mark.parametrize("record", [
    # an id, a score, a count: numbers under names that say no moment, or out of range
    {"author": "x", "id": 1686816720, "score": 1686816720, "body": _POST},
    {"author": "x", "created_utc": 12345, "body": _POST},
    {"author": "x", "downloaded_at": 1686816720, "body": _POST},
])
def test_jsonl_numbers_that_are_no_unix_time_date_nothing(tmp_path: Path, record: dict) -> None:
    assert _jsonl(tmp_path, [record])[0].published is None


_PLATFORM = [
    ("chat-system-turn",
     [{"role": "system", "content": "You are a helpful tutor for history students. Answer briefly.", "created_at": "2024-03-12T19:02:03Z"},
      {"role": "user", "content": "when was the ceasefire line drawn?", "created_at": "2024-03-12T19:02:41Z"},
      {"role": "assistant", "content": _POST, "created_at": "2024-03-12T19:02:58Z"}],
     "You are a helpful tutor", 2),
    ("forum-moderator-notice",
     [{"author": "lake_fan", "created_utc": 1686816720, "body": "Why was the line drawn there?"},
      {"author": "old_pilot", "created_utc": 1686820000, "body": _POST},
      {"author": "Board_ModTeam", "created_utc": 1686830000, "distinguished": "moderator", "stickied": True,
       "body": "Mod note: several comments were removed. Replies to this note are locked."}],
     "Mod note", 2),
    ("liveblog-advert",
     [{"type": "post", "time": "2023-05-31T10:00:00+05:45", "text": _POST},
      {"type": "ad", "time": "2023-05-31T10:05:00+05:45", "text": "Advertisement: fly to the capital from 99 dollars."},
      {"type": "promo", "time": "2023-05-31T10:06:00+05:45", "text": "Get our app for live alerts."},
      {"type": "post", "time": "2023-05-31T10:30:00+05:45", "text": "The two leaders met for ninety minutes."}],
     "Get our app", 2),
]


@pytest.mark.parametrize("shape,records,gone,n", _PLATFORM, ids=[s[0] for s in _PLATFORM])
def test_jsonl_the_platforms_own_records_are_left_out(tmp_path: Path, shape: str, records: list, gone: str, n: int) -> None:
    docs = _jsonl(tmp_path, records)
    assert len(docs) == n
    assert all(gone not in d.text for d in docs)
    assert any(_POST in d.text for d in docs)


@pytest.mark.parametrize("record", [
    {"type": "article", "title": "Talks", "text": _POST},
    {"role": "user", "content": _POST},
    {"distinguished": None, "author": "a", "body": _POST},
    {"kind": "news", "text": _POST},
])
def test_jsonl_records_of_other_kinds_stay(tmp_path: Path, record: dict) -> None:
    assert _POST in _jsonl(tmp_path, [record])[0].text


# --- a PDF chapter: its label and its title in two sizes, a running head in two parts -------------

def _chapter_pdf(meta_title: str, label: str, title_lines: list[str], head: tuple[str, str], paras: list[str]) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(meta_title)
    for page in range(2):
        c.setFont("Helvetica", 8.5)  # the running head: left and right parts at one height
        c.drawString(60, 800, head[0])
        c.drawRightString(540, 800, head[1])
        y = 760
        if page == 0:
            c.setFont("Helvetica-Bold", 15)
            c.drawString(60, y, label)
            y -= 26
            c.setFont("Helvetica-Bold", 12.5)
            for line in title_lines:
                c.drawString(60, y, line)
                y -= 16
            y -= 10
        c.setFont("Helvetica", 9.6)
        for para in paras:
            for line in para:
                c.drawString(60, y, line)
                y -= 12
            y -= 6
        c.showPage()
    c.save()
    return buf.getvalue()


_BODY = [["3.1 The boundary commission first met at the river mouth in March 1951, and its two",
          "delegations agreed to survey the whole course of the river before they drew any line."],
         ["3.2 The survey took four seasons. When it was done, in 1955, the commission found that",
          "the channel had moved twice since the treaty of 1904, and the two sides could not agree."]]

_CHAPTERS = [
    ("inquiry-report", "River and Memory - Chapter 3: The boundary survey and the commission",
     "Chapter 3", ["The boundary survey and the", "commission"],
     ("Standing Committee on Border Affairs", "River and Memory: Report, May 2021"),
     "The boundary survey and the commission"),
    ("textbook-unit", "Neighbours on the River. Unit 4. Surveyors, treaties and a moving channel",
     "Unit 4", ["Surveyors, treaties and a moving channel"],
     ("Neighbours on the River", "Unit 4"), "Surveyors, treaties and a moving channel"),
    ("conference-paper", "Proceedings of the Border Studies Workshop 2019 - Paper 7: Lines on water",
     "Paper 7", ["Lines on water"],
     ("Border Studies Workshop 2019", "Proceedings"), "Lines on water"),
]


@pytest.mark.parametrize("shape,meta,label,title_lines,head,title", _CHAPTERS, ids=[c[0] for c in _CHAPTERS])
def test_pdf_a_chapters_printed_title_and_its_running_head(tmp_path: Path, shape, meta, label, title_lines, head, title) -> None:  # noqa: ANN001
    p = tmp_path / "chapter.pdf"
    p.write_bytes(_chapter_pdf(meta, label, title_lines, head, _BODY))
    docs, errors = load(p)
    assert not errors and len(docs) == 1
    doc = docs[0]
    assert doc.title == title  # the longest printed heading the information dictionary's title holds
    assert head[1] not in doc.text and head[0] + "\n" not in doc.text  # the running head, on every page
    assert "the channel had moved twice" in doc.text


# --- a bar of links over, in or under the article --------------------------------------------------

_ART = ("<p>The boundary commission first met at the river mouth in March 1951, and its two delegations agreed "
        "to survey the whole course of the river before they drew any line on the map.</p>"
        "<p>The survey took four seasons. When it was done, in 1955, the commission found that the channel had "
        "moved twice since the treaty of 1904, and the two sides could not agree which bank to follow.</p>"
        "<p>Talks resumed in 1962 under a new chairman, who promised a treaty within a year. None came, and the "
        "commission did not meet again until the drought of 1983 forced both sides back to the table.</p>")


def _page(bar: str, where: str) -> str:
    paras = _ART.split("</p>")
    at = {"over": 0, "in": 1, "after": 3}[where]
    body = "</p>".join(paras[:at]) + ("</p>" if at else "") + bar + "</p>".join(paras[at:])
    return (f"<html><head><title>The river line</title></head><body><main><article><h1>The river line</h1>"
            f"<p>By Ana Ruiz</p>{body}</article></main></body></html>")


@pytest.mark.parametrize("bar,where,gone", [
    # an auction lot's action bar, over the description and between its paragraphs
    ('<p>Starting bid: £9,000 · <a href="/watch/1">Add to watchlist</a> · <a href="/bid/1">Place an absentee bid</a></p>',
     "over", "Add to watchlist"),
    ('<p>Lot 88 · <a href="/f">Follow this lot</a> · <a href="/c">Request a condition report</a></p>',
     "in", "Follow this lot"),
    # a reference entry's tools between its paragraphs
    ('<p>Entry 4.2 | <a href="/print">Print this entry</a> | <a href="/cite">Cite this entry</a></p>',
     "in", "Cite this entry"),
    # a video story's bar under the text
    ('<p>Duration 3:12 • <a href="/w">Watch on our channel</a> • <a href="/d">Download the clip</a></p>',
     "after", "Download the clip"),
])
def test_html_a_bar_of_links_is_the_pages(tmp_path: Path, bar: str, where: str, gone: str) -> None:
    p = tmp_path / "page.html"
    p.write_text(_page(bar, where), encoding="utf-8")
    doc = load(p)[0][0]
    assert gone not in doc.text
    assert "the channel had moved twice" in doc.text and "back to the table" in doc.text


@pytest.mark.parametrize("para,kept", [
    # a sentence that links its names: no separated link items
    ('<p><a href="/w/a">Hatta</a> met <a href="/w/b">Roem</a> in May 1949, and the two men agreed that the '
     'Republican leaders would go back to their capital before the conference opened.</p>', "Hatta met Roem in May 1949"),
    # one link among words
    ('<p>Full text: <a href="/t">the 1904 treaty</a> · signed at the river mouth.</p>', "the 1904 treaty"),
])
def test_html_a_paragraph_with_links_stays(tmp_path: Path, para: str, kept: str) -> None:
    p = tmp_path / "page.html"
    p.write_text(_page(para, "in"), encoding="utf-8")
    assert kept in load(p)[0][0].text


@pytest.mark.parametrize("head,published", [
    (("Border Institute Policy Brief 3/2021", "May 2021"), "2021-05"),
    (("Harbour Authority", "Annual Report 2019"), None),
    (("River Commission Working Paper 12", "14 October 2016"), "2016-10-14"),
])
def test_pdf_the_first_pages_running_head_goes_and_its_date_dates_the_piece(tmp_path: Path, head, published) -> None:  # noqa: ANN001
    p = tmp_path / "brief.pdf"
    p.write_bytes(_chapter_pdf("", "Lines on water", ["Surveyors and a moving channel"], head, _BODY))
    doc = load(p)[0][0]
    assert head[0] not in doc.text and head[1] not in doc.text  # printed on every page, the first too
    if published:
        assert doc.published == published
    assert "the channel had moved twice" in doc.text


# --- a masthead's folio whose name has a bracketed part or runs to eight words ---------------------

@pytest.mark.parametrize("masthead,published", [
    # a society's newsletter
    ("# LINK\n\n**Newsletter of the Riverside Heritage Circle (UK) · No. 41 · March 2019**", "2019-03"),
    # a members' bulletin with its place in brackets
    ("# THE LANTERN\n\n**Bulletin of the Lake Villages Association (Ontario) · Issue 12 · Autumn 2021 · October 2021**", "2021-10"),
    # a parish magazine with a long name
    ("# ST MARY'S NEWS\n\n**Magazine of the Parish of Saint Mary's Church · No. 7 · June 2016**", "2016-06"),
])
def test_a_newsletters_masthead_dates_the_issue(tmp_path: Path, masthead: str, published: str) -> None:
    text = masthead + "\n\n---\n\n## From the archive\n\n" + (
        "The boundary commission first met at the river mouth in March 1951, and its two delegations agreed to "
        "survey the whole course of the river before they drew any line on the map.\n\n"
        "The survey took four seasons. When it was done, in 1955, the commission found that the channel had "
        "moved twice since the treaty of 1904, and the two sides could not agree which bank to follow.\n")
    p = tmp_path / "issue.md"
    p.write_text(text, encoding="utf-8")
    doc = load(p)[0][0]
    assert doc.published == published
    assert "No. " not in doc.text and "Issue 12" not in doc.text


@pytest.mark.parametrize("line", [
    "The two sides met in Vienna (Austria) · talks went on · March 2019",  # a sentence's words in lower case
    "Minutes of the meeting of the River Board and of its Finance Committee · 4 May 1998",  # ten words
])
def test_no_folio_in_a_line_of_lower_case_or_long_parts(line: str) -> None:
    from chronica.ingest._metadata import folio_date

    assert folio_date(line) is None


# --- the heading its writer signs under, after another item of the page ---------------------------

_FEATURE = ("The boundary commission first met at the river mouth in March 1951, and its two delegations agreed to "
            "survey the whole course of the river before they drew any line on the map.\n\n"
            "The survey took four seasons. When it was done, in 1955, the commission found that the channel had "
            "moved twice since the treaty of 1904, and the two sides could not agree which bank to follow.\n")
_NOTICE = ("**Meeting moved.** The spring meeting planned for the village hall will now take place in the library, "
           "because the hall's roof is being repaired this month.\n\n")


@pytest.mark.parametrize("text,title,author", [
    # a society's newsletter: its notices, then the feature under a section label
    ("# LINK\n\n## Notices\n\n" + _NOTICE + "## From the archive\n\n### Lines on water: what the survey found\n\n"
     "*by Mary Tan, volunteer archivist*\n\n" + _FEATURE, "Lines on water: what the survey found", "Mary Tan"),
    # a club bulletin: the chair's notices, then a member's article
    ("# THE BULLETIN\n\n## Club news\n\n" + _NOTICE + "## The river and us\n\nBy Peter Olsen\n\n" + _FEATURE,
     "The river and us", "Peter Olsen"),
    # a school magazine: the editor's note, then a pupil's piece
    ("# OUR MAGAZINE\n\n## Editor's note\n\n" + _NOTICE + "### Surveyors on the river\n\nBy Amina Yusuf, Year 10\n\n" + _FEATURE,
     "Surveyors on the river", "Amina Yusuf"),
])
def test_md_the_heading_signed_under_is_the_pieces_title(tmp_path: Path, text: str, title: str, author: str) -> None:
    p = tmp_path / "issue.md"
    p.write_text(text, encoding="utf-8")
    doc = load(p)[0][0]
    assert (doc.title, doc.author) == (title, author)


@pytest.mark.parametrize("text,title", [
    # a headline, its standfirst as a heading, then the byline: the headline stays the title
    ("# The Longest Door\n\n## Seventy years after the survey, the two banks still disagree about the channel\n\n"
     "By Nadia Ruiz · Photographs by Omar Lee\n\n" + _FEATURE, "The Longest Door"),
    ("# MAGAZINE\n\n# The River That Remembers\n\n## A century of the border, told from its banks\n\nBy Helena Berg\n\n"
     + _FEATURE, "The River That Remembers"),
    # the title signed right under it
    ("# Lines on water\n\nBy Mary Tan\n\n" + _FEATURE, "Lines on water"),
])
def test_md_a_standfirst_over_the_byline_leaves_the_title(tmp_path: Path, text: str, title: str) -> None:
    p = tmp_path / "feature.md"
    p.write_text(text, encoding="utf-8")
    assert load(p)[0][0].title == title
