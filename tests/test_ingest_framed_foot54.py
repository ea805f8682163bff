"""Page shapes of session 54: a plain-text mailing (a branch newsletter, a parish bulletin, a
moot problem sent to teams) closes with a foot framed by two rules, and a mailing tells the reader
why it reached them. Each mechanism has cases from three or more different dev texts' shapes;
every sentence here was written for these tests.

1. A rule that closes the text frames the foot: the foot under a rule is read under the rule
   before it (:func:`chronica.ingest._clean._mark_foot_under_rule`), with the same conditions as
   a foot under a last rule - no long line, heading or dated entry, a third already known
   furniture.
2. A mailing's line telling the reader why it reached them ("You are receiving this mailing as …",
   "You receive this bulletin as …") and an unsubscribe instruction opened by "To unsubscribe" or
   "To stop receiving" are appeals (:data:`chronica.ingest._lexicon.MAILING_REASON`), whatever the
   mailing calls itself.
"""

from __future__ import annotations

import pytest

from chronica.ingest._lexicon import MAILING_REASON
from ferry_pages import P1, P2, P3
from ferry_pages import doc_of as _doc

RULE = "=" * 60

# --- 1. a foot framed by two rules -----------------------------------------------------------------


@pytest.mark.parametrize(
    "foot, gone",
    [
        (f"{RULE}\n Office hours: Mon and Wed 10:00-13:00, Unit 4, Quay Road\n"
         " You receive this bulletin as one of the Harbour Workers' Branch.\n"
         " To stop receiving it, reply with STOP in the subject line.\n{RULE}\n", "Office hours"),
        (f"{RULE}\nThe parish office is open on weekday mornings.\nShare | Print | Email\n"
         f"© 2021 St Brendan's Parish. All rights reserved.\n{RULE}\n", "parish office is open"),
        (f"{'-' * 50}\nEntries to the competition secretary by noon on the Friday before the round.\n"
         "To unsubscribe from the competition list, send STOP to the secretary.\n"
         f"(c) 2016 The Debating Union. All rights reserved.\n{'-' * 50}\n", "competition secretary"),
    ],
)
def test_clean_a_foot_framed_by_two_rules_is_furniture(foot: str, gone: str) -> None:
    doc = _doc(f"Ferry cuts night crossing after storms\n\n{P1}\n\n{P2}\n\n{P3}\n\n{foot}")
    assert P3 in doc.text
    assert gone not in doc.text


@pytest.mark.parametrize(
    "end",
    [
        # a closing paragraph framed by rules with nothing known to be furniture in it stays
        f"{RULE}\nThe last ferry of the season sails on Friday.\n{RULE}\n",
        # a dated entry framed by rules is a timeline's last row
        f"{RULE}\n12 May 2024 - The last ferry of the season sails.\n"
        f"You are receiving this mailing as a subscriber.\n{RULE}\n",
    ],
)
def test_clean_a_closing_paragraph_framed_by_rules_stays(end: str) -> None:
    doc = _doc(f"Ferry cuts night crossing after storms\n\n{P1}\n\n{P2}\n\n{P3}\n\n{end}")
    assert "The last ferry of the season sails" in doc.text


# --- 2. why the mailing reached the reader -----------------------------------------------------------


@pytest.mark.parametrize(
    "line, mailing",
    [
        ("You are receiving this mailing as a subscriber to The Tidewater Letter.", True),
        ("You receive this bulletin as a paid-up member of the harbour branch.", True),
        ("You're receiving this e-mail since you registered at the harbour fair.", True),
        ("You receive this pack as one of the senior squad.", True),
        # a sentence of the story that speaks of receiving something is no mailing's line
        ("The council said it would receive this year's report in March.", False),
        ("Few islanders could receive this station before the mast was built.", False),
    ],
)
def test_a_mailing_reason_line(line: str, mailing: bool) -> None:
    assert bool(MAILING_REASON.search(line)) is mailing


@pytest.mark.parametrize(
    "line",
    [
        "You are receiving this mailing as a subscriber to The Tidewater Letter.",
        "To stop receiving this newsletter, write STOP to the secretary.",
        "To unsubscribe, send the word STOP to the list address.",
    ],
)
def test_clean_a_mailing_line_after_the_body_is_furniture(line: str) -> None:
    doc = _doc(f"Ferry cuts night crossing after storms\n\n{P1}\n\n{P2}\n\n{P3}\n\n{line}\n")
    assert P3 in doc.text
    assert line not in doc.text
