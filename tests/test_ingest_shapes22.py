"""Page shapes of session 22 (wire page printing its times with "a.m.", podcast transcript,
government press statement, obituary page of a paper, reference-desk timeline): a date line is no
paragraph even when it ends in a full stop, a broadcast or issue date dates the page, a headline set
in capitals over its place-and-date line is the title and no photo credit, the page's foot under a
rule after the body is furniture, contact details and an organisation's compiling credit close the
article. Each mechanism has cases from three or more different texts; every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text
from chronica.ingest._credits import photo_credit_tail
from chronica.ingest._metadata import date_line

P1 = ("The ferry company said on Tuesday that the night crossing would stop for the winter, after "
      "storms damaged the pier at the northern harbour twice in a month.")
P2 = ("Islanders said the change would leave them without a way to reach the hospital after dark, and "
      "the council asked the company to keep one late sailing until the pier was repaired.")
P3 = ("Engineers who inspected the pier found that three of the piles had cracked, and the harbour "
      "board said the repairs could not start before the spring tides.")


def _doc(raw: str, fmt: str = "txt"):
    return document_from_text(f"a.{fmt}", fmt, raw)


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
