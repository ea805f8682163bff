"""Documents and their metadata in shapes met on the newest dev subjects (issue 10, session 37): an
e-mail's RFC 5322 header (the sender's mailbox names the writer; a reply's or forward's marks are part
of the subject), a feed whose every item closes with the aggregator's own trailer, and a page's
interactive boxes (a paywall, a newsletter sign-up, a comment form) found by the form control they
hold. Every text here is made up in the shapes publishers and mail programs use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._metadata import sender_name, subject_title


def _one(tmp_path: Path, text: str, name: str = "page.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and docs
    return docs


_PARA = ("The river commission met for the first time in March 1962 and agreed to share the flood data "
         "of both banks. It met again in 1965, when the dam question was put off for another decade.")
_PARA2 = ("Talks resumed in 1974 under a new chairman, who promised a treaty within a year. None came, and "
          "the commission did not meet again until the drought of 1983 forced both sides back to the table.")


# --- an e-mail's header: the sender and the subject ------------------------------------------------

@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Marta Oyelowo-Lind <m.oyelowolind@riverinstitute.example>", "Marta Oyelowo-Lind"),
        ('"Dr Tomas Brannigan-Ito" <t.brannigan@univ.example>', "Dr Tomas Brannigan-Ito"),
        ("a.kowalczyk@basin.example (Anna Kowalczyk)", "Anna Kowalczyk"),
        # a newsletter's or a list's name is no writer
        ("The Delta Letter <digest@deltaletter.example>", None),
        # a bare address names nobody; a cable's "FROM:" is no mailbox
        ("press@ministry.example", None),
        ("AMEMBASSY RIVERTON", None),
    ],
    ids=["display-name", "quoted-display-name", "comment-name", "newsletter", "bare-address", "cable"],
)
def test_sender_name_from_an_rfc5322_mailbox(value: str, expected: str | None) -> None:
    assert sender_name(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Fwd: Re: Re: Notes for Thursday's seminar - the river treaty",
         "Fwd: Re: Re: Notes for Thursday's seminar - the river treaty"),
        ("RE: Draft chronology of the 1974 talks", "RE: Draft chronology of the 1974 talks"),
        ("The Delta Letter #88 | A handshake on the bridge", "A handshake on the bridge"),
        ("Re: Minutes", None),  # too few words of its own, however many marks
    ],
    ids=["forward-of-replies", "reply", "newsletter-issue", "topic-only"],
)
def test_subject_title_keeps_reply_marks(value: str, expected: str | None) -> None:
    assert subject_title(value) == expected


@pytest.mark.parametrize(
    ("header", "author", "title"),
    [
        ("From: Marta Oyelowo-Lind <m.oyelowolind@riverinstitute.example>\nTo: Panel <panel@riverinstitute.example>\n"
         "Subject: Fwd: Re: Background for the river panel\nDate: Tue, 9 Mar 2021 09:12:00 +0000\n",
         "Marta Oyelowo-Lind", "Fwd: Re: Background for the river panel"),
        ("From: a.kowalczyk@basin.example (Anna Kowalczyk)\nSubject: Re: Draft chronology of the 1974 talks\n"
         "Date: Fri, 4 Jun 2021 17:40:03 +0200\n",
         "Anna Kowalczyk", "Re: Draft chronology of the 1974 talks"),
        ("From: The Delta Letter <digest@deltaletter.example>\nSubject: The Delta Letter #88 | A handshake on the bridge\n"
         "Date: Mon, 2 Aug 2021 06:00:00 +0000\n",
         None, "A handshake on the bridge"),
    ],
    ids=["forward", "reply", "newsletter"],
)
def test_email_header_names_writer_and_subject(tmp_path: Path, header: str, author: str | None, title: str) -> None:
    doc = _one(tmp_path, header + "\n" + _PARA + "\n\n" + _PARA2 + "\n", "mail.txt")[0]
    assert doc.title == title
    assert doc.author == author


# --- a feed's trailer under every item -----------------------------------------------------------

@pytest.mark.parametrize(
    ("field", "trailer", "n", "gone"),
    [
        ("content_text", "Continue reading on Basin Digest »", 3, True),
        ("description", "Read the full story at The Delta Courier.", 4, True),
        ("text", "This article first appeared in River Weekly.", 3, True),
        # under two items only, by two writers: what each of them wrote
        ("content_text", "Continue reading on Basin Digest »", 2, False),
    ],
    ids=["json-feed", "rss-items", "export", "two-items"],
)
def test_feed_trailer_under_every_item_is_no_part_of_them(tmp_path: Path, field: str, trailer: str, n: int,
                                                          gone: bool) -> None:
    writers = ["Ana Ribeiro-Holt", "Kwame Asante-Berg", "Lina Okafor", "Peter Vasquez-Ito"]
    bodies = [_PARA, _PARA2, "The dam opened in 1991 and the commission was wound up.", "A new body was set up in 2004."]
    p = tmp_path / "feed.jsonl"
    p.write_text("".join(json.dumps({"title": f"Item {i}", "author": writers[i], "date_published": "2021-05-0%dT08:00:00Z" % (i + 1),
                                     field: bodies[i] + "\n\n" + trailer}) + "\n" for i in range(n)), encoding="utf-8")
    docs, errors = load(p)
    assert not errors and len(docs) == n
    text = "\n\n".join(d.text for d in docs)
    assert (trailer not in text) is gone
    assert all(b in text for b in bodies[:n])


# --- a page's interactive boxes ------------------------------------------------------------------

_ARTICLE = "".join(f"<p>{p}</p>\n" for p in (_PARA, _PARA2, _PARA.replace("1962", "1963"), _PARA2.replace("1974", "1975")))


@pytest.mark.parametrize(
    ("box", "gone"),
    [
        # a newsletter's paywall after the free part of the post
        ('<div class="pw"><h3>Keep reading with a 14-day free trial</h3><p>Subscribe to Delta Notes to read the rest '
         'of this post and the full archive.</p><button>Start trial</button></div>',
         ["Keep reading with a 14-day free trial", "Subscribe to Delta Notes to read the rest"]),
        # a sign-up box with an e-mail field
        ('<aside><h4>Get the weekly river briefing</h4><p>Our editors pick the week\'s best reading, every Friday.</p>'
         '<form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form></aside>',
         ["Get the weekly river briefing", "Our editors pick the week"]),
        # a Q&A site's answer box
        ('<div class="compose"><h2>Your Answer</h2><p>Thanks for contributing an answer! Please be sure to answer the '
         'question.</p><textarea></textarea><button>Post Your Answer</button></div>',
         ["Thanks for contributing an answer", "Post Your Answer"]),
    ],
    ids=["paywall", "sign-up-box", "answer-box"],
)
def test_a_box_with_a_form_control_after_the_article_is_no_part_of_it(tmp_path: Path, box: str, gone: list[str]) -> None:
    html = (f"<html><head><title>The river commission</title></head><body><article><h1>The river commission</h1>"
            f"{_ARTICLE}{box}</article></body></html>")
    doc = _one(tmp_path, html, "page.html")[0]
    for g in gone:
        assert g not in doc.text
    assert _PARA2.replace("1974", "1975")[:60] in doc.text


def test_a_long_section_with_a_button_stays(tmp_path: Path) -> None:
    """A block of more than a widget's words that holds a button (a section with a "Show more") is text."""
    html = (f"<html><head><title>The river commission</title></head><body><article><h1>The river commission</h1>"
            f"<div>{_ARTICLE}<button>Show more</button></div></article></body></html>")
    doc = _one(tmp_path, html, "page.html")[0]
    for p in (_PARA, _PARA2):
        assert p in doc.text


