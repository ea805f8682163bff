"""The scored furniture pass (chronica/ingest/_furniture.py): one learned decision per kept line.

Case table: made-up pages in shapes the rules do not name (a printed page's locator lines, a
page speaking of itself, a menu-like run at the top of a newsletter), and the lines the pass must
keep (table rows, short timeline entries, long paragraphs, a page with no prose).
"""

from __future__ import annotations

import pytest

from chronica.ingest import clean_text
from chronica.ingest import _furniture as fu
from chronica.ingest._units import fold, segment

BODY = ("The harbour board of Port Vell met on Tuesday to approve the new quay, after three years of delay and "
        "a dispute over who would pay for the dredging of the outer basin.\n\n"
        "Officials said the first ships would berth there next spring, and that the old ferry pier would close "
        "once the new terminal opened to passengers.\n\n"
        "The board's chairman, Arno Tessel, told reporters that the cost had risen by a fifth since the plan was "
        "first drawn up, mostly because of the price of steel.\n\n")

MORE = ("Work on the breakwater will start in the autumn, weather allowing, and should take two years.\n\n"
        "The fishermen's guild has asked for a second slipway, and the board said it would consider the request "
        "at its next meeting.\n\n")

#: (furniture lines, page): each line is dropped for several cues together, none of them a phrase of a site
DROPPED = [
    # a newsletter's head: its tagline with the issue number, in a run of short lines (the box's heading
    # is no "IN THIS ISSUE", which a rule knows (test_ingest_notes65.py), and the pass alone is tried)
    (["Your fortnightly letter on ports and shipping | Issue #12"],
     "Harbour Notes\n\nYour fortnightly letter on ports and shipping | Issue #12\n\nTHIS FORTNIGHT\n\n"
     "New quay approved\n\nFerry strike ends\n\n" + BODY),
    # a printed page's locators between two paragraphs
    (["Continued on page 4", "Page B3 of 18"], BODY + "Continued on page 4\n\nPage B3 of 18\n\n" + MORE),
    # the page speaks of itself and to its reader
    (["This bulletin is also available in Catalan and Basque. Please share it with your colleagues."],
     BODY + "This bulletin is also available in Catalan and Basque. Please share it with your colleagues.\n\n" + MORE),
    (["This is an unofficial translation, provided for your information only. Please refer to the original."],
     "This is an unofficial translation, provided for your information only. Please refer to the original.\n\n" + BODY),
    # a menu with a page locator over the article
    (["Home | Ports | Shipping | Page 2 of 5"], "Home | Ports | Shipping | Page 2 of 5\n\n" + BODY),
]


@pytest.mark.parametrize(("furniture", "page"), DROPPED)
def test_furniture_lines_are_dropped(furniture: list[str], page: str) -> None:
    result = clean_text(page)
    for line in furniture:
        assert fold(line) not in fold(result.text)
        assert ("scored", line) in result.removed
    assert "outer basin" in result.text and "price of steel" in result.text


def test_a_single_weak_cue_is_not_enough() -> None:
    # a page locator alone over the article, a reader's question under it: kept (under the threshold)
    assert "Continued from page 1" in clean_text("Continued from page 1\n\n" + BODY).text
    assert "Forward this letter" in clean_text(BODY + "Enjoying Harbour Notes? Forward this letter to a colleague.\n\n").text


def test_a_standfirst_naming_the_page_further_on_is_kept() -> None:
    # the page is not the sentence's subject: the standfirst speaks of its subject
    standfirst = "Hosted by Mei Lin, this episode asks who will pay for the terminal."
    assert standfirst in clean_text(standfirst + "\n\n" + BODY).text


KEPT = [
    # a table's rows are data, not a menu
    ("| 1961 | May | The quay is first proposed. |", BODY + "| Year | Month | Step |\n| 1961 | May | The quay is first proposed. |\n"
     "| 1975 | June | The board approves a survey. |\n\n" + MORE),
    # short timeline entries between paragraphs
    ("4 May: dredging begins", BODY + "4 May: dredging begins\n\n12 May: the first pile is sunk\n\n" + MORE),
    # a subheading
    ("The cost of steel", BODY + "The cost of steel\n\n" + MORE),
    # a long paragraph that mentions this page is text whatever its score
    ("This report", BODY + "This report, the third the board has published on the quay, sets out the costs of dredging, "
     "the timetable of works, the objections of the fishermen's guild and the answers of the engineers, and "
     "it was approved by all seven members of the board at their meeting in March.\n\n"),
]


@pytest.mark.parametrize(("body_line", "page"), KEPT)
def test_article_lines_are_kept(body_line: str, page: str) -> None:
    assert fold(body_line) in fold(clean_text(page).text)


def test_page_without_prose_is_left_alone() -> None:
    units = segment("Continued on page 4\n\nPage B3 of 18\n")
    fu.mark_scored(units)
    assert all(u.kind is None for u in units)


def test_weights_cover_every_feature() -> None:
    weights, threshold = fu._model()
    assert set(weights) == set(fu.FEATURES)
    assert 0.5 <= threshold < 1.0


def test_long_units_are_never_scored() -> None:
    long_line = " ".join(["Continued on page 4"] * 10)  # 40 words
    units = segment(BODY + long_line + "\n\n" + MORE)
    fu.mark_scored(units)
    assert all(u.kind is None for u in units if u.n_words > fu.MAX_WORDS)
