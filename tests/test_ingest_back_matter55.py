"""The text after the body, session 55: what a newsletter, a society's journal, a catalogue, a
course handout or a show's page prints after the article. Each mechanism fires rightly in three or
more different dev texts; every sentence here was written for these tests.

1. A heading of back matter (:data:`chronica.ingest._lexicon.BACK_MATTER_HEADING`: "Membership
   notices", "6. CLUB BUSINESS", "From the Society", "Refund policy", "What's included", "Links
   mentioned", "Contributing") ends the article like an end marker
   (:func:`chronica.ingest._clean._mark_tail_after_end_marker`): in the second half of the text,
   after prose, when the article does not plainly resume under it. The heading and all after it go.
2. A notice on how the copy may be used (:data:`chronica.ingest._lexicon.USAGE_NOTICE`: "may be
   photocopied for classroom use only", "Please do not upload …", "confidential and intended solely
   for …", "meant for reference only") is read as a licence in a short unit, and so ends the article
   when it stands after the body.
3. Three more closing lines of a page, each read by a lexicon kind that ends the article: the page
   asking the reader who got to its end for more ("Enjoyed this review? …", an appeal:
   :data:`~chronica.ingest._lexicon.APPEAL`), a copyright line written "(c) Holder Year" with the
   notice going on after the year or a rule before it (a licence:
   :data:`~chronica.ingest._lexicon.LICENSE`), and a note on how the text at hand was made
   ("Transcript prepared by the quay radio library.", a disclaimer:
   :data:`~chronica.ingest._lexicon.PREPARED_NOTE`).
4. A publication's imprint (:data:`~chronica.ingest._lexicon.IMPRINT`: "Printed by Quay Print.",
   "The Quay Letter is issued three times a year to …", "The Link is sent to members of …") is a
   kind of its own, ``imprint``, that ends the article like a licence.
5. A paragraph after which the article does not resume, in the second half, that closes with such a
   notice glued to it (a PDF page's foot run into the last paragraph) is split where the notice
   begins (:func:`chronica.ingest._clean._split_closing_notices`): the paragraph stays, the notice
   and what follows it in the paragraph go. Only a licence, an imprint or an offer is split off.
"""

from __future__ import annotations

import pytest

from chronica.ingest._clean import is_back_matter_heading
from chronica.ingest._lexicon import APPEAL, BACK_MATTER_HEADING, IMPRINT, LICENSE, PREPARED_NOTE, USAGE_NOTICE
from chronica.ingest._units import segment
from ferry_pages import P1, P2, P3
from ferry_pages import doc_of as _doc

HEAD = "Ferry cuts night crossing after storms"
RULE = "-" * 60

# --- 1. a heading of back matter --------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading, matter",
    [
        ("Membership notices", True),
        (f"{RULE} 5. CLUB NOTICES", True),
        ("Practical reminders", True),
        ("6. SOCIETY BUSINESS", True),
        ("From the Association", True),
        ("Refund policy", True),
        ("What's included", True),
        ("Data room access", True),
        ("Exhibition credits", True),
        ("Links mentioned", True),
        ("Episode notes", True),
        ("Contributing", True),
        # headings of an article's own sections
        ("Notices to mariners", False),
        ("Foreign policy", False),
        ("Big business", False),
        ("What the treaty included", False),
        ("Credits and debts of the port", False),
    ],
)
def test_a_back_matter_heading(heading: str, matter: bool) -> None:
    assert bool(BACK_MATTER_HEADING.match(heading)) is matter


def test_a_back_matter_heading_is_short_and_ends_no_sentence() -> None:
    (unit,) = segment("Membership notices.")
    assert not is_back_matter_heading(unit)
    (unit,) = segment("Membership notices")
    assert is_back_matter_heading(unit)


