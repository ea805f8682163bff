"""A hard-wrapped paragraph whose lines mostly start with names (chronica.ingest._units._no_room): the
lower-case test of ``_wrap_width`` misses its wrap, so a line that ends mid-sentence and had no room
left for the next line's first word runs on into it ("... attacked the palace in" / "Bissau while ...").
Lists keep their lines: headlines, a dated timeline, a price list with leader dots, a short title block.
Seen in plain-text newsletters, handouts and digests of seventeen dev subjects (60 line breaks joined,
none wrongly); the texts below are invented."""

from __future__ import annotations

import pytest

from chronica.ingest._units import segment

WRAPPED = """\
Then, on 3 March 1931, Ruritanian gunboats shelled the customs house at
Port Velm while Osterlich's envoy was still in the town; four clerks died.
Two days later a conference in Strelsau, chaired by Freedonia's Anna
Kovar, agreed to send observers to the estuary, and Freedonian officers
arrived there within the week to watch the new line along the river.
"""

HEADLINES = """\
Ruritania's caretaker cabinet faces mounting pressure over the budget
Osterlich opposition calls for a weekend rally in the capital square
Freedonian central bank holds its key rate for a third month running
Strelsau port strike enters its second week as talks stall again
"""

TIMELINE = """\
March 1931: Ruritanian gunboats shell the customs house at Port Velm
April 1931: a conference in Strelsau agrees to send observers there
June 1931: Freedonian officers arrive to watch the line on the river
July 1931: the observers report that the shelling has stopped for good
"""

PRICES = """\
C4  1931 Estuary Observers cachet cover, fine used ......  $ 11.00
C5  same, on cover to Strelsau with the censor mark .....  $ 68.00
C6  1932 Port Velm customs house set of four, mint ......  $ 24.00
C7  same, on the registered cover to the Freedonian post  $ 30.00
"""


def _units(text: str) -> list[str]:
    return [u.text for u in segment(text)]


def test_a_wrapped_paragraph_of_names_reads_as_one() -> None:
    units = _units(WRAPPED)
    assert any("the customs house at Port Velm while Osterlich's envoy" in u for u in units), units
    assert any("chaired by Freedonia's Anna Kovar, agreed" in u for u in units), units


@pytest.mark.parametrize("text", [HEADLINES, TIMELINE, PRICES], ids=["headlines", "timeline", "prices"])
def test_a_list_keeps_its_lines(text: str) -> None:
    assert _units(text) == [line for line in text.splitlines() if line.strip()]


def test_a_short_title_block_keeps_its_lines() -> None:
    text = ("Ruritania-Freedonia relations\nFrom the Estuary Encyclopedia, a free reference work\n"
            "This article is about the two states. For the river dispute, see Estuary dispute.\n")
    assert len(_units(text)) == 3