# --- a PDF's title: the printed one when the information dictionary wraps it -----------------------

from tests.test_ingest_shapes30 import BODY1, BODY2, _pdf  # noqa: E402


@pytest.mark.parametrize(
    ("printed", "meta", "title"),
    [
        # a lecture's slide deck: the dictionary prefixes the lecture's number, loses the colon and comma
        (["Lecture 4: Harbours and Hinterlands", "Harbours and Hinterlands: The Port Question, 1880-1990"],
         "Lecture 4: Harbours and Hinterlands - The Port Question 1880-1990",
         "Harbours and Hinterlands: The Port Question, 1880-1990"),
        # a textbook's chapter: "Chapter 9:" before it
        (["Chapter 9", "Quays and Cranes: The Harbour Authority, 1988-2019"],
         "Chapter 9: Quays and Cranes - The Harbour Authority, 1988-2019",
         "Quays and Cranes: The Harbour Authority, 1988-2019"),
        # a book's chapter: the book's name before it
        (["Chapter 3", "The Second Basin"], "Tides of Trade - Chapter 3: The Second Basin", "The Second Basin"),
        # the same words either way: the dictionary's
        (["Port Review 2022"], "Port Review 2022", "Port Review 2022"),
        # the dictionary names another piece than the page prints: the dictionary's
        (["Harbour Notes"], "The Port in 2022: Annual Review", "The Port in 2022: Annual Review"),
    ],
    ids=["slide-deck", "textbook-chapter", "book-chapter", "same-words", "other-title"],
)
def test_a_pdf_title_printed_inside_the_dictionary_title(tmp_path: Path, printed: list[str], meta: str,
                                                         title: str) -> None:
    first = [(10, printed[0])] + [(20, line) for line in printed[1:]] if len(printed) > 1 else [(20, printed[0])]
    p = tmp_path / "deck.pdf"
    p.write_bytes(_pdf([first + BODY1, BODY2], f"<< /Title ({meta}) >>"))
    assert load(p)[0][0].title == title


