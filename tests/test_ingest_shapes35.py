"""Page furniture a plain-text page prints around its article (issue 10, session 35): a cookie or
consent notice above the headline, a room or desk named beside an initialism under the headline
(no author), a date line whose time of day follows a dash, and a comment thread's counter with its
prompt on one line. Every text here is made up in the shapes publishers use."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._clean import lexicon_kind
from chronica.ingest._credits import located_name
from chronica.ingest._metadata import date_line
from chronica.ingest._units import segment


def _one(tmp_path: Path, text: str, name: str = "page.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and docs
    return docs[0]


BODY = ("The two governments agreed on Tuesday to reopen the crossing at Lakeside after talks in the capital, "
        "and trucks were expected to move again by the end of the week.")
MORE = "Asked about the detained fishermen, the spokesperson said consular officers had visited them on 15 March."


# --- a cookie notice above the headline is no first paragraph ----------------------------------

CONSENT_CASES = [
    # a ministry's saved briefing page: the site's consent note, its name and menu, the headline, the date
    ("MINISTRY.EXAMPLE uses cookies to improve your browsing experience. By continuing to use this site you "
     "agree to our use of cookies. Accept | Manage settings\n\nMinistry of Foreign Affairs\nHome | Press Releases | Speeches | Contact\n\n"
     f"Press briefing on the situation at the northern border\n\n17 March 2021\n\n{BODY}\n\n{MORE}\n",
     "Press briefing on the situation at the northern border"),
    # a newspaper's page with "We use cookies" over the headline and its byline
    ("We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.\n\n"
     "THE VALLEY HERALD\n\nFerry talks stall as the two towns trade blame\n\nBy Ana Reyes\n\n"
     f"{BODY}\n\n{MORE}\n", "Ferry talks stall as the two towns trade blame"),
    # a memoir excerpt: the notice after the menu, the chapter's headline under it
    ("Books | Excerpts | Authors\n\nThis site uses cookies to remember your reading list. By continuing to browse "
     "you agree to our use of cookies.\n\nThe winter the border closed\n\nAn excerpt from a diplomat's memoir\n\n"
     f"{BODY}\n\n{MORE}\n", "The winter the border closed"),
]


@pytest.mark.parametrize("text,title", CONSENT_CASES)
def test_a_consent_notice_above_the_headline_hides_no_headline(tmp_path: Path, text, title) -> None:
    doc = _one(tmp_path, text)
    assert doc.title == title
    assert "cookies" not in doc.text
    assert doc.text.startswith(BODY[:40]) or doc.text.split("\n")[0].startswith("An excerpt")
    assert BODY in doc.text and MORE in doc.text


def test_a_cookie_sentence_in_the_article_stays() -> None:
    # a story about the rule itself: its first paragraph is prose, read after the headline
    text = ("Regulator fines news sites over consent banners\n\nBy Jo Park\n\n"
            "The regulator said on Monday that the site uses cookies to track readers without asking them first, "
            "and fined its owner 40,000 euros.\n")
    units = segment(text, 0)
    assert [u.text for u in units if u.is_prose][0].startswith("The regulator said")


# --- a room or desk named beside an initialism is no author --------------------------------------

@pytest.mark.parametrize("line,name", [
    ("DFA Press Briefing Room, Pasay City", None),   # a briefing's venue under its headline
    ("UN News Centre, Geneva", None),                 # a desk of an organisation
    ("BBC Monitoring, Caversham", None),              # a service named by its initials
    ("Jane Doe, Istanbul", "Jane Doe"),               # a reporter with her place
    ("JANE DOE - ATHENS", "JANE DOE"),                # a name set all in capitals
    ("John Roe III, Brussels", "John Roe III"),       # a regnal number is no initialism
    ("Tom Roe, Enterprise Correspondent", "Tom Roe"),
])
def test_a_located_name_with_an_initialism_is_a_body_not_a_person(line, name) -> None:
    assert located_name(line) == name


def test_a_briefing_venue_under_the_headline_is_no_author(tmp_path: Path) -> None:
    text = ("Republic of Exampleland | Department of Foreign Affairs\nHome   About   Newsroom   Contact Us\n\n"
            "GOV.EXAMPLE uses cookies to improve your browsing experience. By continuing you agree to our privacy "
            "notice. [OK, got it]\n\nTRANSCRIPT OF THE REGULAR PRESS BRIEFING OF THE DFA SPOKESPERSON\n"
            "DFA Press Briefing Room, Capital City\nThursday, 20 June 2024, 10:30 a.m.\n\n"
            f"SPOKESPERSON: Good morning. {BODY}\n\nQ (Radio Uno): {MORE}\n")
    doc = _one(tmp_path, text)
    assert doc.title == "TRANSCRIPT OF THE REGULAR PRESS BRIEFING OF THE DFA SPOKESPERSON"
    assert doc.author is None
    assert doc.published == "2024-06-20"


# --- a date line whose time follows a dash -------------------------------------------------------

@pytest.mark.parametrize("line,iso", [
    ("June 28, 2025 — 6:42 AM GMT · Updated 2 hours ago", "2025-06-28"),  # a wire page's stamp under the byline
    ("3 May 2022 – 10:04 BST", "2022-05-03"),
    ("Friday 14 March 2021 — 09.15 CET", "2021-03-14"),
    ("June 28, 2025 6:42 AM GMT · Updated 2 hours ago", "2025-06-28"),     # as before, no dash
    ("12 March 1999 — The day the border closed", None),                  # a headline, not a stamp
    ("June 28, 2025 — 6 killed in border clash", None),
])
def test_a_date_line_with_its_time_after_a_dash(line, iso) -> None:
    assert date_line(line) == iso


def test_a_wire_stamp_with_a_dash_leaves_the_body(tmp_path: Path) -> None:
    text = ("AFRICA\nRivals sign peace deal in the capital\nBy Ruth Kamau\n"
            "June 28, 2025 — 6:42 AM GMT · Updated 2 hours ago\n\n"
            f"WASHINGTON, June 27 (XPA) - {BODY}\n\n{MORE}\n")
    doc = _one(tmp_path, text)
    assert "Updated 2 hours ago" not in doc.text
    assert doc.text.startswith("WASHINGTON, June 27")
    assert doc.published == "2025-06-28"


# --- a comment counter with its prompt ------------------------------------------------------------

@pytest.mark.parametrize("line,kind", [
    ("Comments (0) - You must be logged in to comment.", "ui"),   # a translated paper's page foot
    ("Comments (0) - Add your comment", "ui"),                     # a news site's foot, among share links
    ("Log in or register to reply.", "ui"),                        # a forum thread's last line
    ("You must be logged in to post a comment.", "ui"),            # a blog's comment form
    ("Add a comment below.", "ui"),
    ("He said he had logged in to comment on the plan.", None),    # body text
    ("Add a comment to the draft, the minister told officials.", None),
    ("Comments (3): the debate goes on", None),
])
def test_a_comment_counter_with_its_prompt(line, kind) -> None:
    assert lexicon_kind(segment(line + "\n", 0)[0]) == kind


def test_a_comment_prompt_between_share_and_most_read_leaves_the_body(tmp_path: Path) -> None:
    text = (f"Talks resume after five years\n\nBy Deniz Kaya / Istanbul\n\n{BODY}\n\n{MORE}\n\n"
            "Tags: talks, border, Aegean\nShare: Facebook Twitter WhatsApp\n"
            "Comments (0) - You must be logged in to comment.\n"
            "Most read: Central bank holds rates | Snow closes schools\n")
    doc = _one(tmp_path, text)
    assert "logged in" not in doc.text
    assert doc.text.rstrip().endswith(MORE)