@pytest.mark.parametrize(
    "tail, gone",
    [
        ("Membership notices\n\nRenewals for next year are due by the end of June. Renew online or by cheque.\n\n"
         "Welcome to the nine members who joined this spring.", "Welcome to the nine members"),
        (f"{RULE} 6. CLUB BUSINESS\n{RULE}\n\nThe winter raffle closes on 12 February.\n\n"
         "The club room is closed until further notice.", "The club room is closed"),
        ("From the Society\n\nThe spring meeting will be held in Dundee on 4 May.\n\n"
         "Proposals for talks are invited by the end of March.", "Proposals for talks"),
        ("Refund policy\n\nRefunds up to ten days before the crossing.", "Refunds up to ten days"),
        ("What's included\n\nTwo nights in a harbour hotel, all breakfasts and the island tour with a local "
         "guide are included in the price.\n\nFrom 340 euros per person. A deposit of 50 euros holds your place.",
         "A deposit of 50 euros"),
        ("Links mentioned\n\nThe harbour board's survey of the northern pier, published in the spring.\n\n"
         "Our earlier episode on the island bus and the winter timetable.\n\n"
         "Enjoying the show? Tell a friend about us and leave a review.", "Tell a friend"),
        ("Contributing\n\nCorrections are welcome. Send the page and the source to the editor.",
         "Corrections are welcome"),
    ],
)
def test_clean_a_back_matter_heading_after_the_body_ends_the_article(tail: str, gone: str) -> None:
    doc = _doc(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{tail}\n")
    assert P3 in doc.text
    assert gone not in doc.text


LONG = ("Notices went up in every shop on the quay the next morning, and by noon the harbour office "
        "had a queue of islanders who wanted to know whether the school boat would still run, whether "
        "the doctor would still come over on Thursdays, and who would pay for the night taxi that the "
        "council had promised in its letter to every household on the island.")


@pytest.mark.parametrize(
    "raw, kept",
    [
        # in the first half of the text: a newsletter's section over its own body
        (f"{HEAD}\n\nClub notices\n\n{P1}\n\n{P2}\n\n{P3}\n", P1),
        # the article plainly resumes under the heading: a long paragraph follows
        (f"{HEAD}\n\n{P1}\n\n{P2}\n\nPractical reminders\n\n{LONG}\n\n{P3}\n", LONG),
        # a section heading of the article itself
        (f"{HEAD}\n\n{P1}\n\n{P2}\n\nNotices to mariners\n\n{P3}\n", P3),
    ],
)
def test_clean_a_back_matter_heading_cuts_no_body(raw: str, kept: str) -> None:
    doc = _doc(raw)
    assert kept in doc.text


# --- 2. a notice on how the copy may be used --------------------------------------------------------


@pytest.mark.parametrize(
    "line, notice",
    [
        ("This handout may be photocopied for classroom use within the school only.", True),
        ("Please do not upload these notes to other sites.", True),
        ("Notes are for the seminar. Do not circulate them outside the group.", True),
        ("This memo is confidential and intended solely for the harbour board.", True),
        ("The minutes are meant for reference only.", True),
        ("Licence: course use only · Built by the course site", True),
        ("This paper must not be copied or passed on without leave of its two authors.", True),
        ("The brief may be copied freely for teaching, with credit.", True),
        # sentences of a story that speak of confidential papers or of use
        ("The report was confidential, and the minister never saw it.", False),
        ("The airstrip on the island was kept for military use only.", False),
        ("The council said the old map may be reproduced in the new atlas.", False),
        ("The skipper told the crew not to upload photographs of the pier.", False),
    ],
)
def test_a_usage_notice(line: str, notice: bool) -> None:
    assert bool(USAGE_NOTICE.search(line)) is notice


@pytest.mark.parametrize(
    "tail, gone",
    [
        ("This handout may be photocopied for classroom use within the school only.\n\n"
         "Spotted a mistake? Write to the editor.", "Spotted a mistake"),
        ("Slides are for members of the course. Please do not upload them to other sites.\n\n"
         "Picture credits are in the course reader.", "Picture credits"),
        ("The ferry study group is an independent network. This brief may be copied for "
         "teaching, with credit to the group.", "independent network"),
    ],
)
def test_clean_a_usage_notice_after_the_body_ends_the_article(tail: str, gone: str) -> None:
    doc = _doc(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{tail}\n")
    assert P3 in doc.text
    assert gone not in doc.text


def test_clean_a_long_paragraph_that_speaks_of_a_confidential_report_stays() -> None:
    long = ("The harbour board's survey, which was confidential and intended solely for the ministry, "
            "found that the piles had been cracked for years, that two earlier inspections had missed "
            "them, and that the company had been told twice that the northern pier could not take the "
            "weight of the new ferry before the work was done.")
    doc = _doc(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{long}\n")
    assert long in doc.text


# --- 3. three more closing lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, line, closing",
    [
        ("appeal", "Enjoyed this guide? Start another: the island walks, or the harbour birds.", True),
        ("appeal", "Enjoying the show? Leave us a review, it helps new listeners find us.", True),
        ("appeal", "*Enjoyed this story? Subscribe to the Quay Letter for more.", True),
        ("appeal", "Islanders enjoyed the new ferry? Not all of them did.", False),
        ("license", "(c) North Sound Sailing Club 2018. Corrections to the club secretary.", True),
        ("license", "---------- (c) The Harbour Review 1997.", True),
        ("license", "(c) How did the 1921 storm change the harbour's trade?", False),
        ("license", "(c) Britain and Norway signed the pier treaty in 1931.", False),
        ("prepared", "Transcript prepared by the quay radio library. Times given are rough.", True),
        ("prepared", "Index prepared by volunteer cataloguers.", True),
        ("prepared", "This summary was prepared by the ferry desk and nobody checked it.", True),
        ("prepared", "The summary was prepared by the harbour board and sent to the minister.", False),
    ],
)
def test_a_closing_line(kind: str, line: str, closing: bool) -> None:
    found = {"appeal": APPEAL.search, "license": LICENSE.search, "prepared": PREPARED_NOTE.match}[kind](line)
    assert bool(found) is closing


@pytest.mark.parametrize(
    "tail, gone",
    [
        ("Enjoyed this guide? Start another: the island walks, or the harbour birds.", "Enjoyed this guide"),
        (f"{RULE} (c) North Sound Sailing Club 2018. Corrections to the club secretary.\n\n"
         "Report errors in this supplement to the club office.", "Report errors"),
        ("Transcript prepared by the quay radio library. Times given are rough.", "Transcript prepared"),
    ],
)
def test_clean_a_closing_line_after_the_body_goes(tail: str, gone: str) -> None:
    doc = _doc(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{tail}\n")
    assert P3 in doc.text
    assert gone not in doc.text


# --- 4. a publication's imprint ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, imprint",
    [
        ("Printed by Quay Print, Harbourtown.", True),
        ("Printed and published by the Harbour Press Ltd., 4 Quay Road.", True),
        ("Printed on recycled paper. Hand it on to a neighbour when done.", True),
        ("The Quay Letter is issued three times a year to members of the Ferry Society.", True),
        ("This bulletin is distributed free of charge.", True),
        ("The Island Link is sent to members of the parish and friends of the harbour.", True),
        # a story's sentences about printing and publishing
        ("Printed in Bergen and sold for a few coins, the cards went all over the coast.", False),
        ("The treaty is published by the ministry in both languages.", False),
        ("The paper is published weekly by a trust in Leeds.", False),
    ],
)
def test_an_imprint(line: str, imprint: bool) -> None:
    assert bool(IMPRINT.search(line)) is imprint


def test_clean_an_imprint_after_the_body_ends_the_article() -> None:
    tail = ("The Quay Letter is issued three times a year to members of the Ferry Society.\n\n"
            "Back numbers can be had from the society's office on Quay Road.")
    doc = _doc(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{tail}\n")
    assert P3 in doc.text
    assert "issued three times a year" not in doc.text
    assert "Back numbers" not in doc.text


# --- 5. a notice glued to the last paragraph -------------------------------------------------------------

LAST = ("Engineers who inspected the pier found that three of the piles had cracked, and the harbour board "
        "said the repairs could not start before the spring tides.")


@pytest.mark.parametrize(
    "glued, gone",
    [
        ("This chapter must not be copied or passed on without leave of the Harbour Board.",
         "must not be copied"),
        ("The Quay Review is published quarterly by the Ferry Society for members only. Views are "
         "the writers' own.", "published quarterly"),
        ("Become a member of the Harbour Society", "Become a member"),
    ],
)
def test_clean_a_notice_glued_to_the_last_paragraph_goes(glued: str, gone: str) -> None:
    doc = _doc(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{LAST} {glued}\n")
    assert LAST in doc.text
    assert gone not in doc.text


P4 = ("The company's chief executive told the council that a new pier would cost twice what the old one "
      "had cost to build, and that the company could not pay for it alone.")
P5 = ("The council's transport committee agreed to ask the government for a grant, and said it would meet "
      "the company again before the end of the month.")
BEFORE = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}"


@pytest.mark.parametrize(
    "raw, kept",
    [
        # the closing sentence is the story's own
        (f"{BEFORE}\n\n{LAST} The board said it would publish its survey every quarter.\n",
         "publish its survey every quarter"),
        # the article goes on after the paragraph: a long paragraph follows
        (f"{BEFORE}\n\n{LAST} Printed by Quay Print, Harbourtown.\n\n{LONG}\n", "Printed by Quay Print"),
        # what follows the notice in the paragraph is too long to be a foot
        (f"{BEFORE}\n\n{LAST} Printed by Quay Print, Harbourtown. {LONG}\n", "Printed by Quay Print"),
        # in the first half of the text
        (f"{HEAD}\n\n{LAST} Printed by Quay Print, Harbourtown.\n\n{P1}\n\n{P2}\n\n{P4}\n", "Printed by Quay Print"),
    ],
)
def test_clean_a_paragraph_is_not_split_where_no_foot_is_glued(raw: str, kept: str) -> None:
    assert kept in _doc(raw).text
