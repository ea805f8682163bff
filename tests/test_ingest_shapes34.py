"""Metadata a page prints in its own particulars (issue 10, session 34): a programme's host line,
a course's or brief's labelled author, a wiki's revision note when nothing else dates the page,
labelled date lines with a broadcast slot or a "Submitted" label, a forum export's "posted"
field, a dateline whose parts are joined by dashes, and a transcript's own label that is no
headline. Every text here is made up in the shapes publishers use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._published import is_inferred


def _one(path: Path):
    docs, errors = load(path)
    assert errors == [] and docs
    return docs[0]


BODY = ("The two governments signed the accord in the border town on Monday after four years of talks, "
        "and both parliaments are expected to ratify it before the end of the year.")


# --- a programme's host line names the author --------------------------------------------------

HOST_CASES = [
    # a radio transcript's particulars: "Host: NAME (initials)" under the episode's headline
    ("RADIO NORTE — \"THE WEEK\" — TRANSCRIPT\nBroadcast: 4 May 2021, 19:00 CEST\n"
     "Episode 12: \"Two rivers, one border\"\nHost: Lena Ward (LW)\nGuest: Dr. Omar Reyes (OR), historian\n\n"
     f"LW: Good evening. {BODY}\n\nOR: Thank you, Lena.\n", "Lena Ward"),
    # a news bulletin: the presenter beside a correspondent on one line
    ("WORLD AT NINE\nBroadcast: Friday 3 June 2022, 21:00 GMT\nPresenter: Tom Hale | Correspondent in Kivu: Ana Soto\n\n"
     f"PRESENTER: Good evening. {BODY}\n", "Tom Hale"),
    # a podcast: "Host: NAME | Guest: …" under the show's and the episode's names
    ("CROSSINGS — a podcast about borders\nEpisode 40: \"The bridge and the dam\"\nReleased: Tuesday 5 March 2024 | Runtime 38:10\n"
     "Host: Maria Quint | Guest: Dr. Paul Ebert, historian of the valley\n\n"
     f"[00:00:05] MARIA QUINT: Welcome back. {BODY}\n", "Maria Quint"),
    # a guest alone is no author
    ("THE LONG TALK\nEpisode 7: \"Salt and water\"\nBroadcast 2 February 2020\nGuest: Dr. Omar Reyes, historian\n\n"
     f"OMAR REYES: {BODY}\n", None),
    # a byline still wins over the host line
    ("Two rivers, one border\n\nBy Karin Holt\n\nHost: Lena Ward\n\n"
     f"{BODY}\n", "Karin Holt"),
]


@pytest.mark.parametrize("text,author", HOST_CASES)
def test_a_programme_host_line_names_the_author(tmp_path: Path, text, author) -> None:
    p = tmp_path / "episode.txt"
    p.write_text(text, encoding="utf-8")
    doc = _one(p)
    assert doc.author == author
    assert "Host:" not in doc.text and "Presenter:" not in doc.text


# --- a Markdown title block's labelled author: "Prepared by:", "Instructor:" --------------------

LABELLED_AUTHOR_CASES = [
    # a student's case brief: the name with the class year after a comma
    ("# Border Dispute (Norland v. Sudmark) — Case Brief\n\n**Court:** International Court of Justice\n"
     "**Prepared by:** Daniel Okoro-Lind, 2L\n\n" + BODY + "\n", "Daniel Okoro-Lind"),
    # a syllabus: the instructor with an honorific and an e-mail in brackets, office hours beside
    ("# HIST 210: Neighbours at War, 1900–2000\n\n**Spring semester 2025** · Mondays 14:00–15:15\n"
     "**Instructor:** Dr. Hala Noor (hnoor@univ.example.edu) · Office hours: Wednesdays 10:00–12:00\n\n" + BODY + "\n",
     "Hala Noor"),
    # lecture notes: the lecturer with the department after a comma
    ("# Lecture 4: The treaty of the two rivers\n\nLecturer: Tom Reid, Department of History\n\n" + BODY + "\n",
     "Tom Reid"),
    # a course label names no one
    ("# The treaty of the two rivers\n\n**Course:** HIST 214 – Borders in Europe\n\n" + BODY + "\n", None),
]


@pytest.mark.parametrize("text,author", LABELLED_AUTHOR_CASES)
def test_a_title_block_role_label_names_the_author(tmp_path: Path, text, author) -> None:
    p = tmp_path / "page.md"
    p.write_text(text, encoding="utf-8")
    assert _one(p).author == author


# --- a wiki's revision note dates the page when nothing else does, as inferred ----------------

WIKI = """<!DOCTYPE html><html><head><meta charset="utf-8">{meta}<title>Norland–Sudmark relations - Openpedia</title></head>
<body><div id="content"><h1 id="firstHeading">Norland–Sudmark relations</h1>
<div id="bodyContent"><p>Norland and Sudmark established diplomatic relations on 3 March 1952, after the border commission
finished its survey of the river. The two governments signed a trade agreement in 1960 and a boundary treaty in 1974.</p>
<p>Relations worsened in 1988, when Sudmark closed two crossings on the upper river, and recovered only after the 1995 accord
that reopened them and set up a joint water commission.</p></div></div>
<div id="footer"><ul><li id="footer-info-lastmod">{note}</li><li>Privacy policy</li><li>About Openpedia</li></ul></div>
</body></html>"""

REVISION_CASES = [
    # a wiki's footer: the last edit dates the version read
    ("", "This page was last edited on 11 June 2024, at 09:15 (UTC).", "2024-06-11", "revision-note"),
    # a content system's footer
    ("", "Last modified: 3 May 2021", "2021-05-03", "revision-note"),
    # the page's own publication date in its markup wins over the revision note
    ('<meta property="article:published_time" content="2019-02-01T08:00:00Z">',
     "This page was last edited on 11 June 2024, at 09:15 (UTC).", "2019-02-01", "html-meta"),
]


@pytest.mark.parametrize("meta,note,published,source", REVISION_CASES)
def test_a_revision_note_dates_an_otherwise_undated_page_as_inferred(tmp_path: Path, meta, note, published, source) -> None:
    p = tmp_path / "wiki.html"
    p.write_text(WIKI.format(meta=meta, note=note), encoding="utf-8")
    doc = _one(p)
    assert (doc.published, doc.published_source) == (published, source)
    assert is_inferred(doc.published_source) == (source == "revision-note")


# --- labelled date lines: a broadcast slot, "Submitted:"; a forum export's "posted" field -------

DATE_LINE_CASES = [
    ("txt", "NEWS AT SIX - CLOSED CAPTION TRANSCRIPT\nBroadcast: Tuesday 8 May 2012, 18:00-18:30\n\n"
     f">> GOOD EVENING. {BODY}\n", "2012-05-08"),
    ("txt", "Two rivers, one border\n\nAired: 3 May 2012, 9:00–9:30 pm\n\n" + BODY + "\n", "2012-05-03"),
    ("md", "# The Long Shadow of the River Treaty\n\n**Author:** Jan Kovar\n**Submitted:** 12 December 2019\n\n" + BODY + "\n",
     "2019-12-12"),
    ("jsonl", json.dumps({"user": "riverfan", "posted": "2010-05-27T08:14:00+02:00", "title": "Why the border again?",
                          "body": BODY}) + "\n", "2010-05-27"),
]


@pytest.mark.parametrize("fmt,text,published", DATE_LINE_CASES)
def test_labelled_date_lines_give_the_date(tmp_path: Path, fmt, text, published) -> None:
    p = tmp_path / f"page.{fmt}"
    p.write_text(text, encoding="utf-8")
    assert _one(p).published == published


# --- a dateline whose parts are joined by dashes ------------------------------------------------

DASH_DATELINE_CASES = [
    ("Damascus - 15/10/2008 - Sada Online - Damascus Office", "2008-10-15"),
    ("Rabat – 2 February 2023 – Maghreb Courier", "2023-02-02"),
    ("Nairobi - March 4, 2019 - The Lake Herald - Regional Desk", "2019-03-04"),
    # an ambiguous numeric date gives nothing
    ("Cairo - 03/04/2011 - Nile Daily", None),
]


@pytest.mark.parametrize("line,published", DASH_DATELINE_CASES)
def test_a_dash_joined_dateline_under_the_headline_dates_the_piece(tmp_path: Path, line, published) -> None:
    p = tmp_path / "story.txt"
    p.write_text(f"Home | World | Economy | Sport\n\nThe two neighbours restore diplomatic relations\n\n{line}\n\n{BODY}\n",
                 encoding="utf-8")
    doc = _one(p)
    assert doc.published == published
    assert doc.title == "The two neighbours restore diplomatic relations"


# --- a transcript's own label is no headline ----------------------------------------------------

TRANSCRIPT_LABEL_CASES = [
    "CHANNEL NINE NEWS AT SIX - CLOSED CAPTION TRANSCRIPT",
    "RADIO LAKE — \"THE HOUR\" — TRANSCRIPT",
    "The Long View | Transcript",
]


@pytest.mark.parametrize("label", TRANSCRIPT_LABEL_CASES)
def test_a_transcript_label_is_no_title(tmp_path: Path, label) -> None:
    p = tmp_path / "captions.txt"
    p.write_text(f"{label}\nBroadcast: Tuesday 8 May 2012, 18:00-18:30\n\n>> GOOD EVENING. {BODY}\n", encoding="utf-8")
    doc = _one(p)
    assert doc.title is None
    assert doc.published == "2012-05-08"


# --- a list of more of the same under the piece: "Also on this day", "Similar essays" -----------

MORE = ("The ceasefire held through the winter, and the two armies pulled back from the river line in the spring. "
        "Observers from three neighbouring states watched the withdrawal and reported no incident.")

RELATED_LIST_CASES = [
    # an "on this day" page: more anniversaries under the story
    ("txt", f"{MORE}\n\nAlso on this day\n- 1911: A harbour strike ends in the capital.\n- 1958: The first ferry crosses the strait.\n",
     ["Also on this day", "1911: A harbour strike", "1958: The first ferry"]),
    # an essay site: similar essays under the essay, then its disclaimer
    ("md", f"# The river treaty\n\n{MORE}\n\n### Similar essays\n- [Was the river treaty fair?](/essay/1)\n"
     "- [Borders drawn by surveyors](/essay/2)\n\n*RiverEssays is not affiliated with any university.*\n",
     ["Similar essays", "Was the river treaty fair?", "not affiliated"]),
    # a newsletter: the editor's reading list before the sign-off
    ("txt", f"{MORE}\n\nWHAT WE'RE READING\n\n- A long read on the ferry workers of the strait\n"
     "- Why the port wants a second terminal\n\nThat's it for this week.\n",
     ["WHAT WE'RE READING", "A long read on the ferry workers", "second terminal"]),
    # a paper's footer: the most-read stories on one line
    ("txt", f"{MORE}\n\nTags: ceasefire, river\nMost read: Port strike ends | Snow closes schools\n",
     ["Most read:", "Port strike ends"]),
]


@pytest.mark.parametrize("fmt,text,gone", RELATED_LIST_CASES)
def test_a_list_of_more_of_the_same_under_the_piece_leaves(tmp_path: Path, fmt, text, gone) -> None:
    p = tmp_path / f"page.{fmt}"
    p.write_text(text, encoding="utf-8")
    doc = _one(p)
    assert "Observers from three neighbouring states watched the withdrawal" in doc.text
    assert not [g for g in gone if g in doc.text]


def test_a_sentence_that_opens_like_such_a_heading_stays(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(f"{MORE}\n\nAlso on this day in 1960, the two governments opened the first bridge over the river.\n\n"
                 "What we're reading in the old treaties is a story of surveyors more than of generals.\n", encoding="utf-8")
    doc = _one(p)
    assert "opened the first bridge" in doc.text and "a story of surveyors" in doc.text