# --- a markdown page's level-1 heading stays its title -------------------------------------------

@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a society's minutes: the header block, attendees, an agenda of numbered items (one with a date)
        ("# Harbour History Society — Minutes of Meeting 4\n\n**School of Maritime Studies, Veldport College**\n"
         "**Room:** Quay Building 2.10 (and online)\n**Chair:** Dr. Ana Ribeiro-Holt\n**Minutes:** Lina Okafor (MA, 1st year)\n\n"
         "## Attendees\n\n- Dr. Ana Ribeiro-Holt (chair)\n- Lina Okafor (minutes)\n- Peter Vasquez-Ito\n- Kwame Asante-Berg\n"
         "- Apologies: Prof. Tom Reid\n\n## Agenda\n\n1. Matters arising from Meeting 3\n"
         "2. Discussion: Marsh, *The Port and its River*, chapters 2–5; the chairman's speech of January 2021 (handout)\n"
         "3. Choice of reading for Meeting 5\n4. AOB\n\n## 1. Matters arising\n\nThe shared folder now holds the 1962 "
         "minutes. Lina fixed the broken links.\n\n## 2. Discussion\n\n" + _PARA + "\n\n" + _PARA2 + "\n",
         "Harbour History Society — Minutes of Meeting 4"),
        # a museum's audio-guide script: the tour's name over its particulars
        ("# Quays and Cranes: The Port of Veldport, 1880–1990\n\n**Audio guide script — family tour**\n"
         "Veldport Maritime Museum, Gallery 2\nScript v2, final for recording — 3 May 2021\n"
         "Running time approx. 18 minutes · Narrator: Kwame Asante-Berg\n\n## Stop 1 — The old quay\n\n"
         + _PARA + "\n\n" + _PARA2 + "\n\nVOICE OF A DOCKER: We worked the cranes in all weathers, and nobody asked us "
         "what the commission decided.\n",
         "Quays and Cranes: The Port of Veldport, 1880–1990"),
        # a course's seminar sheet: the title over the course line and a numbered list under a lower heading
        ("# The River Commission, 1962–1983: Seminar 5\n\n**HIST 2210 Rivers and Borders | Spring 2022**\n"
         "**Convenor:** Dr. Peter Vasquez-Ito\n**Room:** Quay Building 1.02\n\n## Before the seminar\n\n"
         "1. Read the commission's report of 1983 and chapter 4 of Marsh, *The Port and its River*\n"
         "2. Discussion: the chairman's letter of May 1974 (handout)\n\n## Background\n\n"
         "The commission kept its records in two languages.\n\n" + _PARA + "\n\n" + _PARA2 + "\n",
         "The River Commission, 1962–1983: Seminar 5"),
    ],
    ids=["minutes", "audio-guide", "seminar-sheet"],
)
def test_a_markdown_level_one_heading_is_the_title(tmp_path: Path, text: str, title: str) -> None:
    doc = _one(tmp_path, text, "page.md")[0]
    assert doc.title == title
    assert _PARA in doc.text


# --- the writer whose card carries the page's date -------------------------------------------------

