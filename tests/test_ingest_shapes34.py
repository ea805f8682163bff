"""Metadata a page prints in its own particulars (issue 10, session 34): a programme's host line,
a course's or brief's labelled author, a wiki's revision note when nothing else dates the page,
labelled date lines with a broadcast slot or a "Submitted" label, a forum export's "posted"
field, a dateline whose parts are joined by dashes, and a transcript's own label that is no
headline. Every text here is made up in the shapes publishers use."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load


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
