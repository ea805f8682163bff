"""Session 69: a line of the particulars over the first paragraph whose notes include a date, or a
place and a date ("Script v2, final for recording — 3 May 2021", "Notes by Jane Doe · Lyon, 5 June
2012"), dates an otherwise undated text (``chronica.ingest._load.note_date``). A note that dates a
revision ("Updated 5 June 2019") does not; a table's row does not (its cells date what the table is
about). Lines and documents invented for the tests.

Dev texts: isrsyr 05 (an audio guide's script line), zafmoz 05 (liner notes signed with place and
date), egylby 03 (a bulletin's weekday line, the date it already had).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import load
from chronica.ingest._load import note_date

_BODY = ("The ferry between the two islands ran again on Saturday after a winter without it, and the harbour master "
         "said the new pier would take the larger boat from June. Islanders queued from dawn for the first sailing.")


@pytest.mark.parametrize(("line", "iso"), [
    ("Script v2, final for recording — 3 May 2021", "2021-05-03"),
    ("Notes by Jane Doe · Lyon, 5 June 2012", "2012-06-05"),
    ("Gallery guide | Room 3 | 14 March 2019", "2019-03-14"),
    # a revision's date, one note alone, or no note a date: nothing
    ("By Jane Doe · Updated 5 June 2019", None),
    ("3 May 2021", None),
    ("Harbour Trust · Risk Factors · page 4", None),
    ("Narrator: Jane Doe · Running time 24 minutes", None),
    ("Notes | The ferry sailed today. | 14 March 2019", None),
    ("Harbour Museum | 14 March 2019 | 15 March 2019", None),
])
def test_a_note_of_the_particulars_that_is_a_date(line: str, iso: str | None) -> None:
    assert note_date(line) == iso


@pytest.mark.parametrize(("name", "top", "published"), [
    ("guide.md", "# The ferry and the islands\n\n**Audio guide script**\nScript v2, final for recording — 3 May 2021",
     "2021-05-03"),
    ("notes.md", "# Songs of the two islands\n\n**Notes by Jane Doe** · Lyon, 5 June 2012", "2012-06-05"),
    ("talk.txt", "THE FERRY AND THE ISLANDS\nTalk to the Harbour Society · Lyon, 14 March 2019", "2019-03-14"),
    ("draft.txt", "THE FERRY AND THE ISLANDS\n\nDraft 3, for the harbour board — 14 March 2019", "2019-03-14"),
    # a table's row over the text dates what the table is about, not the page
    ("case.md", "# The ferry case\n\n| Item | Value |\n|---|---|\n| Pier opened | 14 March 2019 |", None),
    ("rev.txt", "THE FERRY AND THE ISLANDS\nBy Jane Doe · Updated 5 June 2019", "2019-06-05"),
])
def test_a_dated_note_over_the_text_dates_it(tmp_path: Path, name: str, top: str, published: str | None) -> None:
    p = tmp_path / name
    p.write_text(f"{top}\n\n{_BODY}\n\n{_BODY}\n", encoding="utf-8")
    docs, errors = load(p)
    assert not errors
    assert docs[0].published == published