@pytest.mark.parametrize(
    ("card", "author"),
    [
        # a Q&A site's answer card: the stamp in a title attribute, the answerer's profile link
        ('<div class="user-info">answered <span class="relativetime" title="2021-05-04 09:02:17Z">May 4, 2021 at 9:02</span> '
         '<a href="/users/7713">Lina Okafor-Holt</a> <span class="reputation">18.4k</span></div>', "Lina Okafor-Holt"),
        # a forum post's header: the member's link, then the stamp in an <abbr>
        ('<div class="post-head"><a href="/members/22">Peter Vasquez-Ito</a> · <abbr title="2021-05-04T10:00:00Z">4 May</abbr> · #1</div>',
         "Peter Vasquez-Ito"),
        # a help-centre answer: "Answered by" and a <span datetime>
        ('<p class="answer-meta">Answered by <a href="/experts/ana">Ana Ribeiro</a> on <span datetime="2021-05-04">4 May 2021</span></p>',
         "Ana Ribeiro"),
        # two linked names beside the stamp: no one writer
        ('<div class="user-info">edited <span title="2021-05-04 11:00:00Z">May 4</span> <a href="/users/1">Tom Reid</a> '
         '<a href="/users/2">Kwame Asante</a></div>', None),
        # a stamp of another day (a comment's, an edit's): no writer from it
        ('<div class="user-info">answered <span title="2021-06-09 09:02:17Z">Jun 9, 2021</span> <a href="/users/7713">Lina Okafor-Holt</a></div>',
         None),
    ],
    ids=["qa-answer", "forum-post", "help-answer", "two-names", "other-day"],
)
def test_the_name_linked_beside_the_pages_stamp_is_its_author(tmp_path: Path, card: str, author: str | None) -> None:
    html = ('<html><head><title>Why did the river commission stop meeting?</title>'
            '<meta property="article:published_time" content="2021-05-04T09:02:17Z"></head><body><main>'
            '<h1>Why did the river commission stop meeting?</h1>' + _ARTICLE + card + "</main></body></html>")
    doc = _one(tmp_path, html, "page.html")[0]
    assert doc.published == "2021-05-04"
    assert doc.author == author


# --- a meeting record's writer: the minute-taker, the rapporteur ----------------------------------

@pytest.mark.parametrize(
    ("text", "name", "author"),
    [
        ("# Harbour History Society — Minutes of Meeting 4\n\n**School of Maritime Studies, Veldport College**\n"
         "**Chair:** Dr. Ana Ribeiro-Holt\n**Minutes:** Lina Okafor (MA, 1st year)\n\n## 1. Discussion\n\n"
         + _PARA + "\n\n" + _PARA2 + "\n", "page.md", "Lina Okafor"),
        ("River Forum Steering Committee\nNotes of the meeting of 12 May 2021\n\nMinute-taker: Peter Vasquez-Ito\n"
         "Present: Ana Ribeiro-Holt, Kwame Asante-Berg\n\n" + _PARA + "\n\n" + _PARA2 + "\n", "notes.txt", "Peter Vasquez-Ito"),
        ("# Workshop on the river commission's records\n\n**Rapporteur:** Dr. Kwame Asante-Berg\n\n"
         + _PARA + "\n\n" + _PARA2 + "\n", "report.md", "Kwame Asante-Berg"),
        # a label with no name after it is no writer
        ("# Harbour History Society — Minutes of Meeting 4\n\n**Minutes:** 45 (approved at Meeting 3)\n\n"
         + _PARA + "\n\n" + _PARA2 + "\n", "page.md", None),
    ],
    ids=["minutes-md", "minute-taker-txt", "rapporteur", "no-name"],
)
def test_a_meeting_records_writer_from_its_label(tmp_path: Path, text: str, name: str, author: str | None) -> None:
    doc = _one(tmp_path, text, name)[0]
    assert doc.author == author
    assert _PARA in doc.text


def test_a_live_blogs_entries_with_their_share_buttons_stay(tmp_path: Path) -> None:
    """Each entry of a live blog holds its own "Share" button: the entries are the article."""
    entries = "".join(f'<div class="entry"><p>{p}</p><button>Share</button></div>'
                      for p in (_PARA, _PARA2, "The commission's last chairman retired in 1984 and was not replaced.",
                                _PARA.replace("1962", "1963")))
    html = (f"<html><head><title>River commission: live</title></head><body><article><h1>River commission: live</h1>"
            f"{entries}</article></body></html>")
    doc = _one(tmp_path, html, "page.html")[0]
    for p in (_PARA, _PARA2, "The commission's last chairman retired in 1984"):
        assert p in doc.text


def test_a_section_link_beside_the_stamp_is_no_author(tmp_path: Path) -> None:
    html = ('<html><head><title>The river commission</title>'
            '<meta property="article:published_time" content="2021-05-04T09:02:17Z"></head><body><main>'
            '<h1>The river commission</h1><p class="meta"><span title="2021-05-04 09:02">4 May 2021</span> in '
            '<a href="/world/middle-east">Middle East</a></p>' + _ARTICLE + "</main></body></html>")
    assert _one(tmp_path, html, "page.html")[0].author is None
