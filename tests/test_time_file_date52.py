"""Session 52 (issue #10): a date taken only from the file's own metadata (a PDF's CreationDate: when
the file was made or saved, not when the piece was written) stays the document's flagged, inferred
publication date but anchors none of its times: the time stage infers the date of writing from the
text, as for a text with no date at all, so a bare day of a history told in the text takes the
story's year, and "today" or "this year" is not resolved on the day the file was saved. Once a
deictic is left unknown on a lower bound of the date of writing, the story stands at that unknown
time: "the same day" after "Earlier this year ..." is not the day of the last date told before it.
Cases invented for the tests in the manner of the dev PDFs where the file's date stood (dnkdeu, a
theatre programme saved in 2024 about 1864 and 1920; egylby, an encyclopedia article; isrsyr, a book
chapter; korkor, lecture slides; nldidn, a committee report)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_ingest_published import PARAS, _one, _pdf

from chronica.ingest._published import anchor_date, is_inferred
from chronica.time import tag


def _find(timexes, text):
    for tx in timexes:
        if tx.text == text:
            return tx
    raise AssertionError(f"{text!r} not found in {[t.text for t in timexes]}")


def test_the_file_date_is_inferred_and_anchors_nothing() -> None:
    assert is_inferred("file-meta")
    assert anchor_date("2024-04-03", "file-meta") is None
    assert anchor_date("2024-04-03", "labelled-date") == "2024-04-03"


def test_a_pdf_dated_by_its_file_only_keeps_the_date_flagged(tmp_path: Path) -> None:
    p = tmp_path / "b.pdf"
    p.write_bytes(_pdf([PARAS], "<< /Title (Harbour Board) /CreationDate (D:20261203101500Z) >>"))
    doc = _one(p)
    assert (doc.published, doc.published_source) == ("2026-12-03", "file-meta")
    assert anchor_date(doc.published, doc.published_source) is None


#: (text, expression, value) tagged with no date of writing, as a file-dated text now is
NO_ANCHOR_CASES = [
    # a history: the bare days take the story's year, not the year the file was saved
    ("The eastern district voted on 7 May 1911 and the western district on 2 July. The regent dismissed "
     "the council on 19 July.", "19 July", "1911-07-19"),
    # (with the file's date as the date of writing, the "would" before it made the day the file's year's)
    ("The blockade ended on 3 October 1837. The envoys met in Turin on 12 October. But the delegation would "
     "not accept a frontier on any terms the others would accept, and on 9 December the talks broke "
     "up.", "9 December", "1837-12-09"),
    # a deictic left unknown: the story is at the writer's time, "the same day" is not 1921's
    ("The occupation ended in 1921. In May 2015 the queen expressed regret during a visit. Earlier this year "
     "the archives published their report, and the minister expressed regret the same day.", "the same day",
     "XXXX-XX-XX"),
]


@pytest.mark.parametrize("text,expression,value", NO_ANCHOR_CASES)
def test_times_of_a_text_without_a_date_of_writing(text, expression, value):
    assert _find(tag(text, None), expression).value == value
