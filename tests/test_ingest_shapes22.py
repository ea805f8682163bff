"""Page shapes of session 22 (wire page printing its times with "a.m.", podcast transcript,
government press statement, obituary page of a paper, reference-desk timeline): a date line is no
paragraph even when it ends in a full stop, a broadcast or issue date dates the page, a headline set
in capitals over its place-and-date line is the title and no photo credit, the page's foot under a
rule after the body is furniture, contact details and an organisation's compiling credit close the
article. Each mechanism has cases from three or more different texts; every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from chronica.ingest._credits import photo_credit_tail
from chronica.ingest._metadata import date_line
from ferry_pages import P1, P2, P3
from ferry_pages import doc_of as _doc


# --- a date line is read as a date line, whatever its last character ------------------------------

@pytest.mark.parametrize(
    "line, iso",
    [
        ("Published: March 3, 2021, 9:15 a.m. | Updated: March 3, 2021, 4:02 p.m.", "2021-03-03"),
        ("Posted: 14 June 2019, 7:30 a.m.", "2019-06-14"),
        ("Updated Oct. 2, 2023, 11:05 p.m.", "2023-10-02"),
    ],
)
def test_a_date_line_ending_in_a_full_stop_dates_the_page_and_leaves_the_text(line: str, iso: str) -> None:
    raw = f"Ferry cuts night crossing after storms\n\nBy Ana Lima\n{line}\n\n{P1}\n\n{P2}\n"
    doc = _doc(raw)
    assert doc.published == iso
    assert line not in doc.text
    assert doc.text.startswith(P1[:40])


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Broadcast 3 February 2022", "2022-02-03"),
        ("First aired: May 9, 2017", "2017-05-09"),
        ("Issued on 21 November 2008", "2008-11-21"),
        ("Filed 30 June 2015, 18:40", "2015-06-30"),
    ],
)
def test_date_line_says_when_a_programme_or_statement_went_out(line: str, iso: str) -> None:
    assert date_line(line) == iso


@pytest.mark.parametrize("line", ["Broadcasting since 1962", "Released from prison on 3 May 1990 after a long campaign",
                                  "Recorded in front of an audience"])
def test_date_line_a_sentence_about_broadcasting_is_none(line: str) -> None:
    assert date_line(line) is None


@pytest.mark.parametrize(
    "top, title, iso",
    [
        ("HARBOUR RADIO\nPodcasts | Schedule | Donate\n\nEpisode 12: The harbour at night\nBroadcast 3 February 2022\n\n",
         "Episode 12: The harbour at night", "2022-02-03"),
        ("MINISTRY OF TRANSPORT\n\nSTATEMENT ON THE SUSPENSION OF THE NIGHT FERRY SERVICE TO THE NORTHERN ISLANDS "
         "AND THE REPAIR OF THE PIER\n\nPortree, 12 January 2024\n\n",
         "STATEMENT ON THE SUSPENSION OF THE NIGHT FERRY SERVICE TO THE NORTHERN ISLANDS AND THE REPAIR OF THE PIER",
         "2024-01-12"),
        ("HARBOUR BOARD\nNews | Notices | Contact\n\nJOINT COMMUNIQUE OF THE HARBOUR BOARD AND THE FERRY COMPANY ON THE "
         "FUTURE OF THE PIER (NORTH/SOUTH)\n\nStornoway, 2 March 2023\n\n",
         "JOINT COMMUNIQUE OF THE HARBOUR BOARD AND THE FERRY COMPANY ON THE FUTURE OF THE PIER (NORTH/SOUTH)",
         "2023-03-02"),
    ],
)
def test_title_in_capitals_over_its_place_and_date_line(top: str, title: str, iso: str) -> None:
    doc = _doc(top + f"{P1}\n\n{P2}\n\n{P3}\n")
    assert doc.title == title
    assert doc.published == iso
    assert P1 in doc.text and P3 in doc.text


@pytest.mark.parametrize(
    "line, credit",
    [
        ("JOINT STATEMENT ON THE BORDER COMMISSION AND THE RIVER BOUNDARY (NORTHLAND/SOUTHLAND)", False),
        ("AGREEMENT ON FISHING RIGHTS IN THE SHARED BAY, SIGNED IN THE CAPITAL (ICELAND/NORWAY)", False),
        ("Fishermen unload the catch at the harbour, May 12, 2023. Harbour Press/Jane Doe", True),
    ],
)
def test_photo_credit_tail_a_headline_in_capitals_naming_two_parties_is_no_credit(line: str, credit: bool) -> None:
    assert photo_credit_tail(line) is credit


# --- the page's foot under a rule after the body ------------------------------------------------

@pytest.mark.parametrize(
    "foot, gone",
    [
        ("---\nTribute book: leave a message for the family at the front desk of our offices.\n"
         "Also in this section: Deaths | Funeral notices | Anniversaries\n© 1987 The Harbour Gazette. All rights reserved.\n",
         "Tribute book"),
        ("---\n\nHarbour Radio is funded by its listeners. Join for the price of a coffee a month.\n\n"
         "Find every episode of Night Crossings in your podcast app.\n\n(c) 2023 Harbour Radio. All rights reserved.\n",
         "funded by its listeners"),
        ("==============================\nWe read every letter we receive, though we cannot answer them all.\n"
         "Print | Share | Report an error\nCopyright 2021 Island Times. All rights reserved.\n",
         "We read every letter"),
    ],
)
def test_clean_the_foot_under_a_rule_after_the_body_is_furniture(foot: str, gone: str) -> None:
    doc = _doc(f"Ferry cuts night crossing after storms\n\n{P1}\n\n{P2}\n\n{P3}\n\n{foot}")
    assert P3 in doc.text
    assert gone not in doc.text


@pytest.mark.parametrize(
    "end",
    [
        # a short closing paragraph under a rule, nothing known to be furniture after it
        "---\n\nThe last ferry of the season sails on Friday.\n",
        # a dinkus breaks the story's sections: what follows is the story
        "* * *\n\nThe last ferry of the season sails on Friday.\n\n© 2023 Island Times. All rights reserved.\n",
        # a dated entry under a rule is a timeline's last row
        "---\n\n12 May 2024 - The last ferry of the season sails.\n\n© 2023 Island Times. All rights reserved.\n",
    ],
)
def test_clean_a_closing_paragraph_under_a_rule_stays(end: str) -> None:
    doc = _doc(f"Ferry cuts night crossing after storms\n\n{P1}\n\n{P2}\n\n{P3}\n\n{end}")
    assert "The last ferry of the season sails" in doc.text


@pytest.mark.parametrize(
    "head, gone",
    [
        ("NIGHT CROSSINGS - HARBOUR RADIO\nEpisodes | Hosts | Donate\n\nEpisode 7: The pier that would not stand\n"
         "Broadcast 9 March 2023\n\nGuest: Ruth Allen, harbour engineer\n\n"
         "This transcript was edited for length. Hear the whole conversation on our website.\n\n---\n\n",
         "This transcript was edited"),
        ("ISLAND TIMES\nNews | Sport | Letters\n\nThe pier that would not stand\nBy Ana Lima\n\n"
         "Listen to this article: 6 minutes\n\n---\n\n", "Listen to this article"),
        ("HARBOUR RADIO\nPodcasts | Schedule\n\nEpisode 31: Storm season\nAired: 4 April 2021\n\n"
         "Presented by Tomas Berg with Ines Moreau\n\n---\n\n", "Presented by Tomas Berg"),
    ],
)
def test_clean_the_head_closed_by_a_rule_under_the_headline_is_furniture(head: str, gone: str) -> None:
    doc = _doc(f"{head}{P1}\n\n{P2}\n\n{P3}\n")
    assert gone not in doc.text
    assert doc.text.startswith(P1[:40])


def test_clean_a_standfirst_heading_over_a_rule_stays() -> None:
    raw = (f"[Island Times](/) · News · Letters\n\n---\n\n# The pier that would not stand\n\n"
           f"## Two storms, one pier, and an island cut off after dark\n\n*By Ana Lima*\n\n---\n\n{P1}\n\n{P2}\n")
    doc = _doc(raw, "md")
    assert "Two storms, one pier" in doc.text


# --- contact details and an organisation's credit close the article -----------------------------

@pytest.mark.parametrize(
    "line",
    [
        "For press enquiries: Communications Unit, Tel: 01478 612 000, Fax: 01478 612 001",
        "Media contact: Ruth Allen, ruth.allen@harbour.example, +44 (0)20 7946 0000",
        "Information Office | Phone: 555-0134 | press@islandtimes.example",
    ],
)
def test_lexicon_a_line_of_contact_details(line: str) -> None:
    doc = _doc(f"Ferry cuts night crossing after storms\n\n{P1}\n\n{P2}\n\n{P3}\n\n{line}\n\nPrint this page | Sitemap\n")
    assert P3 in doc.text and line not in doc.text


def test_lexicon_a_sentence_giving_a_number_in_a_long_paragraph_stays() -> None:
    para = (P1 + " Passengers who had booked the night crossing were told they could ask for a refund by calling "
            "the booking office, Tel: 01478 612 000, before the end of the month, or change to a day sailing.")
    doc = _doc(f"Ferry cuts night crossing after storms\n\n{para}\n\n{P2}\n\n{P3}\n")
    assert "Tel: 01478 612 000" in doc.text


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Compiled by the Island Reference Desk research team. Sources: harbour board minutes, ferry timetables.", True),
        ("Research by the library staff; graphics by the data desk", True),
        ("Produced by our archive team.", True),
        ("Compiled by the harbour master, who kept the tide tables for forty years.", False),
        ("Sources: harbour board minutes.", False),
    ],
)
def test_organisation_credit(line: str, credit: bool) -> None:
    from chronica.ingest._credits import organisation_credit

    assert organisation_credit(line) is credit


# --- the paper's name in capitals over its date and a section label is no headline --------------

@pytest.mark.parametrize(
    "top, title",
    [
        ("THE HARBOUR GAZETTE\nMonday, March 4, 1985\n\nOBITUARIES\n\nRuth Allen, engineer who rebuilt the northern pier\n\n"
         "By Ana Lima\n\n", "Ruth Allen, engineer who rebuilt the northern pier"),
        ("ISLAND TIMES\n12 June 1991\n\nLETTERS AND COMMENT\n\nWhy the night ferry matters to the islands\n\n"
         "By Tomas Berg, Portree\n\n", "Why the night ferry matters to the islands"),
        ("NORTHERN WEEKLY\nFriday 2 October 1998\n\nFEATURES\n\nThe pier that would not stand\n\nBy Ines Moreau\n\n",
         "The pier that would not stand"),
    ],
)
def test_title_under_a_papers_name_date_and_section_label(top: str, title: str) -> None:
    doc = _doc(top + f"{P1}\n\n{P2}\n\n{P3}\n")
    assert doc.title == title


def test_title_a_headline_in_capitals_over_its_date_line_stays_the_title() -> None:
    doc = _doc(f"THE NIGHT FERRY: KEY DATES\nUpdated 3 May 2020\n\n{P1}\n\n{P2}\n")
    assert doc.title == "THE NIGHT FERRY: KEY DATES"


@pytest.mark.parametrize(
    "title, stripped",
    [
        ('Episode 214: "From the lake to the coast"', "From the lake to the coast"),
        ("EPISODE 7: The pier that would not stand", "EPISODE 7: The pier that would not stand"),
        ("Ep. 31 - Storm season on the islands", "Ep. 31 - Storm season on the islands"),
        ("Chapter 9. The harbour question: ferries and the pier", "Chapter 9. The harbour question: ferries and the pier"),
        ("12 The harbour at night", "The harbour at night"),
        ('"Episode" is the word we use', '"Episode" is the word we use'),
        ("Episodes of a ferryman's life", "Episodes of a ferryman's life"),
    ],
)
def test_strip_an_episode_number_from_a_programme_title(title: str, stripped: str) -> None:
    # a labelled number is part of the heading the page shows; a quoted title under it is the title
    from chronica.ingest import strip_chapter_number

    assert strip_chapter_number(title) == stripped


# --- a page that frames its article between two identical dinkuses ------------------------------

@pytest.mark.parametrize(
    "dinkus",
    ["* * *", "***", "~ ~ ~"],
)
def test_clean_a_dinkus_that_closes_the_head_also_opens_the_foot(dinkus: str) -> None:
    raw = (f"HARBOUR RADIO\nShows | Podcasts | Support us\n\nEpisode 31: Storm season\nAired: 4 April 2021\n\n"
           f"Guest: Ruth Allen, harbour engineer\n\nEdited for length. The whole conversation is on our website.\n\n{dinkus}\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
           f"{dinkus}\n\nHarbour Radio is a charity. Give what you can each month.\n"
           f"Find us in every podcast app.\n(c) 2021 Harbour Radio. All rights reserved.\n")
    doc = _doc(raw)
    assert doc.text.startswith(P1[:40]) and doc.text.rstrip().endswith(P3[-30:])


def test_clean_a_head_of_one_sentence_over_a_rule_is_not_taken_for_furniture() -> None:
    # a head is known by its lines about the piece; a lone sentence over a rule may be the lead
    raw = f"Ferry cuts night crossing after storms\n\nBy Ana Lima\n\n{P1}\n\n---\n\n{P2}\n\n{P3}\n"
    doc = _doc(raw)
    assert P1 in doc.text


def test_clean_a_dinkus_between_sections_of_a_story_keeps_the_last_section() -> None:
    raw = (f"Ferry cuts night crossing after storms\n\nBy Ana Lima\n\n{P1}\n\n* * *\n\n{P2}\n\n* * *\n\n"
           f"The last ferry of the season sails on Friday.\n\n© 2023 Island Times. All rights reserved.\n")
    doc = _doc(raw)
    assert "The last ferry of the season sails on Friday." in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Researched and written by the Island Archive volunteers. Sources: parish registers.",
        "Written and edited by the Harbour Desk team",
        "Compiled and prepared by our researchers.",
    ],
)
def test_organisation_credit_with_two_roles(line: str) -> None:
    from chronica.ingest._credits import organisation_credit

    assert organisation_credit(line)


# --- the set of own pages ------------------------------------------------------------------------

def test_cleaning_case_corpus_own22_all_clean() -> None:
    from pathlib import Path

    from chronica.ingest.evaluate import evaluate_cleaning, totals

    gold = Path(__file__).parent / "fixtures" / "cleaning" / "own22_gold.yaml"
    scores = evaluate_cleaning([gold])[str(gold)]
    t = totals(scores)
    assert t["documents_clean"][0] == t["documents_clean"][1] == 6, [(s.file, s.boilerplate_kept, s.body_lost) for s in scores]
    for measure in ("titles", "dates", "authors"):
        assert t[measure][0] == t[measure][1], (measure, [(s.file, s.title, s.published, s.author) for s in scores])


@pytest.mark.parametrize(
    "line",
    ["Comments are closed on this article.", "Comments have been closed for this story",
     "Comments are now closed on this live blog."],
)
def test_lexicon_comments_closed_on_this_piece(line: str) -> None:
    from chronica.ingest._lexicon import COMMENTS_HEADING

    assert COMMENTS_HEADING.match(line)
    doc = _doc(f"Ferry cuts night crossing after storms\n\n{P1}\n\n{P2}\n\n{P3}\n\n{line}\n")
    assert line not in doc.text and P3 in doc.text


def test_lexicon_a_sentence_about_closed_comments_in_the_body_is_no_heading() -> None:
    from chronica.ingest._lexicon import COMMENTS_HEADING

    assert not COMMENTS_HEADING.match("Comments are closed on this article, the editors said, because of legal risk.")


# --- captions by where the picture stands or whose it is; a copyright by its holder and year ------

@pytest.mark.parametrize(
    "line, kind",
    [
        ("Above: the night ferry leaving the harbour in 2019.", "caption"),
        ("Top left: the pier before the storm; right, after it", "caption"),
        ("Pictured below: engineers at work on the piles", "caption"),
        ("The northern pier in 1972, shortly after it opened. Courtesy of the Harbour Archive", "caption"),
        ("Divers on the wreck, 1986. Courtesy Island Museum", "caption"),
        ("Copyright Island Times 2021", "license"),
        ("Copyright the Harbour Trust, 2019", "license"),
        ("Copyright Ruth Allen 1998. All rights reserved.", "license"),
        # no caption, no licence
        ("Above all, the islanders wanted a late sailing.", None),
        ("Right: that is what the council said.", None),
        ("Copyright law was changed in 1988 after a long campaign by the island's writers.", None),
        ("Copyright Act 1988 gave the island's writers new rights over their work.", None),
    ],
)
def test_lexicon_captions_and_copyright_lines(line: str, kind: str | None) -> None:
    from chronica.ingest._clean import lexicon_kind
    from chronica.ingest._units import segment

    assert lexicon_kind(segment(line)[0]) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Fishermen unload the catch at the pier on Monday. © Harbour Press 2020",
        "Copyright Island Times 2021",
        "Photo © Tomas Berg 2019",
    ],
)
def test_clean_a_copyright_among_the_paragraphs_does_not_end_the_article(line: str) -> None:
    P4 = ("The company has run the crossing since 1968, and the night sailing was added in 1990 after a "
          "campaign by the island's doctors.")
    doc = _doc(f"Ferry cuts night crossing after storms\n\nBy Ana Lima\n\n{P1}\n\n{P2}\n\n{line}\n\n{P3}\n\n{P4}\n")
    assert line not in doc.text
    assert P3 in doc.text and P4 in doc.text


def test_clean_the_pages_copyright_still_ends_it() -> None:
    doc = _doc(f"Ferry cuts night crossing after storms\n\n{P1}\n\n{P2}\n\n{P3}\n\n© 2021 Island Times\n\n"
               "Island Times is published by Harbour Media Ltd, a company registered in Scotland.\n")
    assert "registered in Scotland" not in doc.text and P3 in doc.text


# --- a newsletter line that speaks to the reader -------------------------------------------------

@pytest.mark.parametrize(
    "line, appeal",
    [
        ("Sign up for The Crossing, our free weekly newsletter about island life.", True),
        ("Thanks for signing up! Check your inbox to confirm.", True),
        ("You can unsubscribe at any time. Read our privacy notice.", True),
        ("Want the week's island news in one email? Get The Crossing newsletter.", True),
        ("The paper's Friday newsletter asked readers which crossing they would keep.", False),
        ("She signed up for the ferry company's apprenticeship in 1971 and stayed for forty years.", False),
    ],
)
def test_lexicon_a_newsletter_line_addressing_the_reader(line: str, appeal: bool) -> None:
    from chronica.ingest._clean import lexicon_kind
    from chronica.ingest._units import segment

    assert (lexicon_kind(segment(line)[0]) == "appeal") is appeal


@pytest.mark.parametrize(
    "line, iso",
    [
        ("14 Mar 2021 | 09:12 GMT", "2021-03-14"),
        ("3 May 2022 · 10:04 BST", "2022-05-03"),
        ("Aired Sunday 14 March 2021, 8pm", "2021-03-14"),
        ("Posted 2 June 2019 | 7 a.m.", "2019-06-02"),
        # a part that is no date or time: the line is no date line
        ("3 May 2022 | Politics", None),
        ("The 8pm news | 3 May", None),
    ],
)
def test_date_line_with_its_time_as_a_part_of_its_own(line: str, iso: str | None) -> None:
    assert date_line(line) == iso


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Become a subscriber and support local journalism.", "promo"),
        ("Try 3 months of unlimited access for just £1.", "promo"),
        ("Subscribe from $1 a week", "promo"),
        ("Become a member from 5,000 shillings a month.", "promo"),
        ("Log in to join the conversation", "ui"),
        ("With reporting from Ines Moreau in Stornoway.", "wire-credit"),
        # body sentences
        ("Finland applied to become a member of the alliance in May 2022.", None),
        ("Fares rose to £5 a week for islanders who travelled daily to the mainland.", None),
        ("Fares rose to £5 a week.", None),
        ("Membership of the club cost members £2 a year in 1950, a day's wage.", None),
        ("With reporting from the front banned, the papers printed rumours.", None),
    ],
)
def test_lexicon_offers_prompts_and_contributor_notes(line: str, kind: str | None) -> None:
    from chronica.ingest._clean import lexicon_kind
    from chronica.ingest._units import segment

    assert lexicon_kind(segment(line)[0]) == kind
