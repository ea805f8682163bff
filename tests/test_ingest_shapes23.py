"""Session 23 shapes: the ad's lines under its label as one mechanism; the title as a scored
choice over candidates. All texts are our own."""

from __future__ import annotations

import pytest

from chronica.ingest._clean import clean_text

P1 = ("The harbour board met on Thursday to hear the engineers report on the state of the north mole, "
      "which has been closed to walkers since the winter storms.")
P2 = ("Repairs are expected to take until the autumn, the board said, and the cost will be shared with "
      "the county council under the existing agreement.")
P3 = ("The mole was built in 1887 and last repaired in the 1960s, when a section of its parapet was "
      "rebuilt after a ship struck it in fog.")


@pytest.mark.parametrize(("label", "copy"), [
    # a box of two lines under a lone label: the second ends in a full stop and is the ad's too
    ("ADVERTISEMENT", ["Coastal cottages from £299 a week", "Book direct with the owners and save on fees."]),
    ("Sponsored", ["Winter breaks on the coast", "Free parking for all guests this season."]),
    ("Advertisement", ["New kitchen showroom open now", "Visit us on the ring road, open every day."]),
    # one line of copy, no full stop
    ("ADVERTISEMENT", ["Holidays in the fjords - book now and save 20%"]),
])
def test_clean_the_ads_lines_under_its_label_in_its_block_are_the_ad(label: str, copy: list[str]) -> None:
    text = clean_text(f"{P1}\n\n{label}\n" + "\n".join(copy) + f"\n\n{P2}\n\n{P3}\n").text
    assert label not in text
    assert not any(c in text for c in copy)
    assert P1 in text and P2 in text and P3 in text


def test_clean_a_label_alone_in_its_block_takes_nothing_after_the_blank_line() -> None:
    text = clean_text(f"{P1}\n\nADVERTISEMENT\n\n{P2}\n\n{P3}\n").text
    assert "ADVERTISEMENT" not in text
    assert P2 in text


def test_clean_a_paragraph_run_on_under_an_ad_label_is_no_ad_copy() -> None:
    # the label inside a text whose lines are not set apart in blocks: the paragraph goes on
    long = P2 + " " + P3
    text = clean_text(f"{P1}\nADVERTISEMENT\n{long}\n").text
    assert long in text
