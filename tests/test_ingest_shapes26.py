"""Page shapes of session 26: a standfirst between the headline and its byline and date line, the
page's address on a labelled line over the text ("Source: https://…/2025/04/18/…"), a programme's
particulars ("Programme:", "Host:", "Guest:") over a transcript, and the number before a title (a
bare one is the collection's and goes; a labelled one — "Chapter 9.", "Episode 88:" — is part of
the heading). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from chronica.ingest import load
from ferry_pages import P1, P2, P3
from ferry_pages import doc_of as _doc

DECK = ("The company treats the pier as a repair job to be scheduled. For the islands it is a question "
        "of whether anyone can leave after dark.")


# --- a standfirst under the headline does not hide the byline and date line under it ---------------

@pytest.mark.parametrize(
    "top, author, iso",
    [
        # an op-ed: kicker, headline, deck, byline, "Posted on … at …", reading time
        ("THE ISLAND REVIEW\nHome | Opinion | Letters\n\nOPINION\n\nThe pier is not a repair job\n\n{deck}\n\n"
         "By Ruth Allen\nPosted on March 24, 2024 at 7:00 am\n6 min read\n\n", "Ruth Allen", "2024-03-24"),
        # a translated feature: headline, deck, byline with a place
        ("The night ferry is turned off: the islands are left in the dark\n\n{deck}\n\nBy Johan Berg, Oslo\n"
         "31 October 2021\n\n", "Johan Berg", "2021-10-31"),
        # a magazine: headline, deck, a date line then the byline
        ("Storm season on the islands\n\n{deck}\n\nPublished: 3 May 2022\nBy Ana Lima\n\n", "Ana Lima", "2022-05-03"),
    ],
)
def test_metadata_a_standfirst_between_headline_and_byline_keeps_both(top: str, author: str, iso: str) -> None:
    doc = _doc(top.format(deck=DECK) + f"{P1}\n\n{P2}\n\n{P3}\n")
    assert (doc.author, doc.published) == (author, iso)
    assert DECK in doc.text and P1 in doc.text  # the standfirst stays with the article


def test_metadata_a_second_paragraph_under_the_first_is_no_standfirst() -> None:
    # two paragraphs and then a line with a name: the second paragraph is body, the name is not read
    doc = _doc(f"Storm season on the islands\n\n{P1}\n\n{P2}\n\nBy the way, the pier was built in 1902.\n\n{P3}\n")
    assert doc.author is None and doc.published is None


# --- the page's address on a labelled line over the text dates the page ----------------------------

@pytest.mark.parametrize(
    "line, iso",
    [
        ("Source: https://www.islandmonitor.example.net/timelines/2025/04/18/ferry-key-dates/", "2025-04-18"),
        ("Permalink: <https://news.example.org/islands/2019-03-02-pier-repairs-begin>", "2019-03-02"),
        ("URL: https://www.harbourpost.example/archive/2021/05/12/night-crossing.html", "2021-05-12"),
    ],
)
def test_metadata_an_address_line_over_the_text_dates_the_page(line: str, iso: str) -> None:
    raw = f"Skip to main content\nISLAND MONITOR\nNews | Timelines | About\n\nKey dates: the night ferry\n\n{line}\n\n{P1}\n\n{P2}\n"
    doc = _doc(raw)
    assert doc.published == iso and doc.published_source == "url"
    assert doc.url == line.split(": ", 1)[1].strip("<>")
    assert "http" not in doc.text


@pytest.mark.parametrize(
    "raw",
    [
        # "Source:" under a paragraph of the article cites where a figure came from
        f"Key dates: the night ferry\n\n{P1}\n\nSource: https://stats.example.org/2020/01/07/ferry-passengers\n\n{P2}\n",
        # two addresses over the text: which one is the page's own is not known
        f"Key dates: the night ferry\n\nSource: https://a.example/2020/01/07/one\nSource: https://b.example/2021/02/08/two\n\n{P1}\n\n{P2}\n",
    ],
)
def test_metadata_an_address_the_page_does_not_claim_does_not_date_it(raw: str) -> None:
    assert _doc(raw).published is None


def test_metadata_a_date_line_wins_over_the_address_line() -> None:
    raw = (f"Key dates: the night ferry\nPublished: 3 May 2022\n\nSource: https://a.example/2020/01/07/one\n\n"
           f"{P1}\n\n{P2}\n")
    assert _doc(raw).published == "2022-05-03"


# --- a programme's particulars over a transcript are no title ---------------------------------------

@pytest.mark.parametrize(
    "top, title",
    [
        ('HARBOUR RADIO — "THE ISLAND HOUR" — TRANSCRIPT\nProgramme: The Island Hour, weekly interview\n'
         'Broadcast: 18 November 2022, 19:00 GMT\nEpisode 41: "Why the night ferry stopped"\nHost: Mara Quinn (MQ)\n'
         "Guest: Dr Tom Reid (TR), harbour engineer\n\n", "Why the night ferry stopped"),
        ("ISLAND RADIO - THE LONG CONVERSATION\nPodcasts | Schedule | Donate\n\nShow: The Long Conversation\n"
         'Episode 7: "The pier that would not stand"\nAired 4 April 2021\nPresenter: Mara Quinn\n\n',
         "The pier that would not stand"),
        ("Series: Harbour Voices\nHost: Mara Quinn\n\nThe night the ferry stopped\nRecorded 2 March 2023\n\n",
         "The night the ferry stopped"),
    ],
)
def test_title_a_programmes_particulars_are_no_title(top: str, title: str) -> None:
    doc = _doc(top + f"MQ: {P1}\n\nTR: {P2}\n\nMQ: {P3}\n")
    assert doc.title == title


@pytest.mark.parametrize(
    "note",
    [
        "This transcript has been lightly edited for clarity. Timestamps refer to the broadcast audio.",
        "This transcript was generated automatically and lightly edited. It may contain errors.",
        "This interview has been condensed and edited for length.",
    ],
)
def test_clean_an_editing_note_over_a_transcript_is_furniture(note: str) -> None:
    raw = (f"HARBOUR RADIO\nPodcasts | Schedule\n\nEpisode 41: The night ferry\nBroadcast 3 February 2022\n"
           f"Host: Mara Quinn (MQ)\nGuest: Dr Tom Reid (TR), harbour engineer\n\n{note}\n\nMQ: {P1}\n\nTR: {P2}\n\nMQ: {P3}\n")
    doc = _doc(raw)
    assert note[:30] not in doc.text and "Guest:" not in doc.text and "Host:" not in doc.text
    assert doc.text.startswith(f"MQ: {P1[:30]}")


def test_clean_a_sentence_about_an_interview_in_the_body_stays() -> None:
    said = "The interview was edited by the harbour board before it was broadcast, the engineer said."
    doc = _doc(f"The night ferry\n\n{P1}\n\n{said}\n\n{P2}\n")
    assert said in doc.text


# --- an author box or a wiki's tagline is no author -----------------------------------------------

def _page(head_html: str, foot_html: str = "") -> str:
    return (f"<html><head><title>The night ferry - Harbour Notes</title></head><body><article>"
            f"<h1>The night ferry</h1>{head_html}<p>{P1}</p><p>{P2}</p><p>{P3}</p>{foot_html}</article></body></html>")


@pytest.mark.parametrize(
    "page, author",
    [
        # a blog: the entry's own line names the writer; the box under the post is about her
        (_page('<p class="entry-meta">Posted by Mara Quinn on 11 April 2019</p>',
               '<div class="author-box"><b>About Mara Quinn</b> — Teacher, mother of two, and amateur historian.</div>'),
         "Mara Quinn"),
        # a wiki's tagline set as a byline
        (_page('<p class="byline">From HarbourWiki, the free reference work</p>'), None),
        # a byline with a name and a role
        (_page('<p class="byline">By Tom Reid, harbour correspondent</p>'), "Tom Reid"),
    ],
)
def test_metadata_an_author_box_or_a_tagline_is_no_author(page: str, author: str | None, tmp_path) -> None:
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    docs, _ = load(tmp_path / "a.html")
    assert docs[0].author == author


# --- a newsletter's name over its issue line is no title, whatever its case -------------------------

@pytest.mark.parametrize(
    "top, title",
    [
        ("[View this email in your browser](https://x.example/p/12)\n\n# The Harbour Letter\n\n"
         "**Issue #12 · Friday, May 3, 2022**\n\n*A weekly briefing on the islands. Written by Mara Quinn.*\n\n---\n\n"
         "## The week the night ferry stopped\n\n", "The week the night ferry stopped"),
        ("# Island Notes\n\nNo. 48 · 3 May 2022\n\n## Council passes budget after all-night session\n\n",
         "Council passes budget after all-night session"),
        ("# THE HARBOUR LETTER\n\nIssue #7 · 3 May 2022\n\n## Why the pier cracked\n\n", "Why the pier cracked"),
    ],
)
def test_title_a_newsletters_name_over_its_issue_line_is_no_title(top: str, title: str) -> None:
    doc = _doc(top + f"{P1}\n\n{P2}\n\n{P3}\n", "md")
    assert doc.title == title and doc.published == "2022-05-03"
    assert doc.text.startswith(P1[:40])  # neither the name nor the tagline is article text


def test_title_a_level_one_heading_over_a_date_line_stays_the_title() -> None:
    doc = _doc(f"# The week the night ferry stopped\n\n3 May 2022\n\n## What happened\n\n{P1}\n\n{P2}\n", "md")
    assert doc.title == "The week the night ferry stopped"


# --- a textbook's labelled box in Markdown and its reading list ------------------------------------

@pytest.mark.parametrize(
    "box",
    [
        "> **Key term: filling.** The process of holding water behind a dam until the reservoir reaches its level.",
        "> **Learning objectives.** After reading this chapter you should be able to explain why the ferry stopped.",
        "> **Figure 3.1** The northern pier after the second storm. *Photo: Harbour Board archive*",
        "> **Pull quote:** Every winter the pier is a question of whether anyone can leave.",
    ],
)
def test_clean_a_quoted_paragraph_under_a_bold_label_is_a_box(box: str) -> None:
    doc = _doc(f"# The night ferry\n\n{P1}\n\n{box}\n\n{P2}\n\n{P3}\n", "md")
    assert P1 in doc.text and P2 in doc.text and box.split("**")[2].strip()[:25] not in doc.text


def test_clean_a_quoted_paragraph_without_a_label_stays() -> None:
    quoted = "> The pier will be repaired before the spring tides, and the night crossing will return."
    doc = _doc(f"# The night ferry\n\n{P1}\n\n{quoted}\n\n{P2}\n\n{P3}\n", "md")
    assert quoted[2:] in doc.text


def test_clean_a_reading_list_of_authors_with_initials_is_references() -> None:
    doc = _doc(f"# The night ferry\n\n{P1}\n\n{P2}\n\n{P3}\n\n### Further reading\n\n"
               "- Quinn, M. *The Northern Pier*.\n- Reid, T. and Allen, R. \"Ferries in winter\"\n", "md")
    assert doc.text.rstrip().endswith(P3[-30:])
    assert any("Quinn, M." in r for r in doc.references)


@pytest.mark.parametrize("line", ["Reading time: approx. 6 min.", "Reading time: about 4 minutes", "Reading time: 5 min"])
def test_clean_a_reading_time_with_an_approximation_is_furniture(line: str) -> None:
    doc = _doc(f"The night ferry\n\nBy Ana Lima\n{line}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert "Reading time" not in doc.text and doc.text.startswith(P1[:30])
