"""Session 68: the date a Markdown title block gives (``chronica.ingest._title_block.title_block``) is the piece's,
not its revision's: a date the block prints with no label ("Posted by Jane Doe · 2 June 2019 · Updated 5 June
2019") and a question's "Asked" date on a Q&A page ("Asked July 8, 2018 · Modified July 11, 2018") beat the "Updated"
or "Modified" one, which dates the page only when nothing else in the block does. Pages written for these tests.

Dev texts: thamys 03 (a blog's "Posted by … · DATE · Updated DATE"), latrus 02 (a Q&A page's "Asked … · Modified
…"); the unlabelled date part reads the byline's date in 13 more Markdown title blocks of dev subjects (rwacod 05,
srbkos 01, armtur 04, nldidn 04, gbrirl 04, isrlbn 04, gmbsen 05, dnkdeu 02, usaphl 05, …), each the date
those documents already had.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load

_BODY = ("The ferry between the two islands ran again on Saturday after a winter without it, and the harbour master "
         "said the new pier would take the larger boat from June. Islanders queued from dawn for the first sailing.")


@pytest.mark.parametrize(
    ("block", "published"),
    [
        ("*Posted by Mara Lindqvist · 2 June 2019 · Updated 5 June 2019 (a typo fixed)*", "2019-06-02"),
        ("Asked July 8, 2018 · Modified July 11, 2018 · Viewed 2k times", "2018-07-08"),
        ("*By Mara Lindqvist · 2 June 2019*", "2019-06-02"),
        # a revision's date alone still dates the page
        ("*By Mara Lindqvist · Updated 5 June 2019*", "2019-06-05"),
        # a labelled publication date beats an unlabelled one
        ("Published 30 May 2019 · 2 June 2019 · Updated 5 June 2019", "2019-05-30"),
    ],
    ids=["posted-unlabelled-then-updated", "asked-then-modified", "unlabelled", "updated-only", "labelled-first"],
)
def test_a_title_blocks_date_is_the_pieces_not_its_revisions(tmp_path: Path, block: str, published: str) -> None:
    p = tmp_path / "post.md"
    p.write_text(f"# The ferry runs again to the outer island\n\n{block}\n\n{_BODY}\n\n{_BODY}\n", encoding="utf-8")
    docs, errors = load(p)
    assert errors == [] and docs[0].published == published
